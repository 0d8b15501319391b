// Inserted and dropped clauses (compare/clauses.ts): new information set off as a clause, never a rewording.
import { describe, expect, it } from 'vitest';
import { clauseChanges, splitClauses } from '../../../src/lib/compare/clauses.ts';
import { wordDiff } from '../../../src/lib/compare/word-diff.ts';
import type { AlignmentRow } from '../../../src/lib/compare/types.ts';

function row(left: string, right: string): AlignmentRow {
  return { kind: 'changed', left: [left], right: [right], ops: wordDiff(left, right), left_index: [0], right_index: [0], grade: 'paraphrase', score: 0.5, moved_from: null };
}
const listed = (left: string, right: string) => clauseChanges(row(left, right), 0).map((c) => [c.type, c.left ?? c.right]);

describe('clauses', () => {
  it('splits at clause punctuation, sentence ends and clause openers', () => {
    expect(splitClauses('Gantz said it works, and could be boosted by the visit. It has foiled attacks.').map((c) => c.text)).toEqual([
      'Gantz said it works', 'and could be boosted by the visit', 'It has foiled attacks',
    ]);
  });

  it('keeps a number or a time whole: a comma or colon between digits is no break', () => {
    expect(splitClauses('About 1,200 workers joined at 10:30, the union said: all 3,400 would follow.').map((c) => c.text)).toEqual([
      'About 1,200 workers joined at 10:30', 'the union said', 'all 3,400 would follow',
    ]);
  });

  it('lists an inserted clause and a dropped one', () => {
    expect(listed('Washington, Riyadh and Abu Dhabi accuse Iran.', 'Washington, Riyadh and Abu Dhabi, three major sponsors of terrorism in the region, accuse Iran.')).toEqual([
      ['inserted-clause', 'three major sponsors of terrorism in the region'],
    ]);
    expect(listed('Biden will discuss coordination, including with close ally Israel, at a summit.', 'Biden will discuss coordination at a summit.')).toEqual([
      ['dropped-clause', 'including with close ally Israel'],
    ]);
  });

  it('lists no clause for a rewording, a cut inside a phrase, or a credit', () => {
    expect(listed('But there was no further development on the proposal, a source said.', 'But the alliance proposal did not get off the ground, a source said.')).toEqual([]);
    expect(listed('to combat drone and missile attacks in the Middle East, sources said.', 'against drones and missiles, sources said.')).toEqual([]);
    expect(listed('Speaking to Reuters on condition of anonymity, an official said it works.', 'An official said it works.')).toEqual([]);
  });

  // A first user pasted 003's first sentence without its purpose phrase: only "Name only in A: Iran" was listed.
  it('lists a phrase opened by a participle after a noun, without commas, as a clause', () => {
    const left = 'Egypt has pulled out of a planned Arab defensive alliance intended to unite Sunni Arab nations against Shiite Iran’s influence in the region, a source in Cairo said Thursday.';
    expect(listed(left, 'Egypt has pulled out of a planned Arab alliance, a source in Cairo said on Thursday.')).toEqual([
      ['dropped-clause', 'intended to unite Sunni Arab nations against Shiite Iran’s influence in the region'],
    ]);
    expect(listed('Officials met in Riyadh.', 'Officials met in Riyadh seeking a joint air defence network.')).toEqual([['inserted-clause', 'seeking a joint air defence network']]);
    // After a form of "be" or "have", or a determiner, the word is part of the verb or names a thing: no clause.
    expect(listed('The talks were stalled.', 'The talks were continuing despite deep Gulf rivalries.')).toEqual([]);
    expect(listed('Officials attended the summit.', 'Officials attended the meeting of Gulf defence chiefs.')).toEqual([]);
  });

  it('lists two coordinated clauses dropped together as one', () => {
    expect(listed('Saudi Arabia accused Iran, accusing it of supporting terror groups and fueling turmoil in regional countries.', 'Saudi Arabia accused Iran.')).toEqual([
      ['dropped-clause', 'accusing it of supporting terror groups and fueling turmoil in regional countries'],
    ]);
  });
});
