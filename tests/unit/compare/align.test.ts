// Sentence alignment: 1–1, 2–1 and 1–2 links in reading order, one-sided sentences (left before right within a run),
// out-of-order moves, and every sentence of both sides in exactly one group.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignSentences, type AlignedGroup } from '../../../src/lib/compare/align.ts';
import { features, type SentenceFeatures } from '../../../src/lib/compare/vocabulary.ts';
import { alignPair } from '../../../src/lib/compare/index.ts';
import { buildEntry } from '../../../src/lib/corpus/build-entry.ts';
import type { Article } from '../../../src/lib/schema/article.ts';

/** 40 terms of weight 1: sentences below are built from disjoint blocks of four, so unrelated ones share nothing. */
const weight = new Float64Array(40).fill(1);
const block = (k: number) => [4 * k, 4 * k + 1, 4 * k + 2, 4 * k + 3];
/** Sentence made of the given blocks of terms. */
const sentence = (...blocks: number[]): SentenceFeatures => features(blocks.flatMap(block), weight);
/** The groups as compact strings: "0=0" a link, "1<" left only, ">2" right only, "0+1=2" merged, "~" a move. */
const shape = (groups: AlignedGroup[]) => groups.map((g) => `${g.left.join('+')}${g.left.length && g.right.length ? '=' : g.left.length ? '<' : '>'}${g.right.join('+')}${g.moved ? '~' : ''}`);

