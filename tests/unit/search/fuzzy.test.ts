// Typo tolerance: Fuse.js over a shard's words as written (never a stem), words of about the typed length only.
import { describe, expect, it } from 'vitest';
import { editDistance, fuzzyKeys, FUZZY_MIN_LENGTH, letterDistance, NEAR_EDITS, sortedLetters } from '../../../src/lib/search/fuzzy.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';

/** A shard of the given words: their keys, and each key's written forms (the key among them when written so), as the build writes them. */
function shardOf(words: string[]) {
  const forms = new Map<string, Set<string>>();
  const written = new Set<string>();
  for (const w of words) {
    const key = textKeys(w)[0]?.key as string;
    const set = forms.get(key) ?? new Set<string>();
    if (w.toLowerCase() !== key) set.add(w.toLowerCase());
    else written.add(key);
    forms.set(key, set);
  }
  const keys = [...forms.keys()].sort();
  const formsOf = (k: string) => [...(forms.get(k) ?? [])];
  return { keys, forms: keys.map((k) => (formsOf(k).length > 0 && written.has(k) ? [k, ...formsOf(k)] : formsOf(k)).sort().join(' ')) };
}
const fuzzy = (shard: ReturnType<typeof shardOf>, typed: string) => fuzzyKeys(shard, typed, textKeys(typed)[0]?.key as string);
const keyOf = (w: string) => textKeys(w)[0]?.key;

const shard = shardOf(['pomp', 'Pompeo', 'Pompey', 'pompous', 'Khashoggi', 'sanctions', 'sanctuary', 'Mesa', 'mess', 'message', 'United', 'Iranian']);

