import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeSpaces, segmentLine } from '../../../../src/lib/ingest/segment/scanner.ts';
import { splitSentences } from '../../../../src/lib/ingest/sentences.ts';

describe('segmentLine', () => {
  it('cuts at the spaces the rules break on', () => {
    expect(segmentLine('Officials met. Talks resumed.')).toEqual(['Officials met.', 'Talks resumed.']);
    expect(segmentLine('')).toEqual([]);
  });

  it('judges every space once, in order', () => {
    const decisions = judgeSpaces('He left at 6 p.m. Officials stayed.');
    expect(decisions.map((d) => d.before)).toEqual(['He', 'left', 'at', '6', 'p.m.', 'Officials']);
    expect(decisions.filter((d) => d.verdict === 'break').map((d) => d.rule)).toEqual(['clock-time']);
  });

  // Words, abbreviations, stops, quotation marks and brackets in any order: the hostile mix for pairing and rules.
  const piece = fc.constantFrom('Officials', 'met', 'U.S.', 'Gen.', 'p.m.', '600.', 'E.', '1.', '2.', 'a)', '.', '...', '“', '”', '"', "'", '‘', '’', '(', ')', '[1]', '?', '!', '•', '-', 'said.', 'The', 'no.');
  const line = fc.array(fc.tuple(piece, fc.constantFrom(' ', '', ' ', '\n')), { maxLength: 60 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

  it('is lossless: the sentences joined with single spaces give the paragraph back', () => {
    fc.assert(fc.property(line, (text) => {
      const sentences = splitSentences(text);
      expect(sentences.join(' ')).toBe(text.replace(/\s+/g, ' ').trim());
      expect(sentences.every((s) => s.length > 0 && s === s.trim())).toBe(true);
    }), { numRuns: 500 });
  });
});

describe('splitSentences and line breaks', () => {
  it('takes lines without sentence ends as one sentence each', () => {
    expect(splitSentences('Related\nSummit ends\nOil climbs')).toEqual(['Related', 'Summit ends', 'Oil climbs']);
  });

  it('joins wrapped lines of prose', () => {
    expect(splitSentences('The ministers met\nin Doha. Talks\nfailed.')).toEqual(['The ministers met in Doha.', 'Talks failed.']);
  });
});
