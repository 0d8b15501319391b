// Where a displayed field came from, in words.
import { describe, expect, it } from 'vitest';
import { provenanceLabel } from '../../../src/lib/present/provenance.ts';

describe('provenanceLabel', () => {
  it('names each source, and a derived title by how it was derived', () => {
    expect(provenanceLabel('text', 'author')).toBe('from the article text');
    expect(provenanceLabel('curated', 'outlet')).toBe('curated metadata');
    expect(provenanceLabel('derived', 'title')).toBe('derived from the first sentence');
    expect(provenanceLabel('derived', 'published')).toBe('derived');
    expect(provenanceLabel(null, 'author')).toBe('not stated');
  });
});
