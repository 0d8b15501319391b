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

/**
 * A sentence with a name, figures, a date, a time, inflected words and one of each span the word rules join (dotted
 * initials and abbreviations, a decimal, a percentage, a scale): keying it builds every table and compiles every
 * pattern the word rules use, each of which would otherwise first run on a reader's keystroke.
 */
export const WARM_UP_TEXT = 'Officials in Washington said at 6 a.m. on 3 March that 2,015 people, 4.5% of the town, had been evacuated and the U.S. had sent $1.4bn, 3 per cent more than Acme Corp. had.';

/** The query run: a word, a term, a quoted phrase and the start of a word, so each kind of match, ranking and snippets all run. */
export const WARM_UP_QUERY = 'officials acme "per cent" washingt';

/** The term the query names, by the shortest of its aliases: its longer ones are matched as runs of words in the text. */
const WARM_UP_TERM = { slug: 'acme', name: 'Acme Corporation', aliases: ['Acme Corporation', 'Acme Corp.', 'Acme'] };

/** Searches a one-article index made of WARM_UP_TEXT, as the page's search would; the result is for rendering once and discarding. */
export async function warmUp(keyText: KeyText = textKeys): Promise<SearchResult> {
  const doc: SearchDocument = { id: 'warm-up', title: 'Warm-up', outlet: null, published: null, about: '', paragraphs: [WARM_UP_TEXT] };
  const keys = [...new Set(keyText(WARM_UP_TEXT).map((w) => w.key))].sort(compareKeys);
  const postings = encodePostings([recordId(0, 1)]);
  const shard: Shard = { keys, postings: keys.map(() => postings), forms: keys.map(() => ''), terms: [{ ...WARM_UP_TERM, postings }] };
  const manifest: SearchManifest = { version: 'warm-up', articles: 1, boundaries: [], typoBoundaries: [], packs: [1] };
  return search(memorySource({ manifest, shards: [shard], typoShards: [], documents: [doc] }), WARM_UP_QUERY, { keyText });
}
