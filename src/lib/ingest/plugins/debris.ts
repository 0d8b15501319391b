// Detector: page furniture in the body, in any format. Trailing debris (lists of related headlines, share and
// subscribe prompts, comments) is boilerplate from where it starts to the end; a furniture line standing alone
// inside the body ("Advertisement") is boilerplate by itself.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { copyrightNotice, noteCredit } from '../credits.ts';
import { breakTease, debrisKind, debrisStart, markerKind, pollQuestion, strayMarkers } from '../debris.ts';
import { agencyCaption } from '../agency-caption.ts';
import { captionOverCredit, pictureCreditLine } from '../picture-credit.ts';
import { sourcesListStart, trailingNotes } from '../footnotes.ts';
import { issuerNotesStart } from '../issuer-notes.ts';
import { newsletterBoxAbove } from '../newsletter-box.ts';
import { socialEmbeds } from '../social-embed.ts';
import { statusText } from '../status-text.ts';
import { isProse } from '../paragraphs.ts';
import { bodyBlocks, collapse, fullText, markBlock, textBlocks, unmarkedText, type ArticleFileData } from '../tree.ts';

/**
 * Marks trailing debris (its first line with its own kind, a licence line as one, the rest `related`) and stray
 * furniture lines. A copyright notice in the page's footer still states the licence and its owner, as the credits
 * rule would (a reader's comment that mentions copyright does not).
 */
export default function debris() {
  return (tree: Root, file: VFile) => {
    const meta = (file.data as unknown as ArticleFileData).meta;
    const blocks = bodyBlocks(tree);
    const texts = blocks.map(unmarkedText);
    const cut = debrisStart(texts);
    const end = cut < 0 ? blocks.length : cut;
    const mark = (index: number, kind: Parameters<typeof markBlock>[1]) => {
      const block = blocks[index] as (typeof blocks)[number];
      if (!block.data?.boilerplate) markBlock(block, kind);
    };
    // A list the format marked as links already (a Markdown list of related stories) is the whole list under its
    // label: a line after it, a crosshead resuming the story, is not one of its items.
    const all = textBlocks(tree);
    const before = new Map(all.map((block, i) => [block, all[i - 1]]));
    const afterList = (index: number) => before.get(blocks[index] as (typeof blocks)[number])?.data?.boilerplate === 'related';
    const strays = strayMarkers(texts.slice(0, end)).filter(({ index, kind }) => kind !== 'related' || index === 0 || !afterList(index) || markerKind(texts[index] as string) === 'related');
    for (const { index, kind } of strays) markBlock(blocks[index] as (typeof blocks)[number], kind);
    // A newsletter box's pitch and name sit over the sign-up line the stray rules found.
    for (const { index, kind } of strays) if (kind === 'subscribe') for (const above of newsletterBoxAbove(texts, index)) mark(above, 'subscribe');
    for (const index of socialEmbeds(texts.slice(0, end))) mark(index, 'other');
    // A caption a gallery printed already, repeated under its picture in the text, is that caption again.
    const captions = new Set(textBlocks(tree).filter((b) => b.data?.boilerplate === 'caption').map((b) => collapse(fullText(b))));
    texts.slice(0, end).forEach((text, index) => {
      if (captions.has(collapse(text))) mark(index, 'caption');
    });
    // A broadcast's tease over its break cue, which an earlier rule may have marked already.
    const at = new Map(all.map((block, i) => [block, i]));
    texts.slice(0, end).forEach((text, index) => {
      const next = all[(at.get(blocks[index] as (typeof blocks)[number]) ?? -2) + 1];
      if (breakTease(text, next && fullText(next))) mark(index, 'related');
    });
    // A poll's question under its label is the widget's, as the label is.
    texts.slice(0, end).forEach((text, index) => {
      if (index > 0 && pollQuestion(texts[index - 1] as string, text)) mark(index, 'other');
    });
    const proseBlocks = texts.slice(0, end).filter((text) => isProse(text)).length;
    texts.slice(0, end).forEach((text, index) => {
      if (agencyCaption(text)) mark(index, 'caption');
      else if (statusText(text)) mark(index, 'other');
      else if (pictureCreditLine(text)) {
        mark(index, 'caption');
        // The sentence over it is its caption, unless it is the text's only prose: then the credit is a stray line.
        if (index > 0 && captionOverCredit(texts[index - 1] as string) && proseBlocks > 1) mark(index - 1, 'caption');
      }
    });
    // Numbered notes close the article's own text, above any debris after it.
    const notes = trailingNotes(texts.slice(0, end));
    if (notes >= 0) for (let index = notes; index < end; index++) mark(index, 'other');
    // So does a list of the sources consulted, under its label.
    const sources = sourcesListStart(texts.slice(0, end), (index) => Boolean(blocks[index]?.data?.boilerplate));
    if (sources >= 0) for (let index = sources; index < end; index++) mark(index, 'other');
    // A press release's notes from its issuer ("About …", forward-looking statements, contacts) close it the same way.
    const issuer = issuerNotesStart(texts.slice(0, end), blocks.map((b) => b.type === 'heading'));
    if (issuer >= 0) for (let index = issuer; index < end; index++) mark(index, 'credit');
    if (cut < 0) return;
    blocks.slice(cut).forEach((block, i) => {
      const text = texts[cut + i] as string;
      const notice = copyrightNotice(text);
      if (notice) {
        noteCredit(meta, notice);
        markBlock(block, 'license');
      } else markBlock(block, (i === 0 && debrisKind(text)) || 'related');
    });
  };
}
