import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import head from '../../../../src/lib/ingest/plugins/head.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

const tree = (...blocks: [('h1' | 'h2' | 'p'), string][]): Root => ({
  type: 'root',
  children: blocks.map(([kind, value]) =>
    kind === 'p' ? { type: 'paragraph', children: [{ type: 'text', value }] } : { type: 'heading', depth: kind === 'h1' ? 1 : 2, children: [{ type: 'text', value }] },
  ),
});

describe('head plugin', () => {
  it('reads caption, title and standfirst from the leading heading-like lines of plain text', () => {
    const { parsed, meta } = runPlugins([head], lines('Mike Pompeo', 'Pompeo meets Gulf ministers on alliance plan', 'Talks focus on Iran', 'Pompeo met ministers on Friday.'));
    expect(meta.title).toBe('Pompeo meets Gulf ministers on alliance plan');
    expect(parsed.boilerplate).toEqual([{ kind: 'caption', text: 'Mike Pompeo' }, { kind: 'standfirst', text: 'Talks focus on Iran' }]);
    expect(parsed.paragraphs).toEqual(['Pompeo met ministers on Friday.']);
  });

  it('finds no title when the text starts with prose', () => {
    const { meta, parsed } = runPlugins([head], lines('Officials met on Monday.', 'Short line'));
    expect(meta.title).toBeUndefined();
    expect(parsed.paragraphs).toHaveLength(2);
  });

  it('takes a top-level heading as the title whatever its punctuation, and stops the standfirst at a crosshead', () => {
    const { meta, parsed } = runPlugins([head], tree(['h1', 'Is the alliance over?'], ['p', 'A summary line'], ['h2', 'Background'], ['p', 'Body text.']));
    expect(meta.title).toBe('Is the alliance over?');
    expect(parsed.boilerplate).toEqual([{ kind: 'standfirst', text: 'A summary line' }]);
    expect(parsed.paragraphs).toEqual(['Background', 'Body text.']);
  });

  it('with a stated title, takes out a leading line that repeats it and labels of a few words above the prose', () => {
    const repeated = runPlugins([head], tree(['h1', 'Gulf talks resume'], ['p', 'Retail & Consumer'], ['p', 'A standfirst of more than four words'], ['p', 'Body.']), { title: 'Gulf talks resume | The Gazette' });
    expect(repeated.parsed.paragraphs).toEqual(['A standfirst of more than four words', 'Body.']);
    expect(repeated.parsed.boilerplate).toEqual([{ kind: 'title', text: 'Gulf talks resume' }, { kind: 'other', text: 'Retail & Consumer' }]);
    const other = runPlugins([head], tree(['p', 'Officials met in Riyadh.'], ['p', 'Short line']), { title: 'Gulf talks resume' });
    expect(other.parsed.paragraphs).toEqual(['Officials met in Riyadh.', 'Short line']);
    expect(other.meta.title).toBe('Gulf talks resume');
  });

  it('with a stated title repeated before any prose, takes what stands above it for the page’s, a byline under it as one', () => {
    const run = runPlugins([head], tree(['p', 'Poll'], ['p', 'Should Egypt join regional military alliances?'], ['p', 'Yes / No'], ['p', 'Egypt quits the alliance'], ['p', 'By Tarek Mansour'], ['p', 'CAIRO - Egypt has withdrawn from a planned Arab alliance, a source said.']), { title: 'Egypt quits the alliance' });
    expect(run.parsed.paragraphs).toEqual(['CAIRO - Egypt has withdrawn from a planned Arab alliance, a source said.']);
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['other', 'other', 'other', 'byline']);
    const late = runPlugins([head], tree(['p', 'Officials met in Riyadh on Sunday to discuss the plan.'], ['p', 'Egypt quits the alliance']), { title: 'Egypt quits the alliance' });
    expect(late.parsed.paragraphs).toHaveLength(2);
  });

  it('with a stated title, takes a line of any length between the headline and the byline for the standfirst', () => {
    const byline = { type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'By Jo Roe' }], data: { boilerplate: 'byline' as const } };
    const t = tree(['h1', 'Town buys back its water'], ['p', 'Council approves a $62 million bid to take the water system back into public hands'], ['p', 'The council voted on Monday.']);
    t.children.splice(2, 0, byline);
    const run = runPlugins([head], t, { title: 'Town buys back its water' });
    // The headline line is the stated title itself, so it is not listed again.
    expect(run.parsed.boilerplate.map((b) => b.kind)).toEqual(['standfirst', 'byline']);
    expect(run.parsed.paragraphs).toEqual(['The council voted on Monday.']);
    // Without a byline under it, a long line under the headline may be the text's first line: it stays.
    const open = runPlugins([head], tree(['h1', 'Town buys back its water'], ['p', 'Council approves a $62 million bid to take the water system back'], ['p', 'The council voted on Monday.']), { title: 'Town buys back its water' });
    expect(open.parsed.paragraphs).toHaveLength(2);
  });

  it('keeps a dateline standing on its own line above the prose', () => {
    const run = runPlugins([head], tree(['p', 'WASHINGTON —'], ['p', 'Officials met.']), { title: 'Gulf talks resume' });
    expect(run.parsed.paragraphs).toEqual(['WASHINGTON —', 'Officials met.']);
  });
});
