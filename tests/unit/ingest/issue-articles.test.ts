// Several articles in one file: each a top-level heading over its own byline; the one with most of the prose is read.
import { describe, expect, it } from 'vitest';
import { issueMasthead, issueStory, type IssueLine } from '../../../src/lib/ingest/issue-articles.ts';

const p = (text: string): IssueLine => ({ text, depth: 0 });
const h1 = (text: string): IssueLine => ({ text, depth: 1 });
const para = (n: number) => p(`Paragraph ${n} of the story says what the assembly decided on Wednesday and why the fishermen objected.`);

describe('issueStory', () => {
  const issue = [
    h1('The Volta Observer'),
    p('Sat, 14 Jun 2025'),
    h1('Keta fishermen given until July to move canoes'),
    p('By Selasi Kumordzi'),
    ...[1, 2, 3, 4, 5, 6].map(para),
    h1('Ho hospital opens dialysis unit'),
    p('By Edinam Tsikata'),
    p('The unit will cut journeys to Accra for about 90 patients, the hospital says.'),
  ];

  it('reads the article with most of the prose, from its heading to the next article’s', () => {
    expect(issueStory(issue)).toEqual([2, 10]);
  });

  it('reads no issue in a file with one article, or headings with no byline under them (an article’s own sections)', () => {
    expect(issueStory(issue.slice(0, 10))).toBeNull();
    expect(issueStory(issue.map((l) => (l.text.startsWith('By ') ? p('The assembly met on Wednesday.') : l)))).toBeNull();
  });

  it('reads no story when no article holds most of the prose', () => {
    const even = [h1('First story of the day'), p('By Ama Owusu'), para(1), para(2), h1('Second story of the day'), p('By Kofi Mensah'), para(3), para(4)];
    expect(issueStory(even)).toBeNull();
  });
});

describe('issueMasthead', () => {
  it('reads the top-level heading an issue opens with above its articles, and no headline', () => {
    const lines = [h1('The Volta Observer'), p('Sat, 14 Jun 2025'), h1('Keta fishermen given until July'), p('By Selasi Kumordzi')];
    expect(issueMasthead(lines, [2, 4])).toBe('The Volta Observer');
    expect(issueMasthead(lines.slice(2), [0, 2])).toBeNull();
    expect(issueMasthead([h1('Fishermen on the Keta coast are given until July to move their canoes'), ...lines.slice(2)], [1, 3])).toBeNull();
  });
});

