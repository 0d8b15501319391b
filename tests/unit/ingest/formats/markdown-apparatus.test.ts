// A story file's apparatus in Markdown (formats/markdown-apparatus.ts): fenced code, task lists and collapsible
// details are set aside; an indented block, a plain list and the story's paragraphs stay.
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { setApparatusAside } from '../../../../src/lib/ingest/formats/markdown-apparatus.ts';
import { FORMAT_PARSERS } from '../../../../src/lib/ingest/formats/parsers.ts';
import { parseArticle } from '../../../../src/lib/ingest/parse.ts';
import { fullText, textBlocks } from '../../../../src/lib/ingest/tree.ts';
import { toArticleTree } from '../../../../src/lib/ingest/formats/blocks.ts';

const story = 'Landlords in Milwaukee County filed 14,306 eviction cases in 2024, the most in any year since at least 2015.';
const file = [
  story,
  '',
  '```sql',
  "SELECT count(*) FROM cases WHERE case_type = 'eviction';",
  '```',
  '',
  '- [x] Filing counts match court export',
  '- [ ] Add link to tenant hotline',
  '',
  '- Tenants may ask for more time.',
  '',
  '<details>',
  '<summary>Methodology</summary>',
  '',
  'We downloaded every small-claims eviction case filed from 2015 to 2024.',
  '',
  '</details>',
  '',
  '    An indented paragraph, as a pasted text may indent one.',
].join('\n');

const kept = (text: string) => {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  setApparatusAside(tree, text);
  return textBlocks(toArticleTree(tree)).filter((b) => !b.data?.boilerplate).map((b) => fullText(b).trim());
};

describe('setApparatusAside', () => {
  it('sets fenced code, task lists and a details block aside, and keeps the story, a plain list and indented text', () => {
    expect(kept(file)).toEqual([story, 'Tenants may ask for more time.', 'An indented paragraph, as a pasted text may indent one.']);
  });
});

describe('setApparatusAside: a notebook’s export', () => {
  it('sets a code cell’s outputs aside (indented blocks under it, past a data frame’s HTML) and the rules of a <style> broken at a blank line', () => {
    const notebook = [
      story,
      '',
      '```python',
      'calls.groupby("year").size()',
      '```',
      '',
      '',
      '',
      '    year',
      '    2024    104',
      '    dtype: int64',
      '',
      '<div>',
      '<style scoped>',
      '    .dataframe tbody tr th {',
      '        vertical-align: top;',
      '    }',
      '',
      '    .dataframe thead th {',
      '        text-align: right;',
      '    }',
      '</style>',
      '<table class="dataframe"><tr><td>29</td></tr></table>',
      '</div>',
      '',
      'Ships built before 2010 made 36 of the calls.',
      '',
      '    An indented paragraph under prose stays, as a pasted text may indent one.',
    ].join('\n');
    expect(kept(notebook)).toEqual([story, 'Ships built before 2010 made 36 of the calls.', 'An indented paragraph under prose stays, as a pasted text may indent one.']);
  });
});

describe('a story file through the Markdown parser', () => {
  it('drops the marker of a footnote the file defines, and reads a chart’s caption as one', () => {
    // Long enough to be parsed in stretches, so the note's definition is in another stretch than its marker.
    const more = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} says more about the filings and the tenants who faced them.\n`);
    const md = ['# Evictions reach a decade high', '', `${story}[^1]`, '', '*Chart: eviction filings per year. Source: court records.*', '', ...more, '[^1]: Filings include dismissed cases.'].join('\n');
    const { parsed } = parseArticle(md, 'markdown', FORMAT_PARSERS.markdown);
    expect(parsed.paragraphs[0]).toBe(story);
    expect(parsed.boilerplate).toContainEqual({ kind: 'caption', text: 'Chart: eviction filings per year. Source: court records.' });
  });
});
