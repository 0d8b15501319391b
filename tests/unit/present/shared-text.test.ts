// The "Shares text with" list of an article page (present/shared-text.ts).
import { describe, expect, it } from 'vitest';
import { SHARED_TEXT_LISTED, textSharers } from '../../../src/lib/present/shared-text.ts';
import { article, pair } from './make.ts';

const articles = [article('w', { title: 'Wire story' }), article('o', { title: 'Opinion' }), article('p', { title: 'Profile' }), article('v', { title: 'Rewrite' })];

describe('textSharers', () => {
  it('lists the articles sharing sentences that are no versions, the most shared first, each with the reader of the two', () => {
    const listed = textSharers('w', [pair('w', 'o', 0.2, false, 2), pair('p', 'w', 0.1, false, 3), pair('w', 'v', 0.9, true, 12)], articles);
    expect(listed.map((s) => [s.id, s.figures, s.compareUrl])).toEqual([
      ['p', '3 sentences nearly word for word', '/compare/?a=p&b=w'],
      ['o', '2 sentences nearly word for word', '/compare/?a=w&b=o'],
    ]);
  });

  it('lists no pair the article is not in, and at most SHARED_TEXT_LISTED', () => {
    expect(textSharers('w', [pair('o', 'p', 0.2, false, 5)], articles)).toEqual([]);
    const many = Array.from({ length: SHARED_TEXT_LISTED + 3 }, (_, i) => article(`x${i}`));
    expect(textSharers('w', many.map((a) => pair('w', a.id, 0.2, false, 2)), [...articles, ...many])).toHaveLength(SHARED_TEXT_LISTED);
  });
});
