// The build refuses data files made from other content: `astro build` run alone after an article was added stops
// before writing any page, and says what to run.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuildAfterContentChange, type BuildRun } from '../../support/build-site.ts';

describe('a build whose data files are stale', () => {
  let run: BuildRun;
  afterAll(() => rmSync(run.root, { recursive: true, force: true }));

  it('fails before any page is written, naming the bundle and the command to run', () => {
    run = astroBuildAfterContentChange({ 'late.txt': 'A late article\n\nIt arrived after the prepare step had run.\n' });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/data-files\.bundle: the data files were written for other content or code; run `npm run build`/);
    expect(existsSync(join(run.dist, 'index.html'))).toBe(false);
  });
}, 180_000);
