import { describe, expect, it } from 'vitest';
import { statusText } from '../../../src/lib/ingest/status-text.ts';

describe('statusText', () => {
  it('finds the text an interface shows while it works', () => {
    expect(statusText('Checking your subscription…')).toBe(true);
    expect(statusText('Loading comments...')).toBe(true);
    expect(statusText('Please wait…')).toBe(true);
    expect(statusText('Verifying your access…')).toBe(true);
  });

  it('leaves prose, and a status word without its ellipsis', () => {
    expect(statusText('Loading the trucks took hours...')).toBe(false);
    expect(statusText('Checking your subscription is easy.')).toBe(false);
    expect(statusText('“Please wait…”')).toBe(false);
    expect(statusText('Loading')).toBe(false);
  });
});
