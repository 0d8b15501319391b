// A picture's credit on a line of its own, and its caption over it.
import { describe, expect, it } from 'vitest';
import { captionOverCredit, pictureCreditLine } from '../../../src/lib/ingest/picture-credit.ts';

describe('pictureCreditLine', () => {
  it('takes a name and a source on either side of one slash', () => {
    expect(pictureCreditLine('Dana Whitcomb / High Plains Current')).toBe(true);
    expect(pictureCreditLine('Reuters / Jo Roe')).toBe(true);
  });

  it('does not take single words, prose or dates with a slash', () => {
    for (const line of ['Yes / No', 'The vote / the result was close.', '12 / 03 / 2025', 'Dana Whitcomb', 'Dana Whitcomb / High Plains Current / Reuters']) expect(pictureCreditLine(line)).toBe(false);
  });
});

describe('captionOverCredit', () => {
  it('is one short sentence', () => {
    expect(captionOverCredit('A center-pivot irrigation system waters a cornfield near Garden City in July 2024.')).toBe(true);
    expect(captionOverCredit('The vote followed months of meetings. Farmers will decide how to cut.')).toBe(false);
    expect(captionOverCredit('Irrigators near Garden City')).toBe(false);
  });
});
