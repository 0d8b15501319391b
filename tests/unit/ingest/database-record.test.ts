// A news database's export (ingest/database-record.ts): its fields read, its text found between them.
import { describe, expect, it } from 'vitest';
import { isDatabaseRecord, isLengthField, recordField, recordLayout } from '../../../src/lib/ingest/database-record.ts';

const tagged = [
  'HD\tTram line to reach the airport by 2029, council says',
  'BY\tOwen Marsh',
  'WC\t212 words',
  'PD\t4 February 2025',
  'SN\tThe Lakeside Herald',
  'LA\tEnglish',
  '',
  'LP\tThe city council approved a 4.2-kilometre tram extension to the airport on Tuesday.',
  '',
  'TD\tConstruction starts next spring, the transport committee said.',
  '',
  'Page 1 of 2 © 2025 Example Archive. All rights reserved.',
  '',
  'Residents near the depot asked for noise barriers.',
  '',
  'CO\tlkhrl : Lakeside Herald',
  'AN\tDocument LKHRL0020250204',
];

const labelled = [
  'Documents (1)',
  '',
  'Tram line to reach the airport by 2029',
  'The Lakeside Herald (Lakeside, Ontario)',
  'February 4, 2025 Tuesday',
  '',
  'Copyright 2025 Lakeside Media',
  '',
  'Section: NEWS; Pg. A3',
  'Length: 212 words',
  'Byline: Owen Marsh Transport Reporter',
  'Highlight: Council backs the extension',
  '',
  'Body',
  '',
  'The city council approved a 4.2-kilometre tram extension to the airport on Tuesday.',
  '',
  'Page 2 of 2',
  'Tram line to reach the airport by 2029',
  '',
  'Residents near the depot asked for noise barriers.',
  '',
  'Classification',
  '',
  'Language: ENGLISH',
  'Load-Date: February 5, 2025',
  '',
  'End of Document',
];

describe('recordField', () => {
  it('reads a code and a tab, or a label of up to three words and a colon', () => {
    expect(recordField('HD\tTram line')).toEqual({ label: 'hd', value: 'Tram line', tagged: true });
    expect(recordField('Job Number: = 2481')).toEqual({ label: 'job number', value: '2481', tagged: false });
    expect(recordField('Load-Date: February 5, 2025')?.label).toBe('load-date');
    // Prose with a colon, an address and a code with a space instead of a tab are no fields.
    expect(recordField('The mayor said one thing above all: the line will be built.')).toBeNull();
    expect(recordField('https://example.org/tram')).toBeNull();
    expect(recordField('HD Tram line')).toBeNull();
  });

  it('knows a length field by its label and a count of words', () => {
    expect(isLengthField(recordField('WC\t397 words'))).toBe(true);
    expect(isLengthField(recordField('Word count: 1,204'))).toBe(true);
    expect(isLengthField(recordField('Length: 3 hours'))).toBe(false);
  });
});

describe('isDatabaseRecord', () => {
  it('takes a text with a length field and three other fields near its top for a record', () => {
    expect(isDatabaseRecord(tagged)).toBe(true);
    expect(isDatabaseRecord(labelled)).toBe(true);
  });

  it('takes no page that only has fields, or a length in its prose, for one', () => {
    expect(isDatabaseRecord(['From: Press Office', 'Date: 4 February 2025', 'Subject: Tram', 'To: Newsdesk', '', 'The council approved the line.'])).toBe(false);
    expect(isDatabaseRecord(['Tram line approved', 'Length: 212 words', '', 'The council approved the line on Tuesday, 212 words into its report.'])).toBe(false);
  });
});

describe('recordLayout', () => {
  it('finds a tagged record’s text from its first body code to the first other code, and reads its fields', () => {
    const layout = recordLayout(tagged);
    expect(layout?.meta).toEqual({ title: 'Tram line to reach the airport by 2029, council says', author: 'Owen Marsh', published: '2025-02-04', outlet: 'The Lakeside Herald', language: 'english' });
    expect([layout?.bodyStart, layout?.bodyEnd]).toEqual([7, 15]);
    expect([...(layout?.furniture ?? [])]).toEqual([11]);
    expect(layout?.roles.get(0)).toBe('title');
    expect(layout?.roles.get(1)).toBe('byline');
  });

  it('finds a labelled record’s text between its "Body" line and its first section after it, its head over the fields', () => {
    const layout = recordLayout(labelled);
    expect(layout?.meta).toEqual({ title: 'Tram line to reach the airport by 2029', outlet: 'The Lakeside Herald', published: '2025-02-04', author: 'Owen Marsh' });
    expect([layout?.bodyStart, layout?.bodyEnd]).toEqual([14, 22]);
    // The page footer and the headline repeated under it as a running head.
    expect([...(layout?.furniture ?? [])]).toEqual([17, 18]);
    expect(layout?.roles.get(11)).toBe('standfirst');
  });

  it('reads a monitoring alert’s item: its numbered headline between rules, its source and date fields, its text up to the next rule', () => {
    const alert = [
      'IN THIS ALERT',
      '1. Ferry fares frozen for a second year - The Island Post (Print), p. 3',
      '2. Fares row reaches parliament - Coast Live (Online)',
      '',
      '==========================================',
      '1. Ferry fares frozen for a second year',
      '==========================================',
      'Source:       The Island Post (Print)',
      'Date:         Thursday 3rd April 2025',
      'Byline:       Kirsty Flett',
      'Words:        212',
      'Sentiment:    Neutral',
      '',
      'FULL TEXT',
      '',
      'Fares on the inter-island ferries will stay at their current level.',
      '',
      'Councillors voted by 11 to six on Tuesday.',
      '------------------------------------------',
      '',
      '==========================================',
      '2. Fares row reaches parliament',
      '==========================================',
      'Source:       Coast Live (Online)',
    ];
    const layout = recordLayout(alert);
    expect(layout?.meta).toEqual({ title: 'Ferry fares frozen for a second year', outlet: 'The Island Post', published: '2025-04-03', author: 'Kirsty Flett' });
    expect([layout?.bodyStart, layout?.bodyEnd]).toEqual([14, 18]);
  });

  it('finds no text in a labelled record without its "Body" line', () => {
    expect(recordLayout(labelled.filter((l) => l !== 'Body'))).toBeNull();
  });
});
