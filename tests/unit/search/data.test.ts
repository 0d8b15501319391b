// Search documents: the about line (title, outlet, author) and records by paragraph number.
import { describe, expect, it } from 'vitest';
import { recordText, recordTexts, searchDocument } from '../../../src/lib/search/data.ts';
import { article } from '../present/make.ts';

describe('search documents', () => {
  it('indexes title, outlet and author as record 0, then the paragraphs', () => {
    const doc = searchDocument(article('a', { title: 'A title', title_from: 'text', outlet: 'Tasnim', author: 'S. Writer', paragraphs: ['One.', 'Two.'] }));
    expect(recordTexts(doc)).toEqual(['A title · Tasnim · S. Writer', 'One.', 'Two.']);
    expect([0, 1, 2, 3].map((p) => recordText(doc, p))).toEqual(['A title · Tasnim · S. Writer', 'One.', 'Two.', '']);
  });

  it('leaves out a title cut from the first paragraph, which would only repeat it', () => {
    const doc = searchDocument(article('b', { title: 'One…', title_from: 'derived', outlet: null, author: null, paragraphs: ['One.'] }));
    expect(doc.about).toBe('');
    expect(doc.title).toBe('One…');
  });
});
