import { describe, expect, it } from 'vitest';
import credits, { creditSegments } from '../../../../src/lib/ingest/plugins/credits.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

describe('credits plugin', () => {
  it('never takes a text\'s only paragraph whole for a credit (a property test\'s counterexample)', () => {
    const run = runPlugins([credits], 'Officials ccby aa aa aa aa aa aa aa aa on Sunday.');
    expect(run.parsed.paragraphs).toEqual(['Officials ccby aa aa aa aa aa aa aa aa on Sunday.']);
  });

  it('leaves out of the authors a newsroom of the byline that a credit names as the partner', () => {
    const partner = { type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'In partnership with High Plains Current' }], data: { boilerplate: 'credit' as const } };
    const run = runPlugins([credits], { type: 'root', children: [partner, { type: 'paragraph', children: [{ type: 'text', value: 'The board voted on Monday.' }] }] }, { author: 'Dana Whitcomb, High Plains Current' });
    expect(run.meta.author).toBe('Dana Whitcomb');
    expect(runPlugins([credits], 'The board voted on Monday.', { author: 'Dana Whitcomb, Jo Roe' }).meta.author).toBe('Dana Whitcomb, Jo Roe');
  });

  it('peels a licence glued to the last paragraph after two spaces and states the licence and its owner', () => {
    const run = runPlugins([credits], 'Officials met in Doha. They agreed.  Text by Gulf Monitor is licensed under a Creative Commons Attribution 4.0 International License.');
    expect(run.parsed.paragraphs).toEqual(['Officials met in Doha. They agreed.']);
    expect(run.meta).toEqual({ license: 'CC BY 4.0', outlet: 'Gulf Monitor' });
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['license']);
  });

  it('takes whole closing paragraphs as bio and credit, and names the author', () => {
    const run = runPlugins([credits], lines('The plan will fail.', 'Jane Doe is a senior fellow at the Institute for Gulf Studies.', 'Additional reporting by John Smith'));
    expect(run.parsed.paragraphs).toEqual(['The plan will fail.']);
    expect(run.meta.author).toBe('Jane Doe');
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['author-bio', 'credit']);
  });

  it('leaves prose alone, double spaces or not', () => {
    expect(creditSegments('Officials met.  They agreed on a plan.')).toEqual([]);
    expect(runPlugins([credits], lines('Officials met.', 'They agreed on a plan for the region.')).parsed.boilerplate).toEqual([]);
  });

  it('keeps an outlet the file stated over one named by a licence line', () => {
    const run = runPlugins([credits], 'They agreed.  © 2021 Gulf Review. All rights reserved.', { outlet: 'The Gazette' });
    expect(run.meta.outlet).toBe('The Gazette');
  });
});

describe('credits plugin: bios of more than one sentence', () => {
  it('takes a bio whose further sentences go on about the same person', () => {
    const run = runPlugins([credits], lines('The plan will fail.', 'Amira Saleh covers trade and transport for the Harbour Times. She was previously based in Rotterdam.'));
    expect(run.meta.author).toBe('Amira Saleh');
    expect(run.parsed.paragraphs).toEqual(['The plan will fail.']);
  });

  it('takes a bio of three sentences, each about the same person', () => {
    const run = runPlugins([credits], lines('The plan will fail.', 'Lena Park is the Herald’s environment reporter. She has covered water since 2017. Follow her on X at @lpark.'));
    expect(run.parsed.paragraphs).toEqual(['The plan will fail.']);
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['author-bio']);
  });

  it('keeps a closing paragraph that only starts like a bio', () => {
    const run = runPlugins([credits], lines('The plan will fail.', 'John Smith is the head of the port authority in Rotterdam. Officials there declined to comment.'));
    expect(run.parsed.boilerplate).toEqual([]);
  });
});

describe('credits plugin: republication notes and "with reporting from"', () => {
  it('takes a bio followed by a republication note as one closing credit, and a note or a reporting credit alone', () => {
    const bio = runPlugins([credits], lines('The plan will fail.', 'Lina Haddad is a fellow at the Harbour Institute. This essay first appeared on the Gulf Review website and has been edited for length.'));
    expect(bio.parsed.paragraphs).toEqual(['The plan will fail.']);
    expect(bio.meta.author).toBe('Lina Haddad');
    for (const line of ['A version of this story was published by the Coastal Herald.', 'Republished with permission from Harbour Daily.', 'With reporting from AFP.', 'With additional reporting by Omar Nasser.']) {
      expect(runPlugins([credits], lines('The plan will fail.', line)).parsed.paragraphs, line).toEqual(['The plan will fail.']);
    }
  });

  it('keeps closing prose about other people\'s documents and reporting in the body', () => {
    for (const line of ['This report was published by the World Bank on Monday.', 'The article of the treaty that appeared in the draft was dropped.', 'Reporting from the front line has become dangerous.']) {
      expect(runPlugins([credits], lines('The plan will fail.', line)).parsed.paragraphs, line).toHaveLength(2);
    }
  });
});

describe('credits plugin: the end of the article', () => {
  const prose = 'The storm, which also cut power to about 48,000 homes in southern Finland, was moving east toward Russia on Tuesday evening.';

  it('ends the article at a copyright notice: bios, lists and the footer after it are the page’s', () => {
    const run = runPlugins([credits], lines(prose, prose, '___', 'Copyright 2024 The Associated Press. All rights reserved. This material may not be published without permission.', 'KRISTJAN MÄGI', 'Mägi covers the Baltic states for The Associated Press, based in Tallinn.', 'Terms of Use'));
    expect(run.parsed.paragraphs).toEqual([prose, prose]);
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other', 'license', 'related', 'related', 'related']);
    expect(run.meta.outlet).toBe('The Associated Press');
  });

  it('reads a print-edition note and a short Creative Commons licence as credits', () => {
    const run = runPlugins([credits], lines(prose, 'Published in The Frontier Chronicle, November 3rd, 2023', 'The Post is a nonprofit newsroom. Republish this story for free under CC BY-ND 4.0.'));
    expect(run.parsed.paragraphs).toEqual([prose]);
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['credit', 'license']);
    expect(run.meta.license).toBe('CC BY-ND 4.0');
  });

  it('leaves a copyright line in the first half of the text, and prose that mentions copyright, alone', () => {
    const run = runPlugins([credits], lines('© 2024 Harbour Times', prose, prose, prose));
    expect(run.parsed.paragraphs).toHaveLength(4);
    const suit = 'The publisher alleges copyright infringement by the news agency, court papers show.';
    expect(runPlugins([credits], lines(prose, prose, suit, prose, 'Published in the Herald in 1998 and again today')).parsed.paragraphs).toHaveLength(5);
  });
});
