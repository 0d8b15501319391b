import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseArticle, readTree } from '../../../src/lib/ingest/parse.ts';
import { FORMAT_PARSERS } from '../../../src/lib/ingest/formats/parsers.ts';
import { markBlock, markPrefix, markSuffix, paragraph } from '../../../src/lib/ingest/tree.ts';

describe('readTree', () => {
  it('reads body paragraphs, crossheads and quotations, and lists boilerplate in file order', () => {
    const title = paragraph('Port strike ends');
    markBlock(title, 'title');
    const lead = paragraph('DUBAI –  Dock workers voted. Read more');
    markPrefix(lead, 'DUBAI –  '.length, 'dateline', 'DUBAI');
    markSuffix(lead, 'Dock workers voted.'.length, 'read-more');
    const quote = paragraph('“We are done,” a worker said.');
    const tree: Root = {
      type: 'root',
      children: [title, lead, { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Next  Steps' }] }, { type: 'blockquote', children: [quote] }],
    };
    expect(readTree(tree, { title: 'Port strike ends', outlet: 'Valley Post' })).toEqual({
      title: 'Port strike ends',
      outlet: 'Valley Post',
      published: null,
      author: null,
      license: null,
      dateline: null,
      source_url: null,
      language: null,
      paragraphs: ['Dock workers voted.', 'Next Steps', '“We are done,” a worker said.'],
      sentences: [['Dock workers voted.'], ['Next Steps'], ['“We are done,” a worker said.']],
      headings: [1],
      quotes: [2],
      boilerplate: [{ kind: 'dateline', text: 'DUBAI' }, { kind: 'read-more', text: 'Read more' }],
    });
  });

  it('lists the title line when the file states a different title', () => {
    const title = paragraph('Strike over');
    markBlock(title, 'title');
    expect(readTree({ type: 'root', children: [title, paragraph('Body.')] }, { title: 'Port strike ends' }).boilerplate).toEqual([{ kind: 'title', text: 'Strike over' }]);
  });

  it('reads an empty tree as no body', () => {
    expect(readTree({ type: 'root', children: [] }, {})).toMatchObject({ title: null, paragraphs: [], sentences: [], boilerplate: [] });
  });
});

describe('parseArticle', () => {
  it('reads a date label that follows a dateline ("Daily Courier – date 2019-04-11 Egypt has…")', () => {
    const text = 'Egypt quits alliance\n\nDaily Courier – date 2019-04-11 Egypt has pulled out of the plan, a source said.\n\nThe last meeting was on Sunday.\n';
    const { parsed } = parseArticle(text, 'text', FORMAT_PARSERS.text, 'a.txt');
    expect(parsed).toMatchObject({ published: '2019-04-11', dateline: 'Daily Courier' });
    expect(parsed.paragraphs[0]).toBe('Egypt has pulled out of the plan, a source said.');
    expect(parsed.boilerplate.map((b) => b.kind)).toEqual(['dateline', 'date']);
  });

  it('runs the format parser and every detector, in order', () => {
    const text = 'Port workers vote to end strike\n\nDUBAI (Reuters) – Dock workers voted on Friday. They went home.\n\nShare this article\n';
    const { parsed, file } = parseArticle(text, 'text', FORMAT_PARSERS.text, 'a.txt');
    expect(parsed).toMatchObject({
      title: 'Port workers vote to end strike',
      outlet: 'Reuters',
      dateline: 'DUBAI (Reuters)',
      paragraphs: ['Dock workers voted on Friday. They went home.'],
      sentences: [['Dock workers voted on Friday.', 'They went home.']],
    });
    expect(parsed.boilerplate.map((b) => b.kind)).toEqual(['dateline', 'share']);
    expect(file.path).toBe('a.txt');
  });
});
