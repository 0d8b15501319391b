// The one word tokenizer: letters and digits, apostrophe-joined parts kept, hyphens and other punctuation splitting.
import { describe, expect, it } from 'vitest';
import { countWords, foldedWords, words, wordSpans } from '../../../src/lib/text/words.ts';

describe('words', () => {
  it('keeps apostrophe-joined parts on the word and splits at hyphens, dashes and punctuation', () => {
    expect(words('Iran’s drone-strike, don\'t—stop: 2022 U.S.')).toEqual(['Iran’s', 'drone', 'strike', "don't", 'stop', '2022', 'U', 'S']);
    expect(words('rock ’n’ roll')).toEqual(['rock', 'n', 'roll']);
  });

  it('reads letters of every script and nothing from a text without any', () => {
    expect(words('Москва, القاهرة und Zürich')).toEqual(['Москва', 'القاهرة', 'und', 'Zürich']);
    expect(words(' — … ')).toEqual([]);
    expect(countWords('')).toBe(0);
    expect(countWords('One two three.')).toBe(3);
  });

  it('gives each word its place in the text', () => {
    const text = '“Iran’s,” he said.';
    const spans = wordSpans(text);
    expect(spans.map((s) => s.word)).toEqual(['Iran’s', 'he', 'said']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.word);
  });
});

describe('foldedWords', () => {
  it('gives the words in lower case with straight apostrophes, punctuation and quotation marks dropped', () => {
    expect(foldedWords('“Don’t Stop,” Iran’s envoy said.')).toEqual(["don't", 'stop', "iran's", 'envoy', 'said']);
    expect(foldedWords("Don't stop")).toEqual(foldedWords('DON’T STOP'));
  });
});
