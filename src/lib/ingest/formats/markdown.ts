// Markdown: remark-parse with YAML front matter. The front matter states fields (validated), the body becomes the
// article tree; raw HTML in the Markdown is dropped with a warning, never passed through. An image is not shown
// either: it is named in a warning, and one standing alone in its paragraph keeps its alt text as a caption.
import { withoutQuoteTags } from './forum-tags.ts';
import type { Image, ImageReference, Paragraph, Root, RootContent, Yaml } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { countWords } from '../../text/words.ts';
import { IngestError } from '../errors.ts';
import type { ArticleFileData } from '../tree.ts';
import { inlineText, toArticleTree } from './blocks.ts';
import { endsWithPictureCredit } from '../debris.ts';
import { readFrontMatter } from './front-matter.ts';
import { gridTable, isGridTable, withoutAttributes } from './pandoc.ts';
import { clearNoteMarkup } from './note-markup.ts';
import { setApparatusAside } from './markdown-apparatus.ts';
import { flattenOutline, isOutlinerPage, pageProperties, propertiesAsYaml } from './outliner.ts';

// GitHub's extensions (remark-gfm) because exports use them: footnotes (apparatus, dropped with their markers) and
// pipe tables (data, set aside) would otherwise read as body text.
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * Longest stretch of Markdown parsed at once. micromark slows down quadratically on long runs of block quotes
 * (4,000 quotes between paragraphs took over a minute), so a long file is parsed in stretches that end at a blank
 * line outside front matter, code fences and raw HTML blocks, where a new top-level block starts anyway.
 */
const STRETCH = 2000;

/** Raw HTML blocks that may contain blank lines (CommonMark kinds 1 and 2), and the line that ends each. */
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
];

/** Start offsets of the stretches a Markdown text is parsed in (see STRETCH). */
export function stretchStarts(text: string): number[] {
  const starts = [0];
  if (text.length <= STRETCH) return starts;
  let fence: string | null = null;
  let closer: RegExp | null = null;
  let frontMatter = /^---[ \t]*\n/.test(text);
  let offset = 0;
  let blank = false;
  for (const [index, line] of text.split('\n').entries()) {
    const here = offset;
    offset += line.length + 1;
    if (frontMatter) {
      if (index > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line)) frontMatter = false;
      continue;
    }
    if (closer) {
      if (closer.test(line)) closer = null;
      continue;
    }
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    const html = HTML_BLOCKS.find(([open]) => open.test(line));
    if (html && !html[1].test(line)) closer = html[1];
    const isBlank = line.trim() === '';
    if (blank && !isBlank && here - (starts.at(-1) as number) >= STRETCH) starts.push(here);
    blank = isBlank;
  }
  return starts;
}

/** Parses Markdown in stretches and joins their trees, with positions counted from the start of the file. */
function parseInStretches(text: string): Root {
  const starts = stretchStarts(text);
  const root: Root = { type: 'root', children: [] };
  starts.forEach((start, i) => {
    const piece = text.slice(start, starts[i + 1] ?? text.length);
    const lineOffset = text.slice(0, start).split('\n').length - 1;
    const tree = parser.parse(piece);
    if (i > 0) {
      visit(tree, (node) => {
        for (const point of [node.position?.start, node.position?.end]) {
          if (!point) continue;
          point.line += lineOffset;
          if (point.offset !== undefined) point.offset += start;
        }
      });
    }
    root.children.push(...tree.children);
  });
  return root;
}

/** Most words of a caption under a picture. */
const MAX_CAPTION_WORDS = 60;

/**
 * True for a short text ending with a credit in brackets: a name and its source split by a slash ("(Jo Roe / The
 * Ledger)", "(AFP/Jo Roe)"), both in capitals and one a full name, or a picture word ("(Photo: Jo Roe)").
 */
export function isCreditedCaption(text: string): boolean {
  const t = text.trim();
  if (countWords(t) > MAX_CAPTION_WORDS) return false;
  if (endsWithPictureCredit(t)) return true;
  // Both sides named in capitals, one of them a person's full name: "(or both/either)" and "(Reuters/Ipsos)" are not.
  const credit = /\((\p{Lu}[^()/]{1,59})\/(\s*\p{Lu}[^()/]{1,59})\)\s*$/u.exec(t);
  return credit !== null && (credit[1]?.trim().includes(' ') === true || credit[2]?.trim().includes(' ') === true);
}

/**
 * Reads fields the file states about itself (front matter, an outliner's page properties) onto the file's data: a bad
 * value stops the build at its line, an unread key is reported.
 */
