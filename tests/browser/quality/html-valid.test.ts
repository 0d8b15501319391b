// Nu Html Checker over every built page in one JVM run: 0 errors.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from './pages.ts';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

// vnu-jar exports the path of its vnu.jar (a String object); it ships no types, hence require.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const pages = builtPages();

describe('HTML validity (Nu Html Checker)', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('finds no errors in any built page', () => {
    const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', ...pages.map((p) => p.file)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    // vnu writes its JSON report to stderr and exits non-zero when it found errors.
    const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
      .map((m) => `${m.url ? relative(process.cwd(), new URL(m.url).pathname) : '?'}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.trim()}` : ''}`);
    expect(errors, errors.join('\n')).toEqual([]);
    expect(run.status).toBe(0);
  }, 180_000);
});
