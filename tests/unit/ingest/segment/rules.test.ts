// Each boundary rule decides the space it is written for: the table names the text, the tokens either side of the
// space, the verdict and the rule that must give it. Every rule of RULES has a row, so a new rule comes with its case.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../src/lib/ingest/segment/rules.ts';
import { judgeSpaces } from '../../../../src/lib/ingest/segment/scanner.ts';

const cases: [rule: string, text: string, space: string, verdict: 'break' | 'join'][] = [
  ['inside-quotation-or-brackets', '“We will not sign. It is a red line,” he said.', 'sign. It', 'join'],
  ['inside-quotation-or-brackets', 'He left (as did she. Nobody stayed) early.', 'she. Nobody', 'join'],
  ['list-item', '1. Troops withdraw 2. Aid arrives', 'withdraw 2.', 'break'],
  ['list-item', 'The demands were 1. a ceasefire, 2. talks', 'ceasefire, 2.', 'join'],
  ['list-item', 'Three stages: 1. Troops withdraw 2. Aid arrives', 'withdraw 2.', 'join'],
  ['bullet', '• Oil rose • Shares fell', 'rose •', 'break'],
  ['list-marker', '1. This is the first item.', '1. This', 'join'],
  ['list-marker', 'as follows: 1. Oslo 2. Vienna', '1. Oslo', 'join'],
  ['footnote-number', 'It was described in a survey.12 13 Later studies agreed.', '13 Later', 'break'],
  ['footnote-number', 'It was described in a survey.12 Later studies agreed.', 'survey.12 Later', 'break'],
  ['no-terminal', 'Officials met “in secret” Tuesday.', 'secret” Tuesday.', 'join'],
  ['spaced-ellipsis', 'It ended . . . . Then came more.', '. Then', 'break'],
  ['spaced-ellipsis', 'It was . . . I mean, hard.', '. I', 'join'],
  ['spaced-ellipsis', 'He stopped. . . . Then he left.', 'stopped. .', 'break'],
  ['lower-case-next', 'The exec. “officer” resigned.', 'exec. “officer”', 'join'],
  ['exclamation-name', 'He worked at Yahoo! Finance for years.', 'Yahoo! Finance', 'join'],
  ['bracketed-stop', 'He met Lugar (Ind.) Tuesday.', '(Ind.) Tuesday.', 'join'],
  ['aside-after-quotation', 'She shouted ‘Out!’ (Nobody moved.)', '‘Out!’ (Nobody', 'join'],
  ['aside-after-quotation', '“Very close!” (He smiled.) “Soon.”', 'close!” (He', 'break'],
  ['attribution', '“Is it over?” Foreign Minister Ali Vaez asked on Sunday.', 'over?” Foreign', 'join'],
  ['introducer', 'Some officials, e.g. Mr. Haddad, objected.', 'e.g. Mr.', 'join'],
  ['title', 'Gen. Smith arrived.', 'Gen. Smith', 'join'],
  ['title', 'It stands on Kellner St. The building is old.', 'St. The', 'break'],
  ['number-after-abbreviation', 'He lives at No. 10 today.', 'No. 10', 'join'],
  ['bracket-after-abbreviation', 'Fenwick Corp. (FNW) fell.', 'Corp. (FNW)', 'join'],
  ['company-form', 'Daewon Co. Ltd. won.', 'Co. Ltd.', 'join'],
  ['company-form', 'Fenwick Inc. CEO Ana Ruiz resigned.', 'Inc. CEO', 'join'],
  ['clock-time', 'It ended at 6 p.m. Officials left.', 'p.m. Officials', 'break'],
  ['clock-time', 'It starts at 9 a.m. Monday.', 'a.m. Monday.', 'join'],
  ['clock-time', 'At 5 a.m. Mr. Smith left.', 'a.m. Mr.', 'join'],
  ['initialism', 'It went to the U.S. The ministry objected.', 'U.S. The', 'break'],
  ['initialism', 'He joined the U.S. Army in 1990.', 'U.S. Army', 'join'],
  ['initial', 'It was signed by Maria T. Okafor.', 'T. Okafor.', 'join'],
  ['initial', 'It was my brother and I. Did we regret it?', 'I. Did', 'break'],
  ['default', 'Exports rose to 600. Officials cheered.', '600. Officials', 'break'],
  ['plain', 'Officials met in Riyadh.', 'met in', 'join'],
];

describe('boundary rules', () => {
  it.each(cases)('%s: %s', (rule, text, space, verdict) => {
    const decision = judgeSpaces(text).find((d) => `${d.before} ${d.after}` === space);
    expect(decision).toMatchObject({ verdict, rule });
  });

  it('every rule has a case', () => {
    const covered = new Set(cases.map(([rule]) => rule));
    expect(RULES.map((r) => r.name).filter((name) => !covered.has(name))).toEqual([]);
  });
});
