// A story file's working apparatus in Markdown, as a data desk's repository or a notebook keeps it beside the text: a
// fenced code block (the query behind a chart), a task list ("- [x] Filing counts match"), and a collapsible
// <details> block (a methodology note). None of these is how a story is published; each is set aside, not dropped.
import type { Code, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

/** A block set aside in place of a node: its text as a paragraph marked as the page's. */
function aside(value: string, node: RootContent): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value }], ...(node.position ? { position: node.position } : {}), data: { boilerplate: 'other' } };
}

/** True for a code block written between fences (``` or ~~~), not one indented, which a pasted text may be by accident. */
function fenced(node: Code, source: string): boolean {
  const start = node.position?.start.offset;
  return start !== undefined && /^ {0,3}(?:`{3,}|~{3,})/.test(source.slice(start, start + 8));
}

/** Marks every paragraph inside a node as the page's. */
function markParagraphs(node: ListItem): void {
  visit(node, 'paragraph', (p: Paragraph) => {
    p.data = { ...p.data, boilerplate: 'other' };
  });
}

/** Sets a Markdown tree's apparatus aside in place (see the module comment); `source` is the Markdown text. */
export function setApparatusAside(tree: Root, source: string): void {
  visit(tree, 'code', (node: Code, index, parent) => {
    if (parent && index !== undefined && fenced(node, source)) (parent.children as RootContent[])[index] = aside(node.value, node);
  });
  visit(tree, 'listItem', (node: ListItem) => {
    if (typeof node.checked === 'boolean') markParagraphs(node);
  });
  // A <details> block's Markdown between its opening and closing tags, at the top level, where a file writes one.
  let open = false;
  for (const node of tree.children) {
    if (node.type === 'html' && /^<details\b/i.test(node.value.trim())) open = !/<\/details>\s*$/i.test(node.value.trim());
    else if (node.type === 'html' && /<\/details>\s*$/i.test(node.value.trim())) open = false;
    else if (open && node.type === 'paragraph') node.data = { ...node.data, boilerplate: 'other' };
  }
}
