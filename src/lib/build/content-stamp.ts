// What the data files were made from, as one hash: the content folder's files and the code that turns them into data
// files. The prepare step writes it into the data bundle and the build compares it with the content as it is, so a
// site never ships data files of other content. Loaded by the Astro config, so it imports nothing heavy.
import { globSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentRoot } from '../corpus/root.ts';
import { codeVersion, digest } from './cache.ts';

/** The code the data files' bodies come from: the library and the list of files (src/data/data-files.ts). */
export const DATA_FILES_CODE = ['src/lib', 'src/data'];

/**
 * A hash of every file under the content folder (its path and its bytes: a same-size edit within a second, or a copy
 * that keeps modification times, still changes it) and of the data files' code.
 */
export function contentStamp(root = contentRoot()): string {
  const files = globSync('**/*', { cwd: root, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return digest(codeVersion(DATA_FILES_CODE), ...files.flatMap((file) => [relative(root, file).split(sep).join('/'), readFileSync(file)]));
}
