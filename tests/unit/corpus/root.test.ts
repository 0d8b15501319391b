// The content folder: ./content unless WIREDIFF_CONTENT names another (benchmarks and tests build other corpora).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentRoot } from '../../../src/lib/corpus/root.ts';

afterEach(() => vi.unstubAllEnvs());

describe('contentRoot', () => {
  it('is ./content by default and WIREDIFF_CONTENT when set', () => {
    vi.stubEnv('WIREDIFF_CONTENT', undefined);
    expect(contentRoot()).toBe('content');
    vi.stubEnv('WIREDIFF_CONTENT', '/tmp/other-corpus');
    expect(contentRoot()).toBe('/tmp/other-corpus');
  });
});
