// Articles by id, one map per list: the lookup per-article pages share instead of rebuilding it for each page.
import { describe, expect, it } from 'vitest';
import { byId } from '../../../src/lib/corpus/by-id.ts';

describe('byId', () => {
  it('finds every item by its id, and nothing else', () => {
    const list = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }];
    const map = byId(list);
    expect(map.get('a')).toBe(list[0]);
    expect(map.get('b')).toBe(list[1]);
    expect(map.get('c')).toBeUndefined();
    expect(map.size).toBe(2);
  });

  it('builds the map once per list and a separate one for another list', () => {
    const list = [{ id: 'a' }];
    expect(byId(list)).toBe(byId(list));
    const other = [{ id: 'a' }];
    expect(byId(other)).not.toBe(byId(list));
    expect(byId(other).get('a')).toBe(other[0]);
  });

  it('keeps the later of two items with one id, as a Map built from the list would', () => {
    const list = [{ id: 'a', n: 1 }, { id: 'a', n: 2 }];
    expect(byId(list).get('a')?.n).toBe(2);
  });
});