describe('alignSentences', () => {
  it('links identical texts one to one, in order, with full scores', () => {
    const text = [sentence(0), sentence(1), sentence(2)];
    const groups = alignSentences(text, text, weight);
    expect(shape(groups)).toEqual(['0=0', '1=1', '2=2']);
    expect(groups.map((g) => g.score)).toEqual([1, 1, 1]);
  });

  it('keeps an inserted and a dropped sentence on their own side, in place', () => {
    expect(shape(alignSentences([sentence(0), sentence(1)], [sentence(0), sentence(5), sentence(1)], weight))).toEqual(['0=0', '>1', '1=2']);
    expect(shape(alignSentences([sentence(0), sentence(5), sentence(1)], [sentence(0), sentence(1)], weight))).toEqual(['0=0', '1<', '2=1']);
  });

  it('aligns against an empty side', () => {
    expect(shape(alignSentences([], [sentence(0), sentence(1)], weight))).toEqual(['>0', '>1']);
    expect(shape(alignSentences([sentence(0)], [], weight))).toEqual(['0<']);
    expect(alignSentences([], [], weight)).toEqual([]);
  });

  it('lists the left side before the right side within a run of unmatched sentences', () => {
    const left = [sentence(0), sentence(5), sentence(6), sentence(1)];
    const right = [sentence(0), sentence(7), sentence(8), sentence(1)];
    expect(shape(alignSentences(left, right, weight))).toEqual(['0=0', '1<', '2<', '>1', '>2', '3=3']);
  });

  it('merges two sentences split from one (2–1) and one sentence joined from two (1–2)', () => {
    const joined = alignSentences([sentence(0), sentence(1, 2), sentence(3, 4), sentence(5)], [sentence(0), sentence(1, 2, 3, 4), sentence(5)], weight);
    expect(shape(joined)).toEqual(['0=0', '1+2=1', '3=2']);
    expect(joined[1]?.score).toBe(1);
    const split = alignSentences([sentence(0), sentence(1, 2, 3, 4), sentence(5)], [sentence(0), sentence(1, 2), sentence(3, 4), sentence(5)], weight);
    expect(shape(split)).toEqual(['0=0', '1=1+2', '2=3']);
    expect(split[1]?.score).toBe(1);
  });

  it('never merges a crosshead into a body sentence that shares its words, and links crossheads with each other', () => {
    // Right: a body sentence, then a crosshead made of part of its words; a merge 1–2 would take both.
    const headings = { right: new Set([2]) };
    expect(shape(alignSentences([sentence(0), sentence(1, 2, 3, 4), sentence(5)], [sentence(0), sentence(1, 2), sentence(3, 4), sentence(5)], weight, [], [], headings))).toEqual(['0=0', '1=1', '>2', '2=3']);
    expect(shape(alignSentences([sentence(0), sentence(6), sentence(1)], [sentence(0), sentence(6), sentence(1)], weight, [], [], { left: new Set([1]), right: new Set([1]) }))).toEqual(['0=0', '1=1', '2=2']);
    expect(shape(alignSentences([sentence(0), sentence(6), sentence(1)], [sentence(0), sentence(6), sentence(1)], weight, [], [], { left: new Set([1]) }))).toEqual(['0=0', '1<', '>1', '2=2']);
  });

  it('joins every piece of a sentence split in three or more (a quotation turned into list items) to one link', () => {
    const whole = [sentence(0), sentence(1, 2, 3, 4, 5, 6), sentence(7)];
    const pieces = [sentence(0), sentence(1, 2), sentence(3, 4), sentence(5, 6), sentence(7)];
    expect(shape(alignSentences(whole, pieces, weight))).toEqual(['0=0', '1=1+2+3', '2=4']);
    expect(shape(alignSentences(pieces, whole, weight))).toEqual(['0=0', '1+2+3=1', '4=2']);
    // A neighbour the sentence carries less than half of is an added sentence of its own, not a piece.
    const added = [sentence(0), sentence(1, 2), sentence(3, 4), sentence(5, 8, 9), sentence(7)];
    expect(shape(alignSentences(whole, added, weight))).toEqual(['0=0', '1=1+2', '>3', '2=4']);
  });

  it('does not merge a neighbour that brings too little of its own matching content into a link', () => {
    // The neighbour adds 17 terms of which 4 (under a quarter) are in the right sentence, and those 4 are a fifth of
    // what the right sentence adds beyond the left one: it neither brings nor explains enough, so it stays apart.
    const wide = new Float64Array(80).fill(1);
    const terms = (...ids: number[][]) => features(ids.flat(), wide);
    const others = (from: number) => Array.from({ length: 13 }, (_, k) => from + k);
    const right = terms(block(1), block(2), block(3), block(4), others(40), others(60).slice(0, 3));
    expect(shape(alignSentences([terms(block(1), block(2), block(3)), terms(block(4), others(20))], [right], wide))).toEqual(['0=0', '1<']);
    // With one more matching block it brings enough and is merged.
    const closer = features([...block(4), ...block(5), ...Array.from({ length: 13 }, (_, k) => 24 + k)], weight);
    expect(shape(alignSentences([sentence(1, 2, 3), closer], [sentence(1, 2, 3, 4, 5)], weight))).toEqual(['0+1=0']);
  });

  it('merges a sentence condensed into a clause of the other side (it holds what that sentence adds)', () => {
    // The neighbour brings under a quarter of its own terms, but all that the right sentence adds (block 4) is its:
    // "…, a charge Doha rejects" for "Qatar denies the charges, says …". Merged, its other words are a dropped clause.
    const neighbour = features([...block(4), ...Array.from({ length: 13 }, (_, k) => 20 + k)], weight);
    expect(shape(alignSentences([sentence(1, 2, 3), neighbour], [sentence(1, 2, 3, 4)], weight))).toEqual(['0+1=0']);
  });

  it('pairs a sentence moved out of order as a move, in the right side’s place', () => {
    const groups = alignSentences([sentence(0), sentence(1), sentence(2)], [sentence(1), sentence(2), sentence(0)], weight);
    expect(shape(groups)).toEqual(['1=0', '2=1', '0=2~']);
    expect(groups[2]?.score).toBe(1);
  });

  it('pairs two sentences moved together and merged into one as one move (2–1 and 1–2)', () => {
    // Each half alone is under the move threshold against the joined sentence; together they match it.
    const groups = alignSentences([sentence(0), sentence(1), sentence(2), sentence(3), sentence(4)], [sentence(0), sentence(3), sentence(4), sentence(1, 2, 5, 6)], weight);
    expect(shape(groups)).toEqual(['0=0', '3=1', '4=2', '1+2=3~']);
    expect(shape(alignSentences([sentence(0), sentence(3), sentence(4), sentence(1, 2, 5, 6)], [sentence(0), sentence(1), sentence(2), sentence(3), sentence(4)], weight))).toEqual(['0=0', '3=1+2~', '1=3', '2=4']);
  });

  it('moves a merged sentence out of an in-order link it only joined for want of its true counterpart', () => {
    // Right 2 is left 1+2 merged and moved down, sharing a block with left 4; the programme, in reading order, took
    // it as a piece of left 4's link with right 3 (1–2), leaving left 1 and 2 unlinked.
    const left = [sentence(0), sentence(1), sentence(2), sentence(3), sentence(6, 7)];
    const right = [sentence(0), sentence(3), sentence(1, 2, 7), sentence(6, 8)];
    expect(shape(alignSentences(left, right, weight))).toEqual(['0=0', '3=1', '1+2=2~', '4=3']);
  });

  it('links identical sentences that carry no weight (only function words) by their text', () => {
    const empty = features([], weight);
    expect(shape(alignSentences([empty, sentence(0)], [empty, sentence(0)], weight))).toEqual(['0<', '>0', '1=1']);
    expect(shape(alignSentences([empty, sentence(0)], [empty, sentence(0)], weight, ['So it goes.', 'x'], ['So it goes.', 'y']))).toEqual(['0=0', '1=1']);
  });

  it('puts every sentence of both sides in exactly one group, links in order on both sides', () => {
    const side = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 3 }), { maxLength: 8 });
    fc.assert(
      fc.property(side, side, (l, r) => {
        const left = l.map((b) => sentence(...b));
        const right = r.map((b) => sentence(...b));
        const groups = alignSentences(left, right, weight);
        expect(groups.flatMap((g) => g.left).sort((a, b) => a - b)).toEqual(left.map((_, i) => i));
        expect(groups.flatMap((g) => g.right).sort((a, b) => a - b)).toEqual(right.map((_, i) => i));
        const inOrder = groups.filter((g) => g.left.length && g.right.length && !g.moved);
        for (let k = 1; k < inOrder.length; k++) {
          expect(inOrder[k]!.left[0]).toBeGreaterThan(inOrder[k - 1]!.left.at(-1)!);
          expect(inOrder[k]!.right[0]).toBeGreaterThan(inOrder[k - 1]!.right.at(-1)!);
        }
        for (const g of groups) if (g.left.length && g.right.length) expect(g.score).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

/** An article from paragraphs of sentences, skipping the parser. */
function article(id: string, paragraphs: string[][]): Article {
  return buildEntry(`${id}.txt`, {
    title: id, outlet: null, published: null, author: null, license: null, dateline: null, source_url: null, language: null,
    paragraphs: paragraphs.map((p) => p.join(' ')), sentences: paragraphs, headings: [], quotes: [], boilerplate: [],
  });
}

// A first user's pair, reconstructed: B moves A's second paragraph near the end and joins its two sentences into one.
// The move was paired with one half only, so the page showed the other half's figure as a number that differs.
describe('a paragraph moved and merged into one sentence (alignPair)', () => {
  const lead = ['Ports along the Baltic coast faced disruption on Tuesday as a strike spread from Poland to Lithuania.'];
  const walkout = ['Dockworkers at the port of Gdansk walked out on Monday.', 'About 1,200 workers joined the strike, the union said.'];
  const joined = (n: string) => [`Dockworkers at the port of Gdansk walked out on Monday, and about ${n} workers joined the strike, the union said.`];
  const middle = [
    ['The union is demanding a 15% pay rise and shorter shifts after talks with port operators collapsed last week.'],
    ['Shipping lines said container vessels were being diverted to Rotterdam and Hamburg.'],
    ['The government called on both sides to return to the negotiating table.'],
  ];
  const gdyniaA = ['The union said about 300 workers at the nearby port of Gdynia could join the strike later this week.'];
  const gdyniaB = ['Some 300 dockworkers in nearby Gdynia may follow later this week, according to the union.'];
  const operator = ['Port operator DCT said it regretted the action and remained open to dialogue.'];
  const a = (last: string[]) => article('a', [lead, walkout, ...middle, last]);

  it.each([
    ['the last paragraph kept', [...middle, joined('1,200'), operator], operator],
    ['the last paragraph reworded after it', [...middle, joined('1,200'), gdyniaB], gdyniaA],
  ])('links the merged sentence with both sentences as one move, with %s', (_name, rest, last) => {
    const pair = alignPair(a(last), article('b', [lead, ...rest]));
    const row = pair.rows.findIndex((r) => r.right_index.includes(4));
    expect(pair.rows[row]).toMatchObject({ kind: 'moved', left_index: [1, 2], right_index: [4] });
    expect(pair.changes.filter((c) => c.row === row).map((c) => c.type)).toEqual(['sentence-moved']);
    expect(pair.changes.map((c) => c.type)).not.toContain('number-changed');
    expect(pair.changes.filter((c) => /^sentence-(added|dropped)$/.test(c.type))).toEqual([]);
  });

  it('still reports a figure that really differs in the merged sentence', () => {
    const pair = alignPair(a(operator), article('b', [lead, ...middle, joined('1,300'), operator]));
    const row = pair.rows.findIndex((r) => r.right_index.includes(4));
    expect(pair.rows[row]).toMatchObject({ kind: 'moved', left_index: [1, 2], right_index: [4] });
    expect(pair.changes.filter((c) => c.type === 'number-changed')).toEqual([{ type: 'number-changed', row, left: '1,200', right: '1,300' }]);
  });
});
