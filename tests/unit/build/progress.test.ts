// Progress lines: one line redrawn in a terminal, a few plain lines in CI or a log, with count, rate and ETA.
import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, progressLine, stderrSink } from '../../../src/lib/build/progress.ts';

/** A sink that records what was written, with a clock the test moves. */
function sink(interactive: boolean) {
  const out: string[] = [];
  let t = 0;
  return { out, tick: (ms: number) => (t += ms), sink: { write: (s: string) => out.push(s), interactive, now: () => t } };
}

describe('progressLine', () => {
  it('gives the count, share, rate and time left, and the time taken once done', () => {
    expect(progressLine('aligning', 2500, 10000, 5000, 'pairs')).toBe('wirediff: aligning 2,500/10,000 pairs (25%), 500/s, ETA 15s');
    expect(progressLine('aligning', 10000, 10000, 20000, 'pairs')).toBe('wirediff: aligning 10,000/10,000 pairs (100%), 500/s, in 20s');
    expect(progressLine('parsing', 5, 1000, 1000, 'files')).toMatch(/ETA …$/);
    expect(formatDuration(65_000)).toBe('1m 05s');
  });
});

describe('createProgress', () => {
  it('in CI writes a plain line per tenth of the way and one at the end', () => {
    const s = sink(false);
    const p = createProgress('aligning', 'pairs', s.sink);
    for (let done = 1; done <= 1000; done++) {
      s.tick(1);
      p.update(done, 1000);
    }
    expect(s.out).toHaveLength(11);
    expect(s.out.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(s.out.at(-1)).toMatch(/1,000\/1,000 pairs \(100%\).* in 1\.0s\n$/);
  });

  it('in a terminal redraws one line at most every 100 ms and ends it with a newline', () => {
    const s = sink(true);
    const p = createProgress('rendering', 'pages', s.sink);
    for (let done = 1; done <= 1000; done++) {
      s.tick(1);
      p.update(done, 1000);
    }
    expect(s.out.length).toBeGreaterThan(5);
    expect(s.out.length).toBeLessThan(15);
    expect(s.out.every((line) => line.startsWith('\r\x1b[2K'))).toBe(true);
    expect(s.out.slice(0, -1).some((line) => line.endsWith('\n'))).toBe(false);
    expect(s.out.at(-1)).toMatch(/100%.*\n$/);
  });

  it('times the rate from the first report: a slow start or a batch reported at once does not count as work', () => {
    const s = sink(false);
    const p = createProgress('rendering', 'pages', s.sink);
    s.tick(60_000); // Astro loading before its first page
    p.update(500, 1000); // half the pages reused at once
    expect(s.out[0]).toBe('wirediff: rendering 500/1,000 pages (50%), …/s, ETA …\n');
    // One page timed after the batch is too few for an ETA, however far along the count is.
    expect(progressLine('rendering', 501, 1000, 10, 'pages', 500)).toBe('wirediff: rendering 501/1,000 pages (50%), 100/s, ETA …');
    s.tick(1000);
    p.update(600, 1000);
    expect(s.out[1]).toBe('wirediff: rendering 600/1,000 pages (60%), 100/s, ETA 4.0s\n');
    s.tick(4000);
    p.update(1000, 1000);
    expect(s.out[2]).toBe('wirediff: rendering 1,000/1,000 pages (100%), 100/s, in 5.0s\n');
  });

  it('treats CI as not interactive even on a terminal', () => {
    expect(stderrSink({ CI: 'true' }).interactive).toBe(false);
  });
});
