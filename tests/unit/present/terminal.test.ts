// The command line's rendering: colour only on a terminal without NO_COLOR, [-…-]/{+…+} otherwise, every row and
// change of a pair view, and a check's matches with their shares.
import { describe, expect, it } from 'vitest';
import { checkLines, marksFor, pairLines, segmentsText } from '../../../src/lib/present/terminal.ts';
import { pairView } from '../../../src/lib/present/pair-view.ts';
import { checkView, NO_MATCH_TEXT } from '../../../src/lib/present/check-view.ts';
import type { Alignment } from '../../../src/lib/compare/types.ts';
import { article } from './make.ts';

const ESC = '\u001b[';
const alignment: Alignment = {
  left: 'a',
  right: 'b',
  rows: [
    { kind: 'changed', left: ['Egypt quits the pact.'], right: ['Egypt leaves the pact.'], ops: [{ op: 'equal', text: 'Egypt ' }, { op: 'delete', text: 'quits' }, { op: 'insert', text: 'leaves' }, { op: 'equal', text: ' the pact.' }], left_index: [0], right_index: [0], grade: 'light-edit', score: 0.7, moved_from: null },
    { kind: 'left-only', left: ['Dropped one.'], right: [], ops: [{ op: 'delete', text: 'Dropped one.' }], left_index: [1], right_index: [], grade: 'new', score: 0, moved_from: null },
    { kind: 'right-only', left: [], right: ['Added one.'], ops: [{ op: 'insert', text: 'Added one.' }], left_index: [], right_index: [1], grade: 'new', score: 0, moved_from: null },
  ],
  changes: [{ type: 'sentence-added', row: 2, left: null, right: 'Added one.' }],
  stats: { left_sentences: 2, right_sentences: 2, rows: 3, same: 0, changed: 1, moved: 0, left_only: 1, right_only: 1, left_kept: 0.5, right_from_left: 0.5 },
};
const view = pairView(alignment, article('a', { title: 'Left' }), article('b', { title: 'Right' }), 0.42);

describe('marksFor', () => {
  it('colours only a terminal, and never with NO_COLOR set (to anything)', () => {
    expect(marksFor(true, undefined)).toBe('color');
    expect(marksFor(true, '1')).toBe('plain');
    expect(marksFor(true, 'yes')).toBe('plain');
    expect(marksFor(false, undefined)).toBe('plain');
  });
});

describe('pairLines', () => {
  it('marks removed and added words in plain text, with no escape codes', () => {
    const text = pairLines(view, 'plain', ['a.txt', 'b.md']).join('\n');
    expect(text).toContain('Egypt [-quits-]{+leaves+} the pact.');
    expect(text).toContain('[-Dropped one.-]');
    expect(text).toContain('{+Added one.+}');
    expect(text).toContain('A: a.txt — “Left”');
    expect(text).toContain('Similarity 0.42.');
    expect(text).toContain('1. Sentence only in B, row 3: B has “Added one.”');
    expect(text).not.toContain(ESC);
  });

  it('colours them on a terminal, underlined and struck through as on the site, without the markers', () => {
    expect(segmentsText(view.rows[0]?.inline ?? [], 'color')).toBe(`Egypt ${ESC}31;9mquits${ESC}0m${ESC}32;4mleaves${ESC}0m the pact.`);
    const text = pairLines(view, 'color', ['a', 'b']).join('\n');
    expect(text).not.toContain('{+');
    expect(text).not.toContain('[-');
  });

  it('lists every row', () => {
    const rows = pairLines(view, 'plain', ['a', 'b']).filter((l) => l.startsWith('Row '));
    expect(rows).toEqual(['Row 1 · Changed · Light edit', 'Row 2 · Only in A', 'Row 3 · Only in B · Change 1: sentence only in B']);
  });

  it('names the typed changes of a row in its heading, so a changed figure is not only a light edit', () => {
    const figure: Alignment = {
      ...alignment,
      rows: [{ kind: 'changed', left: ['Four sources said.'], right: ['Five sources said.'], ops: [{ op: 'delete', text: 'Four' }, { op: 'insert', text: 'Five' }, { op: 'equal', text: ' sources said.' }], left_index: [0], right_index: [0], grade: 'light-edit', score: 0.8, moved_from: null }],
      changes: [{ type: 'number-changed', row: 0, left: 'Four', right: 'Five' }],
    };
    const lines = pairLines(pairView(figure, article('a'), article('b'), 0.9), 'plain', ['a', 'b']);
    expect(lines.filter((l) => l.startsWith('Row '))).toEqual(['Row 1 · Changed · Light edit · Change 1: number differs']);
  });
});

describe('checkLines', () => {
  it('says the empty result, or each match with both shares and its page', () => {
    expect(checkLines(checkView({ matches: [] }), 'plain')).toEqual([NO_MATCH_TEXT]);
    const lines = checkLines(
      checkView({ matches: [{ article: article('a', { title: 'Source' }), alignment: () => alignment, similarity: 0.9, variant: true, checkedFound: 0.5, articleFound: 1, checkedLinks: [{ index: 0, score: 1 }], checkedSentences: 2, sharedKeys: 4 }] }),
      'plain',
    );
    expect(lines.join('\n')).toContain('1. Source — Outlet not stated, undated');
    expect(lines.join('\n')).toContain('50% of your sentences have a counterpart in this article; 100% of its sentences have one in your text');
    expect(lines.at(-1)).toBe('   /articles/a/');
    expect(lines.join('\n')).not.toContain('Wire source');
  });

  it('points to the diff command for shared sentences past the few it quotes (the command line has no reader)', () => {
    const rows = [0, 1, 2, 3, 4].map((i) => ({ kind: 'changed' as const, left: [`Sentence ${i}.`], right: [`Sentence ${i}.`], ops: [], left_index: [i], right_index: [i], grade: 'light-edit' as const, score: 0.9, moved_from: null }));
    const shared = { ...alignment, rows };
    const lines = checkLines(
      checkView({ matches: [{ article: article('a', { title: 'Source' }), alignment: () => shared, similarity: 0.3, variant: false, checkedFound: 0.5, articleFound: 0.5, checkedLinks: rows.map((_, index) => ({ index, score: 0.9 })), checkedSentences: 10, sharedKeys: 4 }] }),
      'plain',
    );
    expect(lines).toContain('   … and 2 more: `wirediff diff` shows every row.');
  });

  it('names the wire a match rewrites on the line under its title', () => {
    const lines = checkLines(
      checkView({ matches: [{ article: article('a', { title: 'Source', wire: 'Harbour Wire' }), alignment: () => alignment, similarity: 0.9, variant: true, checkedFound: 1, articleFound: 1, checkedLinks: [{ index: 0, score: 1 }], checkedSentences: 2, sharedKeys: 4 }] }),
      'plain',
    );
    const at = lines.indexOf('1. Source — Outlet not stated, undated');
    expect(lines[at + 1]).toBe('   Wire source: Harbour Wire (curated metadata)');
  });

  it('lists the leads of a text told in other words, said to share no text', () => {
    const lines = checkLines(checkView({ matches: [], related: [{ article: article('a', { title: 'Source' }), facts: ['Doha', '2017', 'Oman'], of: 5, share: 0.7 }] }), 'plain');
    expect(lines.slice(2)).toEqual(['1. Source — Outlet not stated, undated', '   No shared text; the same names and figures. Names 3 of the 5 names and figures of your text: Doha, 2017, Oman.', '   /articles/a/']);
  });
});
