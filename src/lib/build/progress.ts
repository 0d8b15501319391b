// Progress of a long build stage: count, rate and time left, on one updating line in a terminal and as plain lines
// (a few per stage) in CI or a log, where carriage returns would pile up.

/** Where progress goes and how: a stream, whether it is an interactive terminal, and the clock. */
export interface ProgressSink {
  write(text: string): void;
  interactive: boolean;
  now?: () => number;
}

/** The build's stderr: interactive when it is a terminal and CI is not set. */
export function stderrSink(env: Record<string, string | undefined> = process.env): ProgressSink {
  return { write: (t) => process.stderr.write(t), interactive: Boolean(process.stderr.isTTY) && !env.CI };
}

/** "1m 05s", "42s", "0.8s". */
export function formatDuration(ms: number): string {
  const s = ms / 1000;
  if (s < 10) return `${s.toFixed(1)}s`;
  if (s < 60) return `${Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return `${m}m ${String(Math.round(s - m * 60)).padStart(2, '0')}s`;
}

/**
 * One progress line: label, count of total, percentage, rate per second, and the time left at that rate.
 * `elapsedMs` runs from when `since` items were done (the first report), so the rate counts only work timed.
 */
export function progressLine(label: string, done: number, total: number, elapsedMs: number, unit: string, since = 0): string {
  const rate = elapsedMs > 0 && done > since ? ((done - since) * 1000) / elapsedMs : 0;
  // The first items timed often carry start-up time; the rate means little until a hundredth of the way is timed.
  const left = rate > 0 && total > done && done - since >= total / 100 ? formatDuration(((total - done) / rate) * 1000) : '…';
  const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
  const perSecond = rate === 0 ? '…' : rate >= 100 ? Math.round(rate).toLocaleString('en-GB') : rate.toFixed(1);
  return `wirediff: ${label} ${done.toLocaleString('en-GB')}/${total.toLocaleString('en-GB')} ${unit} (${pct}%), ${perSecond}/s, ${total > done ? `ETA ${left}` : `in ${formatDuration(elapsedMs)}`}`;
}

/**
 * A progress reporter for one stage. In a terminal it redraws one line at most every 100 ms; otherwise it prints
 * a plain line at each tenth of the way (and at the end), so CI logs stay short and readable. The clock starts at
 * the first report, not at creation: a reporter made before a slow start (Astro loading before its first page) or
 * first told of a batch done at once (pairs from the cache) would otherwise give a rate and ETA that mean nothing.
 */
export function createProgress(label: string, unit: string, sink: ProgressSink = stderrSink()) {
  const now = sink.now ?? (() => performance.now());
  let first: { t: number; done: number } | null = null;
  let lastDraw = -Infinity;
  let lastTenth = -1;
  let finished = false;
  return {
    /** Reports `done` of `total`. */
    update(done: number, total: number): void {
      if (finished) return;
      const t = now();
      first ??= { t, done };
      const complete = done >= total;
      if (sink.interactive) {
        if (!complete && t - lastDraw < 100) return;
        lastDraw = t;
        sink.write(`\r\x1b[2K${progressLine(label, done, total, t - first.t, unit, first.done)}${complete ? '\n' : ''}`);
      } else {
        const tenth = total > 0 ? Math.floor((10 * done) / total) : 10;
        if (tenth === lastTenth && !complete) return;
        lastTenth = tenth;
        sink.write(`${progressLine(label, done, total, t - first.t, unit, first.done)}\n`);
      }
      if (complete) finished = true;
    },
  };
}
