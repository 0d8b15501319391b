import { describe, expect, it } from 'vitest';
import { glossarySchema, termSchema } from '../../../src/lib/schema/glossary.ts';

const term = { slug: 'arab-nato', name: 'Arab NATO', description: 'A proposed alliance.', aliases: ['MESA'] };

describe('termSchema', () => {
  it('accepts a term with a slug holding a letter, a name, a description and aliases', () => {
    expect(termSchema.parse(term)).toEqual(term);
    expect(termSchema.safeParse({ ...term, slug: 'g20' }).success).toBe(true);
  });

  it('refuses slugs of digits only (they would clash with page numbers), capitals or leading dashes', () => {
    for (const slug of ['2', '123', 'Arab-nato', '-x', 'a b', '']) expect(termSchema.safeParse({ ...term, slug }).success, slug).toBe(false);
  });

  it('refuses an empty name or description, no aliases or a one-letter alias', () => {
    expect(termSchema.safeParse({ ...term, name: '' }).success).toBe(false);
    expect(termSchema.safeParse({ ...term, description: '' }).success).toBe(false);
    expect(termSchema.safeParse({ ...term, aliases: [] }).success).toBe(false);
    expect(termSchema.safeParse({ ...term, aliases: ['X'] }).success).toBe(false);
  });
});

describe('glossarySchema', () => {
  it('accepts distinct slugs and refuses a repeated one', () => {
    expect(glossarySchema.safeParse([term, { ...term, slug: 'mesa' }]).success).toBe(true);
    expect(glossarySchema.safeParse([term, term]).success).toBe(false);
    expect(glossarySchema.parse([])).toEqual([]);
  });
});
