// The build cache's storage: packs keep only what a build used, and the code version follows every source file.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../temp-dir.ts';
import { codeVersion, digest, Pack } from '../../../src/lib/build/cache.ts';

const temp = () => tempDir('wirediff-cache-');

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

describe('Pack saving', () => {
  const records = (n: number, from = 0) => Array.from({ length: n }, (_, i) => [`k${from + i}`, { v: from + i }] as const);
  /** A pack file saved by a first build with records k0…k(n-1). */
  const savedPack = (n: number) => {
    const file = join(temp(), 'p.ndjson');
    const first = new Pack<{ v: number }>(file);
    for (const [k, v] of records(n)) first.set(k, v);
    first.save();
    return file;
  };
  /** The next build's pack, having read records k0…k(n-1). */
  const reading = (file: string, n: number) => {
    const pack = new Pack<{ v: number }>(file);
    for (const [k] of records(n)) pack.get(k);
    return pack;
  };
  // A rewrite renames a new file into place (a new inode); an append keeps the file.
  const state = (file: string) => ({ ino: statSync(file).ino, text: readFileSync(file, 'utf8') });

  it('appends what a build added, leaving the bytes already stored as they were', () => {
    const file = savedPack(8);
    const before = state(file);
    const second = reading(file, 8);
    second.set('k8', { v: 8 });
    second.save();
    expect(state(file)).toEqual({ ino: before.ino, text: `${before.text}k8\t{"v":8}\n` });
    expect(new Pack<{ v: number }>(file).get('k8')).toEqual({ v: 8 });
  });

  it('writes nothing when a build used every record as it was', () => {
    const file = savedPack(4);
    const before = state(file);
    reading(file, 4).save();
    expect(state(file)).toEqual(before);
  });

  it('reads a changed record as its latest line, and rewrites the pack once over a quarter of its lines are dead', () => {
    const file = savedPack(8);
    // One changed record of eight: appended (the old line is dead, one in nine).
    const second = reading(file, 8);
    second.set('k0', { v: 100 });
    second.save();
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(10);
    expect(new Pack<{ v: number }>(file).get('k0')).toEqual({ v: 100 });
    // Then only four records used: five of nine lines dead, so the pack is rewritten with the four.
    reading(file, 4).save();
    expect(readFileSync(file, 'utf8')).toBe('k0\t{"v":100}\nk1\t{"v":1}\nk2\t{"v":2}\nk3\t{"v":3}\n');
  });

  it('drops a last line cut short (an interrupted append) and rewrites the pack whole', () => {
    const file = join(temp(), 'p.ndjson');
    writeFileSync(file, 'a\t{"v":1}\nb\t{"v":2}\nc\t{"v"');
    const pack = new Pack<{ v: number }>(file);
    expect(pack.get('c')).toBeUndefined();
    expect(pack.get('a')).toEqual({ v: 1 });
    pack.get('b');
    pack.save();
    expect(readFileSync(file, 'utf8')).toBe('a\t{"v":1}\nb\t{"v":2}\n');
  });

  it('appends nothing twice when saved twice', () => {
    const file = join(temp(), 'p.ndjson');
    const pack = new Pack<{ v: number }>(file);
    for (const [k, v] of records(4)) pack.set(k, v);
    pack.save();
    pack.set('k4', { v: 4 });
    pack.save();
    pack.save();
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(6);
  });
});
