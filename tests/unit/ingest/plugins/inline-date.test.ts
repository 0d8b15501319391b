import { describe, expect, it } from 'vitest';
import inlineDate, { inlineDateAfterDateline } from '../../../../src/lib/ingest/plugins/inline-date.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

describe('inline-date plugin', () => {
  it('takes a date label at the start of a paragraph as the publication date', () => {
    const { parsed, meta } = runPlugins([inlineDate], lines('date 2019-04-11 Egypt has pulled out of the plan.', 'Officials said so.'));
    expect(meta.published).toBe('2019-04-11');
    expect(parsed.paragraphs[0]).toBe('Egypt has pulled out of the plan.');
    expect(parsed.boilerplate).toEqual([{ kind: 'date', text: 'date 2019-04-11' }]);
  });

  it('ignores a date that does not exist and a label after the third paragraph', () => {
    expect(runPlugins([inlineDate], 'date 2019-02-30 is not a date, officials said.').meta.published).toBeUndefined();
    const late = runPlugins([inlineDate], lines('One.', 'Two.', 'Three.', 'Published: 2020-01-01 Four.'));
    expect(late.meta.published).toBeUndefined();
    expect(late.parsed.boilerplate).toEqual([]);
  });

  it('looks again after the dateline only when the first pass found no label: one label per file', () => {
    const twice = runPlugins([inlineDate, inlineDateAfterDateline], lines('date 2019-04-11 Egypt has pulled out.', 'Updated: 2019-04-12 Officials said so.'));
    expect(twice.parsed.boilerplate).toEqual([{ kind: 'date', text: 'date 2019-04-11' }]);
    const late = runPlugins([inlineDateAfterDateline], 'Published: 2020-02-28 Officials met.');
    expect(late.meta.published).toBe('2020-02-28');
  });

  it('marks the label but keeps a date the file stated elsewhere (front matter, page metadata)', () => {
    const { parsed, meta } = runPlugins([inlineDate], 'Published: 2020-02-29 Officials met.', { published: '2020-03-01' });
    expect(meta.published).toBe('2020-03-01');
    expect(parsed.paragraphs).toEqual(['Officials met.']);
  });
});
