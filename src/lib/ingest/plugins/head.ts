// Detector: the lines above the body (photo caption, headline, standfirst). When the file states its title (front
// matter, page metadata) only a leading line repeating it is the head; otherwise the shape rules of head.ts apply.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { detectByline, takeByline } from '../byline.ts';
import { detectHead, isDeskLine, isHeadingLike, isMasthead, namesOutlet, repeatsTitle } from '../head.ts';
import { markerKind } from '../debris.ts';
import { endsLikeSentence, isProse } from '../paragraphs.ts';
import { countWords } from '../../text/words.ts';
import { bodyBlocks, collapse, fullText, markBlock, textBlocks, unmarkedText, type ArticleFileData, type TextBlock } from '../tree.ts';

/** Most words of a label line above the article (a section name, "Listen to this article"). */
const MAX_LABEL_WORDS = 4;

const headingLike = (block: TextBlock) => block.type === 'heading' || isHeadingLike(unmarkedText(block));

/** A line of the head as its kind, unless it is an app's or page's button ("Share", "Save"), which is a share line wherever it stands. */
const headKind = (block: TextBlock, kind: 'standfirst' | 'other') => (markerKind(unmarkedText(block)) === 'share' ? 'share' : kind);

/** How far down a byline may stand for the lines over it to be the head: menus, labels, headline, standfirst. */
const BYLINE_HEAD_SEARCH = 10;
/** Most words of a standfirst over a byline; a longer line there is a paragraph of the article. */
const MAX_STANDFIRST_WORDS = 60;
/** Most words of a headline found over its byline. */
const MAX_HEADLINE_WORDS = 30;
/** Most short lines over a heading repeating the stated title for them to be the page's. */
const MAX_LINES_OVER_HEADLINE = 5;
/** Fewest words of a headline over a longer standfirst: a menu item or label has fewer. */
const MIN_HEADLINE_WORDS = 5;

/**
 * The head read from the byline up, for a copied page whose headline ends like a sentence ("… Now farmers have to
 * decide how."), which the shape rules take for prose: the line over the byline is the headline, or the standfirst
 * under a headline of at most MAX_HEADLINE_WORDS words; what stands above is the page's. Only when no line above the
 * byline is long enough to be the article's and the shape rules would not find that headline themselves. True when
 * it marked the head.
 */
function headOverByline(tree: Root, blocks: TextBlock[], meta: ArticleFileData['meta']): boolean {
  const all = textBlocks(tree);
  // Counted from the first line the page's navigation left: menus marked above it do not use up the search.
  const from = Math.max(0, all.indexOf(blocks[0] as TextBlock));
  const window = (i: number) => i >= from && i < from + BYLINE_HEAD_SEARCH;
  let by = all.findIndex((b, i) => window(i) && b.data?.boilerplate === 'byline');
  // A byline the byline rule did not reach (a clipping's buttons and notices above used up its search) is read here
  // when a headline stands right over it.
  if (by < 0) {
    for (let i = from + 1; by < 0 && window(i) && i < all.length; i++) {
      const b = all[i] as TextBlock;
      const found = b.type === 'paragraph' && !b.data?.boilerplate && headingLike(all[i - 1] as TextBlock) ? detectByline(unmarkedText(b)) : null;
      if (!found) continue;
      if (!proseUnder(all, i)) return false;
      takeByline(b, found, meta, all[i + 1]);
      by = i;
    }
    if (by < 0) return false;
  }
  if (!overProse(all, by)) return false;
  const above = blocks.filter((b) => all.indexOf(b) < by);
  const texts = above.map(unmarkedText);
  if (above.length === 0 || texts.some((t) => countWords(t) > MAX_STANDFIRST_WORDS) || !texts.some((t) => isProse(t))) return false;
  const last = above.length - 1;
  // A headline over a longer standfirst, whatever their punctuation ("… Not everyone likes the plan." over a deck);
  // else the heading-like line, or the one over a standfirst that reads as prose.
  const over = texts[last - 1];
  const shorterOver = over !== undefined && countWords(over) >= MIN_HEADLINE_WORDS && countWords(over) < countWords(texts[last] as string);
  // One line alone over the byline is the headline, however it ends.
  const titleAt = shorterOver ? last - 1 : last === 0 || headingLike(above[last] as TextBlock) ? last : last - 1;
  const title = above[titleAt];
  if (!title || countWords(texts[titleAt] as string) > MAX_HEADLINE_WORDS) return false;
  for (const block of above.slice(0, titleAt)) markBlock(block, headKind(block, 'other'));
  markBlock(title, 'title');
  meta.title = collapse(texts[titleAt] as string);
  if (titleAt < last) markBlock(above[last] as TextBlock, headKind(above[last] as TextBlock, 'standfirst'));
  return true;
}

