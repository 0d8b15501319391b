import { describe, expect, it } from 'vitest';
import { distinctNames, distinctSuffix, shownFile } from '../../../src/lib/present/distinct-names.ts';

const item = (id: string, title: string, outlet: string, dateText: string) => ({ id, title, outlet, dateText });

describe('distinctNames', () => {
  it('names only articles sharing a title, by the fewest facts that tell them apart', () => {
    const names = distinctNames([
      item('a', 'One title', 'Gulf Wire', '3 May 2019'),
      item('b', 'One title', 'Daily Courier', '3 May 2019'),
      item('c', 'One title', 'Outlet not stated', '4 May 2019'),
      item('d', 'One title', 'Outlet not stated', '5 May 2019'),
      item('e', 'One title', 'Outlet not stated', 'undated'),
      item('f', 'One title', 'Outlet not stated', 'undated'),
      item('g', 'A title of its own', 'Outlet not stated', 'undated'),
    ]);
    expect(Object.fromEntries(names)).toEqual({
      a: 'Gulf Wire',
      b: 'Daily Courier',
      c: 'Outlet not stated, 4 May 2019',
      d: 'Outlet not stated, 5 May 2019',
      e: 'e',
      f: 'f',
    });
    expect(distinctSuffix(names, 'c')).toBe(' (Outlet not stated, 4 May 2019)');
    expect(distinctSuffix(names, 'g')).toBe('');
    // Only those the caption cannot tell apart (same title, outlet and date) have their file shown to everyone.
    expect(['a', 'c', 'e', 'f', 'g'].map((id) => shownFile(names, id))).toEqual([null, null, 'e', 'f', null]);
  });

  it('does not count one article listed twice as two', () => {
    expect(distinctNames([item('a', 'T', 'X', 'undated'), item('a', 'T', 'X', 'undated')]).size).toBe(0);
  });
});
