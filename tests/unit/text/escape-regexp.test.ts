// Escaping text for a regular expression: every special character matches itself literally.
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/lib/text/escape-regexp.ts';

describe('escapeRegExp', () => {
  it('makes every special character match itself', () => {
    const special = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    const re = new RegExp(`^${escapeRegExp(special)}$`);
    expect(re.test(special)).toBe(true);
    expect(re.test(special.replace('.', 'x'))).toBe(false);
    expect(escapeRegExp('U.S. (2022)')).toBe('U\\.S\\. \\(2022\\)');
  });
});