/** Marks caption, title and standfirst lines, and states the title when the file did not. */
export default function head() {
  return (tree: Root, file: VFile) => {
    const data = file.data as unknown as ArticleFileData;
    const meta = data.meta;
    // A first line printing the outlet's name (as the curated metadata or the page names it) is its masthead, never
    // the headline: "El Correo Minero — English edition" over the story's own headline.
    const outlet = data.knownOutlet ?? meta.outlet;
    let blocks = bodyBlocks(tree);
    const top = blocks[0];
    if (outlet && top && blocks.length > 2 && namesOutlet(unmarkedText(top), outlet)) {
      markBlock(top, 'other');
      blocks = blocks.slice(1);
    }
    // A document's one top-level heading over its first line of prose is its title, whatever stands above it (a
    // converted release's letterhead, "FOR IMMEDIATE RELEASE"): those lines are the page's.
    const h1s = blocks.filter((b) => b.type === 'heading' && b.depth === 1);
    const h1At = h1s.length === 1 ? blocks.indexOf(h1s[0] as TextBlock) : -1;
    const firstProse = blocks.findIndex((b) => isProse(unmarkedText(b)));
    if (meta.title === undefined && h1At > 0 && (firstProse < 0 || h1At < firstProse)) {
      for (const block of blocks.slice(0, h1At)) markBlock(block, headKind(block, 'other'));
      blocks = blocks.slice(h1At);
    }
    // A heading repeating the title the file states, under a few short lines, heads the story: those lines (a
    // newsletter's greeting and section label) are the page's, though one reads as prose.
    const stated = meta.title;
    const headingAt = stated === undefined ? -1 : blocks.slice(0, MAX_LINES_OVER_HEADLINE + 1).findIndex((b) => b.type === 'heading' && repeatsTitle(unmarkedText(b), stated));
    if (headingAt > 0 && blocks.slice(0, headingAt).every((b) => countWords(unmarkedText(b)) <= MAX_STANDFIRST_WORDS)) {
      for (const block of blocks.slice(0, headingAt)) markBlock(block, headKind(block, 'other'));
      blocks = blocks.slice(headingAt);
    }
    const first = blocks[0];
    if (meta.title !== undefined) {
      // A page laid out around its article may put a sidebar's lines (a poll, a menu) above the headline: when the
      // line repeating the title comes before any line of prose, what stands above it is the page's.
      const proseAt = blocks.findIndex((b) => isProse(unmarkedText(b)));
      let titleAt = blocks.slice(0, proseAt < 0 ? blocks.length : proseAt).findIndex((b) => headingLike(b) && repeatsTitle(unmarkedText(b), meta.title as string));
      // A front matter's title the text prints nowhere, over a text that opens with a heading of its own, is
      // another's: a clipper's front matter keeps the page's title for search engines, and the clipped text prints its
      // headline. (A saved page's metadata title is weighed against its printed headline by the HTML format.)
      const opening = blocks[0];
      if (data.format === 'markdown' && titleAt < 0 && opening?.type === 'heading' && proseAt > 0 && !textBlocks(tree).some((b) => repeatsTitle(fullText(b), meta.title as string))) {
        const printed = collapse(unmarkedText(opening));
        file.message(`the file states its title as "${meta.title}" but prints "${printed}" as its headline, and the stated title nowhere; the printed headline is used`, { ruleId: 'title-conflict', source: 'wirediff' });
        meta.title = printed;
        titleAt = 0;
      }
      for (const block of blocks.slice(0, Math.max(0, titleAt))) markBlock(block, 'other');
      // From there, above the first line of prose: the line repeating the title, and labels of a few words ("Retail &
      // Consumer"), never one ending with a comma, which opens the text ("Dear readers,").
      let titled = false;
      const all = textBlocks(tree);
      const start = Math.max(0, titleAt);
      for (const block of blocks.slice(start)) {
        const text = unmarkedText(block);
        // A line under the headline (or labels) and over the byline, however long, is the standfirst ("Council
        // approves …"): the loop only goes on past lines of the head, so nothing of the body stands above it.
        if (block.type === 'paragraph' && overProse(all, all.indexOf(block) + 1) && countWords(text) <= MAX_STANDFIRST_WORDS) {
          markBlock(block, 'standfirst');
          continue;
        }
        if (!headingLike(block)) break;
        if (!titled && repeatsTitle(text, meta.title)) {
          markBlock(block, 'title');
          titled = true;
        } else if (block.type !== 'paragraph' || (countWords(text) > MAX_LABEL_WORDS && !isDeskLine(text)) || /,\s*$/.test(text)) break;
        // A dateline standing on its own line ("WASHINGTON —") ends with its dash and stays for the dateline rule.
        else if (!/[–—-]\s*$/u.test(text)) markBlock(block, detectByline(text) ? 'byline' : headKind(block, 'other'));
      }
      return;
    }
    if (first?.type === 'heading' && first.depth === 1) {
      // A top-level Markdown heading is the title whatever its length; heading-like lines after it are the standfirst.
      meta.title = collapse(unmarkedText(first));
      markBlock(first, 'title');
      let i = 1;
      for (; i < blocks.length && headingLike(blocks[i] as TextBlock) && blocks[i]?.type !== 'heading'; i++) markBlock(blocks[i] as TextBlock, headKind(blocks[i] as TextBlock, 'standfirst'));
      // A paragraph right over the byline is the standfirst too, though it reads as prose, as under a headline found by shape.
      overByline(tree, blocks[i]);
      // A clipped page may repeat its headline as a heading of its own above the article: the title, said once.
      const proseAt = blocks.findIndex((b) => isProse(unmarkedText(b)));
      for (const block of blocks.slice(1, proseAt < 0 ? blocks.length : proseAt)) {
        if (block.type === 'heading' && repeatsTitle(unmarkedText(block), meta.title)) markBlock(block, 'title');
      }
      return;
    }
    if (headOverByline(tree, blocks, meta)) return;
    // A furniture line at the top ("example.com · 7 min read", "Advertisement") is the page's, never the headline.
    while (blocks.length > 1 && markerKind(unmarkedText(blocks[0] as TextBlock)) !== null) {
      markBlock(blocks[0] as TextBlock, headKind(blocks[0] as TextBlock, 'other'));
      blocks = blocks.slice(1);
    }
    const texts = blocks.map(unmarkedText);
    const found = detectHead(texts, (i) => headingLike(blocks[i] as TextBlock));
    if (found.title === null) return;
    let i = 0;
    for (; i < found.labels.length; i++) {
      markBlock(blocks[i] as TextBlock, headKind(blocks[i] as TextBlock, 'other'));
      // A masthead over the headline names the outlet when nothing else did ("The Astrell Courier").
      if (isMasthead(found.labels[i] as string)) meta.outlet ??= collapse(found.labels[i] as string);
    }
    if (found.caption !== null) markBlock(blocks[i++] as TextBlock, 'caption');
    const titleBlock = blocks[i++] as TextBlock;
    markBlock(titleBlock, 'title');
    meta.title = collapse(found.title);
    for (; i < found.bodyStart; i++) markBlock(blocks[i] as TextBlock, headKind(blocks[i] as TextBlock, 'standfirst'));
    // A short paragraph between the head and the byline under it is the standfirst too, though it reads as prose or a
    // list (a wire's summary points).
    overByline(tree, blocks[i]);
  };
}

/** Fewest words of a sentence under a byline for the lines over it to be a head. */
const MIN_SENTENCE_WORDS = 3;

/** True when a sentence of the text stands somewhere under `all[index]`. */
function proseUnder(all: TextBlock[], index: number): boolean {
  const sentence = (b: TextBlock) => !b.data?.boilerplate && endsLikeSentence(unmarkedText(b)) && countWords(unmarkedText(b)) >= MIN_SENTENCE_WORDS;
  return all.slice(index + 1).some(sentence);
}

/**
 * True when `all[index]` is a byline with a sentence under it. A head heads a story: over a byline with none under
 * it, the lines are the text itself.
 */
function overProse(all: TextBlock[], index: number): boolean {
  return all[index]?.data?.boilerplate === 'byline' && proseUnder(all, index);
}

/** Marks a short paragraph standing right over the byline as the standfirst: the byline opens the body. */
function overByline(tree: Root, next: TextBlock | undefined): void {
  const all = textBlocks(tree);
  if (next?.type === 'paragraph' && overProse(all, all.indexOf(next) + 1) && countWords(unmarkedText(next)) <= MAX_STANDFIRST_WORDS) markBlock(next, 'standfirst');
}
