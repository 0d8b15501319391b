// Typed changes (compare/changes.ts) against the hand-made change gold, and the false changes issue #12 names.
import { describe, expect, it } from 'vitest';
import { changeCaseNames, changeScores, loadChangeCases, TUNED_CHANGE_CASES } from '../../../scripts/lib/change-gold.ts';
import { listChanges } from '../../../src/lib/compare/changes.ts';
import { gradeOps, wordDiff } from '../../../src/lib/compare/word-diff.ts';
import type { AlignmentRow } from '../../../src/lib/compare/types.ts';
import { buildEntityTable } from '../../../src/lib/text/entities.ts';

const cases = loadChangeCases();
const seed = cases.find((c) => c.name === 'seed-000-001');
const changes = seed?.alignment.changes ?? [];
const text = (c: { left: string | null; right: string | null }) => `${c.left ?? ''} ${c.right ?? ''}`;

describe('typed changes of 000↔001', () => {
  it('has no false name changes: "United States" for "US", "Iranian" for "Iran’s"', () => {
    const names = changes.filter((c) => c.type === 'name-added' || c.type === 'name-dropped');
    expect(names.filter((c) => /United States|\bUS\b|U\.S\./.test(text(c)))).toEqual([]);
    expect(names.filter((c) => /Iran/.test(text(c)))).toEqual([]);
  });

  it('lists a dropped quotation once, not as a sentence and a quote', () => {
    const dropped = changes.filter((c) => c.left?.includes('under the pretext of ensuring stability'));
    expect(dropped.map((c) => c.type)).toEqual(['quote-dropped']);
  });

  it('shows a reworded quotation as one quote-altered with both texts', () => {
    const altered = changes.filter((c) => c.type === 'quote-altered');
    expect(altered).toHaveLength(1);
    expect(altered[0]?.left).toMatch(/together with the regional partners/);
    expect(altered[0]?.right).toMatch(/our regional partners now/);
  });

  it('lists who is credited as attribution: "Reuters reported" added, "Reuters noted" gone, "a report said" new', () => {
    const attribution = changes.filter((c) => c.type === 'attribution-changed').map(text);
    expect(attribution.some((t) => /Reuters reported/.test(t))).toBe(true);
    expect(attribution.some((t) => /Reuters noted/.test(t))).toBe(true);
    expect(attribution.some((t) => /a report said/.test(t))).toBe(true);
    expect(changes.filter((c) => c.type === 'attribution-changed' && !/Reuters|report/.test(text(c)))).toEqual([]);
  });

  it('says where the other article does name a dropped name', () => {
    const reuters = changes.find((c) => c.type === 'name-dropped' && c.left === 'Reuters');
    expect(reuters?.elsewhere_row).toBeTypeOf('number');
  });
});

describe('typed changes against gold', () => {
  it('loads every case folder', () => {
    expect(cases.map((c) => c.name)).toEqual(changeCaseNames());
    expect(cases.filter((c) => !c.tuned).length).toBeGreaterThan(0);
  });

  it.each(cases.filter((c) => TUNED_CHANGE_CASES.includes(c.name)).map((c) => [c.name, c] as const))('%s (tuned on): precision and recall ≥ 0.9', (_name, c) => {
    const s = changeScores(c.gold, c.alignment.changes);
    expect(s.precision, JSON.stringify(s.extra)).toBeGreaterThanOrEqual(0.9);
    expect(s.recall, JSON.stringify(s.missed)).toBeGreaterThanOrEqual(0.9);
  });

  it('scores a list as the gold defines: one to one, optional changes neither missed nor false', () => {
    const gold = [
      { type: 'name-dropped', left: 'Biden', right: null },
      { type: 'name-added', left: null, right: 'Reuters', optional: true },
    ];
    expect(changeScores(gold, [{ type: 'name-dropped', left: 'Biden', right: null }])).toMatchObject({ precision: 1, recall: 1 });
    expect(changeScores(gold, [{ type: 'name-dropped', left: 'Biden', right: null }, { type: 'name-added', left: null, right: 'Reuters' }])).toMatchObject({ precision: 1, recall: 1 });
    expect(changeScores(gold, [{ type: 'name-dropped', left: 'Biden', right: null }, { type: 'name-dropped', left: 'Biden', right: null }])).toMatchObject({ precision: 0.5, recall: 1 });
    expect(changeScores(gold, [{ type: 'name-added', left: null, right: 'Biden' }])).toMatchObject({ precision: 0, recall: 0 });
    // A generic change (a row's wording) says where a row differs, not a typed change: the gold does not score it.
    expect(changeScores(gold, [{ type: 'name-dropped', left: 'Biden', right: null }, { type: 'wording-changed', left: 'would', right: 'will' }])).toMatchObject({ precision: 1, recall: 1, listed: 1, generic: 1 });
  });
});

