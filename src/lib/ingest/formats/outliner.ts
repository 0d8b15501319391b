// An outliner's page (Logseq's): page properties as "key:: value" lines, then every block a bullet. A clipped story
// is a run of sibling bullets under a section's heading ("## Article"); the reader's own notes are the bullets nested
// under one of its paragraphs, other sections ("## My summary", "## Questions") and task blocks ("TODO …"). The
// outline is flattened into the article tree's blocks, and what is not the story is set aside, never dropped.
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { countWords } from '../../text/words.ts';
import { isProse } from '../paragraphs.ts';
import { inlineText } from './blocks.ts';
import { unwrapWikiLink } from './front-matter.ts';

/** A property line: "title:: …", "id:: 6840b2c1-…", "collapsed:: false". */
const PROPERTY = /^([A-Za-z][\w-]*):: ?(.*)$/;
/** A block's scheduling line under a task: "SCHEDULED: <2025-06-06 Fri>", "DEADLINE: <…>". */
const SCHEDULE = /^(?:SCHEDULED|DEADLINE): <[^>]*>$/;
/** A task block's marker. */
const TASK = /^(?:TODO|DOING|DONE|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED|IN-PROGRESS)\s/;
/** Fewest property lines that open an outliner's page. */
const MIN_PAGE_PROPERTIES = 2;

/** A paragraph's text, property lines and all. */
const linesOf = (node: RootContent | undefined) => (node?.type === 'paragraph' ? inlineText(node).split('\n') : []);

/** The page's properties (key and value, wiki links unwrapped) when its first block is a run of property lines, or null. */
export function pageProperties(tree: Root): [string, string][] | null {
  const lines = linesOf(tree.children[0]).filter((line) => line.trim() !== '');
  if (lines.length < MIN_PAGE_PROPERTIES || !lines.every((line) => PROPERTY.test(line.trim()))) return null;
  return lines.map((line) => {
    const [, key = '', value = ''] = PROPERTY.exec(line.trim()) as RegExpExecArray;
    return [key, String(unwrapWikiLink(value.trim()))];
  });
}

/** The properties as YAML front matter, for the front matter's reader to validate as it does any file's. */
export function propertiesAsYaml(properties: [string, string][]): string {
  return properties.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n');
}

/** True for a tree that is an outliner's page: page properties first, or bullets only, some holding property lines. */
export function isOutlinerPage(tree: Root): boolean {
  if (pageProperties(tree) && tree.children.some((c) => c.type === 'list')) return true;
  if (tree.children.length === 0 || !tree.children.every((c) => c.type === 'list')) return false;
  let properties = false;
  visit(tree, 'paragraph', (node: Paragraph) => {
    if (linesOf(node).slice(1).some((line) => PROPERTY.test(line.trim()))) properties = true;
  });
  return properties;
}

/** A block set aside: a heading as a paragraph (marks live on paragraphs), a paragraph marked. */
function aside(node: Paragraph | Heading): Paragraph {
  return { type: 'paragraph', children: node.children, ...(node.position ? { position: node.position } : {}), data: { ...node.data, boilerplate: 'other' } };
}

/** A block's text without its property and scheduling lines (the app hides them), or null when nothing else is left. */
function withoutProperties(node: Paragraph | Heading): Paragraph | Heading | null {
  const last = node.children.at(-1);
  if (last?.type === 'text') {
    last.value = last.value
      .split('\n')
      .filter((line, i) => i === 0 && node.children.length > 1 ? true : !PROPERTY.test(line.trim()) && !SCHEDULE.test(line.trim()))
      .join('\n')
      .trimEnd();
  }
  return inlineText(node).trim() === '' ? null : node;
}

/** One section of the outline: its heading, if any, and its blocks in order. */
interface Section {
  heading: Heading | null;
  blocks: RootContent[];
}

/**
 * A bullet's blocks, in order, onto its section: its own (set aside when `notes`, or when a task), then its children's
 * bullets, which are the reader's notes on it once it holds a paragraph (bullets under a section's heading are the
 * section's blocks).
 */
function flattenItem(item: ListItem, section: Section, notes: boolean): void {
  let paragraph = false;
  for (const child of item.children) {
    if (child.type === 'list') {
      for (const sub of child.children) flattenItem(sub, section, notes || paragraph);
    } else if (child.type === 'paragraph' || child.type === 'heading') {
      const kept = withoutProperties(child);
      if (!kept) continue;
      section.blocks.push(notes || (kept.type === 'paragraph' && TASK.test(inlineText(kept))) ? aside(kept) : kept);
      paragraph ||= kept.type === 'paragraph';
    } else section.blocks.push(child as RootContent);
  }
}

/** Words of prose a section's blocks hold, not counting what was set aside. */
const proseWords = (section: Section) =>
  section.blocks.reduce((n, b) => (b.type === 'paragraph' && !b.data?.boilerplate && isProse(inlineText(b)) ? n + countWords(inlineText(b)) : n), 0);

/**
 * Flattens an outliner's page in place: its properties block and each section's heading become blocks set aside, and
 * every section but the one of most prose is set aside whole.
 */
export function flattenOutline(tree: Root): void {
  const sections: Section[] = [{ heading: null, blocks: [] }];
  const before: RootContent[] = [];
  for (const node of tree.children) {
    if (node.type !== 'list') {
      before.push(node.type === 'paragraph' && pageProperties({ type: 'root', children: [node] }) ? aside(node) : node);
      continue;
    }
    for (const item of (node as List).children) {
      const [lead, ...rest] = item.children;
      // A top-level bullet that is a heading opens a section; any other top-level bullet is a block of the current one.
      if (lead?.type === 'heading') {
        sections.push({ heading: lead, blocks: [] });
        flattenItem({ ...item, children: rest }, sections.at(-1) as Section, false);
      } else flattenItem(item, sections.at(-1) as Section, false);
    }
  }
  const story = sections.reduce((best, s) => (proseWords(s) > proseWords(best) ? s : best));
  const out: RootContent[] = [...before];
  for (const section of sections) {
    if (section.heading) out.push(aside(section.heading));
    for (const block of section.blocks) out.push(section === story || (block.type !== 'paragraph' && block.type !== 'heading') ? block : aside(block as Paragraph | Heading));
  }
  tree.children = out;
}
