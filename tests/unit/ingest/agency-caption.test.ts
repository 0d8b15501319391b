import { describe, expect, it } from 'vitest';
import { agencyCaption } from '../../../src/lib/ingest/agency-caption.ts';

describe('agencyCaption', () => {
  it('finds a caption closed by an agency and photographer credit, with people placed by position', () => {
    expect(agencyCaption('Trade Minister Ana Lind (R) shakes hands with her counterpart in Oslo, March 2, 2024. (NTA/Ola Berg)')).toBe(true);
    expect(agencyCaption('Rescuers search the rubble in Dara on Monday. (Xinhua/Wei Tan)')).toBe(true);
    expect(agencyCaption('Delegates pose for a photo (front) before the summit opens. (AFP/Staff)')).toBe(true);
    expect(agencyCaption('Farmers (2nd L) talk with officials in a wheat field, June 3, 2024. (EPA-EFE/Kim)')).toBe(true);
  });

  it('leaves prose with a party label, and a source in brackets', () => {
    expect(agencyCaption('Sen. Jo Smith (R-Ohio) said the bill would pass by June.')).toBe(false);
    expect(agencyCaption('Rep. Dan Roe (R) voted against the measure on Tuesday.')).toBe(false);
    expect(agencyCaption('Support for the plan stood at 41 percent in March. (Reuters/Ipsos)')).toBe(false);
    expect(agencyCaption('Support for the plan stood at 41 percent (Reuters/Ipsos Poll).')).toBe(false);
    // A party label and a poll's credit in one paragraph.
    expect(agencyCaption('Senator James Lankford (R) of Oklahoma backs the bill. The poll suggests voters see it differently. (Reuters/Ipsos)')).toBe(false);
  });

  it('leaves a long paragraph that happens to end with a credit', () => {
    expect(agencyCaption(`${'The minister spoke at length about the grid. '.repeat(10)}(NTA/Ola Berg)`)).toBe(false);
  });
});
