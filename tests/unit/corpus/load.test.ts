import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentRoot, defaultLocation, loadCorpus } from '../../../src/lib/corpus/load.ts';

const body = (title: string) => `${title}\n\nDock workers in the harbour voted on Friday to end a ten-day strike.\n`;
const dirs: string[] = [];

/** A corpus folder of the given files (name → text) and an optional metadata file. */
function corpus(files: Record<string, string>, metadata?: string) {
  const root = mkdtempSync(join(tmpdir(), 'wirediff-load-'));
  dirs.push(root);
  mkdirSync(join(root, 'articles'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'articles', name), text);
  if (metadata !== undefined) writeFileSync(join(root, 'metadata.yaml'), metadata);
  return { articlesDir: join(root, 'articles'), metadataFile: join(root, 'metadata.yaml') };
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('reads every article file, skips other files, merges curated metadata and sorts by date then id', () => {
    const location = corpus(
      { 'b.txt': body('Second story here'), 'a.md': body('First story here'), 'notes.pdf': 'not an article', 'c.htm': '<html><body><article><h1>Third</h1><p>Dock workers in the harbour voted on Friday to end a ten-day strike, the union said.</p><p>Talks with the port authority resume on Monday, officials said.</p></article></body></html>' },
      'b.txt:\n  published: "2020-01-01"\n',
    );
    const progress: string[] = [];
    const articles = loadCorpus(location, (done, total) => progress.push(`${done}/${total}`));
    expect(articles.map((a) => [a.id, a.published])).toEqual([['b', '2020-01-01'], ['a', null], ['c', null]]);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });

  it('says which files it leaves out for not being an article format, never a hidden file', () => {
    const location = corpus({ 'a.txt': body('A story title'), 'prices.csv': 'a,b\n1,2\n', '.DS_Store': 'x' });
    const warnings: string[] = [];
    loadCorpus(location, undefined, { onFile: (file) => warnings.push(...file.messages.map((m) => `${file.basename}: ${m.reason}`)) });
    expect(warnings).toEqual(['prices.csv: not read: only .txt, .md, .markdown, .html, .htm files are articles (convert it to one of them to add it)']);
  });

  it('warns of curated metadata under a file name no article has, and not of the names it uses', () => {
    const location = corpus({ 'a.txt': body('A story title') }, 'a.txt:\n  outlet: Reuters\nnosuch.txt:\n  outlet: Foo\n');
    const warnings: string[] = [];
    loadCorpus(location, undefined, { onFile: (file) => warnings.push(...file.messages.map((m) => `${file.basename}: ${m.reason}`)) });
    expect(warnings).toEqual(['metadata.yaml: `nosuch.txt` names no file in the articles folder: its fields are not used (check the name and its extension)']);
  });

  it('works without a metadata file', () => {
    expect(loadCorpus(corpus({ 'a.txt': body('A story title') })).map((a) => a.id)).toEqual(['a']);
  });

  it('refuses two files with the same id, naming both', () => {
    expect(() => loadCorpus(corpus({ 'Story.txt': body('One title'), 'story.md': body('Two title') }))).toThrow(/its id "story" is the same as/);
  });

  it('refuses a folder with no article files, and stops at the first bad file naming it', () => {
    expect(() => loadCorpus(corpus({ 'x.pdf': 'no' }))).toThrow(/no article files found \(\*\.txt, /);
    expect(() => loadCorpus(corpus({ 'a.txt': body('A title'), 'b.txt': '' }))).toThrow(/b\.txt: /);
  });

  it('passes each file through the given ingest layer', () => {
    const seen: string[] = [];
    loadCorpus(corpus({ 'a.txt': body('A story title') }), undefined, {
      ingest: (name, bytes, curated, path) => {
        seen.push(`${name}:${bytes.length}:${curated === undefined}:${path.endsWith('a.txt')}`);
        return loadCorpus(corpus({ [name]: new TextDecoder().decode(bytes) }))[0]!;
      },
    });
    expect(seen).toEqual([`a.txt:${Buffer.byteLength(body('A story title'))}:true:true`]);
  });
});

describe('content location', () => {
  it('is ./content unless WIREDIFF_CONTENT says otherwise', () => {
    const saved = process.env.WIREDIFF_CONTENT;
    try {
      delete process.env.WIREDIFF_CONTENT;
      expect(contentRoot()).toBe('content');
      expect(defaultLocation()).toEqual({ articlesDir: join('content', 'articles'), metadataFile: join('content', 'metadata.yaml') });
      process.env.WIREDIFF_CONTENT = '/tmp/other';
      expect(defaultLocation().articlesDir).toBe(join('/tmp/other', 'articles'));
    } finally {
      if (saved === undefined) delete process.env.WIREDIFF_CONTENT;
      else process.env.WIREDIFF_CONTENT = saved;
    }
  });
});
