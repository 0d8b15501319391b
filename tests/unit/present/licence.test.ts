// The footer licence notes: licensed texts and the reserved-rights sentence.
import { describe, expect, it } from 'vitest';
import { licenceNotes, reservedSentence } from '../../../src/lib/present/licence.ts';
import { article } from './make.ts';

describe('licenceNotes', () => {
  it('lists texts with their own licence and counts the rest as reserved', () => {
    expect(licenceNotes([article('a'), article('b', { license: 'CC BY 4.0' }), article('c')])).toEqual({
      licensed: [{ title: 'Title b', url: '/articles/b/', license: 'CC BY 4.0' }],
      reserved: 2,
      total: 3,
    });
  });
  it('handles a corpus without licence lines', () => {
    expect(licenceNotes([article('a')])).toEqual({ licensed: [], reserved: 1, total: 1 });
  });
});

describe('reservedSentence', () => {
  const notes = (licensed: number, reserved: number) =>
    licenceNotes([
      ...Array.from({ length: licensed }, (_, i) => article(`l${i}`, { license: 'CC BY 4.0' })),
      ...Array.from({ length: reserved }, (_, i) => article(`r${i}`)),
    ]);
  it.each([
    [0, 3, 'No text states a licence of its own: all rights are reserved by their publishers.'],
    [1, 1, 'The other text is all rights reserved by its publisher.'],
    [1, 4, 'The other 4 texts are all rights reserved by their publishers.'],
    [2, 0, null],
    [0, 0, null],
  ])('with %d licensed and %d other texts', (licensed, reserved, expected) => {
    expect(reservedSentence(notes(licensed, reserved))).toBe(expected);
  });
});
