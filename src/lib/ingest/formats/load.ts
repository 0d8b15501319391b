// Each format's parser loaded when a file of that format is read: the browser's entry to the same parsers as
// parsers.ts. Plain text (what a reader pastes) needs no library; Markdown brings remark and YAML, HTML Readability
// and the hast tools, each in a chunk of its own fetched only by a check of such a file.
import type { Format, FormatParser } from './index.ts';
import { parsePlainText } from './text.ts';

/** The parser of a format, importing its module on first use. */
export async function loadFormatParser(format: Format): Promise<FormatParser> {
  if (format === 'markdown') return (await import('./markdown.ts')).parseMarkdown;
  if (format === 'html') return (await import('./html.ts')).parseHtml;
  return parsePlainText;
}
