// Plain text: paragraphs by the blank-line and hard-wrap rules, every character kept as text. Markup in a .txt file
// is text the author typed, so nothing here interprets Markdown, HTML or YAML.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { paragraphSpans } from '../paragraphs.ts';
import { markBlock, paragraph, toHeading } from '../tree.ts';
import { readLynxDump } from './lynx-dump.ts';
import { readQuotedReply } from './quoted-reply.ts';

/** Most lines a leading `---` block may have to count as front matter rather than text. */
const FRONT_MATTER_LINES = 30;

/**
 * Separates a leading YAML-style `---` block: pasted from a CMS export, it is page metadata, not article text.
 * It is kept verbatim as boilerplate and never parsed, so nothing in it can set a field.
 */
function splitFrontMatter(text: string): { block: string | null; rest: string; lines: number } {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match || (match[1] ?? '').split('\n').length > FRONT_MATTER_LINES) return { block: null, rest: text, lines: 0 };
  return { block: match[0].trim(), rest: text.slice(match[0].length), lines: match[0].split('\n').length - 1 };
}

/** The start of a saved web page: its doctype or `<html>` tag, before any text. */
const PAGE_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i;

/**
 * Parses normalised plain text into the article tree: one paragraph node per paragraph, with its lines. A text that
 * is a saved web page's markup stays text, as every .txt file does, and a warning says how to have it read as a page.
 */
export function parsePlainText(text: string, file?: VFile): Root {
  if (file && PAGE_START.test(text)) {
    file.message('the file is a web page’s markup saved as plain text: its tags are shown as text; save it with the .html extension to have the page read', { ruleId: 'markup-as-text', source: 'wirediff' });
  }
  const front = splitFrontMatter(text);
  const children: Root['children'] = [];
  if (front.block) {
    const block = paragraph(front.block, { start: { line: 1, column: 1 }, end: { line: front.lines, column: 4 } });
    markBlock(block, 'front-matter', front.block);
    children.push(block);
  }
  // A text-mode browser's dump: its link numbers dropped, its headings read by their indent, its list of links, form
  // controls and images set aside.
  const dump = readLynxDump(front.rest);
  // An e-mail reply quoting the story: the quotation read without its markers, the reply's own lines set aside.
  const reply = dump ? null : readQuotedReply(front.rest);
  for (const span of paragraphSpans(dump?.text ?? reply?.text ?? front.rest, front.lines + 1)) {
    const block = paragraph(span.text, { start: { line: span.line, column: span.column }, end: { line: span.endLine, column: 1 } });
    const first = span.line - front.lines - 1;
    const spanned = Array.from({ length: span.endLine - span.line + 1 }, (_, k) => first + k);
    const depth = dump?.headings.get(first);
    if (depth !== undefined && span.endLine === span.line) toHeading(block, depth);
    else if (dump && spanned.some((i) => dump.furniture.has(i))) markBlock(block, 'other');
    else if (reply && spanned.some((i) => reply.replyLines.has(i))) markBlock(block, 'other');
    children.push(block);
  }
  if (dump) {
    const line = front.lines + dump.referencesLine + 1;
    const block = paragraph(dump.references, { start: { line, column: 1 }, end: { line: front.lines + front.rest.split('\n').length, column: 1 } });
    markBlock(block, 'other');
    children.push(block);
  }
  return { type: 'root', children };
}
