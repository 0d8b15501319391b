// Names as entities (compare/names.ts): runs of capitals, not sentence-initial common words, sects or months.
import { describe, expect, it } from 'vitest';
import { names } from '../../../src/lib/compare/names.ts';

const found = (text: string, known: string[] = [], common: string[] = []) => names(text, undefined, (k) => known.includes(k), (k) => common.includes(k)).map((n) => n.text);

describe('names', () => {
  it('finds names, whole and without a possessive', () => {
    expect(found('Then Yasmine Farouk at the Carnegie Endowment for International Peace met Biden’s aides.')).toEqual(['Yasmine Farouk', 'Carnegie Endowment for International Peace', 'Biden']);
  });

  // Found by a first user: "Name only in B: They", from a quotation opening "They chose…" mid-sentence.
  it('never reads a function word with a capital as a name, even one the corpus capitalises mid-sentence; an acronym stays', () => {
    expect(found('The union said: “They chose to walk away,” and The Hague agreed.', ['they'])).toEqual(['Hague']);
    expect(found('Officials at WHO and the US said so.', ['who'])).toEqual(['WHO', 'US']);
  });

  it('does not read a currency\'s letters before its sign as a name', () => {
    expect(found('Copper fell to US$1.92 a pound and HK$3 in Hong Kong, the US said.')).toEqual(['Hong Kong', 'US']);
  });

  it('reads a known entity as one name, in any of its forms', () => {
    expect(found('Talks between the United States and the U.S. envoy.')).toEqual(['United States', 'U.S.']);
  });

  it('leaves out descriptions, months and a capitalised common noun the texts also write in lower case', () => {
    expect(found('It angered Sunni allies and Shiite Iran in October.')).toEqual(['Iran']);
    expect(found('They plan a new Union in the field.', [], ['union'])).toEqual([]);
  });

  it('leaves out acronyms of things ("UAV", "CEOs"), not of names', () => {
    expect(found('Ports came under UAV or missile strikes, the IAEA said.')).toEqual(['IAEA']);
    expect(found('Two CEOs of Aramco resigned.')).toEqual(['Aramco']);
  });

  // Found by a first user: "Name only in B: Twelve", beside the number change it was.
  it('never reads a number spelt out as a name, even one the corpus capitalises mid-sentence', () => {
    expect(found('Twelve of the 14 patients were admitted, Health Canada said.', ['twelve'])).toEqual(['Health Canada']);
  });

  it('drops the first word of a sentence unless it is known as a name', () => {
    expect(found('Currently Washington leads.', [])).toEqual(['Washington']);
    expect(found('Washington leads.', [])).toEqual([]);
    expect(found('Washington leads.', ['washington'])).toEqual(['Washington']);
  });
});
