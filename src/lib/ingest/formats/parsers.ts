// Every format's parser, loaded at once: the build, the command line and the tests read files of any format.
import type { Format, FormatParser } from './index.ts';
import { parseHtml } from './html.ts';
import { parseMarkdown } from './markdown.ts';
import { parsePlainText } from './text.ts';

/** The parser of each format. */
export const FORMAT_PARSERS: Readonly<Record<Format, FormatParser>> = { text: parsePlainText, markdown: parseMarkdown, html: parseHtml };
