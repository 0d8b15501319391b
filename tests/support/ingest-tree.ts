import type { Root } from 'mdast';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { parsePlainText } from '../../src/lib/ingest/formats/text.ts';
import { readTree, type ParsedText } from '../../src/lib/ingest/parse.ts';
import type { ArticleFileData, StatedMeta } from '../../src/lib/ingest/tree.ts';

/** The result of running some detector plugins alone over a tree. */
export interface PluginRun {
  tree: Root;
  meta: StatedMeta;
  parsed: ParsedText;
  file: VFile;
}

/**
 * Runs the given plugins, in order, over a tree (plain text by default) with optional stated metadata, as a corpus
 * file or (`given`) as a text given to check.
 */
export function runPlugins(plugins: Plugin<[], Root>[], input: string | Root, meta: StatedMeta = {}, given = false): PluginRun {
  const tree = typeof input === 'string' ? parsePlainText(input) : input;
  const file = new VFile({ path: 'test.txt', data: { format: 'text', meta: { ...meta }, given } satisfies ArticleFileData });
  let processor = unified() as unknown as { use(p: Plugin<[], Root>): typeof processor; runSync(t: Root, f: VFile): Root };
  for (const plugin of plugins) processor = processor.use(plugin);
  processor.runSync(tree, file);
  const stated = (file.data as unknown as ArticleFileData).meta;
  return { tree, meta: stated, parsed: readTree(tree, stated), file };
}

/** Paragraphs separated by blank lines, as a plain-text article. */
export const lines = (...paragraphs: string[]) => paragraphs.join('\n\n');
