// Brings a full mdast tree (from Markdown or from a web page) to the article tree's shape: paragraphs, headings and
// block quotes holding plain text. Inline markup keeps its text only; raw HTML, images and definitions are dropped,
// so markup from a source can never reach a page as markup.
import type { Blockquote, Heading, Link, List, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { BoilerplateKind } from '../../schema/article.ts';
import { endsLikeSentence } from '../paragraphs.ts';
import { countWords } from '../../text/words.ts';
import { collapse, markBlock, type Block, type TextBlock } from '../tree.ts';

/** The visible text of inline content: links and emphasis keep their words, images and raw HTML give nothing. */
export function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
    case 'yaml':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inlineText).join('') : '';
  }
}

function textBlock(type: 'paragraph', value: string, position: RootContent['position']): Paragraph[];
function textBlock(type: 'heading', value: string, position: RootContent['position'], depth: Heading['depth']): Heading[];
function textBlock(type: 'paragraph' | 'heading', value: string, position: RootContent['position'], depth?: Heading['depth']): TextBlock[] {
  const text = collapse(value);
  if (!text) return [];
  const children = [{ type: 'text' as const, value: text }];
  const located = position ? { position } : {};
  return type === 'heading' ? [{ type, depth: depth ?? 2, children, ...located }] : [{ type, children, ...located }];
}

/**
 * True for a paragraph's content set apart by its type: wholly in one italic or bold run, or opened by a bold label
 * ending in a colon ("**Check 2:** the port's call list gives …").
 */
function setApart(children: readonly Nodes[]): boolean {
  const content = children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const [first] = content;
  if (!first || (first.type !== 'emphasis' && first.type !== 'strong')) return false;
  return content.length === 1 || (first.type === 'strong' && /:\s*$/.test(inlineText(first)));
}

/** Most words of a line that stands on its own before a line break: a byline, a job, a date, a label. */
const MAX_LINE_WORDS = 12;

/**
 * The lines of inline content that stand on their own: a line break (`<br>`, or two spaces in Markdown) ends a line
 * that is short or ends a sentence ("By Jane Doe", "Staff Writer", "Reader Comments (2)"); after a longer line that
 * stops mid-sentence it is only a wrap, and the lines run on as one.
 */
function lines(children: readonly Nodes[]): string[] {
  // The text between breaks first, each piece made once, so a paragraph of many breaks stays linear. A break inside
  // emphasis or a link ("<i>By Jane Doe<br>Staff Writer</i>") breaks the line too.
  const pieces: string[][] = [[]];
  const walk = (nodes: readonly Nodes[]) => {
    for (const child of nodes) {
      if (child.type === 'break') pieces.push([]);
      else if ((child.type === 'emphasis' || child.type === 'strong' || child.type === 'delete' || child.type === 'link') && child.children.some((c) => c.type === 'break')) walk(child.children);
      else (pieces.at(-1) as string[]).push(inlineText(child));
    }
  };
  walk(children);
  const out: string[] = [];
  for (const piece of pieces.map((p) => collapse(p.join('')))) {
    const last = out.at(-1);
    if (!piece) continue;
    if (last === undefined || endsLikeSentence(last) || countWords(last) <= MAX_LINE_WORDS) out.push(piece);
    else out[out.length - 1] = `${last} ${piece}`;
  }
  return out.length > 0 ? out : [''];
}