describe('fuzzyKeys', () => {
  it('finds a word one slip away', () => {
    expect(fuzzy(shard, 'Khasoggi').map((f) => f.key)).toEqual([keyOf('Khashoggi')]);
    expect(fuzzy(shard, 'sanctins').map((f) => f.key)).toEqual([keyOf('sanctions')]);
    expect(fuzzy(shard, 'Pompoe').map((f) => f.key)).toContain(keyOf('Pompeo'));
  });

  it('takes two neighbouring letters swapped as one slip even in a short word, where Fuse alone scores it as two', () => {
    expect(fuzzy(shardOf(['Egypt', 'eight']), 'Egpyt').map((f) => f.key)).toEqual([keyOf('Egypt')]);
    expect(fuzzy(shardOf(['Qatar', 'later']), 'Qatra').map((f) => f.key)).toEqual([keyOf('Qatar')]);
  });

  it('prefers the word of the very letters typed, two swapped, to one a letter shorter or longer', () => {
    expect(fuzzy(shardOf(['said', 'Saudi', 'sad']), 'Sauid').map((f) => f.key)).toEqual([keyOf('Saudi')]);
    // Without such a word, every word one slip away stays.
    expect(fuzzy(shardOf(['said', 'squid']), 'sauid').map((f) => f.key).sort()).toEqual([keyOf('said'), keyOf('squid')].sort());
  });

  it('lets a short word typed in capitals stand only for a word keyed in capitals or a known name, not a common word', () => {
    const acronyms = shardOf(['idea', 'IAEA', 'NATO', 'nato', 'notes']);
    expect(fuzzy(acronyms, 'IDEA').map((f) => f.key)).toEqual(['IAEA']);
    expect(fuzzy(acronyms, 'NATOS').map((f) => f.key)).toEqual([keyOf('NATO')]);
    expect(fuzzy(shardOf(['idea', 'ideas']), 'IAEA')).toEqual([]);
    // The same letters typed as a word find the common word; a long word in capitals is one typed with caps lock.
    expect(fuzzy(shardOf(['idea', 'ideas']), 'iaea').map((f) => f.key)).toEqual([keyOf('idea')]);
    expect(fuzzy(shard, 'KHASOGGI').map((f) => f.key)).toEqual([keyOf('Khashoggi')]);
  });

  it('compares the word as typed with words as written, where stemming a typo would mislead', () => {
    expect(fuzzy(shard, 'Unitedd').map((f) => f.key)).toEqual([keyOf('United')]);
    expect(fuzzy(shard, 'Iraniann').map((f) => f.key)).toEqual([keyOf('Iranian')]);
  });

  it('scores a longer word holding the typed one ("pompo" in "pompom") by the letters it adds, not as exact', () => {
    const found = fuzzyKeys(shardOf(['pompom', 'Pompeo']), 'pompo', 'pompo');
    expect(found.map((f) => [f.key, Number(f.score.toFixed(2)), f.edits])).toEqual([[keyOf('Pompeo'), 0.2, 1], [keyOf('pompom'), 0.2, 1]]);
  });

  it('takes no stem for a word: a typo is measured against the words the stem stands for', () => {
    // "oper" (operator, operation) is one slip from "coper", but no text writes it; "operator" is four away.
    expect(keyOf('operator')).toBe('oper');
    expect(fuzzy(shardOf(['operator', 'operation']), 'coper')).toEqual([]);
    // "pompou" is the stem of "pompous", two letters from "pompo"; Pompeo is one.
    expect(fuzzy(shardOf(['pompous', 'Pompeo']), 'pompo').map((f) => f.key)).toEqual([keyOf('Pompeo')]);
    // A stem the text also writes as a word is one: "unit" beside "united".
    expect(fuzzy(shardOf(['unit', 'united']), 'unti').map((f) => f.key)).toEqual([keyOf('unit')]);
    // Nor is the typed word stemmed: "worte" (stem "wort") is not one slip from "word" or "work".
    expect(fuzzy(shardOf(['word', 'work', 'wrote']), 'worte').map((f) => f.key)).toEqual([keyOf('wrote')]);
  });

  it('keeps only the words fewest edits away: two swapped letters are one slip, not a look-alike word', () => {
    expect(fuzzy(shardOf(['alliance', 'balance', 'allowance']), 'allaince').map((f) => f.key)).toEqual([keyOf('alliance')]);
  });

  it('counts edits with a swap of neighbours as one', () => {
    expect(editDistance('allaince', 'alliance')).toBe(1);
    expect(editDistance('allaince', 'balance')).toBeGreaterThan(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('returns nothing for two slips or a short word, and never the key typed', () => {
    expect(fuzzy(shard, 'Khasogi')).toEqual([]);
    expect(fuzzy(shard, 'Pompeo').map((f) => f.key)).not.toContain(keyOf('Pompeo'));
    expect(fuzzy(shard, 'mes'.slice(0, FUZZY_MIN_LENGTH - 1))).toEqual([]);
  });

  it('scores between 0 and 1, best first, at most three', () => {
    const found = fuzzy(shardOf(['pompa', 'pompi', 'pompu', 'pompy', 'pompe']), 'pompo');
    expect(found.length).toBe(3);
    expect(found.map((f) => f.score)).toEqual([...found.map((f) => f.score)].sort((a, b) => a - b));
    expect(found.every((f) => f.score > 0 && f.score < 1)).toBe(true);
  });

  it('still finds a word more than NEAR_EDITS slips away when Fuse accepts it and nothing nearer exists', () => {
    // Three letters changed in thirteen: past the near pass, within Fuse's threshold.
    expect(editDistance('imtermatiomal', 'international')).toBe(NEAR_EDITS + 1);
    expect(fuzzy(shardOf(['international', 'intern']), 'imtermatiomal').map((f) => f.key)).toEqual([keyOf('international')]);
  });

  it('prefers the nearer word when one is within NEAR_EDITS', () => {
    expect(fuzzy(shardOf(['international', 'internationals', 'intimation']), 'internatinal').map((f) => f.key)).toEqual([keyOf('international')]);
  });
});

describe('letterDistance', () => {
  it('counts the letters two words do not share, case aside', () => {
    expect(letterDistance(sortedLetters('Pompeo'), sortedLetters('pompoe'))).toBe(0);
    expect(letterDistance(sortedLetters('alliance'), sortedLetters('balance'))).toBe(3);
    expect(letterDistance(sortedLetters('egypt'), sortedLetters('egyptian'))).toBe(3);
    expect(letterDistance([], sortedLetters('abc'))).toBe(3);
  });

  it('moves by at most two per edit, so a limit of twice the edits keeps every word that close', () => {
    for (const [a, b] of [['sanctions', 'sanctoins'], ['sanctions', 'sancions'], ['sanctions', 'sanctiona'], ['Khashoggi', 'Khasoggi']] as const) {
      expect(letterDistance(sortedLetters(a), sortedLetters(b)), `${a} ${b}`).toBeLessThanOrEqual(2 * editDistance(a.toLowerCase(), b.toLowerCase()));
    }
  });

  it('stops counting once past the limit', () => {
    expect(letterDistance(sortedLetters('abcdef'), sortedLetters('uvwxyz'), 2)).toBeGreaterThan(2);
  });
});

