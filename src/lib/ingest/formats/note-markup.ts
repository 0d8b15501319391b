// A note app's markup in a Markdown clip (Obsidian's, Logseq's, and GitHub's alerts): callouts ("> [!info] …") and a
// clipper's quoted excerpt of the page ("> ## Excerpt"), comments ("%% … %%"), highlights ("==…==", "^^…^^"), block
// references ("((uuid))"), block ids (" ^t4v8pn" closing a paragraph), wiki links ("[[Page|alias]]") and embeds
// ("![[#^id]]"), and the reader's own notes under a closing rule. The article's words stay; the app's markup
// and what the reader wrote around the article do not. None of these is how news copy writes anything.
import type { Blockquote, Heading, Nodes, Paragraph, Root, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** A callout's first line: "[!info]", "[!quote]-", "[!NOTE]". */
const CALLOUT = /^\[![\w-]+\][+-]?(?:\s|$)/u;
/** A comment, which the app never shows. */
const COMMENT = /%%[\s\S]*?%%/g;
/** A highlight: the words between two pairs of equals signs, touching them. */
const HIGHLIGHT = /==(?=\S)([^=\n]+?)(?<=\S)==/g;
/** An outliner's highlight: the words between two pairs of carets ("^^…^^", Logseq's). */
const CARET_HIGHLIGHT = /\^\^(?=\S)([^^\n]+?)(?<=\S)\^\^/g;
/** A reference to another block by its id, which shows that block: "((6840b2c1-5f3a-4e8d-a1c2-9b7e4d2f0a11))". */
const BLOCK_REF = /\(\([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)\)/gi;
/** An embed of another note or block, which shows that note, not words of this text. */
const EMBED = /!\[\[[^\]]*\]\]/g;
/** A wiki link, shown as its alias or, without one, its page's name. */
const WIKI_LINK = /\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]+))?\]\]/g;
/** A block id closing a paragraph, which the app hides. */
const BLOCK_ID = /\s+\^[A-Za-z0-9-]+\s*$/u;

/** A heading as a paragraph set aside: the article tree keeps marks on paragraphs only. */
function asideParagraph(heading: Heading): Paragraph {
  return { type: 'paragraph', children: heading.children, ...(heading.position ? { position: heading.position } : {}), data: { boilerplate: 'other' } };
}

/** Sets the paragraphs and headings inside a node aside. */
function setAside(node: Nodes): void {
  visit(node, (child, index, parent) => {
    if (child.type === 'heading' && parent && index !== undefined) (parent.children as RootContent[])[index] = asideParagraph(child);
    else if (child.type === 'paragraph') child.data = { ...child.data, boilerplate: 'other' };
  });
}

/** A clipper's summary of the page, quoted under its own heading ("> ## Excerpt"). */
const EXCERPT_HEADING = /^(?:excerpt|summary|description)$/i;

/** True for a block quote that is a callout (its first line opens with "[!type]") or a clipper's excerpt of the page. */
function isCallout(node: Blockquote): boolean {
  const first = node.children[0];
  if (first?.type === 'heading') return EXCERPT_HEADING.test(first.children.map((c) => ('value' in c ? c.value : '')).join('').trim());
  const text = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : '';
  return CALLOUT.test(text);
}

/**
 * The reader's notes: what follows the last rule in the second half of a note when none of it is a plain paragraph
 * (headings, lists, callouts), as a note app's "My notes" section is; an article's own closing lines are paragraphs.
 */
function notesAfterRule(tree: Root): RootContent[] {
  const children = tree.children.filter((c) => c.type !== 'yaml');
  const rule = children.findLastIndex((c) => c.type === 'thematicBreak');
  if (rule < children.length / 2) return [];
  const after = children.slice(rule + 1);
  // Blocks set aside already (a story file's apparatus) and footnotes count as notes too.
  const noteLike = (c: RootContent) => c.type === 'heading' || c.type === 'list' || c.type === 'blockquote' || c.type === 'html' || c.type === 'footnoteDefinition' || c.type === 'definition' || (c.type === 'paragraph' && c.data?.boilerplate !== undefined);
  const notes = after.length > 0 && after.every(noteLike);
  return notes && after.some((c) => c.type === 'list' || (c.type === 'blockquote' && isCallout(c))) ? after : [];
}

/** Clears a note app's markup from a Markdown tree in place (see the module comment). */
export function clearNoteMarkup(tree: Root): void {
  visit(tree, 'text', (node: Text) => {
    if (!/%%|==|\[\[|\^\^|\(\(/.test(node.value)) return;
    node.value = node.value.replace(COMMENT, '').replace(HIGHLIGHT, '$1').replace(CARET_HIGHLIGHT, '$1').replace(BLOCK_REF, '').replace(EMBED, '').replace(WIKI_LINK, (_, page: string, alias?: string) => alias ?? page);
  });
  visit(tree, 'paragraph', (node: Paragraph) => {
    const last = node.children.at(-1);
    if (last?.type === 'text') last.value = last.value.replace(BLOCK_ID, '');
  });
  visit(tree, 'blockquote', (node: Blockquote) => {
    if (isCallout(node)) setAside(node);
  });
  for (const node of notesAfterRule(tree)) {
    if (node.type === 'heading') tree.children[tree.children.indexOf(node)] = asideParagraph(node);
    else setAside(node);
  }
}
