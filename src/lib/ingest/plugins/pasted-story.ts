// Detector: a story pasted whole inside another text (a fact-checker's notebook, a desk's memo). Its head is a
// headline, a byline right under it and a paragraph opening with a place's or agency's dateline right under that,
// below the text's own head: a title of its own, and a paragraph of the text's prose or a heading of its own. The story runs to the agency's
// sign-off ("(Reporting by …; Editing by …)"); around it, and between its paragraphs, the text is the notes'. Run
// before the dateline rule, which then reads the story's dateline as the opening one.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { detectByline, takeByline } from '../byline.ts';
import { classifyCredit } from '../credits.ts';
import { leadDateline, placeOrDay } from '../dateline.ts';
import { writtenDate } from '../dates.ts';
import { isHeadingLike, repeatsTitle } from '../head.ts';
import { isProse } from '../paragraphs.ts';
import { MONTH_PATTERN } from '../../text/lexicon.ts';
import { countWords } from '../../text/words.ts';
import { collapse, fullText, markBlock, textBlocks, type ArticleFileData, type TextBlock } from '../tree.ts';

/** Fewest words of a pasted story's headline: a label or a menu item has fewer. */
const MIN_HEADLINE_WORDS = 4;

/** The day a dateline gives ("May 6", "6 May"), not a year. */
const DAY = new RegExp(`${MONTH_PATTERN.source}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH_PATTERN.source}`, 'i');

/**
 * The day a dateline gives with no year ("ROTTERDAM, May 6 (Harbour Wire)"), in the year of `around`, the date the
 * text around a pasted story gave, or the year before when that day would fall after it. Null without both.
 */
export function datelineDay(dateline: string, around: string | undefined): string | null {
  const day = DAY.exec(dateline)?.[0];
  if (!day || !around || /\d{4}/.test(dateline)) return null;
  const year = Number(around.slice(0, 4));
  const same = writtenDate(`${day} ${year}`);
  return same && same <= around ? same : writtenDate(`${day} ${year - 1}`);
}

/**
 * The index of a pasted story's headline among the text's blocks, or -1: the first headline over a byline over an
 * unmarked paragraph opening with a place's or agency's dateline, under the text's own head: a title it states that
 * is not this headline, and a paragraph of prose or a heading of its own above the headline. The byline, and the headline as a standfirst, may
 * be marked already, as the byline and head rules read them; a headline they took for the text's title is its own.
 */
export function pastedStory(blocks: readonly TextBlock[], title: string | undefined): number {
  for (let index = 2; index < blocks.length; index++) {
    const block = blocks[index] as TextBlock;
    const found = block.data?.boilerplate ? null : leadDateline(block);
    if (!found || !placeOrDay(found.found) || !isProse(found.found.rest)) continue;
    // A line of its date may stand between the byline and the dateline ("10 March 2025 · Andes Metals Report").
    const dated = isDateLine(fullText(blocks[index - 1] as TextBlock)) ? 1 : 0;
    const top = index - 2 - dated;
    if (top < 0) continue;
    const [headline, byline] = [fullText(blocks[top] as TextBlock), fullText(blocks[top + 1] as TextBlock)];
    // A headline the head rules took for the text's own is the text's: the story is no pasted one.
    if (blocks[top]?.data?.boilerplate === 'title') return -1;
    if (!detectByline(byline) || !isHeadingLike(headline) || countWords(headline) < MIN_HEADLINE_WORDS || detectByline(headline)) continue;
    // The text's own lines: a title it states that is not this headline, and above the headline a paragraph of its
    // prose or a heading of its own ("## The story as received").
    const own = blocks.slice(0, top).some((b) => !b.data?.boilerplate && (b.type === 'heading' || isProse(fullText(b))));
    return title !== undefined && !repeatsTitle(headline, title) && own ? top : -1;
  }
  return -1;
}

/** Most words of a line that gives a story's date, perhaps with its outlet. */
const MAX_DATE_LINE_WORDS = 8;
/** A short line that gives a date: "10 March 2025 · Andes Metals Report", "Tuesday, March 11, 2025 | 9:40 pm". */
const isDateLine = (text: string) => countWords(text) <= MAX_DATE_LINE_WORDS && writtenDate(text) !== null;

/**
 * Marks a pasted story's surroundings as `other`: what stands above its headline, what follows its sign-off and
 * contact line (`credit`), and the notes set apart by their type between its paragraphs. States its headline, and
 * its author, agency and date where its byline and dateline give them, over the text's own.
 */
export default function pastedStoryPlugin() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data as unknown as ArticleFileData).meta;
    const blocks = textBlocks(tree);
    const at = pastedStory(blocks, meta.title);
    if (at < 0) return;
    for (const block of blocks.slice(0, at)) markBlock(block, 'other');
    const [headline, byline] = [blocks[at] as TextBlock, blocks[at + 1] as TextBlock];
    meta.title = collapse(fullText(headline));
    markBlock(headline, 'title');
    // What the story's byline and dateline state replaces what the text states of itself: its writer, its agency,
    // and its date: the one its date line gives, else the dateline's day in the year of the text's date (the one it
    // states, else the first its lines above the story write).
    const first = isDateLine(fullText(blocks[at + 2] as TextBlock)) ? at + 3 : at + 2;
    const found = leadDateline(blocks[first] as TextBlock)?.found;
    const around = meta.published ?? blocks.slice(0, at).map((b) => writtenDate(fullText(b))).find((d) => d !== null) ?? undefined;
    const day = first > at + 2 ? writtenDate(fullText(blocks[at + 2] as TextBlock)) : datelineDay(found?.text ?? '', around);
    if (day) meta.published = day;
    if (found?.outlet) delete meta.outlet;
    const by = detectByline(fullText(byline));
    if (by?.author) delete meta.author;
    if (by) takeByline(byline, by, meta);
    const signOff = blocks.findIndex((b, i) => i > first && /^\(/.test(fullText(b).trim()) && classifyCredit(fullText(b))?.kind === 'credit');
    const end = signOff < 0 ? blocks.length : signOff;
    if (signOff >= 0) {
      let after = signOff;
      while (after < blocks.length && classifyCredit(fullText(blocks[after] as TextBlock))?.kind === 'credit') markBlock(blocks[after++] as TextBlock, 'credit');
      for (const block of blocks.slice(after)) if (!block.data?.boilerplate) markBlock(block, 'other');
    }
    // Between the story's paragraphs, one its type sets apart is the notes': "*Check 1: we have not seen the bylaws.*".
    for (const block of blocks.slice(first + 1, end)) if (block.data?.setApart && !block.data.boilerplate) markBlock(block, 'other');
  };
}
