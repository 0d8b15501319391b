// The database-record detector: a news database's export parses to the story alone, with the record's fields.
import { describe, expect, it } from 'vitest';
import { FORMAT_PARSERS } from '../../../../src/lib/ingest/formats/parsers.ts';
import { parseArticle, readTree } from '../../../../src/lib/ingest/parse.ts';
import { unified } from 'unified';
import { VFile } from 'vfile';
import databaseRecord from '../../../../src/lib/ingest/plugins/database-record.ts';
import { parsePlainText } from '../../../../src/lib/ingest/formats/text.ts';
import type { ArticleFileData } from '../../../../src/lib/ingest/tree.ts';

const parse = (text: string) => parseArticle(text, 'text', FORMAT_PARSERS.text).parsed;

const record = [
  'HD\tHarbour ferry fares to rise in April',
  'BY\tIna Kovac',
  'WC\t180 words',
  'PD\t7 March 2025',
  'SN\tThe Island Courier',
  '',
  'LP\tThe island ferry company said on Friday that fares would rise by eight percent from April, the first increase in three years.',
  '',
  'TD\tThe company blamed higher fuel costs and said it would keep a discount for residents.',
  '',
  'Page 1 of 2 © 2025 Example Archive. All rights reserved.',
  '',
  'Commuter groups said they would ask the council to cap the rise at five percent.',
  '',
  'CO\ticfer : Island Ferry Co',
  'AN\tDocument ICOUR0020250307',
].join('\n');

describe('database-record plugin', () => {
  it('keeps the story’s paragraphs without their codes, and reads the headline, byline, date and source', () => {
    const parsed = parse(record);
    expect(parsed.paragraphs).toEqual([
      'The island ferry company said on Friday that fares would rise by eight percent from April, the first increase in three years.',
      'The company blamed higher fuel costs and said it would keep a discount for residents.',
      'Commuter groups said they would ask the council to cap the rise at five percent.',
    ]);
    expect(parsed).toMatchObject({ title: 'Harbour ferry fares to rise in April', author: 'Ina Kovac', published: '2025-03-07', outlet: 'The Island Courier' });
    const kept = parsed.boilerplate.map((b) => b.text).join('\n');
    for (const text of ['WC 180 words', 'Page 1 of 2 © 2025 Example Archive. All rights reserved.', 'AN Document ICOUR0020250307']) expect(kept).toContain(text);
  });

  it('leaves a text that is no record as it was: a code-like word before a tab is not a field without a length', () => {
    const text = ['LP\tThe island ferry company said on Friday that fares would rise by eight percent from April.', '', 'The company blamed higher fuel costs.'].join('\n');
    expect(parse(text).paragraphs[0]).toMatch(/^LP\s+The island ferry/);
  });

  it('keeps a labelled record’s first word, however short and capitalised ("US officials …")', () => {
    const labelled = ['Ferry fares to rise', 'The Island Courier', 'March 7, 2025 Friday', '', 'Section: NEWS', 'Length: 120 words', 'Byline: Ina Kovac', '', 'Body', '', 'US officials said on Friday that ferry fares would rise by eight percent from April, the first increase in years.', '', 'The company blamed fuel costs.', '', 'Load-Date: March 8, 2025', '', 'End of Document'].join('\n');
    expect(parse(labelled).paragraphs).toEqual(['US officials said on Friday that ferry fares would rise by eight percent from April, the first increase in years.', 'The company blamed fuel costs.']);
  });

  it('alone, marks the record’s head, codes and indexing, and states its fields; other formats it leaves alone', () => {
    const run = (format: ArticleFileData['format']) => {
      const tree = parsePlainText(record);
      const file = new VFile({ path: 'r.txt', value: record, data: { format, meta: {} } satisfies ArticleFileData });
      unified().use(databaseRecord).runSync(tree, file);
      const meta = (file.data as unknown as ArticleFileData).meta;
      return { meta, parsed: readTree(tree, meta) };
    };
    const text = run('text');
    expect(text.meta).toMatchObject({ title: 'Harbour ferry fares to rise in April', author: 'Ina Kovac', published: '2025-03-07', outlet: 'The Island Courier' });
    expect(text.parsed.paragraphs).toHaveLength(3);
    expect(text.parsed.paragraphs[0]).toMatch(/^The island ferry company/);
    expect(run('markdown').meta).toEqual({});
  });
});