// listChanges on hand-made rows: one change per reworded quote and per dropped quoted sentence; a crosshead is never
// a dropped sentence.
describe('listChanges', () => {
  const row = (kind: AlignmentRow['kind'], left: string[], right: string[]): AlignmentRow => {
    const ops = wordDiff(left.join(' '), right.join(' '));
    return { kind, left, right, ops, left_index: left.map((_, i) => i), right_index: right.map((_, i) => i), grade: kind === 'changed' ? gradeOps(ops) : 'new', score: 0.5, moved_from: null };
  };

  it('reports a reworded quote as one change with both texts', () => {
    const changes = listChanges([row('changed', ['“We will never accept this plan,” the minister told reporters.'], ['“We shall not accept such a plan,” the minister told reporters.'])]);
    const quotes = changes.filter((c) => c.type.startsWith('quote'));
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.type).toBe('quote-altered');
    expect(quotes[0]?.left).toContain('never accept');
    expect(quotes[0]?.right).toContain('shall not accept');
  });

  it('reports a date only where the other side gives one that contradicts it', () => {
    const dates = (left: string, right: string) => listChanges([row('changed', [left], [right])]).filter((c) => c.type === 'date-changed').map((c) => `${c.left} / ${c.right}`);
    expect(dates('Leaders meet on 12-13 October in Cairo.', 'Leaders meet on Oct. 13-14 in Cairo.')).toEqual(['12-13 October / Oct. 13-14']);
    expect(dates('The talks were held Sunday in Cairo.', 'The talks were held on April 7 in Cairo.')).toEqual([]);
    expect(dates('Imports have fallen since the early 1990s.', 'Imports have fallen since the 1980s.')).toEqual(['early 1990s / 1980s']);
  });

  it('does not take a quotation typed with other quotation marks and apostrophes for a reworded one', () => {
    const changes = listChanges([row('changed', ['“It’s not moving well,” a Saudi source said.'], ['"It\'s not moving well," a Saudi source said.'])]);
    expect(changes.map((c) => c.type)).toEqual(['form-changed']);
  });

  it('does not take a quotation only spelt otherwise (British or American, capitals, accents) for a reworded one', () => {
    const changes = listChanges([
      row('changed', ['"Every litre we use is a litre a town does not get," chief executive Hernán Quispe said.'], ['“Every liter we use is a liter a town does not get,” Chief Executive Hernan Quispe said.']),
    ]);
    expect(changes.map((c) => c.type)).toEqual(['form-changed']);
  });

  it('lists a quotation the rewrite moved to another sentence neither as dropped nor as added', () => {
    const changes = listChanges([
      row('changed', ['Yasmine Farouk at the Carnegie Endowment said the idea goes back years.'], ['"But it is a work in progress," said Yasmine Farouk at the Carnegie Endowment.']),
      row('left-only', ['“But it is a work in progress,” she added.'], []),
    ]);
    expect(changes.filter((c) => c.type.startsWith('quote'))).toEqual([]);
    expect(changes.map((c) => c.type)).toContain('sentence-dropped');
  });

  it('reports a dropped quoted sentence once, as a quote', () => {
    const changes = listChanges([row('left-only', ['“This will only raise tensions,” a diplomat said.'], [])]);
    expect(changes.map((c) => c.type)).toEqual(['quote-dropped']);
  });

  it('takes a report referred back to ("the report said") for the one source the other side credits instead', () => {
    const credit = (left: string, right: string) => listChanges([row('changed', [left], [right])]).filter((c) => c.type === 'attribution-changed');
    // The rewrite names the outlet the source article only referred back to: the same credit.
    expect(credit('Egypt quit the alliance, the report said, citing an Arab source.', 'Egypt quit the alliance, Reuters said, citing an Arab source.')).toEqual([]);
    expect(credit('Egypt quit the alliance, the news agency said.', 'Egypt quit the alliance, Reuters said.')).toEqual([]);
    // With no other source for it to stand for, the report's credit is gone.
    expect(credit('Egypt quit the alliance, the report said, citing an Arab source.', 'Egypt quit the alliance, citing an Arab source.')).toHaveLength(1);
    expect(credit('Egypt quit the alliance, the report said, citing an Arab source.', 'Egypt quit the alliance, an Arab source said.')).toHaveLength(1);
  });

  // A first user's rewrite: a dropped sentence paired with an added quotation listed "attribution differs" for the
  // quotation's own credit, and a person described otherwise ("council president" / "president of the assembly").
  it('leaves a credit to the quotation it introduces when the other side credits no one, and knows a person by name', () => {
    const listed = (left: string, right: string) => listChanges([row('changed', [left], [right])]).map((c) => c.type);
    const added = listed('Fishing cooperatives in Kessel have joined the protests.', '"My grandfather fished this bay," said Aino Lahtela, who chairs the Kessel cooperative.');
    expect(added).toContain('quote-added');
    expect(added).not.toContain('attribution-changed');
    expect(listed('Ana Ruiz told reporters: "We will not wait for rain."', 'Farmers have faced cuts since last summer.')).not.toContain('attribution-changed');
    // When the other side credits someone, a credit is compared as before, quotation or not.
    expect(listed('"We will not wait," said Ana Ruiz.', '"It is over," said the mayor.')).toContain('attribution-changed');
    // A person's full name after their post is the source however the post is described.
    expect(listed('Council president Marta Ilves told reporters the vote was final.', 'The vote was final, according to the president of the assembly, Marta Ilves.')).not.toContain('attribution-changed');
    // Without a person's name, every word of the source counts: another office is another source.
    expect(listed("Iran's foreign ministry said the talks failed.", "Iran's president said the talks failed.")).toContain('attribution-changed');
  });

  it('takes a capital for its government, but not where it is a place ("regime change in Doha")', () => {
    const namesOf = (left: string, right: string) =>
      listChanges([row('changed', [left], [right])]).filter((c) => c.type.startsWith('name')).map((c) => `${c.type} ${c.left ?? c.right}`);
    expect(namesOf('Saudi Arabia cut ties with Doha last year.', 'Saudi Arabia cut ties with Qatar last year.')).toEqual([]);
    expect(namesOf('Qatar denies the charges and says its enemies want regime change in Doha.', 'Qatar denies the charges.')).toEqual(['name-dropped Doha']);
  });

  it('keeps a name whose words the other side spreads out ("the 2015 deal" as "the deal of 2015")', () => {
    const entities = buildEntityTable([{ id: 'jcpoa', names: ['JCPOA', '2015 deal'] }]);
    const ops = wordDiff('Talks stalled on the 2015 deal.', 'Talks stalled on the deal of 2015.', entities);
    const changed: AlignmentRow = { kind: 'changed', left: ['Talks stalled on the 2015 deal.'], right: ['Talks stalled on the deal of 2015.'], ops, left_index: [0], right_index: [0], grade: gradeOps(ops), score: 0.8, moved_from: null };
    expect(listChanges([changed], { entities }).filter((c) => c.type.startsWith('name'))).toEqual([]);
  });

  it('never lists a crosshead as a dropped sentence, but as a crosshead when the row holds nothing else', () => {
    expect(listChanges([row('left-only', ['Background'], [])], { leftHeadings: new Set([0]) })).toEqual([{ type: 'heading-dropped', row: 0, left: 'Background', right: null }]);
    expect(listChanges([row('right-only', [], ['Background'])], { rightHeadings: new Set([0]) })).toEqual([{ type: 'heading-added', row: 0, left: null, right: 'Background' }]);
  });

  // A first user's pair (003 and a rewrite): a row that joins two sentences with ", and" had no change, so the list
  // and j/k skipped a row the page marks as changed.
  it('lists every row that differs: sentences joined, wording, or only the form of the same words', () => {
    const joined = row('changed', [
      'Since June 2017, Saudi-led countries have cut ties with Qatar, claiming it wants a better relationship with Tehran.',
      'Qatar denies the charges, says it is being punished for pursuing an independent foreign policy.',
    ], ['Since June 2017, Saudi-led countries have cut ties with Qatar, claiming it wants a better relationship with Tehran, and Qatar denies the charges, says it is being punished for pursuing an independent foreign policy.']);
    expect(listChanges([joined])).toEqual([{ type: 'sentence-breaks-changed', row: 0, left: '…relationship with Tehran. Qatar denies…', right: '…relationship with Tehran, and Qatar denies…' }]);
    expect(listChanges([row('changed', ['Officials said a deal with Germany would be reviewed after 25 years.'], ['Officials said a deal with Germany will be reviewed after 25 years.'])])).toEqual([
      { type: 'wording-changed', row: 0, left: '…with Germany would be reviewed…', right: '…with Germany will be reviewed…' },
    ]);
    // The same words by key, one comma and one inflection apart: the whole stretch between them, to the sentence end.
    expect(listChanges([row('changed', ['The law bans any attempts to normalise ties with Israel.'], ['The law bans any attempt to normalise ties, with Israel.'])])).toEqual([
      { type: 'form-changed', row: 0, left: '…bans any attempts to normalise ties with Israel.', right: '…bans any attempt to normalise ties, with Israel.' },
    ]);
    // A row with a typed change gets no generic one beside it.
    expect(listChanges([row('changed', ['Some 300 delegates came to Vienna.'], ['Some 400 delegates came to Vienna.'])]).map((c) => c.type)).toEqual(['number-changed']);
  });

  it('takes a figure with its unit on one side only for the same figure, and another figure for a change', () => {
    const types = (a: string, b: string) => listChanges([row('changed', [a], [b])]).map((c) => c.type);
    expect(types('The bank lent 600 million to the region.', 'The bank lent 600 million euros to the region.')).not.toContain('number-changed');
    expect(types('The bank lent 600 million to the region.', 'The bank lent 700 million euros to the region.')).toContain('number-changed');
    expect(types('A 1.4 billion euro plant was approved.', 'A plant worth 1.4 billion euros was approved.')).not.toContain('number-changed');
  });

  // Found by a first user: "The article has “6,500” where yours has “9,000, 6 a.m., 6 a.m.”".
  it('changes a clock time only against another time, and names each value once', () => {
    const numbers = (a: string, b: string) => listChanges([row('changed', [a], [b])]).filter((c) => c.type === 'number-changed');
    expect(numbers('About 6,500 workers joined the walkout, which ends on Friday.', 'Some 9,000 workers joined the walkout; it started at 6 a.m. and is due to end at 6 a.m. on Friday.')).toEqual([
      { type: 'number-changed', row: 0, left: '6,500', right: '9,000' },
    ]);
    expect(numbers('The strike began at 6 a.m. on Monday.', 'The strike began at 7am on Monday.')).toEqual([{ type: 'number-changed', row: 0, left: '6 a.m.', right: '7am' }]);
    expect(numbers('The strike began at 6 a.m. on Monday.', 'The strike began at 6am on Monday.')).toEqual([]);
  });

  it('says which rows a quotation over several one-sided rows runs over', () => {
    const same = row('same', ['Talks went on.'], ['Talks went on.']);
    const changes = listChanges([same, row('left-only', ['“We are not trying to build a pact.'], []), row('left-only', ['It is a network,” the official said.'], [])]);
    expect(changes).toEqual([{ type: 'quote-dropped', row: 1, end_row: 2, left: '“We are not trying to build a pact. It is a network,” the official said.', right: null }]);
  });
});
