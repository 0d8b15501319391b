// Astro drops a line break between text and an element that starts the next line ("the same,⏎<strong>≈</strong>"
// printed "the same,≈"), so a space there must be written {' '}. The built pages' wording gate sees only the pages the
// seed corpus has (no group page among them); this reads every template, whatever corpus it renders.
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Inline elements that sit inside prose. */
const INLINE = /^<(?:a|abbr|code|em|kbd|q|span|strong|time)[\s>]/;

/** Lines of a template's markup (after its frontmatter) ending in prose, whose next line opens an inline element. */
function runIns(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const markup = text.startsWith('---') ? text.slice(text.indexOf('---', 3) + 3) : text;
  const lines = markup.split('\n');
  return lines.flatMap((line, i) => {
    const next = lines[i + 1]?.trimStart() ?? '';
    return /[\p{L}\p{N},;:.’”)]$/u.test(line) && INLINE.test(next) ? [`${file}: …${line.trim().slice(-30)}⏎${next.slice(0, 30)}`] : [];
  });
}

describe('templates', () => {
  it('have templates to read', () => {
    expect(globSync('src/**/*.astro').length).toBeGreaterThan(10);
  });

  it('never end a line of prose where the next line opens an inline element (the words would run together)', () => {
    expect(globSync('src/**/*.astro').sort().flatMap(runIns)).toEqual([]);
  });
});
