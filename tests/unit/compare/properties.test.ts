// Alignment invariants over arbitrary texts: every sentence in exactly one row, ops rebuild both sides, identity.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEntry } from '../../../src/lib/corpus/build-entry.ts';
import { alignPair } from '../../../src/lib/compare/index.ts';
import { leftText, rightText, wordDiff } from '../../../src/lib/compare/word-diff.ts';
import type { Article } from '../../../src/lib/schema/article.ts';

/** An article made directly from sentences (one paragraph of them), skipping the parser. */
function article(id: string, sentences: string[]): Article {
  return buildEntry(`${id}.txt`, {
    title: id, outlet: null, published: null, author: null, license: null, dateline: null, source_url: null, language: null,
    paragraphs: [sentences.join(' ')], sentences: [sentences], headings: [], quotes: [], boilerplate: [],
  });
}

const word = fc.constantFrom('Iran', 'Saudi', 'alliance', 'said', 'the', 'of', 'MESA', 'Washington', 'summit', '12', 'October', 'officials', 'pact', 'Gulf', '“quote”', 'NATO', 'Trump', 'defence', 'missile', 'Israel');
const sentence = fc.array(fc.oneof(word, fc.string({ minLength: 1, maxLength: 8 }).map((s) => s.replace(/\s+/g, 'x'))), { minLength: 1, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
const doc = fc.array(sentence, { minLength: 1, maxLength: 12 });

function checkInvariants(left: string[], right: string[]) {
  const a = alignPair(article('left', left), article('right', right));
  const leftSeen = a.rows.flatMap((r) => r.left_index).sort((x, y) => x - y);
  const rightSeen = a.rows.flatMap((r) => r.right_index).sort((x, y) => x - y);
  expect(leftSeen).toEqual(left.map((_, i) => i));
  expect(rightSeen).toEqual(right.map((_, i) => i));
  // Every row that is not the same on both sides is in the change list, so j/k reach it.
  const covered = new Set(a.changes.flatMap((c) => Array.from({ length: (c.end_row ?? c.row) - c.row + 1 }, (_, k) => c.row + k)));
  expect(a.rows.flatMap((r, i) => (r.kind === 'same' || covered.has(i) ? [] : [i]))).toEqual([]);
  for (const row of a.rows) {
    expect(leftText(row.ops)).toBe(row.left.join(' '));
    expect(rightText(row.ops)).toBe(row.right.join(' '));
    expect(row.left).toEqual(row.left_index.map((i) => left[i]));
    expect(row.right).toEqual(row.right_index.map((j) => right[j]));
  }
  return a;
}

describe('alignment properties', () => {
  it('puts every sentence of both sides in exactly one row, and ops rebuild both texts', () => {
    fc.assert(fc.property(doc, doc, (l, r) => { checkInvariants(l, r); }), { numRuns: 200 });
  });

  it('aligns a text with itself as all "same", similarity 1', () => {
    fc.assert(fc.property(doc, (d) => {
      const a = checkInvariants(d, d);
      expect(a.rows.every((r) => r.kind === 'same')).toBe(true);
      expect(a.similarity).toBe(1);
      expect(a.variant).toBe(true);
    }), { numRuns: 200 });
  });

  it('word diff ops rebuild both sides for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (x, y) => {
      const ops = wordDiff(x, y);
      expect(leftText(ops)).toBe(x);
      expect(rightText(ops)).toBe(y);
    }), { numRuns: 300 });
  });

  it('word diff never marks white space as changed where both sides of a replacement have it', () => {
    // Words, punctuation and spaces, so replacements often start or end at white space on both sides.
    const text = fc.array(fc.constantFrom('Egypt', 'has', 'pulled', ',', '.', ' ', '  ', 'despite', 'and', 'Qatar', 'x'), { maxLength: 24 }).map((t) => t.join(''));
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 80 })), fc.oneof(text, fc.string({ maxLength: 80 })), (x, y) => {
      const ops = wordDiff(x, y);
      expect(leftText(ops)).toBe(x);
      expect(rightText(ops)).toBe(y);
      ops.forEach((o, i) => {
        const next = ops[i + 1];
        if (o.op !== 'delete' || next?.op !== 'insert' || o.variant || next.variant) return;
        const first = (t: string) => t.charAt(0);
        const last = (t: string) => t.charAt(t.length - 1);
        expect(/\s/u.test(first(o.text)) && first(o.text) === first(next.text), JSON.stringify(ops)).toBe(false);
        expect(/\s/u.test(last(o.text)) && last(o.text) === last(next.text), JSON.stringify(ops)).toBe(false);
      });
    }), { numRuns: 500 });
  });

  it('two long unrelated texts finish with every sentence accounted for', () => {
    // About 5,000 words a side, from two different vocabularies, in a deterministic pseudo-random order.
    const pools = [
      'harbour cargo freight vessel tanker crane dock berth quay shipping port customs container tonnage'.split(' '),
      'orchestra violin concerto soprano rehearsal conductor symphony opera tenor ballet chorus stage score'.split(' '),
    ];
    const make = (pool: string[], seed: number) => Array.from({ length: 320 }, (_, i) =>
      `${Array.from({ length: 15 }, (_, k) => pool[(i * 31 + k * seed * 17 + (i * k) % 7) % pool.length]).join(' ')} the ${i}.`);
    const left = make(pools[0] as string[], 3);
    const right = make(pools[1] as string[], 5);
    const a = checkInvariants(left, right);
    expect(a.variant).toBe(false);
  });
});
