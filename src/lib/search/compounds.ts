// Hyphenated compounds for search: outlets write "counter-terrorism", "counterterrorism" and "anti-missile" as they
// please, so a compound written with hyphens is also indexed and looked up as its closed form. The comparison keeps
// its words apart: there, "air-defence" and "air defence" already meet word for word.
import { textKeys, type KeyedWord } from '../text/keys.ts';
import type { KeyText } from './aliases.ts';

/** A hyphen between two words of one compound, with no space on either side (a dash with spaces is punctuation). */
const JOINING_HYPHEN = /^[-\u2010\u2011]$/u;

/** A compound written with hyphens: its whole range and text, keyed as its closed form, with the words it joins. */
export interface Compound extends KeyedWord {
  parts: KeyedWord[];
  /** Index in the keyed words of its first and last word. */
  first: number;
  last: number;
}

/** A word that can be part of a compound: it has a letter, and no entity rule has made it a name. */
const joinable = (word: KeyedWord | undefined): word is KeyedWord => word !== undefined && word.entity === undefined && /\p{L}/u.test(word.word);

/**
 * The hyphenated compounds of a keyed text, in order: runs of two or more words joined by single hyphens ("state-
 * of-the-art"), each keyed as the words run together ("counter-terrorism" → the key of "counterterrorism"). Numbers
 * ("2018-2019") and names the entity rules joined are left as they are. Keyed by the word rules given.
 */
export function hyphenCompounds(text: string, words: readonly KeyedWord[], keyText: KeyText = textKeys): Compound[] {
  const out: Compound[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (!joinable(words[i])) continue;
    let last = i;
    while (joinable(words[last + 1]) && JOINING_HYPHEN.test(text.slice((words[last] as KeyedWord).end, (words[last + 1] as KeyedWord).start))) last += 1;
    if (last === i) continue;
    const parts = words.slice(i, last + 1);
    const start = (parts[0] as KeyedWord).start;
    const end = (parts.at(-1) as KeyedWord).end;
    const closed = keyText(parts.map((p) => p.word).join(''));
    if (closed.length !== 1) continue;
    out.push({ word: text.slice(start, end), start, end, key: (closed[0] as KeyedWord).key, parts, first: i, last });
    i = last;
  }
  return out;
}
