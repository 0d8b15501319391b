// Several articles in one file, as an issue exported whole (a news reader's e-book of the day's stories, a print
// edition saved as one document): each opens with a top-level heading and its own byline under it. The story read is
// the one with most of the prose; the issue's front matter, its lists and the other articles (often teasers cut at a
// paywall) are the file's, and the masthead it opens with names the outlet.
import { detectByline } from './byline.ts';
import { isProse } from './paragraphs.ts';
import { countWords } from '../text/words.ts';

/** One block of the file as this rule reads it: its text, and its heading depth (0 for a paragraph). */
export interface IssueLine {
  text: string;
  depth: number;
}

/** Fewest articles, each a top-level heading over a byline, that make a file an issue. */
const MIN_ARTICLES = 2;
/** Share of the file's prose the longest article must hold to be read as the story. */
const STORY_SHARE = 0.6;

/**
 * The article to read in an issue: [from, to) over the lines, from its heading to the next article's heading (or the
 * file's end), or null when the file is not an issue or no article holds STORY_SHARE of its prose.
 */
export function issueStory(lines: readonly IssueLine[]): [number, number] | null {
  const starts = lines.flatMap((line, i) => (line.depth === 1 && lines[i + 1]?.depth === 0 && detectByline(lines[i + 1]?.text ?? '') ? [i] : []));
  if (starts.length < MIN_ARTICLES) return null;
  const prose = (from: number, to: number) => lines.slice(from, to).reduce((n, l) => n + (l.depth === 0 && isProse(l.text) ? countWords(l.text) : 0), 0);
  const total = prose(0, lines.length);
  const sections = starts.map((start, k) => [start, starts[k + 1] ?? lines.length] as [number, number]);
  const best = sections.reduce((a, b) => (prose(...b) > prose(...a) ? b : a));
  return total > 0 && prose(...best) >= STORY_SHARE * total ? best : null;
}

/** Most words of an issue's masthead: a publication's name, not a headline. */
const MAX_MASTHEAD_WORDS = 6;

/** The issue's masthead, the top-level heading it opens with above its articles ("# The Volta Observer"), or null. */
export function issueMasthead(lines: readonly IssueLine[], story: readonly [number, number]): string | null {
  const first = lines.findIndex((l) => l.depth > 0);
  const line = lines[first];
  return line && line.depth === 1 && first < story[0] && countWords(line.text) <= MAX_MASTHEAD_WORDS ? line.text.trim() : null;
}

