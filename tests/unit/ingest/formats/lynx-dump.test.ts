// A text-mode browser's dump: recognised by its list of links at the end, its link numbers dropped, its headings read
// by their indent, its furniture (head links, form controls, images) found.
import { describe, expect, it } from 'vitest';
import { readLynxDump } from '../../../../src/lib/ingest/formats/lynx-dump.ts';

const DUMP = [
  '   #[1]The Harbour Post >> Feed',
  '',
  '   Search: ____________________ (BUTTON) Search',
  '',
  '      Ferry fares to rise by a tenth from July',
  '',
  '   By [2]Mere Tamihana',
  '',
  '   [Ferry at the terminal]',
  '',
  '   The operator said on Monday that the [3]new fares, its first rise since',
  '   2019, would pay for two replacement vessels.',
  '',
  'Who pays more',
  '',
  '   Commuters with a monthly pass will pay $14 more, the operator said.',
  '',
  'References',
  '',
  '   Visible links:',
  '   1. https://harbourpost.example/feed/',
  '   2. https://harbourpost.example/author/mere/',
  '   3. https://harbourpost.example/fares.pdf',
].join('\n');

describe('readLynxDump', () => {
  it('drops each link number, keeping every line where it was, and keeps the list of links apart', () => {
    const dump = readLynxDump(DUMP);
    expect(dump?.text.split('\n')).toHaveLength(17);
    expect(dump?.text).toContain('   By Mere Tamihana');
    expect(dump?.text).toContain('the new fares, its first rise');
    expect(dump?.text).not.toMatch(/\[\d\]/);
    expect(dump?.referencesLine).toBe(17);
    expect(dump?.references).toMatch(/^References\n\n {3}Visible links:/);
  });

  it('reads a centred line as the top heading and a flush-left one as a section heading', () => {
    expect([...(readLynxDump(DUMP)?.headings ?? [])]).toEqual([
      [4, 1],
      [13, 2],
    ]);
  });

  it('finds the head links, form controls and images', () => {
    expect([...(readLynxDump(DUMP)?.furniture ?? [])].sort((a, b) => a - b)).toEqual([0, 2, 8]);
  });

  it('reads no heading in a centred line that is one link (a masthead’s link home), and sets lists of links and bare images aside', () => {
    const text = [
      '                                 [1]The Harbour Post',
      '',
      '     * [2]News',
      '     * [3]Business',
      '',
      '   [4][IMG] [harbour-post-logo.png]',
      '',
      'Ferry fares to rise by a tenth from July',
      '',
      '   * Fares rise on July 1, the operator said.',
      '',
      'References',
      '',
      '   1. https://harbourpost.example/',
      '   2. https://harbourpost.example/news/',
      '   3. https://harbourpost.example/business/',
      '   4. https://harbourpost.example/',
    ].join('\n');
    const dump = readLynxDump(text);
    expect([...(dump?.headings ?? [])]).toEqual([[7, 2]]);
    expect([...(dump?.furniture ?? [])].sort((a, b) => a - b)).toEqual([2, 3, 5]);
  });

  it('reads no dump where the text does not end with a list of links', () => {
    expect(readLynxDump('The council met.\n\nReferences\n\n1. Smith, J. (2020). Ports.\n2. Roe, A. (2021). Wharves.\n3. Doe, B. Piles.')).toBeNull();
    expect(readLynxDump('The council met.\n\nReferences\n\n   1. https://a.example/')).toBeNull();
    expect(readLynxDump('The council met on [3]Monday.')).toBeNull();
  });

  it('keeps a bracketed number past the last link, as the text wrote it', () => {
    const text = `The report [9]says so.\n\nReferences\n\n   1. https://a.example/\n   2. https://b.example/\n   3. https://c.example/`;
    expect(readLynxDump(text)?.text).toBe('The report [9]says so.\n');
  });
});
