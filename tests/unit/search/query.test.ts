// Query parsing: quoted phrases apart, free words keyed by the shared rules, and whether the last word is open.
import { describe, expect, it } from 'vitest';
import { parseQuery, queryKeys } from '../../../src/lib/search/query.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';

describe('parseQuery', () => {
  it('parses quoted phrases with straight or curly quotes', () => {
    const q = parseQuery('Iran "Arab NATO" “2015 deal”');
    expect(q.phrases.map((p) => p.text)).toEqual(['Arab NATO', '2015 deal']);
    expect(q.text).toBe('Iran');
    expect(q.words.map((w) => w.word)).toEqual(['Iran']);
    expect(q.phrases[0]?.words.map((w) => w.key)).toEqual(textKeys('Arab NATO').map((w) => w.key));
  });

  it('keys words by the shared word rules, with their place in the free text', () => {
    const q = parseQuery('  defence   Iranians ');
    expect(q.text).toBe('defence Iranians');
    expect(q.words.map((w) => w.key)).toEqual([textKeys('defense')[0]?.key, textKeys('Iran')[0]?.key]);
    expect(q.words.map((w) => q.text.slice(w.start, w.end))).toEqual(['defence', 'Iranians']);
  });

  it('takes each figure with its percent sign or word as a phrase of its own, after the quoted ones', () => {
    const q = parseQuery('oil 4.5% "output cut" 3 per cent and 12 percent');
    expect(q.phrases.map((p) => p.text)).toEqual(['output cut', '4.5%', '3 per cent', '12 percent']);
    expect(q.text).toBe('oil and');
    expect(q.words.map((w) => w.word)).toEqual(['oil', 'and']);
  });

  it('takes a figure with its scale, run on or written out, as a phrase of its own', () => {
    const q = parseQuery('plant €1.4bn and 600 million euros');
    expect(q.phrases.map((p) => p.text)).toEqual(['1.4bn', '600 million']);
    expect(q.words.map((w) => w.word)).toEqual(['plant', 'and', 'euros']);
    expect(parseQuery('a billion 7').phrases).toEqual([]);
  });

  it('leaves a figure and "percent" apart as free words when something stands between them', () => {
    for (const raw of ['4.5, percent', 'percent 4.5', '4.5 rose percent']) {
      const q = parseQuery(raw);
      expect(q.phrases, raw).toEqual([]);
      expect(q.words.length, raw).toBeGreaterThan(1);
    }
  });

  it('leaves out a last word of one or two letters still being typed when it spells a function word', () => {
    const typing = parseQuery('Saudi A');
    expect(typing.words.map((w) => w.word)).toEqual(['Saudi']);
    expect(typing.open).toBe(false);
    expect(parseQuery('talks i').words.map((w) => w.word)).toEqual(['talks']);
    // Typed out, followed by a space, or alone, it is a word of the query; so is an acronym in capitals ("US").
    expect(parseQuery('Saudi A ').words.map((w) => w.word)).toEqual(['Saudi', 'A']);
    expect(parseQuery('talks into').words.map((w) => w.word)).toEqual(['talks', 'into']);
    expect(parseQuery('A').words.map((w) => w.word)).toEqual(['A']);
    expect(parseQuery('sanctions US').words.map((w) => w.word)).toEqual(['sanctions', 'US']);
    // Two letters that spell no function word ("Saudi Ar") are searched as typed.
    expect(parseQuery('Saudi Ar').words.map((w) => w.word)).toEqual(['Saudi', 'Ar']);
    expect(parseQuery('"nuclear deal" a').words).toEqual([]);
  });

  it('says the last word is open only when the query ends in it', () => {
    expect(parseQuery('allian').open).toBe(true);
    expect(parseQuery('allian ').open).toBe(false);
    expect(parseQuery('"Arab NATO"').open).toBe(false);
    expect(parseQuery('').open).toBe(false);
  });

  it('lets a lower-case word match its capitalised form too', () => {
    const [word] = textKeys('mesa');
    const keys = queryKeys(word as (typeof word & object), textKeys);
    expect(keys[0]).toBe(word?.key);
    expect(keys).toContain(textKeys('MESA')[0]?.key);
    expect(queryKeys(textKeys('Egypt')[0] as NonNullable<ReturnType<typeof textKeys>[0]>, textKeys)).toEqual([textKeys('Egypt')[0]?.key]);
  });

  it('keeps markup as text', () => {
    expect(parseQuery('<img src=x>').words.map((w) => w.word)).toEqual(['img', 'src', 'x']);
  });
});
