import { describe, expect, it } from 'vitest';
import debris from '../../../../src/lib/ingest/plugins/debris.ts';
import givenBody from '../../../../src/lib/ingest/plugins/given-body.ts';
import head from '../../../../src/lib/ingest/plugins/head.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

const fragment = 'Saudi Arabia and its allies pushed for a security pact';

describe('given-body plugin', () => {
  it('gives a given text read wholly as head its lines back as body, and no title', () => {
    const { parsed, meta } = runPlugins([head, debris, givenBody], fragment, {}, true);
    expect(meta.title).toBeUndefined();
    expect(parsed.paragraphs).toEqual([fragment]);
    expect(parsed.boilerplate).toEqual([]);
  });

  it('keeps every line, caption and standfirst too, in file order, where debris would take them for a list', () => {
    const { parsed } = runPlugins([head, debris, givenBody], lines('Iran', fragment, 'The talks ended without a deal'), {}, true);
    expect(parsed.paragraphs).toEqual(['Iran', fragment, 'The talks ended without a deal']);
    expect(parsed.boilerplate).toEqual([]);
  });

  it('leaves a corpus file’s head alone (it is refused as having no body)', () => {
    const { parsed, meta } = runPlugins([head, debris, givenBody], fragment);
    expect(meta.title).toBe(fragment);
    expect(parsed.paragraphs).toEqual([]);
  });

  it('leaves the head of a given text that has a body', () => {
    const { parsed, meta } = runPlugins([head, debris, givenBody], lines('Pact talks', `${fragment}.`), {}, true);
    expect(meta.title).toBe('Pact talks');
    expect(parsed.paragraphs).toEqual([`${fragment}.`]);
  });

  it('keeps a stated title that the line does not repeat exactly', () => {
    const { parsed, meta } = runPlugins([head, debris, givenBody], 'Gulf talks resume', { title: 'Gulf talks resume | The Gazette' }, true);
    expect(meta.title).toBe('Gulf talks resume | The Gazette');
    expect(parsed.paragraphs).toEqual(['Gulf talks resume']);
  });
});
