// Detector: a publication date printed only in page or wire furniture (a folio's edition date, an agency's time
// code). The rules that find such lines run first, before the byline, time-stamp and date-label rules, which read a
// date the article states for itself; so the furniture's date is only offered here and taken last, when none did.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ArticleFileData } from '../tree.ts';

/** The first date offered for each file. */
const offered = new WeakMap<VFile, string>();

/** Offers a date the file's furniture prints; the first offer stands. */
export function offerDate(file: VFile, date: string): void {
  if (!offered.has(file)) offered.set(file, date);
}

/** States the offered date as the publication date when nothing else stated one. */
export default function fallbackDate() {
  return (_tree: Root, file: VFile) => {
    const date = offered.get(file);
    if (date) (file.data as unknown as ArticleFileData).meta.published ??= date;
  };
}
