// Words set in capitals: indexed under their key written normally too, so a name in capitals is found as a name.
import { describe, expect, it } from 'vitest';
import { normalCaseKey } from '../../../src/lib/search/capitals.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';
import { wordKey } from '../../../src/lib/text/word-key.ts';
import { article } from '../present/make.ts';
import { markedFirstHits, sourceOf } from './small-index.ts';

const normal = (word: string) => normalCaseKey(textKeys(word)[0] as never);

describe('normalCaseKey', () => {
  it('keys a word of four capitals or more as written normally, accents left out', () => {
    expect(normal('EYZAGUIRRE')).toBe(wordKey('Eyzaguirre'));
    expect(normal('HERNÁN')).toBe(wordKey('Hernan'));
    expect(normal('COPPER')).toBe(wordKey('Copper'));
  });

  it('leaves short acronyms and words not in capitals alone', () => {
    for (const word of ['US', 'WHO', 'Eyzaguirre', 'copper', 'G7']) expect(normal(word), word).toBeNull();
  });
});

describe('search and names in capitals', () => {
  const docs = [
    article('c0', { paragraphs: ['TOMÁS EYZAGUIRRE reported from Santiago.'] }),
    article('c1', { paragraphs: ['Tomas Eyzaguirre reported from Antofagasta.'] }),
    article('c2', { paragraphs: ['The WHO said so.'] }),
  ];
  const source = sourceOf(docs);
  const found = (q: string) => markedFirstHits(source, q);

  it('finds a name set in capitals typed as a name, with or without its accent, and marks it', async () => {
    const both = [['c0', ['TOMÁS', 'EYZAGUIRRE']], ['c1', ['Tomas', 'Eyzaguirre']]];
    expect(await found('Tomás Eyzaguirre ')).toEqual(both);
    expect(await found('Tomas Eyzaguirre ')).toEqual(both);
  });

  it('does not find a short acronym by the common word', async () => {
    expect(await found('Who ')).toEqual([]);
  });
});