function readStatedFields(yamlText: string, firstLine: number, file: VFile, what: string): void {
  const front = readFrontMatter(yamlText, firstLine);
  if (!front.ok) throw new IngestError(file.path, front.reason, front.place);
  Object.assign((file.data as unknown as ArticleFileData).meta, front.meta);
  for (const { key, place, why } of front.ignored) {
    file.message(`${what} \`${key}\` ${why ? `is ignored: ${why}` : 'is not one wirediff reads; it is ignored'}`, { place, ruleId: 'front-matter', source: 'wirediff' });
  }
}

/** Parses a Markdown article into the article tree, putting its front matter fields on the file's data. */
export function parseMarkdown(raw: string, file: VFile): Root {
  // A forum's quotation tags are markup; blanked, their lines stay where they were.
  const text = withoutQuoteTags(raw);
  const tree = parseInStretches(text);
  const yaml = tree.children.find((n): n is Yaml => n.type === 'yaml');
  if (yaml) readStatedFields(yaml.value, (yaml.position?.start.line ?? 1) + 1, file, 'front matter field');
  // An outliner's page states its fields as page properties, read as front matter is, and its outline is flattened.
  if (!yaml && isOutlinerPage(tree)) {
    const properties = pageProperties(tree);
    if (properties) readStatedFields(propertiesAsYaml(properties), tree.children[0]?.position?.start.line ?? 1, file, 'page property');
    flattenOutline(tree);
  }
  // A line break written as HTML ("By Jo Roe<br>Published …", as converters and clippers write one) is a line break:
  // dropped, it would run the lines into one ("Jo RoePublished").
  visit(tree, 'html', (node, index, parent) => {
    if (/^<br\s*\/?>$/i.test(node.value.trim()) && parent && index !== undefined && parent.type !== 'root') {
      (parent.children as RootContent[])[index] = { type: 'break', ...(node.position ? { position: node.position } : {}) } as RootContent;
      return;
    }
    if (node.value.trim()) file.message('raw HTML in Markdown is not shown; its text is dropped', { place: node.position, ruleId: 'raw-html', source: 'wirediff' });
  });
  // A note app's callouts, comments, highlights and block ids, and the reader's notes, are not the article's; nor is a
  // story file's apparatus (fenced code, task lists, collapsible details).
  setApparatusAside(tree, text);
  clearNoteMarkup(tree);
  // Pandoc's attribute blocks are markup, never words of the article; nor is a footnote's marker whose note the file
  // defines in another stretch than the one it was parsed in ("2019.[^1]"), left as text.
  const notes = new Set([...text.matchAll(/^\[\^([^\]\s]+)\]:/gm)].map((m) => m[1]));
  visit(tree, 'text', (node) => {
    node.value = withoutAttributes(node.value);
    if (notes.size > 0 && node.value.includes('[^')) node.value = node.value.replace(/\[\^([^\]\s]+)\]/g, (marker, id: string) => (notes.has(id) ? '' : marker));
  });
  visit(tree, 'paragraph', (node, index, parent) => {
    // A grid table is a table, as a pipe table is (formats/blocks.ts sets a table of data aside).
    if (parent && index !== undefined && isGridTable(inlineText(node))) {
      parent.children[index] = gridTable(inlineText(node), node.position);
      return;
    }
    const images = node.children.filter((c): c is Image | ImageReference => c.type === 'image' || c.type === 'imageReference');
    for (const image of images) file.message(`an image is not shown${image.alt ? ` (alt text “${image.alt}”)` : ''}`, { place: image.position, ruleId: 'image', source: 'wirediff' });
    const alone = images.length === 1 && node.children.every((c) => c.type === 'image' || c.type === 'imageReference' || (c.type === 'text' && !c.value.trim()));
    const alt = images[0]?.alt?.trim();
    // A picture on its own line is a figure: its alt text is what it shows, a caption, never body text.
    if (alone && alt && parent && index !== undefined) {
      const caption: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: alt }], position: node.position, data: { boilerplate: 'caption' } };
      parent.children[index] = caption;
    }
    // The line under a picture that ends with the picture's credit, "(Jo Roe / The Ledger)", is its caption.
    const next = alone && parent && index !== undefined ? parent.children[index + 1] : undefined;
    if (next?.type === 'paragraph' && isCreditedCaption(inlineText(next))) next.data = { ...next.data, boilerplate: 'caption' };
  });
  return toArticleTree(tree);
}