/** The one link a list item holds and nothing else but spacing and emphasis around it, or null. */
function soleLink(item: Nodes): Link | null {
  const links: Link[] = [];
  let other = false;
  const walk = (n: Nodes) => {
    if (n.type === 'link') links.push(n);
    else if (n.type === 'text') other ||= n.value.trim() !== '';
    else if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(item);
  return links.length === 1 && !other ? (links[0] as Link) : null;
}

/** Most words of a list's label ("Related:", "Share this:"); a longer line ending with a colon is the article's. */
const MAX_LIST_LABEL_WORDS = 4;

/** True for a paragraph of prose that ends with a colon, introducing the list under it as the article's own. */
function introducesList(node: Nodes): boolean {
  if (node.type !== 'paragraph') return false;
  const text = collapse(inlineText(node));
  return /:$/.test(text) && countWords(text) > MAX_LIST_LABEL_WORDS;
}

/**
 * What a list of links and nothing else is (two items or more, each a link alone): a table of contents when every
 * link points into the page ("#what-happens-next"), else page furniture (related stories, share services, a menu).
 * An article's own lists carry words around their links; a list that is only links takes the reader elsewhere.
 */
function linkListKind(node: List): BoilerplateKind | null {
  if (node.children.length < 2) return null;
  const links = node.children.map(soleLink);
  if (links.some((l) => l === null)) return null;
  return links.every((l) => l?.url.startsWith('#')) ? 'other' : 'related';
}

function blocksOf(node: Nodes, quoted: boolean, introduced = false): Block[] {
  switch (node.type) {
    case 'list': {
      // A list the article introduces in its own words ("Here is what to read first:") is the article's reading list.
      const kind = introduced ? null : linkListKind(node);
      const blocks = containerBlocks(node.children, quoted);
      if (kind) for (const block of blocks) if (block.type === 'paragraph' || block.type === 'heading') markBlock(block, kind);
      return blocks;
    }
    case 'paragraph': {
      // A format parser may have marked a paragraph by its markup already (a web page's figure caption).
      const marked = node.data?.boilerplate;
      if (marked) return textBlock('paragraph', inlineText(node), node.position).map((p) => ({ ...p, data: { boilerplate: marked } }));
      const blocks = lines(node.children).flatMap((line) => textBlock('paragraph', line, node.position));
      if (setApart(node.children)) for (const block of blocks) block.data = { ...block.data, setApart: true };
      return blocks;
    }
    case 'heading':
      return textBlock('heading', inlineText(node), node.position, node.depth);
    case 'code':
      return textBlock('paragraph', node.value, node.position);
    case 'table': {
      // A table of data (a fact box, figures by quarter) holds no sentences of the article: its rows are set aside. A
      // page laid out in a table keeps its prose in cells, so a table with a long row stays text.
      const rows = node.children.flatMap((row) => textBlock('paragraph', row.children.map(inlineText).join(' '), row.position));
      return isDataTable(rows) ? rows.map((p) => ({ ...p, data: { boilerplate: 'other' as const } })) : rows;
    }
    case 'blockquote': {
      const inner = node.children.flatMap((c) => blocksOf(c, true)) as TextBlock[];
      if (quoted) return inner;
      return inner.length ? [{ type: 'blockquote', children: inner, ...(node.position ? { position: node.position } : {}) } as Blockquote] : [];
    }
    case 'html':
    case 'yaml':
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
    case 'image':
    case 'imageReference':
      return [];
    default:
      if (!('children' in node)) return textBlock('paragraph', inlineText(node), node.position);
      return containerBlocks(node.children as Nodes[], quoted);
  }
}

/** Most words of a row of a data table; a longer one is prose laid out in a table. */
const MAX_DATA_ROW_WORDS = 40;

/** True for the rows of a table of data: every row short. */
function isDataTable(rows: readonly TextBlock[]): boolean {
  return rows.length > 0 && rows.every((r) => countWords(r.children.map((c) => ('value' in c ? c.value : '')).join(' ')) <= MAX_DATA_ROW_WORDS);
}

/** Most words of a table's title line above it ("Table 1: Copper output by quarter, tonnes"). */
const MAX_TABLE_TITLE_WORDS = 15;
/** Most words of the source or note line under a table. */
const MAX_TABLE_NOTE_WORDS = 40;

/**
 * Marks the lines that belong to a data table just set aside (`rows`, the last blocks of `out`): a short title line
 * right above it, and a "Source: …" or "Note: …" line right below it (`next`, read from the mdast node).
 */
function tableNotes(out: Block[], rowCount: number, before: Nodes | undefined, next: Nodes | undefined): Nodes | undefined {
  const above = out[out.length - rowCount - 1];
  // Only a paragraph of its own can title a table: the last item of a list above it is one of the list's items.
  if (before?.type === 'paragraph' && above?.type === 'paragraph' && !above.data?.boilerplate) {
    const text = collapse(above.children.map((c) => ('value' in c ? c.value : '')).join(''));
    if (countWords(text) <= MAX_TABLE_TITLE_WORDS && !endsLikeSentence(text)) markBlock(above, 'caption');
  }
  if (next?.type !== 'paragraph') return undefined;
  const text = collapse(inlineText(next));
  return /^(?:sources?|notes?)\s*:/iu.test(text) && countWords(text) <= MAX_TABLE_NOTE_WORDS ? next : undefined;
}

/** Blocks of a container's children; runs of phrasing content straight inside it (a list item's text) become paragraphs. */
function containerBlocks(children: readonly Nodes[], quoted: boolean): Block[] {
  const out: Block[] = [];
  let run: Nodes[] = [];
  const flush = () => {
    for (const line of lines(run)) out.push(...textBlock('paragraph', line, undefined));
    run = [];
  };
  let previous: Nodes | undefined;
  let tableNote: Nodes | undefined;
  children.forEach((child, i) => {
    if (isBlock(child)) {
      flush();
      const blocks = blocksOf(child, quoted, child.type === 'list' && previous !== undefined && introducesList(previous));
      if (child === tableNote) for (const block of blocks) if (block.type === 'paragraph') markBlock(block, 'credit');
      out.push(...blocks);
      if (child.type === 'table' && blocks.length > 0 && blocks.every((b) => b.data?.boilerplate === 'other')) tableNote = tableNotes(out, blocks.length, previous, children[i + 1]);
    } else run.push(child);
    previous = child;
  });
  flush();
  return out;
}

// Table rows and cells count too: a page laid out in a table, once extraction drops the table around them, leaves
// its cells as the article's containers.
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'code', 'table', 'tableRow', 'tableCell', 'blockquote', 'list', 'listItem', 'html', 'thematicBreak', 'definition', 'footnoteDefinition', 'yaml']);
const isBlock = (node: Nodes) => BLOCK_TYPES.has(node.type);

/** Flattens any mdast tree into the article tree (see tree.ts): lists and tables become paragraphs, quotes stay. */
export function toArticleTree(tree: Root): Root {
  return { type: 'root', children: containerBlocks(tree.children, false) };
}
