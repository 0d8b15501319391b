import { describe, expect, it } from 'vitest';
import { detectDateline } from '../../../src/lib/ingest/dateline.ts';

describe('detectDateline: a place closed by a dash with no spaces', () => {
  it('reads a place in capitals, with a day or before a sentence opening with a function word', () => {
    expect(detectDateline('OSAKA—A local ferry operator plans a new ship.')).toEqual({ text: 'OSAKA', outlet: null, rest: 'A local ferry operator plans a new ship.' });
    expect(detectDateline('WASHINGTON, March 3—The Senate voted on Tuesday.')?.text).toBe('WASHINGTON, March 3');
  });

  it('leaves a compound of capitals and prose with dashes', () => {
    expect(detectDateline('NATO—Russia talks resumed on Monday.')).toBeNull();
    expect(detectDateline('The US—and its allies—agreed.')).toBeNull();
  });
});

describe('detectDateline', () => {
  it('reads a place with an agency in brackets as the agency’s dateline', () => {
    expect(detectDateline('DUBAI (Reuters) – Iran said on Monday it would resume talks.')).toEqual({
      text: 'DUBAI (Reuters)',
      outlet: 'Reuters',
      rest: 'Iran said on Monday it would resume talks.',
    });
    expect(detectDateline('Cape Town, South Africa (Wire Service) — Officials met.')).toEqual({
      text: 'Cape Town, South Africa (Wire Service)',
      outlet: 'Wire Service',
      rest: 'Officials met.',
    });
  });

  it('takes a mixed-case name without brackets for the outlet, an ALL-CAPS one for a place', () => {
    expect(detectDateline('Tasnim – The talks ended.')).toEqual({ text: 'Tasnim', outlet: 'Tasnim', rest: 'The talks ended.' });
    expect(detectDateline('GENEVA -- The talks ended.')).toEqual({ text: 'GENEVA', outlet: null, rest: 'The talks ended.' });
    // A place in capitals with its state or province after it is a place too.
    expect(detectDateline('DAUPHIN, Man. — The council voted.')).toEqual({ text: 'DAUPHIN, Man.', outlet: null, rest: 'The council voted.' });
    // Not a name opening with an acronym: an outlet, or a person's title in prose.
    expect(detectDateline('BBC News – The talks ended.')?.outlet).toBe('BBC News');
    expect(detectDateline('FEMA Director Deanne Criswell — who toured the town — said aid would come.')?.outlet).not.toBeNull();
  });

  it('reads the day a wire dateline gives after its place, in either order, with or without a year', () => {
    expect(detectDateline('SANTIAGO, March 14 (Meridian) - Copper output fell.')).toEqual({ text: 'SANTIAGO, March 14 (Meridian)', outlet: 'Meridian', rest: 'Copper output fell.' });
    expect(detectDateline('LONDON, 3 Oct. 2024 (Wire) – Shares rose.')?.text).toBe('LONDON, 3 Oct. 2024 (Wire)');
    expect(detectDateline('Santiago, Chile, March 14 – Copper output fell.')).toEqual({ text: 'Santiago, Chile, March 14', outlet: null, rest: 'Copper output fell.' });
    expect(detectDateline('WASHINGTON, Sept 2 (AP) — Talks ended.')?.outlet).toBe('AP');
  });

  it('does not read a short ALL-CAPS word as a place', () => {
    expect(detectDateline('US – The talks ended.')).toBeNull();
  });

  it('accepts letters outside ASCII', () => {
    expect(detectDateline('ZÜRICH (Agence) – Prices rose.')?.text).toBe('ZÜRICH (Agence)');
  });

  it('needs a spaced dash after at most five capitalised words', () => {
    expect(detectDateline('The minister said – after a pause – that talks would go on.')).toBeNull();
    expect(detectDateline('Geneva-based officials met.')).toBeNull();
    expect(detectDateline('One Two Three Four Five Six – rest')).toBeNull();
    expect(detectDateline('')).toBeNull();
    expect(detectDateline('DUBAI – ')).toBeNull();
  });
});
