// A press release's closing issuer notes by their headings, and crossheads that only look like them.
import { describe, expect, it } from 'vitest';
import { issuerNotesStart } from '../../../src/lib/ingest/issuer-notes.ts';

const body = [
  'Norrholm Cables said on Tuesday it would build a cable factory in Gdynia, its first outside Sweden.',
  'The plant is expected to employ 400 people when it opens in 2027, the company said in a statement.',
  'Construction will start in the spring, subject to a final permit from the regional authority.',
  '“Poland gives us a port and a workforce we could not find at home,” the chief executive said.',
];
const flags = (texts: string[], headings: number[] = []) => texts.map((_, i) => headings.includes(i));

describe('issuerNotesStart', () => {
  it('finds an "About <name>" heading over a paragraph that says what the company is', () => {
    const texts = [...body, 'About Norrholm Cables', 'Norrholm Cables AB is a Swedish maker of high-voltage cables founded in 1952.', 'Media contact: Eva Berg, +46 8 555 0100'];
    expect(issuerNotesStart(texts, flags(texts))).toBe(4);
  });

  it('finds a forward-looking statements or contacts heading with text under it', () => {
    const texts = [...body, 'Forward-looking statements', 'This release contains forward-looking statements that involve risks.'];
    expect(issuerNotesStart(texts, flags(texts, [4]))).toBe(4);
    const contacts = [...body, 'Media contacts:', 'Eva Berg, eva@example.com'];
    expect(issuerNotesStart(contacts, flags(contacts))).toBe(4);
  });

  it('leaves an "About" crosshead whose paragraph is not about the name, one in the first half, and one ending the text', () => {
    const story = [...body, 'About the strike', 'Workers walked out on Monday over pay.'];
    expect(issuerNotesStart(story, flags(story, [4]))).toBe(-1);
    const other = [...body, 'About Gdynia', 'Ministers met in Warsaw to discuss the port budget on Monday.'];
    expect(issuerNotesStart(other, flags(other, [4]))).toBe(-1);
    const early = ['About Norrholm Cables', 'Norrholm Cables is a Swedish cable maker.', ...body, ...body];
    expect(issuerNotesStart(early, flags(early, [0]))).toBe(-1);
    expect(issuerNotesStart([...body, 'Disclaimer'], flags([...body, 'x']))).toBe(-1);
  });

  it('never takes a sentence for a heading', () => {
    const texts = [...body, 'About Norrholm Cables, little is known.', 'Norrholm Cables is a Swedish cable maker.'];
    expect(issuerNotesStart(texts, flags(texts))).toBe(-1);
  });
});
