// Labels before a headline: a wire's version label and a kicker in capitals, taken off; a headline's own words kept.
import { describe, expect, it } from 'vitest';
import { withoutTitleLabels } from '../../../src/lib/ingest/title-labels.ts';

describe('withoutTitleLabels', () => {
  it('takes off a kicker in capitals with a colon, and a wire label', () => {
    expect(withoutTitleLabels('FACT CHECK: Viral video was filmed in Indonesia')).toBe('Viral video was filmed in Indonesia');
    expect(withoutTitleLabels('EXCLUSIVE: Miner weighs sale of copper unit')).toBe('Miner weighs sale of copper unit');
    expect(withoutTitleLabels('WATCH | Floods cut off northern towns')).toBe('Floods cut off northern towns');
    expect(withoutTitleLabels('UPDATE 2-Chile copper workers strike')).toBe('Chile copper workers strike');
  });

  it('keeps a label in sentence case, an acronym that is the subject, and a kicker before nothing', () => {
    expect(withoutTitleLabels('Analysis: why the talks failed')).toBe('Analysis: why the talks failed');
    expect(withoutTitleLabels('NATO: allies agree on new air-defence plan')).toBe('NATO: allies agree on new air-defence plan');
    expect(withoutTitleLabels('EXCLUSIVE: interview transcript')).toBe('EXCLUSIVE: interview transcript');
  });
});
