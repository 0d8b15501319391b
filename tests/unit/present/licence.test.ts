// The footer licence notes: licensed texts and the sentence about texts that state no licence.
import { describe, expect, it } from 'vitest';
import { licenceNotes, unstatedSentence } from '../../../src/lib/present/licence.ts';
import { article } from './make.ts';

describe('licenceNotes', () => {
  it('lists texts with their own licence and counts the rest as not stating one', () => {
    expect(licenceNotes([article('a'), article('b', { license: 'CC BY 4.0' }), article('c')])).toEqual({
      licensed: [{ title: 'Title b', url: '/articles/b/', license: 'CC BY 4.0' }],
      unstated: 2,
      total: 3,
    });
  });
  it('handles a corpus without licence lines', () => {
    expect(licenceNotes([article('a')])).toEqual({ licensed: [], unstated: 1, total: 1 });
  });
});

describe('unstatedSentence', () => {
  const notes = (licensed: number, unstated: number) =>
    licenceNotes([
      ...Array.from({ length: licensed }, (_, i) => article(`l${i}`, { license: 'CC BY 4.0' })),
      ...Array.from({ length: unstated }, (_, i) => article(`r${i}`)),
    ]);
  // Issue #16 item 17: the footer said "all rights reserved" of texts whose pages say "Licence: not stated".
  it.each([
    [0, 3, 'The 3 texts state no licence (“Licence: not stated” on their pages).'],
    [0, 1, 'The text states no licence (“Licence: not stated” on its page).'],
    [1, 1, 'The other text states no licence (“Licence: not stated” on its page).'],
    [1, 4, 'The other 4 texts state no licence (“Licence: not stated” on their pages).'],
    [2, 0, null],
    [0, 0, null],
  ])('with %d licensed and %d other texts', (licensed, unstated, expected) => {
    expect(unstatedSentence(notes(licensed, unstated))).toBe(expected);
  });
});
