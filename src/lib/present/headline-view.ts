// The two headlines of a pair, word-diffed as a row is: a rewrite's new headline is often its most visible change,
// and a headline is no sentence of the body, so the alignment never sets the two side by side.
import type { DiffOp } from '../compare/types.ts';
import { wordDiff } from '../compare/word-diff.ts';
import type { Article } from '../schema/article.ts';
import { countWords } from '../text/words.ts';
import { plural } from './format.ts';
import type { DiffSegment } from './pair-types.ts';
import { rowSegments } from './row-segments.ts';

/** What a side's headline needs: its title and where the title came from. */
export type HeadlineArticle = Pick<Article, 'title'> & Partial<Pick<Article, 'title_from'>>;

/** The headline row of a pair page: both headlines with their word diff, or why they are not compared. */
export interface HeadlineView {
  /** False when a side has no headline of its own (its title is the opening words of its text): no segments then. */
  compared: boolean;
  /** What the row says beside the headlines: their grade, or why they are not compared. */
  summary: string;
  left: DiffSegment[];
  right: DiffSegment[];
  inline: DiffSegment[];
}

/** The headline row of two articles: diffed when both state a headline, else only why they are not compared. */
export function headlineView(left: HeadlineArticle, right: HeadlineArticle): HeadlineView {
  // A headline of its own is one the text states or the curated metadata gives; a title made of the opening words is none.
  const derived = [left, right].flatMap((a, i) => (a.title_from === 'text' || a.title_from === 'curated' ? [] : [i === 0 ? 'A' : 'B']));
  if (derived.length > 0) {
    const why =
      derived.length === 2
        ? 'Neither text has a headline of its own (each title is the opening words of its text)'
        : `${derived[0]} has no headline of its own (its title is the opening words of its text)`;
    return { compared: false, summary: `${why}, so the headlines are not compared.`, left: [], right: [], inline: [] };
  }
  const ops = wordDiff(left.title, right.title);
  const segments = rowSegments({ kind: left.title === right.title ? 'same' : 'changed', left: [left.title], right: [right.title], ops });
  // Words counted as the reader sees them marked: a word written two ways is no change.
  const count = (op: DiffOp['op']) => ops.filter((o) => o.op === op && !o.variant).reduce((n, o) => n + countWords(o.text), 0);
  const [removed, added] = [count('delete'), count('insert')];
  const summary =
    left.title === right.title
      ? 'Same headline'
      : removed + added === 0
        ? 'Same headline words; only punctuation, capitals or spelling differ'
        : `Headlines differ: ${plural(removed, 'word')} only in A, ${plural(added, 'word')} only in B`;
  return { compared: true, summary, ...segments };
}
