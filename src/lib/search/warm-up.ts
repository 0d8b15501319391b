// A search run once over a one-article index in memory before the reader types: the first query of a visit then
// finds the word rules' tables built (general entities, stemmer) and the engine's code compiled, where it paid for
// both on the first keystroke (measured in Chromium: 40–70 ms more than the next ones).
import { textKeys } from '../text/keys.ts';
import type { KeyText } from './aliases.ts';
import type { SearchDocument, SearchManifest, Shard } from './data.ts';
import { search } from './engine.ts';
import { encodePostings, recordId } from './postings.ts';
import type { SearchResult } from './result.ts';
import { compareKeys } from './shards.ts';
import { memorySource } from './source.ts';

/** A sentence with a name, a figure, a date and inflected words: keying it builds every table the word rules use. */
export const WARM_UP_TEXT = 'Officials in Washington said on 3 March that 2,015 people had been evacuated.';

/** The query run: a word and the start of another, so word starts, ranking and snippets all run. */
export const WARM_UP_QUERY = 'officials washingt';

/** Searches a one-article index made of WARM_UP_TEXT, as the page's search would; the result is for rendering once and discarding. */
export async function warmUp(keyText: KeyText = textKeys): Promise<SearchResult> {
  const doc: SearchDocument = { id: 'warm-up', title: 'Warm-up', outlet: null, published: null, about: '', paragraphs: [WARM_UP_TEXT] };
  const keys = [...new Set(keyText(WARM_UP_TEXT).map((w) => w.key))].sort(compareKeys);
  const shard: Shard = { keys, postings: keys.map(() => encodePostings([recordId(0, 1)])), forms: keys.map(() => ''), terms: [] };
  const manifest: SearchManifest = { version: 'warm-up', articles: 1, boundaries: [], typoBoundaries: [], packs: [1] };
  return search(memorySource({ manifest, shards: [shard], typoShards: [], documents: [doc] }), WARM_UP_QUERY, { keyText });
}
