import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ARTICLE_EXTENSIONS, MAX_BYTES, formatOf, parseFormat } from '../../../../src/lib/ingest/formats/index.ts';
import { fullText, textBlocks } from '../../../../src/lib/ingest/tree.ts';

describe('formatOf', () => {
  it('chooses the format by extension, in any case', () => {
    expect(formatOf('a.txt')).toBe('text');
    expect(formatOf('a.MD')).toBe('markdown');
    expect(formatOf('a.markdown')).toBe('markdown');
    expect(formatOf('dir.v2/page.HTM')).toBe('html');
    expect(formatOf('a.html')).toBe('html');
  });

  it('is null for other files, names without an extension and dot-files', () => {
    expect(formatOf('a.pdf')).toBeNull();
    expect(formatOf('README')).toBeNull();
    expect(formatOf('dir.txt/README')).toBeNull();
    expect(formatOf('')).toBeNull();
    expect(formatOf('a.txt.bak')).toBeNull();
  });

  it('lists every extension it reads', () => {
    expect([...ARTICLE_EXTENSIONS].sort()).toEqual(['htm', 'html', 'markdown', 'md', 'txt']);
  });

  it('gives saved pages more room than text', () => {
    expect(MAX_BYTES.html).toBeGreaterThan(MAX_BYTES.text);
    expect(MAX_BYTES.markdown).toBe(MAX_BYTES.text);
  });
});

describe('parseFormat', () => {
  const texts = (format: 'text' | 'markdown' | 'html', input: string) => textBlocks(parseFormat(format, input, new VFile({ value: input, data: { format, meta: {} } }))).map(fullText);

  it('sends each format to its own parser', () => {
    expect(texts('text', '# Not a heading\n\n*not emphasis*')).toEqual(['# Not a heading', '*not emphasis*']);
    expect(texts('markdown', '# A heading\n\n*emphasis*')).toEqual(['A heading', 'emphasis']);
    expect(texts('html', '<html><body><article><h1>Talks</h1><p>Dock workers in the harbour voted on Friday to end the ten-day strike, their union said.</p><p>The union said talks would resume on Monday with the port authority.</p></article></body></html>')).toContain(
      'Dock workers in the harbour voted on Friday to end the ten-day strike, their union said.',
    );
  });
});
