// The article tree every format parser produces and every detector plugin works on: an mdast Root whose children
// are blocks (paragraphs, headings, block quotes of paragraphs), each holding plain text nodes. Detectors never
// delete text: they mark a whole block, or a prefix or suffix of its text, with the kind of boilerplate it is.
import type { Blockquote, Heading, Paragraph, Root, Text } from 'mdast';
import type { BoilerplateKind } from '../schema/article.ts';

declare module 'mdast' {
  interface Data {
    /** Set on a block or a text node that is boilerplate, not article prose. */
    boilerplate?: BoilerplateKind;
    /** How a boilerplate piece is listed when that differs from its marked text (a dateline without its dash). */
    label?: string;
    /** Set by the sentences plugin on each body block. */
    sentences?: string[];
    /**
     * Set by a format on a paragraph set apart by its type: wholly in italics or bold, or opened by a bold label
     * ("**Check 2:** …"). Not boilerplate by itself: a rule reading a story pasted into notes takes such paragraphs
     * among its paragraphs for the notes'.
     */
    setApart?: boolean;
  }
}

/** A block of the article tree: the only node types a format parser leaves at the top level. */
export type Block = Paragraph | Heading | Blockquote;
/** A block holding text directly. */
export type TextBlock = Paragraph | Heading;

/** What the file itself states about the article, filled in by the format parser and the detectors. */
export interface StatedMeta {
  title?: string;
  outlet?: string;
  published?: string;
  author?: string;
  license?: string;
  dateline?: string;
  source_url?: string;
  language?: string;
}

/** What the pipeline keeps on the vfile beside the tree. */
export interface ArticleFileData {
  format: 'text' | 'markdown' | 'html';
  meta: StatedMeta;
  /** A text given to check or compare with, not a corpus file: it is never refused for having only head lines. */
  given?: boolean;
  /** The outlet the curated metadata names for this file, which the text may print as its masthead. */
  knownOutlet?: string;
}

/** Collapses runs of white space to single spaces and trims, the form body text and boilerplate are stored in. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A paragraph holding one text node. */
export function paragraph(value: string, position?: Paragraph['position']): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value }], ...(position ? { position } : {}) };
}

/** The text blocks of the tree in reading order, block quotes opened. */
export function textBlocks(tree: Root): TextBlock[] {
  return tree.children.flatMap((node) => {
    if (node.type === 'paragraph' || node.type === 'heading') return [node];
    if (node.type === 'blockquote') return node.children.filter((c): c is TextBlock => c.type === 'paragraph' || c.type === 'heading');
    return [];
  });
}

/** The text of a block that no detector has marked as boilerplate. */
export function unmarkedText(block: TextBlock): string {
  if (block.data?.boilerplate) return '';
  return block.children.map((c) => (c.type === 'text' && !c.data?.boilerplate ? c.value : '')).join('');
}

/** Every text of a block, marked or not. */
export function fullText(block: TextBlock): string {
  return block.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}

/** Body blocks: text blocks not marked as boilerplate whose unmarked text is not empty, in reading order. */
export function bodyBlocks(tree: Root): TextBlock[] {
  return textBlocks(tree).filter((b) => unmarkedText(b).trim() !== '');
}

/** Marks a whole block as boilerplate of a kind. */
export function markBlock(block: TextBlock, kind: BoilerplateKind, label?: string): void {
  block.data = { ...block.data, boilerplate: kind, ...(label ? { label } : {}) };
}

function unmarkedTexts(block: TextBlock): Text[] {
  return block.children.filter((c): c is Text => c.type === 'text' && !c.data?.boilerplate);
}

// Format parsers give each block one text node and marks only ever take a prefix or suffix, so a block's unmarked
// text is always one node: offsets into unmarkedText() are offsets into that node.

/** Marks the first `length` characters of a block's unmarked text as boilerplate. */
export function markPrefix(block: TextBlock, length: number, kind: BoilerplateKind, label?: string): void {
  const node = unmarkedTexts(block)[0];
  if (!node || length <= 0) return;
  const index = block.children.indexOf(node);
  const marked: Text = { type: 'text', value: node.value.slice(0, length), data: { boilerplate: kind, ...(label ? { label } : {}) } };
  const rest: Text = { type: 'text', value: node.value.slice(length) };
  block.children.splice(index, 1, ...(rest.value ? [marked, rest] : [marked]));
}

/** Marks a block's unmarked text from character `start` to its end as boilerplate. */
export function markSuffix(block: TextBlock, start: number, kind: BoilerplateKind, label?: string): void {
  const node = unmarkedTexts(block).at(-1);
  if (!node || start >= node.value.length) return;
  const index = block.children.indexOf(node);
  const rest: Text = { type: 'text', value: node.value.slice(0, start) };
  const marked: Text = { type: 'text', value: node.value.slice(start), data: { boilerplate: kind, ...(label ? { label } : {}) } };
  block.children.splice(index, 1, ...(rest.value ? [rest, marked] : [marked]));
}

/** Turns a paragraph of the tree into a heading in place (a crosshead found by its shape). */
export function toHeading(block: TextBlock, depth: Heading['depth'] = 2): void {
  const heading = block as unknown as Heading;
  heading.type = 'heading';
  heading.depth = depth;
}

/** The text blocks that sit inside a block quote (one pass over the tree, so reading it out stays linear). */
export function quotedBlocks(tree: Root): Set<TextBlock> {
  return new Set(tree.children.flatMap((node) => (node.type === 'blockquote' ? (node.children as TextBlock[]) : [])));
}
