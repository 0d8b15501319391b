import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { bodyBlocks, collapse, fullText, markBlock, markPrefix, markSuffix, paragraph, quotedBlocks, textBlocks, toHeading, unmarkedText } from '../../../src/lib/ingest/tree.ts';

const root = (...children: Root['children']): Root => ({ type: 'root', children });

describe('collapse', () => {
  it('turns every run of white space, no-break spaces and line breaks included, into one space, and trims', () => {
    expect(collapse('  a \n\t b\u00a0\u00a0c  ')).toBe('a b c');
    expect(collapse('')).toBe('');
  });
});

describe('text blocks', () => {
  it('lists paragraphs and headings in order, opening block quotes', () => {
    const quoted = paragraph('Quoted.');
    const tree = root(paragraph('One.'), { type: 'blockquote', children: [quoted] }, { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Head' }] }, { type: 'thematicBreak' });
    expect(textBlocks(tree).map(fullText)).toEqual(['One.', 'Quoted.', 'Head']);
    expect([...quotedBlocks(tree)]).toEqual([quoted]);
  });

  it('keeps the position given to a paragraph, and none when none is given', () => {
    const position = { start: { line: 2, column: 1 }, end: { line: 2, column: 5 } };
    expect(paragraph('x', position)).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'x' }], position });
    expect(paragraph('x')).not.toHaveProperty('position');
  });
});

describe('marking', () => {
  it('a marked block has no unmarked text and is not body', () => {
    const a = paragraph('Advertisement');
    const b = paragraph('Prose.');
    markBlock(a, 'other', 'Ad');
    expect(a.data).toEqual({ boilerplate: 'other', label: 'Ad' });
    expect(unmarkedText(a)).toBe('');
    expect(fullText(a)).toBe('Advertisement');
    expect(bodyBlocks(root(a, b))).toEqual([b]);
  });

  it('a prefix and a suffix split the text node, leaving the middle unmarked', () => {
    const p = paragraph('DUBAI – Talks resume. Read more');
    markPrefix(p, 8, 'dateline', 'DUBAI');
    expect(unmarkedText(p)).toBe('Talks resume. Read more');
    markSuffix(p, 'Talks resume.'.length, 'read-more');
    expect(unmarkedText(p)).toBe('Talks resume.');
    expect(p.children).toEqual([
      { type: 'text', value: 'DUBAI – ', data: { boilerplate: 'dateline', label: 'DUBAI' } },
      { type: 'text', value: 'Talks resume.' },
      { type: 'text', value: ' Read more', data: { boilerplate: 'read-more' } },
    ]);
    expect(fullText(p)).toBe('DUBAI – Talks resume. Read more');
  });

  it('marking the whole text leaves no empty node, and out-of-range marks change nothing', () => {
    const p = paragraph('Share');
    markSuffix(p, 5, 'share');
    markPrefix(p, 0, 'share');
    expect(p.children).toEqual([{ type: 'text', value: 'Share' }]);
    markPrefix(p, 5, 'share');
    expect(p.children).toEqual([{ type: 'text', value: 'Share', data: { boilerplate: 'share' } }]);
    expect(bodyBlocks(root(p))).toEqual([]);
    markSuffix(p, 0, 'other');
    expect(p.children).toHaveLength(1);
    const q = paragraph('Read more');
    markSuffix(q, 0, 'read-more');
    expect(q.children).toEqual([{ type: 'text', value: 'Read more', data: { boilerplate: 'read-more' } }]);
  });

  it('a block of white space only is not body', () => {
    expect(bodyBlocks(root(paragraph('   ')))).toEqual([]);
  });
});

describe('toHeading', () => {
  it('turns a paragraph into a heading in place, keeping its children', () => {
    const p = paragraph('Trust Issues');
    toHeading(p);
    expect(p).toEqual({ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Trust Issues' }] });
    const q = paragraph('Deeper');
    toHeading(q, 3);
    expect((q as unknown as { depth: number }).depth).toBe(3);
  });
});
