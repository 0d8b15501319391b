// The fallback-date detector: a date only furniture printed is taken last, and only when nothing stated one.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import fallbackDate, { offerDate } from '../../../../src/lib/ingest/plugins/fallback-date.ts';
import type { ArticleFileData } from '../../../../src/lib/ingest/tree.ts';
import { runPlugins } from '../../../support/ingest-tree.ts';

/** A plugin offering two dates, as a folio rule would. */
const offers = () => (_tree: Root, file: VFile) => {
  offerDate(file, '2025-03-03');
  offerDate(file, '2025-03-04');
};
/** A plugin stating a date, as a byline rule would. */
const states = () => (_tree: Root, file: VFile) => {
  (file.data as unknown as ArticleFileData).meta.published = '2025-03-01';
};

describe('fallback-date plugin', () => {
  it('states the first offered date when nothing else did', () => {
    expect(runPlugins([offers, fallbackDate], 'The port reopened.').meta.published).toBe('2025-03-03');
  });

  it('keeps a date the file states, and offers nothing without an offer', () => {
    expect(runPlugins([offers, states, fallbackDate], 'The port reopened.').meta.published).toBe('2025-03-01');
    expect(runPlugins([fallbackDate], 'The port reopened.').meta.published).toBeUndefined();
  });
});
