import { describe, expect, it } from 'vitest';
import { dateInBar, toolBarStamp } from '../../../src/lib/ingest/date-bar.ts';

describe('dateInBar', () => {
  it('reads the time stamp in a bar of tools', () => {
    expect(dateInBar('Published: 2022-07-14 09:05:33 | Print | E-mail | Share | Text size: A A A')).toBe('2022-07-14');
    expect(dateInBar('Posted Jan. 4, 2021 · Comments (3) · Print')).toBe('2021-01-04');
  });

  it('gives no date for an update only, a line of one part, or a bar with a date inside prose', () => {
    expect(dateInBar('Updated: 2022-07-14 09:05 | Print | Share')).toBeNull();
    expect(dateInBar('Published: 2022-07-14 09:05:33')).toBeNull();
    expect(dateInBar('Source: Staff | Editor: Jo Roe')).toBeNull();
    expect(dateInBar('The fund was set up on July 14, 2022 | it ran out last year')).toBeNull();
  });
});

describe('toolBarStamp', () => {
  it('reads a bar of a time stamp and the page’s buttons as a time stamp', () => {
    expect(toolBarStamp('14 May 2024 | Print | Share')).toEqual({ published: '2024-05-14' });
    expect(toolBarStamp('Published May 14, 2024 · Email · Save')).toEqual({ published: '2024-05-14' });
  });

  it('is no stamp for a bar with any other part, one without a date, or a line of one part', () => {
    expect(toolBarStamp('14 May 2024 | Ports | Share')).toBeUndefined();
    expect(toolBarStamp('Print | Share')).toBeUndefined();
    expect(toolBarStamp('14 May 2024')).toBeUndefined();
    expect(toolBarStamp('The strike began on 14 May 2024 | Share')).toBeUndefined();
  });
});
