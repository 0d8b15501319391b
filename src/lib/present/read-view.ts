// What a check read of the reader's text, said back to them: its title, author, outlet and date as found, how many
// sentences it compared, and the lines it set aside as page furniture or credits, so a reader can see a page was
// read right before trusting the matches. The /check/ page and `wirediff check` say it alike.
import type { Article, BoilerplateKind } from '../schema/article.ts';
import { formatDate, plural, quoteOnce } from './format.ts';

/** What a check read of a text, counted: its metadata, sentences, and the lines set aside by kind (JSON `read`). */
export interface ReadSummary {
  title: string;
  author: string | null;
  published: string | null;
  outlet: string | null;
  paragraphs: number;
  sentences: number;
  /** Lines set aside (page furniture, credits), by kind, most first. */
  set_aside: Partial<Record<BoilerplateKind, number>>;
}

/** A reader's name for each kind of line set aside. */
export const SET_ASIDE_LABELS: Readonly<Record<BoilerplateKind, string>> = {
  caption: 'caption',
  title: 'title',
  standfirst: 'standfirst',
  dateline: 'dateline',
  date: 'date line',
  byline: 'byline',
  'author-bio': 'author bio',
  license: 'licence',
  credit: 'credit',
  share: 'share prompt',
  related: 'related link',
  subscribe: 'sign-up prompt',
  appeal: 'appeal for support',
  'read-more': 'read-more link',
  'front-matter': 'front matter',
  other: 'page furniture',
};

/** Counts what was read of a text and what was set aside, by kind. */
export function readSummary(article: Pick<Article, 'title' | 'author' | 'published' | 'outlet' | 'paragraphs' | 'sentences' | 'boilerplate'>): ReadSummary {
  const counts = new Map<BoilerplateKind, number>();
  for (const b of article.boilerplate) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1);
  return {
    title: article.title,
    author: article.author,
    published: article.published,
    outlet: article.outlet,
    paragraphs: article.paragraphs.length,
    sentences: article.sentences.flat().length,
    set_aside: Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
  };
}

/**
 * What was read, in two sentences: "Read from your file x.html: “Title” — Jane Doe, Outlet, 3 May 2024." and the
 * counts. `page`: the text is a saved web page, whose article was found in its markup first, so what stood around it
 * is gone before anything is counted as set aside.
 */
export function readText(read: ReadSummary, source: string, page = false): { found: string; counts: string } {
  const kinds = Object.entries(read.set_aside) as [BoilerplateKind, number][];
  const total = kinds.reduce((n, [, k]) => n + k, 0);
  const list = kinds.map(([kind, n]) => `${SET_ASIDE_LABELS[kind]} ${n}`).join(', ');
  return {
    found: `Read from ${source}: ${quoteOnce(read.title)} — ${read.author ?? 'no author found'}, ${read.outlet ?? 'no outlet found'}, ${formatDate(read.published, 'no date found')}.`,
    counts: `${plural(read.sentences, 'sentence')} in ${plural(read.paragraphs, 'paragraph')} compared${page ? ', the article found in the page' : ''}; set aside${page ? ' from it' : ''}: ${total > 0 ? `${plural(total, 'line')} (${list})` : 'nothing'}.`,
  };
}
