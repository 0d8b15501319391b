// Who a sentence credits (compare/attribution.ts): sources of reporting verbs, inverted, "according to", "told".
import { describe, expect, it } from 'vitest';
import { credits, sameSource } from '../../../src/lib/compare/attribution.ts';

const sources = (text: string) => credits(text).map((c) => c.source);

describe('credits', () => {
  it.each([
    ['The plan advanced, four sources said.', ['four sources']],
    ['The plan advanced, four sources said, Reuters reported.', ['four sources', 'Reuters']],
    ['Saudi Arabia is wary, said the sources.', ['the sources']],
    ['According to an Arab source, Egypt withdrew.', ['an Arab source']],
    ['Citing an “Arab source,” the report said Egypt withdrew.', ['the report', 'an Arab source']],
    ['A senior Iranian source told Reuters that talks failed.', ['A senior Iranian source', 'to Reuters']],
    ['Speaking to Reuters on condition of anonymity, an Israeli official said it works.', ['an Israeli official', 'to Reuters']],
    ['The United States and U.S.-aligned Arab states met.', []],
    ['Strikes claimed by militias hit the port.', []],
    ['Ports suffered attacks that militias supported by Iran claimed or were accused of.', []],
    ['The plan, which officials said would fail, stalled.', ['officials']],
    ['Citing an Arab source, the report said Cairo told US officials that talks failed.', ['the report', 'Cairo', 'to US', 'an Arab source']],
    ['The vote was final, according to the president of the assembly, Marta Ilves.', ['the president of the assembly, Marta Ilves']],
    ['"It is over," said the mayor, Ana Ruiz, after the vote.', ['the mayor, Ana Ruiz']],
    ['According to the ministry, Saudi officials agreed.', ['the ministry']],
  ])('%s', (text, expected) => {
    expect(sources(text)).toEqual(expected);
  });

  it('leaves the full stop that ends the sentence out of whom a source told, and keeps an initial’s', () => {
    expect(credits('The plan is early, four sources familiar with it told Reuters.').map((c) => c.phrase)).toEqual(['four sources familiar with it told Reuters', 'told Reuters']);
    expect(credits('A source told U.S.').map((c) => c.source)).toEqual(['A source', 'to U.S.']);
  });

  // Found by a first user: a paraphrase of "a move the union says" as "according to the union" was "Attribution differs".
  it('credits the last noun phrase of a relative clause without "that", and stops a source after "according to" where the sentence runs on', () => {
    expect(credits('MTG plans to automate by 2028, a move the union says would cut up to 1,200 jobs.').map((c) => c.source)).toEqual(['the union']);
    expect(credits('The head of the union said talks had failed.').map((c) => c.source)).toEqual(['The head of the union']);
    expect(credits('MTG plans to automate by 2028, a step that according to the union would cost up to 1,200 jobs.').map((c) => c.source)).toEqual(['the union']);
    expect(credits('According to analysts of consultancy Harbourline the strike could delay 180,000 containers.').map((c) => c.source)).toEqual(['analysts of consultancy Harbourline']);
    // An inverted verb's subject is not cut so: "says it is being punished" credits no one.
    expect(credits('Qatar denies the charges, says it is being punished for pursuing an independent foreign policy.')).toEqual([]);
  });

  it('matches the same source written differently, not another one', () => {
    expect(sameSource('four sources familiar with the plan', 'four people familiar with the plan')).toBe(true);
    expect(sameSource('an official from Israel', 'an Israeli official')).toBe(true);
    expect(sameSource('the four sources', 'the sources')).toBe(true);
    expect(sameSource('four sources', 'a report')).toBe(false);
    expect(sameSource('the Reuters news service', 'the Reuters news agency')).toBe(true);
    expect(sameSource('a US source', 'a US official')).toBe(false);
    expect(sameSource('an Israeli official', 'an Iranian official')).toBe(false);
    expect(sameSource('he', 'to Reuters')).toBe(false);
    // A capital described by its country is that city, and no other.
    expect(sameSource('a source in Cairo', 'a source in the Egyptian capital')).toBe(true);
    expect(sameSource('a source in Riyadh', 'a source in the Egyptian capital')).toBe(false);
  });
});
