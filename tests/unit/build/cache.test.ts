// The build cache's storage: packs keep only what a build used, and the code version follows every source file.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeVersion, digest, Pack } from '../../../src/lib/build/cache.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'wirediff-cache-'));

describe('Pack', () => {
  it('reads back what was saved, counts hits and misses, and drops records a build did not use', () => {
    const file = join(temp(), 'p.ndjson');
    const first = new Pack<{ v: number }>(file);
    first.set('a', { v: 1 });
    first.set('b', { v: 2 });
    first.save();
    const second = new Pack<{ v: number }>(file);
    expect(second.get('a')).toEqual({ v: 1 });
    expect(second.get('c')).toBeUndefined();
    expect([second.hits, second.misses]).toEqual([1, 1]);
    second.save();
    expect(readFileSync(file, 'utf8')).toBe('a\t{"v":1}\n');
    expect(new Pack(file).get('b')).toBeUndefined();
  });
});

describe('codeVersion and digest', () => {
  it('changes when any file of the folders changes, and only then', () => {
    const root = temp();
    mkdirSync(join(root, 'src/x/deep'), { recursive: true });
    writeFileSync(join(root, 'src/x/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'src/x/deep/b.ts'), 'export const b = 1;\n');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const before = codeVersion(['src/x'], root);
    expect(codeVersion(['src/x'], root)).toBe(before);
    // Versions are memoised per process (code does not change under a running build), so each case is a fresh root.
    const tree = (b: string, lock = '{}') => {
      const copy = temp();
      mkdirSync(join(copy, 'src/x/deep'), { recursive: true });
      writeFileSync(join(copy, 'src/x/a.ts'), 'export const a = 1;\n');
      writeFileSync(join(copy, 'src/x/deep/b.ts'), b);
      writeFileSync(join(copy, 'package-lock.json'), lock);
      return codeVersion(['src/x'], copy);
    };
    expect(tree('export const b = 1;\n')).toBe(before);
    expect(tree('export const b = 2;\n')).not.toBe(before);
    expect(tree('export const b = 1;\n', '{"x":1}')).not.toBe(before);
  });

  it('keeps parts apart', () => {
    expect(digest('ab', 'c')).not.toBe(digest('a', 'bc'));
    expect(digest('x')).toBe(digest('x'));
  });
});
