// End to end through ingestFile: invented files of each format with the page debris a first user found left in the
// body (a share bar one service a line, a "Related" box mid-article, buttons under the headline, a standfirst and
// date bar the markup kept, a closing bar of calls, a masthead line, a staff byline), and the prose each rule must
// leave alone.
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/lib/corpus/ingest-file.ts';

const enc = (text: string) => new TextEncoder().encode(text);
const ingest = (name: string, text: string) => ingestFile(name, enc(text));
const kinds = (entry: ReturnType<typeof ingest>) => entry.boilerplate.map((b) => [b.kind, b.text]);

const P1 = "Dock workers at the city's container port voted on Tuesday to strike over plans to automate cranes.";
const P2 = 'The union said 82% of members backed the action, which could begin next month.';
const P3 = 'Managers said the new cranes would not cost any jobs in the first year.';
const P4 = 'The port handled 4 million containers last year, a record.';
const HEADLINE = 'Port workers vote to strike over automation plans';

describe('text copied from a browser', () => {
  const file = [HEADLINE, 'Share', 'Save', 'By Jo Roe', P1, P2, 'Facebook', 'X', P3, 'Related', 'Shipping rates fall for third month', 'Harbour dredging plan wins approval', P4, "Get the day's top business stories in your inbox."].join('\n\n');

  it('takes buttons under the headline, a share bar one service a line, a related box and a closing promo out', () => {
    const entry = ingest('port.txt', file);
    expect(entry.paragraphs).toEqual([P1, P2, P3, P4]);
    expect(entry.headings).toEqual([]);
    expect(kinds(entry)).toEqual([
      ['share', 'Share'],
      ['share', 'Save'],
      ['byline', 'By Jo Roe'],
      ['share', 'Facebook'],
      ['share', 'X'],
      ['related', 'Related'],
      ['related', 'Shipping rates fall for third month'],
      ['related', 'Harbour dredging plan wins approval'],
      ['subscribe', "Get the day's top business stories in your inbox."],
    ]);
  });

  it('keeps a network’s name as a crosshead over its own paragraph, and a standfirst under the headline', () => {
    const entry = ingest('platforms.txt', [HEADLINE, 'Talks could resume within days', 'By Jo Roe', P1, P2, 'Facebook', 'The company said it would appeal the fine imposed by regulators.', 'TikTok', P3, P4].join('\n\n'));
    expect(entry.paragraphs).toContain('Facebook');
    expect(entry.paragraphs).toContain('TikTok');
    expect(entry.headings.length).toBe(2);
    expect(kinds(entry)).toContainEqual(['standfirst', 'Talks could resume within days']);
  });
});

describe('a saved web page', () => {
  const page = (standfirstClass: string) => `<!doctype html><html><head><title>${HEADLINE}</title></head><body>
<header><nav><a href="/">Home</a></nav></header><article><h1>${HEADLINE}</h1>
<p class="${standfirstClass}">Union says 82% backed action that could begin next month</p>
<div class="meta"><time datetime="2024-05-14">14 May 2024</time> | Print | Share</div>
<p>Dock workers at the city's container port voted on Tuesday to strike over plans to automate cranes, in a ballot that the union called the largest in its history.</p>
<p>The union said 82% of members backed the action, which could begin next month if talks with the port's operators fail to produce an agreement on jobs.</p>
<p>Managers said the new cranes would not cost any jobs in the first year, and that workers would be retrained to operate and maintain the automated equipment.</p>
</article></body></html>`;

  it('takes a standfirst the markup names, and a date bar of tools, out of the body', () => {
    for (const name of ['standfirst', 'article__dek', 'deck', 'c-summary', 'entry-intro']) {
      const entry = ingest('port.html', page(name));
      expect(entry.paragraphs[0], name).toMatch(/^Dock workers/);
      expect(kinds(entry), name).toEqual([
        ['standfirst', 'Union says 82% backed action that could begin next month'],
        ['date', '14 May 2024 | Print | Share'],
      ]);
      expect(entry.published).toBe('2024-05-14');
    }
  });

  it('keeps a first paragraph whose class names no standfirst', () => {
    const entry = ingest('port.html', page('lead-text'));
    expect(entry.paragraphs[0]).toBe('Union says 82% backed action that could begin next month');
  });
});

describe('Markdown', () => {
  it('takes a closing bar of calls to subscribe and share out, and the italic bio over it', () => {
    const entry = ingest('port.md', [`# ${HEADLINE}`, P1, P2, P3, '*Jo Roe is a freelance reporter covering ports.*', 'Enjoyed this? Subscribe for more · Share on LinkedIn'].join('\n\n'));
    expect(entry.paragraphs).toEqual([P1, P2, P3]);
    expect(kinds(entry)).toEqual([
      ['author-bio', 'Jo Roe is a freelance reporter covering ports.'],
      ['subscribe', 'Enjoyed this? Subscribe for more · Share on LinkedIn'],
    ]);
  });

  it('keeps a closing question to the reader that asks for nothing', () => {
    const entry = ingest('port.md', [`# ${HEADLINE}`, P1, P2, P3, 'Enjoyed this? Tell us what you think about the strike.'].join('\n\n'));
    expect(entry.paragraphs.at(-1)).toBe('Enjoyed this? Tell us what you think about the strike.');
  });
});

describe('a masthead and a staff byline', () => {
  it('takes a top line that is an outlet’s name for the page’s, and a staff byline for no person', () => {
    const entry = ingest('port.txt', ['The Evening Post', HEADLINE, 'By Evening Post staff', P1, P2, P3].join('\n\n'));
    expect(entry.title).toBe(HEADLINE);
    expect(entry.author).toBeNull();
    expect(kinds(entry)).toEqual([
      ['other', 'The Evening Post'],
      ['byline', 'By Evening Post staff'],
    ]);
  });

  it('still takes a short line over a headline for its picture’s caption, and a named writer of a staff', () => {
    const entry = ingest('port.txt', ['Jo Roe', HEADLINE, 'By Ana Ruiz, Evening Post staff', P1, P2, P3].join('\n\n'));
    expect(kinds(entry)[0]).toEqual(['caption', 'Jo Roe']);
    expect(entry.author).toBe('Ana Ruiz');
  });
});
