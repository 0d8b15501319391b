// The wirediff command (bin/wirediff.js), run as a reader would, against the built site in dist/: each command,
// each exit status, --json against the API, and colour only on a terminal without NO_COLOR.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../temp-dir.ts';
import { describe, expect, it } from 'vitest';

interface ArticleSummary { id: string; source_file: string }
interface PairSummary { left: string; right: string; json: string | null }

const NODE = 'node_modules/.bin/node';
const BIN = 'bin/wirediff.js';
const ESC = '\u001b[';
const articles: ArticleSummary[] = JSON.parse(readFileSync('dist/api/articles.json', 'utf8'));
const pairs: PairSummary[] = JSON.parse(readFileSync('dist/api/pairs.json', 'utf8'));
const variant = pairs.find((p) => p.json) as PairSummary;
const fileOf = (id: string) => `content/articles/${articles.find((a) => a.id === id)?.source_file}`;
const rewrite = JSON.parse(readFileSync('tests/fixtures/rewrites/check-000/case.json', 'utf8')) as { expected_first_match: string };
const tmp = tempDir('wirediff-cli-');

/** Runs the command with stdout a pipe (not a terminal), as scripts and CI see it. */
function run(args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(NODE, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the command on a pseudo-terminal (util-linux `script`), so it sees a TTY. */
function runOnTerminal(args: string[], env: Record<string, string | undefined> = {}) {
  const command = [NODE, BIN, ...args].map((a) => `'${a}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, ...env } });
  return { status: r.status, stdout: r.stdout };
}

describe('wirediff diff', () => {
  it('prints every row with changes as [-…-] and {+…+} when the output is not a terminal, and exits 1', () => {
    const r = run(['diff', fileOf(variant.left), fileOf(variant.right)]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/\[-[^\n]+-\]/);
    expect(r.stdout).toMatch(/\{\+[^\n]+\+\}/);
    expect(r.stdout).not.toContain(ESC);
    const api = JSON.parse(readFileSync(`dist${variant.json}`, 'utf8')) as { rows: unknown[] };
    expect(r.stdout.match(/^Row \d+ · /gm)).toHaveLength(api.rows.length);
  });

  it('prints the alignment in the shape of the API’s pair JSON, equal to it for a corpus pair', () => {
    const r = run(['diff', fileOf(variant.left), fileOf(variant.right), '--json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(`dist${variant.json}`, 'utf8')));
  });

  it('exits 0 for two identical texts', () => {
    const r = run(['diff', fileOf(variant.left), fileOf(variant.left)]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('[-');
  });

  it('colours word changes on a terminal, and not with NO_COLOR set', () => {
    const coloured = runOnTerminal(['diff', fileOf(variant.left), fileOf(variant.right)]);
    expect(coloured.status).toBe(1);
    expect(coloured.stdout).toContain(`${ESC}32;4m`);
    expect(coloured.stdout).not.toContain('{+');
    const plain = runOnTerminal(['diff', fileOf(variant.left), fileOf(variant.right)], { NO_COLOR: '1' });
    expect(plain.status).toBe(1);
    expect(plain.stdout).not.toContain(ESC);
    expect(plain.stdout).toContain('{+');
  });

  it.each([
    ['a missing file', ['diff', join(tmp, 'missing.txt'), 'content/articles/x.txt'], /missing\.txt: no such file/],
    ['an empty file', ['diff', (writeFileSync(join(tmp, 'empty.txt'), ''), join(tmp, 'empty.txt')), join(tmp, 'empty.txt')], /empty\.txt: the file is empty/],
    ['a binary file', ['diff', (writeFileSync(join(tmp, 'bin.txt'), new Uint8Array([1, 0, 2])), join(tmp, 'bin.txt')), join(tmp, 'bin.txt')], /bin\.txt: the file is binary/],
    ['a folder', ['diff', tmp, tmp], /is a folder/],
    ['one file only', ['diff', 'content/articles/x.txt'], /diff takes two files/],
    ['no command', [], /no command given/],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['an unknown option', ['diff', '--colour'], /Unknown option/],
  ])('exits 2 with one line naming the problem for %s', (_name, args, message) => {
    const r = run(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(/^wirediff: /);
    expect(r.stderr.split('\n')[0]).toMatch(message);
  });
});

describe('wirediff check', () => {
  it('ranks the seed a rewrite comes from first and exits 1', () => {
    const r = run(['check', 'tests/fixtures/rewrites/check-000/input.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/share text with yours, best match first\.$/);
    // The curated wire source of the match, when it has one, is said under its title, as /check/ does.
    const wire = (JSON.parse(readFileSync(join('dist', 'api', 'articles', `${rewrite.expected_first_match}.json`), 'utf8')) as { wire: string | null }).wire;
    const wireLine = wire ? `   Wire source: ${wire} \\(curated metadata\\)\\n` : '';
    expect(r.stdout).toMatch(new RegExp(`^1\\. [^\\n]+\\n${wireLine}[^\\n]+\\n   /articles/${rewrite.expected_first_match}/$`, 'm'));
    const json = JSON.parse(run(['check', 'tests/fixtures/rewrites/check-000/input.txt', '--json']).stdout) as { matches: { id: string; checked_found: number; wire: string | null }[] };
    expect(json.matches[0]?.id).toBe(rewrite.expected_first_match);
    expect(json.matches[0]?.wire).toBe(wire);
    expect(json.matches[0]?.checked_found).toBeGreaterThan(0.8);
  });

  it('says beside a close version that a figure in it differs from the checked text', () => {
    // Any corpus article with a figure of two digits or more: the copy changes that figure and nothing else.
    const entries = articles.map((a) => JSON.parse(readFileSync(join('dist', 'api', 'articles', `${a.id}.json`), 'utf8')) as { id: string; paragraphs: string[] });
    const source = entries.find((e) => e.paragraphs.some((p) => /\b\d{2,}\b/.test(p))) as { id: string; paragraphs: string[] };
    const at = source.paragraphs.findIndex((p) => /\b\d{2,}\b/.test(p));
    const copy = source.paragraphs.map((p, i) => (i === at ? p.replace(/\b(\d{2,})\b/, (n) => String(Number(n) + 7)) : p));
    const file = join(tmp, 'changed-figure.txt');
    writeFileSync(file, `${copy.join('\n\n')}\n`);
    const json = JSON.parse(run(['check', file, '--json']).stdout) as { matches: { id: string; variant: boolean; facts_differ: string | null; facts_values: string | null }[] };
    const match = json.matches.find((m) => m.id === source.id);
    expect(match?.variant).toBe(true);
    expect(match?.facts_differ).toMatch(/^1 (?:number|date) differs from your text\.$/);
    expect(match?.facts_values).toMatch(/^The article has “[^”]+” where yours has “[^”]+”\.$/);
    expect(run(['check', file]).stdout).toContain(`   ${match?.facts_differ} ${match?.facts_values} \`wirediff diff\` shows where.`);
  });

  it('finds the article whose headline a pasted headline is, which no sentence of its body holds', () => {
    const entries = articles.map((a) => JSON.parse(readFileSync(join('dist', 'api', 'articles', `${a.id}.json`), 'utf8')) as { id: string; title: string; title_from: string });
    // A headline the article states (not one made from its first sentence), long enough to trace by its words.
    const stated = entries.find((e) => e.title_from !== 'derived' && new Set(e.title.toLowerCase().match(/[\p{L}\p{N}]+/gu)).size >= 8);
    expect(stated).toBeDefined();
    const file = join(tmp, 'headline.txt');
    writeFileSync(file, `${stated?.title}\n`);
    const json = JSON.parse(run(['check', file, '--json']).stdout) as { matches: { id: string; verdict: string }[] };
    expect(json.matches.find((m) => m.id === stated?.id)?.verdict).toBe('Your text is this article’s headline');
  });

  it('says so and exits 0 when no article shares text, then what it read of the file', () => {
    const r = run(['check', 'tests/fixtures/rewrites/unrelated/input.txt']);
    expect(r.status).toBe(0);
    const [first, blank, read, counts] = r.stdout.trim().split('\n');
    expect([first, blank]).toEqual([`No article in the corpus shares text with this. The corpus holds ${articles.length} articles.`, '']);
    expect(read).toMatch(/^Read from tests\/fixtures\/rewrites\/unrelated\/input\.txt: “.+” — /);
    expect(counts).toMatch(/^ {3}\d+ sentences in \d+ paragraphs compared; set aside: /);
  });

  it('offers, for a text told in other words, the article naming its names and figures, said to share no text', () => {
    const file = 'tests/fixtures/related/paraphrase-003/input.txt';
    const r = run(['check', file]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^No article in the corpus shares text with this\. .* But 1 article names most of its names and figures: a rewrite in other words may come from it\.$/);
    expect(lines[2]).toMatch(/^1\. Egypt has pulled out/);
    expect(lines[3]).toMatch(/^ {3}No shared text; the same names and figures\. Names \d+ of the \d+ names and figures of your text: /);
    const json = JSON.parse(run(['check', file, '--json']).stdout) as { matches: unknown[]; related: { id: string; url: string; facts: string[]; facts_of: number; facts_share: number }[] };
    expect(json.matches).toEqual([]);
    expect(json.related[0]).toMatchObject({ id: expect.stringMatching(/^003_/), url: expect.stringMatching(/^\/articles\/003_/), facts: expect.arrayContaining(['Doha', 'Riyadh']) });
    expect(json.related[0]?.facts_share).toBeGreaterThan(0.5);
    expect((JSON.parse(run(['check', 'tests/fixtures/rewrites/unrelated/input.txt', '--json']).stdout) as { related: unknown[] }).related).toEqual([]);
  });

  it('says in JSON what it read of a saved page: its metadata, and the lines set aside by kind', () => {
    const page = join(tmp, 'page.html');
    writeFileSync(page, '<html lang="en"><head><title>Port extends water rationing - Coast Herald</title></head><body><nav><a href="/">Home</a></nav><h1>Port extends water rationing</h1><p>By Ana Ruiz</p><p>The port authority extended water rationing for another month on Friday, officials said.</p><p>Reservoirs stand at a third of their usual level after the driest winter on record.</p><p>Share: Facebook · X · Email</p></body></html>');
    const r = run(['check', page, '--json']);
    const read = (JSON.parse(r.stdout) as { read: Record<string, unknown> }).read;
    expect(read).toMatchObject({ title: 'Port extends water rationing', author: 'Ana Ruiz', paragraphs: 2, sentences: 2 });
    expect(read.set_aside).toMatchObject({ share: 1 });
  });

  it('reports what the parse left out on stderr, as the build does, and still checks the text', () => {
    const page = join(tmp, 'swifts.md');
    writeFileSync(page, '---\ntitle: Swifts return\nurl: /posts/swifts/\n---\n\nVolunteers counted 46 nests at the old mill tower in Ashby this spring, up from 31 last year.\n');
    const r = run(['check', page]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`No article in the corpus shares text with this. The corpus holds ${articles.length} articles.`);
    expect(r.stderr).toMatch(/3:1\s+warning\s+front matter field `url` is ignored: read as `source_url`/);
  });

  it('checks a one-line file without a full stop as text, as /check/ does, not as a headline with no story', () => {
    const fragment = join(tmp, 'fragment.txt');
    writeFileSync(fragment, 'building a collective security pact with the stakeholders in the region seems necessary\n');
    const r = run(['check', fragment, '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { matches: { id: string }[] }).matches[0]?.id).toMatch(/^002_/);
  });

  it('exits 3 for a text too short to trace, which was not checked, and says so in JSON', () => {
    const tiny = join(tmp, 'tiny.txt');
    writeFileSync(tiny, 'tiny\n');
    const r = run(['check', tiny]);
    expect(r.status).toBe(3);
    expect(r.stdout).toMatch(/too little to trace/);
    const json = run(['check', tiny, '--json']);
    expect(json.status).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ matches: [], too_short: true, read: { title: 'tiny', sentences: 1 } });
    expect((JSON.parse(run(['check', 'tests/fixtures/rewrites/unrelated/input.txt', '--json']).stdout) as { too_short: boolean }).too_short).toBe(false);
  });

  it('exits 2 without a built corpus, naming what is missing', () => {
    const r = run(['check', 'tests/fixtures/rewrites/unrelated/input.txt', '--dist', join(tmp, 'nowhere')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nowhere\/check\/index\.json: no built corpus/);
  });
});

describe('wirediff help', () => {
  it('prints the usage and exits 0', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: wirediff diff A B/);
  });
});
