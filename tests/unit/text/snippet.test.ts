// Snippets are plain data: segments of the original text, marked or not, whatever the text or ranges.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snippet, snippetAcross } from '../../../src/lib/text/snippet.ts';

const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.constantFrom('<img src=x onerror=alert(1)>', '<mark>', '</mark>', '&amp;', '<script>', 'Pompeo ', 'MESA ', ' ', '“', 'قال'), { maxLength: 40 }).map((a) => a.join('')),
  // Long runs without a space (URLs, scripts without word breaks): the window cannot snap to a word boundary.
  fc.tuple(fc.nat(20), fc.nat(400)).map(([words, letters]) => `${'a '.repeat(words)}${'x'.repeat(letters)} tail`),
);
const range = fc.tuple(fc.nat(400), fc.nat(40)).map(([s, n]) => [s, s + n] as [number, number]);

describe('snippet properties', () => {
  it('returns segments that are slices of the text, in order, with marks only on requested ranges', () => {
    fc.assert(fc.property(hostile, fc.array(range, { maxLength: 5 }), (text, ranges) => {
      const segments = snippet(text, ranges);
      for (const s of segments) {
        expect(Object.keys(s).sort()).toEqual(['mark', 'text']);
        expect(typeof s.text).toBe('string');
      }
      const body = segments.filter((s) => s.text !== '… ' && s.text !== ' …');
      const joined = body.map((s) => s.text).join('');
      expect(text.includes(joined)).toBe(true);
      // Every marked piece is a non-empty piece of the requested ranges (touching ranges are marked as one).
      const merged: [number, number][] = [];
      for (const [a, b] of [...ranges].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0])) {
        const last = merged.at(-1);
        if (last && a <= last[1]) last[1] = Math.max(last[1], b);
        else merged.push([a, b]);
      }
      for (const s of body.filter((x) => x.mark)) {
        expect(s.text.length).toBeGreaterThan(0);
        expect(merged.some(([a, b]) => text.slice(a, b).includes(s.text))).toBe(true);
      }
      // A snippet of a non-empty text is never empty, and it shows the first requested range, marked.
      if (text.length > 0) expect(joined.length).toBeGreaterThan(0);
      const first = merged.map(([a, b]): [number, number] => [a, Math.min(b, text.length)]).find(([a, b]) => b > a);
      if (first) expect(body.some((s) => s.mark && text.slice(first[0], first[1]).startsWith(s.text))).toBe(true);
    }), { numRuns: 400 });
  });
});

describe('snippetAcross', () => {
  const text = `Egypt said ${'word '.repeat(80)}the MESA plan ${'more '.repeat(80)}end.`;
  const egypt: [number, number] = [0, 5];
  const mesa: [number, number] = [text.indexOf('MESA'), text.indexOf('MESA') + 4];

  it('shows every anchor, in windows joined by one ellipsis when they are far apart', () => {
    const segments = snippetAcross(text, [egypt, mesa], [egypt, mesa]);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Egypt', 'MESA']);
    expect(segments.map((s) => s.text).join('')).toMatch(/^Egypt said .* … .*the MESA plan .* …$/);
    expect(segments.map((s) => s.text).join('').length).toBeLessThan(260);
  });

  it('is one window when the anchors are close, and the plain snippet for one anchor', () => {
    const near = 'Cairo and Egypt and MESA.';
    expect(snippetAcross(near, [[10, 15], [20, 24]], [[10, 15], [20, 24]])).toEqual(snippet(near, [[10, 15], [20, 24]]));
    expect(snippetAcross(text, [mesa], [mesa])).toEqual(snippet(text, [mesa]));
  });
});
