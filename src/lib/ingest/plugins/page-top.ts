// Detector: what a page copied whole puts above its article, in any format. Its navigation ("Skip to main
// content", "Home / World / Europe", a run of short menu items right above the headline) and its time-stamp
// lines ("Published 3:45 PM EST, Tue March 5, 2024", "3 days ago · 4 min read") are boilerplate; a time stamp states
// the publication date, and a line of names beside it the authors. Run first, so the byline and head rules see the
// article's own first lines.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { timestampLine } from '../dates.ts';
import { toolBarStamp } from '../date-bar.ts';
import { detectByline, namesLine } from '../byline.ts';
import { isHeadingLike, navigationEnd } from '../head.ts';
import { isProse } from '../paragraphs.ts';
import { markerKind } from '../debris.ts';
import { bodyBlocks, markBlock, unmarkedText, type ArticleFileData, type TextBlock } from '../tree.ts';
import { countWords } from '../../text/words.ts';

/** How many lines after the navigation may hold time stamps: headline, byline, share buttons, caption. */
const TOP_LINES = 12;
/** How far under a headline and standfirst their byline may stand. */
const BYLINE_BELOW = 2;

/** Most words of an item of an article's bar copied one item a line ("Signe Halvorsen", "·", "Follow", "6 min read"). */
const MAX_BAR_ITEM_WORDS = 4;
/** Most words of each part of a profile's headline between bars in such a bar. */
const MAX_BAR_PART_WORDS = 8;
/** Fewest lines of such a bar: a byline and a date alone are left to the other rules. */
const MIN_BAR_LINES = 5;
/** How many lines under the navigation the bar may start: after a headline and a standfirst. */
const BAR_SEARCH = 4;

/**
 * The article's bar of author, date and buttons copied one item a line under its headline (a blogging platform's:
 * "Signe Halvorsen", "·", "Follow", "Published in", "6 min read", "Mar 4, 2025", "214", "Share"): MIN_BAR_LINES
 * or more short lines in a row holding a time stamp, within BAR_SEARCH lines of the navigation. [from, to) or null.
 */
export function metaBar(texts: readonly string[], start: number): [number, number] | null {
  // An item is a few words, or a profile's headline of short parts between bars ("Energy reporter | Formerly The Ledger").
  const parts = (t: string) => t.split(/\s\|\s/);
  const item = (t: string) => !/[.!?:]$/.test(t.trim()) && (countWords(t) <= MAX_BAR_ITEM_WORDS || (parts(t).length >= 2 && parts(t).every((p) => countWords(p) <= MAX_BAR_PART_WORDS)));
  for (let from = start; from < Math.min(texts.length, start + BAR_SEARCH); from++) {
    let to = from;
    while (to < texts.length && item(texts[to] as string)) to += 1;
    if (to - from >= MIN_BAR_LINES && texts.slice(from, to).some((t) => timestampLine(t) !== undefined)) return [from, to];
    from = to;
  }
  return null;
}

/** Marks the navigation (`other`) and time stamps (`date`) above the article, and states the date and authors they give. */
export default function pageTop() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data as unknown as ArticleFileData).meta;
    const blocks = bodyBlocks(tree);
    const texts = blocks.map(unmarkedText);
    const start = navigationEnd(texts);
    for (const block of blocks.slice(0, start)) markBlock(block, 'other');
    const bar = metaBar(texts, start);
    if (bar) {
      for (let i = bar[0]; i < bar[1]; i++) {
        const text = texts[i] as string;
        const stamp = timestampLine(text);
        const names = meta.author === undefined && stamp === undefined ? namesLine(text) : null;
        if (stamp?.published) meta.published ??= stamp.published;
        if (names) meta.author = names;
        // "Published in" over the publication's name, or on one line with it.
        const outlet = /^published in\s*(.*)$/i.exec(text.trim());
        if (outlet) meta.outlet ??= outlet[1] || texts[i + 1]?.trim();
        markBlock(blocks[i] as TextBlock, stamp !== undefined ? 'date' : names ? 'byline' : markerKind(text) === 'share' ? 'share' : 'other');
      }
    }
    const stamps: number[] = [];
    // A headline or standfirst may end like a sentence ("… Now farmers have to decide how."): a line with a byline
    // a line or two under it is still above the article.
    const overByline = (i: number) => texts.slice(i + 1, i + 1 + BYLINE_BELOW).some((t) => detectByline(t) !== null);
    for (let i = start; i < Math.min(blocks.length, start + TOP_LINES); i++) {
      // A time stamp may share its line with the page's buttons ("14 May 2024 | Print | Share").
      const stamp = timestampLine(texts[i] as string) ?? toolBarStamp(texts[i] as string);
      // A stamp may end like a sentence ("… 9:15 a.m."): only prose that is not one ends the page's top lines.
      if (!stamp && isProse(texts[i] as string) && !overByline(i)) break;
      if (!stamp) continue;
      markBlock(blocks[i] as TextBlock, 'date');
      if (stamp.published) meta.published ??= stamp.published;
      stamps.push(i);
    }
    // A line of names beside a time stamp is who wrote the article ("Ihsanullah Wazir"): the line above only when a
    // longer heading stands over it, since a short title-case headline ("Biden Visits Kyiv") reads as names too.
    if (meta.author !== undefined) return;
    const underHeadline = (i: number) => {
      const above = texts[i - 1];
      return i - 1 >= start && above !== undefined && isHeadingLike(above) && countWords(above) > countWords(texts[i] ?? '');
    };
    const candidates = stamps.flatMap((s) => (underHeadline(s - 1) ? [s - 1, s + 1] : [s + 1]));
    for (const i of candidates) {
      const names = i > start && !stamps.includes(i) ? namesLine(texts[i] ?? '') : null;
      if (!names) continue;
      markBlock(blocks[i] as TextBlock, 'byline');
      // A byline proper ("By Jane Doe, Continental Press Agency") also says whom the writer works for.
      const byline = detectByline(texts[i] ?? '');
      meta.author = byline?.author ?? names;
      if (byline?.outlet) meta.outlet ??= byline.outlet;
      return;
    }
  };
}
