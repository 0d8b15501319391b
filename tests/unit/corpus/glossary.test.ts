import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../src/lib/corpus/glossary.ts';

describe('parseGlossary', () => {
  it('reads terms with their aliases', () => {
    const yaml = '- slug: arab-nato\n  name: Arab NATO\n  description: A proposed alliance.\n  aliases: [Arab NATO, MESA]\n';
    expect(parseGlossary(yaml)).toEqual([{ slug: 'arab-nato', name: 'Arab NATO', description: 'A proposed alliance.', aliases: ['Arab NATO', 'MESA'] }]);
  });

  it('reads an empty file as no terms', () => {
    expect(parseGlossary('')).toEqual([]);
  });

  it('refuses duplicate slugs and bad fields, naming the file', () => {
    const term = (slug: string) => `- slug: ${slug}\n  name: N\n  description: D\n  aliases: [NN]\n`;
    expect(() => parseGlossary(term('x1') + term('x1'), 'g.yaml')).toThrow(/^g\.yaml:1: .*unique/);
    expect(() => parseGlossary(term('123'), 'g.yaml')).toThrow(/^g\.yaml:1: 0\.slug: /);
    expect(() => parseGlossary('- slug: x\n  name: N\n  description: D\n  aliases: []\n')).toThrow(/^content\/glossary\.yaml:4: 0\.aliases: /);
  });
});
