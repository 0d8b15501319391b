// Hyphenated compounds: found as runs of words joined by single hyphens, keyed as their closed form.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/lib/search/build-index.ts';
import { hyphenCompounds } from '../../../src/lib/search/compounds.ts';
import { memorySource, search } from '../../../src/lib/search/engine.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';
import { wordKey } from '../../../src/lib/text/word-key.ts';
import { article } from '../present/make.ts';
import { markedFirstHits, sourceOf } from './small-index.ts';

const compounds = (text: string) => hyphenCompounds(text, textKeys(text)).map((c) => [c.word, c.key]);

describe('hyphenCompounds', () => {
  it('keys a run of hyphen-joined words as the words run together', () => {
    expect(compounds('Its counter-terrorism unit')).toEqual([['counter-terrorism', wordKey('counterterrorism')]]);
    expect(compounds('a state-of-the-art radar and an air‑defence pact')).toEqual([['state-of-the-art', wordKey('stateoftheart')], ['air‑defence', wordKey('airdefence')]]);
  });

  it('leaves numbers, dashes with spaces and words far apart alone', () => {
    expect(compounds('In 2018-2019 the talks - twice - failed; anti -missile')).toEqual([]);
    expect(compounds('a 12-year-old girl')).toEqual([['year-old', wordKey('yearold')]]);
  });
});

describe('search across hyphenated and closed compounds', () => {
  const docs = [
    article('h0', { paragraphs: ['The counter-terrorism unit met in Cairo.'] }),
    article('h1', { paragraphs: ['The counterterrorism unit met in Amman.'] }),
    article('h2', { paragraphs: ['They said terrorism would counter any unit.'] }),
  ];
  const source = sourceOf(docs);
  const found = (q: string) => markedFirstHits(source, q);

  it('finds both spellings whichever is typed, and marks the compound whole', async () => {
    const both = [['h0', ['counter-terrorism']], ['h1', ['counterterrorism']]];
    expect(await found('counterterrorism')).toEqual(both);
    expect(await found('counter-terrorism')).toEqual(both);
    expect(await found('counter-terr')).toEqual(both);
    expect(await found('counter-terrorism unit ')).toEqual([['h0', ['counter-terrorism', 'unit']], ['h1', ['counterterrorism', 'unit']]]);
  });

  it('reads a hyphenated alias as the term it names, not as a compound', async () => {
    const terms = [{ slug: 'amd', name: 'missile shield', aliases: ['anti-missile defence'] }];
    const withTerm = memorySource(JSON.parse(JSON.stringify(buildSearchIndex([article('t0', { paragraphs: ['A missile shield was planned.'] })], terms))));
    const result = await search(withTerm, 'anti-missile defence');
    expect(result.parts.map((p) => [p.kind, p.term?.slug])).toEqual([['term', 'amd']]);
    expect(result.groups.map((g) => g.article.id)).toEqual(['t0']);
  });

  it('still finds the words of a compound alone, and falls back to them when no text has the compound', async () => {
    expect((await found('terrorism')).map(([id]) => id)).toEqual(['h0', 'h2']);
    expect((await found('terrorism-counter')).map(([id]) => id)).toEqual(['h0', 'h2']);
  });
});
