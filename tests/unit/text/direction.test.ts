// Writing direction by the first strong character: Arabic and Hebrew are right-to-left, everything else left-to-right.
import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../src/lib/text/direction.ts';

describe('textDirection', () => {
  it('is rtl when the first strong character is Arabic or Hebrew, whatever follows', () => {
    expect(textDirection('القاهرة — Cairo')).toBe('rtl');
    expect(textDirection('2022: ירושלים')).toBe('rtl');
  });

  it('is ltr for Latin, Cyrillic or Greek first, and for text without strong characters', () => {
    expect(textDirection('Cairo — القاهرة')).toBe('ltr');
    expect(textDirection('«Москва»')).toBe('ltr');
    expect(textDirection('Αθήνα')).toBe('ltr');
    expect(textDirection('12, 13 — 14.')).toBe('ltr');
  });
});
