// The content stamp: what the data files were made from, changed by any edit to the content folder's files.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentStamp, DATA_FILES_CODE } from '../../../src/lib/build/content-stamp.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('contentStamp', () => {
  it('changes when a file is added or its bytes change, even at the same size and time, and not when only touched', () => {
    root = mkdtempSync(join(tmpdir(), 'wirediff-stamp-'));
    mkdirSync(join(root, 'articles'));
    writeFileSync(join(root, 'articles', 'a.txt'), 'one');
    writeFileSync(join(root, 'glossary.yaml'), '[]');
    const first = contentStamp(root);
    expect(contentStamp(root)).toBe(first);
    const { atime, mtime } = statSync(join(root, 'articles', 'a.txt'));
    writeFileSync(join(root, 'articles', 'a.txt'), 'two');
    utimesSync(join(root, 'articles', 'a.txt'), atime, mtime);
    const edited = contentStamp(root);
    expect(edited).not.toBe(first);
    utimesSync(join(root, 'glossary.yaml'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(contentStamp(root)).toBe(edited);
    writeFileSync(join(root, 'articles', 'b.txt'), 'three');
    expect(contentStamp(root)).not.toBe(edited);
  });

  it('covers the code that makes the data files, the list of them included', () => {
    expect(DATA_FILES_CODE).toEqual(expect.arrayContaining(['src/lib', 'src/data']));
  });
});
