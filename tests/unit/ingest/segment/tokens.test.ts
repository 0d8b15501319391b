import { describe, expect, it } from 'vitest';
import { isDot, isInitial, isMultiPeriod, isNumber, lookupWord, startOf, tailOf } from '../../../../src/lib/ingest/segment/tokens.ts';

describe('tailOf', () => {
  it.each([
    ['said.', { word: 'said', terminal: '.', closers: '' }],
    ['U.S.', { word: 'U.S', terminal: '.', closers: '' }],
    ['great.”', { word: 'great', terminal: '.', closers: '”' }],
    ['over?!', { word: 'over', terminal: '?!', closers: '' }],
    ['(Ind.)', { word: '(Ind', terminal: '.', closers: ')' }],
    ['signed.[1]', { word: 'signed', terminal: '.', closers: '' }],
    ['year.[7][8]', { word: 'year', terminal: '.', closers: '' }],
    ['when--"', { word: 'when', terminal: '--', closers: '"' }],
    ['well-known', { word: 'well-known', terminal: '', closers: '' }],
    ['paused...', { word: 'paused', terminal: '...', closers: '' }],
    ['Yemen).', { word: 'Yemen)', terminal: '.', closers: '' }],
    ['التحالف؟', { word: 'التحالف', terminal: '؟', closers: '' }],
  ])('%s', (token, tail) => {
    expect(tailOf(token)).toEqual(tail);
  });

  it('looks only at the end of a huge token', () => {
    expect(tailOf(`${'x'.repeat(1_000_000)}.`).word.length).toBeLessThan(100);
  });
});

describe('startOf', () => {
  it.each([
    ['The', 'upper'], ['officials', 'lower'], ['600', 'digit'], ['“We', 'upper'], ['(see', 'lower'], ['‘no', 'lower'],
    ['وأضافوا', 'upper'], ['Éire', 'upper'], ['#', 'symbol'], ['$5', 'symbol'], ['.', 'closing'], [',', 'closing'],
    ['-', 'dash'], ['—', 'dash'], ['-Posted', 'upper'],
  ] as const)('%s is %s', (token, start) => {
    expect(startOf(token)).toBe(start);
  });
});

describe('word shapes', () => {
  it('recognises initialisms with inner periods', () => {
    for (const w of ['U.S', 'e.g', 'Ph.D', 'a.m', 'U.S.A', 'J.C']) expect(isMultiPeriod(w), w).toBe(true);
    for (const w of ['US', 'example.com', 'www.example', 'Jan']) expect(isMultiPeriod(w), w).toBe(false);
  });

  it('recognises initials, dots and numbers', () => {
    expect(isInitial('E')).toBe(true);
    expect(isInitial('e')).toBe(false);
    expect(isDot('.')).toBe(true);
    expect(isDot('.”')).toBe(true);
    expect(isDot('..')).toBe(false);
    expect(isNumber('$1,000')).toBe(true);
    expect(isNumber('5th')).toBe(false);
  });

  it('looks words up in lower case with straight apostrophes and no trailing comma', () => {
    expect(lookupWord('It’s,')).toBe("it's");
  });
});
