import { describe, expect, it } from 'vitest';
import { findSpans } from '../../../../src/lib/ingest/segment/spans.ts';

/** The positions of a text that lie inside a quotation or brackets, as a string of marks. */
function inside(text: string): string {
  const spans = findSpans(text);
  return [...text].map((_, i) => (spans.depthAt(i) > 0 ? '^' : ' ')).join('').trimEnd();
}

describe('findSpans', () => {
  it('pairs curly, straight and single quotation marks', () => {
    expect(inside('a “b c” d')).toBe('   ^^^');
    expect(inside('a "b c" d')).toBe('   ^^^');
    expect(inside("a 'b c' d")).toBe('   ^^^');
    expect(inside('a ‘b c’ d')).toBe('   ^^^');
  });

  it('leaves a quotation that does not close open', () => {
    expect(inside('“We met. Then we left.')).toBe('');
  });

  it('does not take apostrophes or plural possessives for quotation marks', () => {
    expect(inside("they'll go")).toBe('');
    expect(inside("'eighties and the players' union")).toBe('');
    const quote = '‘The ministers’ talks went well,’';
    expect(inside(`${quote} he said.`)).toBe(` ${'^'.repeat(quote.length - 2)}`);
  });

  it('nests brackets and ignores unmatched ones', () => {
    expect(inside('(a (b) c)')).toBe(' ^^^^^^^');
    expect(inside('1) one 2) two')).toBe('');
    expect(inside('(x (y z)')).toBe('    ^^^');
  });

  it('maps each bracket to its partner', () => {
    const spans = findSpans('He (a [b] c) d');
    expect(spans.bracketCloser.get(3)).toBe(11);
    expect(spans.bracketOpener.get(11)).toBe(3);
    expect(spans.bracketCloser.get(6)).toBe(8);
  });
});
