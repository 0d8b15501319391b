// The formats an article file may come in, chosen by its extension, each parsed to the same article tree. This
// module names them only: the parsers are in parsers.ts (all, for the build) and load.ts (on demand, for the
// browser), so a page that reads plain text never downloads the HTML and Markdown parsers.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { MAX_FILE_BYTES } from '../decode.ts';

/** The article formats wirediff reads. */
export type Format = 'text' | 'markdown' | 'html';

const EXTENSIONS: Record<string, Format> = { txt: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html' };

/** File-name extensions read as articles, for messages and folder listings. */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/** The format of an article file from its extension, or null for a file that is not an article. */
export function formatOf(fileName: string): Format | null {
  return EXTENSIONS[/\.([^./]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''] ?? null;
}

/**
 * Largest file accepted per format. A wire story is a few kB of text; a saved page carries the site's markup and
 * inline scripts around it (the 30 benchmark pages are 0.1–1.3 MB), so pages get more room.
 */
export const MAX_BYTES: Record<Format, number> = { text: MAX_FILE_BYTES, markdown: MAX_FILE_BYTES, html: 5 * 1024 * 1024 };

/** A format's parser: decoded text into the article tree (see tree.ts), warnings on the vfile. */
export type FormatParser = (text: string, file: VFile) => Root;
