import { describe, expect, it } from 'vitest';
import { ingestFile, ingestGivenFile } from '../../../src/lib/corpus/ingest-file.ts';
import { IngestError } from '../../../src/lib/ingest/errors.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const story = 'Port workers vote to end strike\n\nDock workers in the harbour voted on Friday to end a ten-day strike.\n\nThe union said talks would resume on Monday.\n';

describe('ingestFile', () => {
  it('turns a plain-text file into a validated entry, curated fields winning', () => {
    const entry = ingestFile('Port Strike.txt', bytes(story), { outlet: 'Harbour Times', published: '2024-06-02' });
    expect(entry).toMatchObject({
      id: 'port-strike',
      source_file: 'Port Strike.txt',
      title: 'Port workers vote to end strike',
      outlet: 'Harbour Times',
      outlet_from: 'curated',
      published: '2024-06-02',
      paragraphs: ['Dock workers in the harbour voted on Friday to end a ten-day strike.', 'The union said talks would resume on Monday.'],
    });
  });

  // Found by a first user: a translation's masthead line took the headline's place, and the headline became its standfirst.
  it('reads a top line printing the curated outlet’s name as its masthead, not its headline', () => {
    const text = 'El Correo Minero — English edition\n\nStrike paralyses the Cerro Azul copper mine as talks collapse\n\nWorkers at the Cerro Azul mine walked out on Monday after talks broke down, the union said.\n\nThe strike involves about 2,300 workers.\n';
    const entry = ingestFile('correo.txt', new TextEncoder().encode(text), { outlet: 'El Correo Minero' });
    expect(entry.title).toBe('Strike paralyses the Cerro Azul copper mine as talks collapse');
    expect(entry.boilerplate).toContainEqual({ kind: 'other', text: 'El Correo Minero — English edition' });
  });

  it('picks the format by extension: a .md file’s front matter is read, a .txt file’s is kept literal', () => {
    const md = '---\ntitle: Stated title\noutlet: Valley Post\n---\n\nDock workers voted on Friday.\n';
    expect(ingestFile('a.md', bytes(md))).toMatchObject({ title: 'Stated title', outlet: 'Valley Post' });
    expect(ingestFile('a.txt', bytes(md)).outlet).toBeNull();
    expect(ingestFile('a.unknown', bytes(story)).title).toBe('Port workers vote to end strike');
  });

  it('refuses an empty file, bytes that are not UTF-8 and a file with no body, naming the path', () => {
    expect(() => ingestFile('a.txt', bytes(''), undefined, 'content/articles/a.txt')).toThrow(IngestError);
    expect(() => ingestFile('a.txt', new Uint8Array([0x66, 0xff, 0xfe, 0x41]), undefined, 'p/a.txt')).toThrow(/^p\/a\.txt: /);
    expect(() => ingestFile('a.txt', bytes('Only a headline\n'), undefined, 'p/a.txt')).toThrow(/^p\/a\.txt: no body text was found/);
  });

  it('turns a schema failure into an IngestError naming the field', () => {
    expect(() => ingestFile('تقرير.txt', bytes(story), undefined, 'p/x.txt')).toThrow(/^p\/x\.txt: the parsed entry is not valid \(id: /);
  });

  it('hands the parsed file with its warnings to onFile', () => {
    const files: string[] = [];
    ingestFile('a.md', bytes('---\ncolour: red\n---\n\nDock workers voted on Friday.\n'), undefined, 'p/a.md', (file) => files.push(`${file.path}:${file.messages.length}`));
    expect(files).toEqual(['p/a.md:1']);
  });
});

describe('ingestGivenFile', () => {
  const fragment = 'Saudi Arabia and its allies pushed for a security pact';

  it('reads a single line without a full stop as body, where an article file is refused', () => {
    expect(() => ingestFile('a.txt', bytes(`${fragment}\n`))).toThrow(/no body text was found/);
    expect(ingestGivenFile('your-text.txt', bytes(`${fragment}\n`))).toMatchObject({ title: fragment, title_from: 'derived', paragraphs: [fragment], sentences: [[fragment]] });
  });

  it('reads a text with a body as an article file is read, and still refuses an empty one', () => {
    expect(ingestGivenFile('a.txt', bytes(story))).toEqual(ingestFile('a.txt', bytes(story)));
    expect(() => ingestGivenFile('a.txt', bytes(' \n'), 'p/a.txt')).toThrow(/^p\/a\.txt: /);
  });

  it('keeps a saved page’s standfirst as labelled boilerplate, out of the body', () => {
    const summary = 'Chile’s state miner says smelter upgrades lifted production for a third straight quarter.';
    const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1}: the state miner said output at its northern smelters rose for a third straight quarter after upgrades.</p>`).join('');
    const entry = ingestFile('copper.html', bytes(`<html><head><title>Copper output hits record</title></head><body><header><h1>Copper output hits record</h1><p class="standfirst">${summary}</p></header><div class="story">${body}</div></body></html>`));
    expect(entry.boilerplate).toContainEqual({ kind: 'standfirst', text: summary });
    expect(entry.paragraphs.join(' ')).not.toContain('smelter upgrades lifted');
  });
});
