// A story file's working apparatus in Markdown, as a data desk's repository or a notebook keeps it beside the text: a
// fenced code block (the query behind a chart) and the output printed under it (a notebook's export indents it), a
// task list ("- [x] Filing counts match"), a collapsible <details> block (a methodology note), and the rules of a
// <style> element that raw HTML breaks into text at a blank line (a data frame's). None of these is how a story is
// published; each is set aside, not dropped.
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

/**
 * Indices of the top-level nodes between a raw HTML node that opens an element (`opens`) and the one that closes it
 * (`closes`); an element opened and closed in one node holds none of them.
 */
function betweenHtml(tree: Root, opens: (html: string) => boolean, closes: (html: string) => boolean): number[] {
  const inside: number[] = [];
  let open = false;
  tree.children.forEach((node, i) => {
    if (node.type !== 'html') {
      if (open) inside.push(i);
    } else if (opens(node.value)) open = !closes(node.value);
    else if (closes(node.value)) open = false;
  });
  return inside;
}

/** Marks every paragraph inside a node as the page's. */
function markParagraphs(node: ListItem): void {
  visit(node, 'paragraph', (p: Paragraph) => {
    p.data = { ...p.data, boilerplate: 'other' };
  });
}

/** Sets a Markdown tree's apparatus aside in place (see the module comment); `source` is the Markdown text. */
export function setApparatusAside(tree: Root, source: string): void {
  const cells = new Set<Paragraph>();
  visit(tree, 'code', (node: Code, index, parent) => {
    if (!parent || index === undefined || !fenced(node, source)) return;
    const cell = aside(node.value, node);
    cells.add(cell);
    (parent.children as RootContent[])[index] = cell;
  });
  // A notebook's outputs: indented blocks under a code cell, past raw HTML (a data frame's table) and other outputs.
  let underCell = false;
  tree.children.forEach((node, i) => {
    if (node.type === 'paragraph' && cells.has(node)) underCell = true;
    else if (node.type === 'code' && underCell) tree.children[i] = aside(node.value, node);
    else if (node.type !== 'html') underCell = false;
  });
  // What raw HTML's <style> or <script> holds is never text, though a blank line inside it ends the HTML block.
  for (const i of betweenHtml(tree, (html) => /<(?:style|script)\b/i.test(html), (html) => /<\/(?:style|script)>/i.test(html))) {
    const node = tree.children[i] as RootContent;
    if (node.type === 'paragraph') node.data = { ...node.data, boilerplate: 'other' };
    else if (node.type === 'code') tree.children[i] = aside(node.value, node);
  }
  visit(tree, 'listItem', (node: ListItem) => {
    if (typeof node.checked === 'boolean') markParagraphs(node);
  });
  // A <details> block's Markdown between its opening and closing tags, at the top level, where a file writes one.
  const details = betweenHtml(tree, (html) => /^<details\b/i.test(html.trim()), (html) => /<\/details>\s*$/i.test(html.trim()));
  for (const i of details) {
    const node = tree.children[i] as RootContent;
    if (node.type === 'paragraph') node.data = { ...node.data, boilerplate: 'other' };
  }
}
