// What a check says it read of the reader's text (present/read-view.ts): the metadata found and the lines set aside.
import { describe, expect, it } from 'vitest';
import { readSummary, readText } from '../../../src/lib/present/read-view.ts';

const article = {
  title: 'Egypt quits the alliance',
  author: 'Tarek Mansour',
  published: '2019-04-11',
  outlet: null,
  paragraphs: ['One. Two.', 'Three.'],
  sentences: [['One.', 'Two.'], ['Three.']],
  boilerplate: [
    { kind: 'other' as const, text: 'Home' },
    { kind: 'related' as const, text: 'Sisi meets Saudi king' },
    { kind: 'other' as const, text: 'Poll' },
    { kind: 'author-bio' as const, text: 'Tarek Mansour covers diplomacy for the Courier.' },
  ],
};

describe('readSummary', () => {
  it('counts sentences, paragraphs and the lines set aside by kind, most first', () => {
    expect(readSummary(article)).toEqual({
      title: 'Egypt quits the alliance',
      author: 'Tarek Mansour',
      published: '2019-04-11',
      outlet: null,
      paragraphs: 2,
      sentences: 3,
      set_aside: { other: 2, 'author-bio': 1, related: 1 },
    });
    expect(Object.keys(readSummary(article).set_aside)).toEqual(['other', 'author-bio', 'related']);
  });
});

describe('readText', () => {
  it('says what was found and what was set aside in a reader’s words', () => {
    expect(readText(readSummary(article), 'your file page.html')).toEqual({
      found: 'Read from your file page.html: “Egypt quits the alliance” — Tarek Mansour, no outlet found, 11 April 2019.',
      counts: '3 sentences in 2 paragraphs compared; set aside: 4 lines (page furniture 2, author bio 1, related link 1).',
    });
  });

  it('says of a saved page that its article was found in it first', () => {
    expect(readText(readSummary(article), 'your file page.html', true).counts).toBe('3 sentences in 2 paragraphs compared, the article found in the page; set aside from it: 4 lines (page furniture 2, author bio 1, related link 1).');
  });

  it('says when nothing was found or set aside', () => {
    const bare = readText(readSummary({ ...article, author: null, published: null, boilerplate: [] }), 'your text');
    expect(bare.found).toBe('Read from your text: “Egypt quits the alliance” — no author found, no outlet found, no date found.');
    expect(bare.counts).toMatch(/; set aside: nothing\.$/);
  });
});
