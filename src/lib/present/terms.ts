// Term pages and the terms index as plain data: every mention with its own snippet, names with their origins, and
// pages cut by article count, so no page grows with the corpus (the full data is in /api/terms.json).
import type { ArticleMentions, MentionLine, TermReport } from '../terms/report.ts';
import type { AliasSource, TableTerm } from '../terms/table.ts';
import type { Article } from '../schema/article.ts';
import { articleUrl, paragraphUrl, searchUrl, termNamesUrl, termsIndexUrl, termUrl } from '../routes.ts';
import { distinctNames, distinctSuffix } from './distinct-names.ts';
import { articleCaption, excerpt, formatDate, formatOutlet, plural } from './format.ts';
import type { LabelledLink } from './labelled-link.ts';

/** Articles listed on one page of a term; later articles are on numbered pages. */
export const TERM_PAGE_ARTICLES = 20;
/** Mention lines shown for one article on a term page; beyond this the page says how many more mentions the article has. */
export const TERM_ARTICLE_MENTIONS = 20;
/** Mention lines of an article shown open; the rest sit in a disclosure the reader opens. */
export const TERM_MENTIONS_OPEN = 3;
/** Places shown per name in "where each name comes from"; the rest are counted (all are in /api/terms.json). */
export const ALIAS_SOURCES_SHOWN = 5;
/** Terms per page of the terms index. */
export const TERMS_INDEX_PAGE = 200;
/** Other names a row of the terms index shows; the term page lists them all. */
const INDEX_NAMES_SHOWN = 8;
/** The index shows its term-by-article table only up to this many articles (as the home page's matrix does). */
export const TERMS_MATRIX_MAX_ARTICLES = 30;

/** A name of the term and where it comes from: the glossary, and the paragraphs of the texts that define it. */
export interface AliasView {
  text: string;
  curated: boolean;
  /** How the texts define it ("long (SHORT)", "known as", …), when they all do it one way. */
  pattern: string | null;
  /** The defining paragraphs, at most ALIAS_SOURCES_SHOWN. */
  places: LabelledLink[];
  /** The defining paragraphs not listed ("7 more"), as the search that finds them all; null when all are listed. */
  more: LabelledLink | null;
}

/** One mention line: the paragraph link and the snippet. */
export interface MentionView extends MentionLine {
  link: LabelledLink;
}

/** One article on a term page. */
export interface ArticleMentionsView {
  id: string;
  title: string;
  url: string;
  meta: string;
  count: number;
  aliases: string[];
  open: MentionView[];
  folded: MentionView[];
  /** Mentions the folded lines mark. */
  foldedCount: number;
  /** Mentions not shown here (over TERM_ARTICLE_MENTIONS): read them in the article. */
  notShown: number;
}

/** One page of a term. */
export interface TermPageView {
  term: TableTerm;
  page: number;
  pages: number;
  url: string;
  summary: string;
  aliases: AliasView[];
  /** For an acronym the texts expand in two or more ways: each long form with where. */
  ambiguity: { text: string; places: LabelledLink[]; more: LabelledLink | null }[] | null;
  articles: ArticleMentionsView[];
  silentText: string | null;
  prev: string | null;
  next: string | null;
  /** Every page of this term, for the page list. */
  pageLinks: { page: number; href: string; current: boolean }[];
}

type Titles = (id: string) => Pick<Article, 'title' | 'outlet' | 'published'> | undefined;

/** How a definition is written, as the page says it. */
const PATTERN_LABELS: Record<string, string> = {
  'long (SHORT)': '“long form (ACRONYM)”',
  'SHORT (long)': '“ACRONYM (long form)”',
  'known as': '“known as …”',
  'so-called': '“so-called …”',
  dubbed: '“dubbed …”',
};

/** A link to a defining paragraph, named by its article's title (shortened). */
function placeLink(article: string, paragraph: number, titles: Titles): LabelledLink {
  const title = titles(article)?.title ?? article;
  const short = excerpt(title, 48);
  return { href: paragraphUrl(article, paragraph), text: `¶${paragraph} of “${short}”`, hidden: '' };
}

/**
 * Links to defining paragraphs; where articles share a title (copies of one story), each also says which article,
 * for screen readers (distinct-names.ts), so four "¶2 of “…”" links to four articles are told apart.
 */
function placeLinks(sources: readonly { article: string; paragraph: number }[], titles: Titles): LabelledLink[] {
  const captions = [...new Set(sources.map((s) => s.article))].map((id) => {
    const a = titles(id);
    return articleCaption({ id, title: a?.title ?? id, outlet: a?.outlet ?? null, published: a?.published ?? null });
  });
  const names = distinctNames(captions);
  return sources.map((s) => ({ ...placeLink(s.article, s.paragraph, titles), hidden: distinctSuffix(names, s.article) }));
}

/**
 * The places of a name not listed ("and 7 more"), as a link to the search for the name as a phrase: its results hold
 * every paragraph that has the name, the defining ones among them. Null when every place is listed.
 */
function morePlaces(name: string, listed: number, all: number): LabelledLink | null {
  // A quotation mark inside the name would end the phrase early.
  const phrase = name.replace(/["“”]/g, ' ').trim();
  return all > listed ? { href: searchUrl(`"${phrase}"`), text: `${all - listed} more`, hidden: `, in a search for “${phrase}”` } : null;
}

/** The term's names, each with its origins: curated, and every paragraph that defines it (the first few linked). */
export function aliasViews(term: TableTerm, titles: Titles): AliasView[] {
  return term.aliases.map((text) => {
    const sources = term.alias_sources.filter((s) => s.text === text);
    const found = sources.filter((s): s is AliasSource & { article: string; paragraph: number } => s.from === 'text' && s.article !== null && s.paragraph !== null);
    const patterns = [...new Set(found.map((s) => s.pattern))];
    return {
      text,
      curated: sources.some((s) => s.from === 'curated'),
      pattern: patterns.length === 1 && patterns[0] ? PATTERN_LABELS[patterns[0]] ?? patterns[0] : null,
      places: placeLinks(found.slice(0, ALIAS_SOURCES_SHOWN), titles),
      more: morePlaces(text, ALIAS_SOURCES_SHOWN, found.length),
    };
  });
}

function mentionView(m: MentionLine, a: ArticleMentions): MentionView {
  return { ...m, link: { href: paragraphUrl(a.article.id, m.paragraph), text: `¶${m.paragraph}`, hidden: ` of “${a.article.title}”` } };
}

function articleView(a: ArticleMentions): ArticleMentionsView {
  const shown = a.mentions.slice(0, TERM_ARTICLE_MENTIONS).map((m) => mentionView(m, a));
  return {
    id: a.article.id,
    title: a.article.title,
    url: articleUrl(a.article.id),
    meta: `${formatOutlet(a.article.outlet)} · ${formatDate(a.article.published)} · ${plural(a.count, 'mention')}`,
    count: a.count,
    aliases: a.aliases,
    open: shown.slice(0, TERM_MENTIONS_OPEN),
    folded: shown.slice(TERM_MENTIONS_OPEN),
    foldedCount: shown.slice(TERM_MENTIONS_OPEN).reduce((n, m) => n + m.count, 0),
    notShown: a.mentions.slice(TERM_ARTICLE_MENTIONS).reduce((n, m) => n + m.count, 0),
  };
}

/** Every page of one term: its names and origins on each, its mentioning articles TERM_PAGE_ARTICLES at a time. */
export function termPages(report: TermReport, titles: Titles, silentArticles: readonly Pick<Article, 'id' | 'title'>[] = []): TermPageView[] {
  const pages = Math.max(1, Math.ceil(report.articles.length / TERM_PAGE_ARTICLES));
  const aliases = aliasViews(report.term, titles);
  const ambiguity = report.term.ambiguous
    ? report.term.long_forms.map((l) => ({
        text: l.text,
        places: placeLinks(l.sources.slice(0, ALIAS_SOURCES_SHOWN), titles),
        more: morePlaces(l.text, ALIAS_SOURCES_SHOWN, l.sources.length),
      }))
    : null;
  const total = `${plural(report.total, 'mention')} in ${report.articles.length} of ${plural(report.articles.length + report.silent, 'article')}`;
  return Array.from({ length: pages }, (_, k) => {
    const page = k + 1;
    const slice = report.articles.slice(k * TERM_PAGE_ARTICLES, page * TERM_PAGE_ARTICLES);
    const first = k * TERM_PAGE_ARTICLES + 1;
    return {
      term: report.term,
      page,
      pages,
      url: termUrl(report.term.slug, page),
      summary: pages > 1 ? `${total}; this page lists articles ${first}–${first + slice.length - 1}.` : `${total}.`,
      aliases,
      ambiguity,
      articles: slice.map(articleView),
      silentText: report.silent === 0 ? null : silentArticles.length > 0 ? 'Not mentioned in' : `Not mentioned in ${plural(report.silent, 'other article')}.`,
      prev: page > 1 ? termUrl(report.term.slug, page - 1) : null,
      next: page < pages ? termUrl(report.term.slug, page + 1) : null,
      pageLinks: pages > 1 ? Array.from({ length: pages }, (_, i) => ({ page: i + 1, href: termUrl(report.term.slug, i + 1), current: i === k })) : [],
    };
  });
}

/** One row of the terms index. */
export interface TermRowView {
  slug: string;
  name: string;
  url: string;
  description: string;
  /** The other names, as written, at most eight (the term page lists them all). */
  names: string[];
  /** The names not listed ("3 more"), as a link to the term page's list of them all; null when all are listed. */
  more: LabelledLink | null;
  origin: string;
  ambiguous: boolean;
  articles: number;
  mentions: number;
}

/** Names shown at most in the index's example of one term named several ways. */
const EXAMPLE_NAMES = 3;

/**
 * The names the articles use for one term, most used first (at most three), to show on the index what a term
 * gathers in this corpus's own words: the term named two ways or more whose three most used names are used by the
 * most articles (a story's key term, not a glossary entry with many names each used once); empty when none is.
 */
export function namingExample(reports: readonly TermReport[]): string[] {
  let best: string[] = [];
  let bestUses = 0;
  for (const r of reports) {
    const uses = new Map<string, number>();
    for (const a of r.articles) for (const alias of a.aliases) uses.set(alias, (uses.get(alias) ?? 0) + 1);
    const top = [...uses].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, EXAMPLE_NAMES);
    const used = top.reduce((n, [, count]) => n + count, 0);
    if (top.length >= 2 && used > bestUses) {
      best = top.map(([alias]) => alias);
      bestUses = used;
    }
  }
  return best;
}

/**
 * The terms index cut into pages of TERMS_INDEX_PAGE terms, each row with its counts; terms no article mentions (a
 * glossary written for other articles) come last.
 */
export function termsIndexPages(reports: readonly TermReport[]): { page: number; pages: number; url: string; rows: TermRowView[]; pageLinks: { page: number; href: string; current: boolean }[] }[] {
  const ordered = [...reports.filter((r) => r.total > 0), ...reports.filter((r) => r.total === 0)];
  const rows = ordered.map((r): TermRowView => {
    const others = r.term.aliases.filter((a) => a !== r.term.name);
    return {
      slug: r.term.slug,
      name: r.term.name,
      url: termUrl(r.term.slug),
      description: r.term.description,
      names: others.slice(0, INDEX_NAMES_SHOWN),
      more: others.length > INDEX_NAMES_SHOWN ? { href: termNamesUrl(r.term.slug), text: `${others.length - INDEX_NAMES_SHOWN} more`, hidden: ` names of ${r.term.name}` } : null,
      origin: r.term.origin === 'curated' ? (r.term.long_forms.length > 0 ? 'glossary and texts' : 'glossary') : 'texts',
      ambiguous: r.term.ambiguous,
      articles: r.articles.length,
      mentions: r.total,
    };
  });
  const pages = Math.max(1, Math.ceil(rows.length / TERMS_INDEX_PAGE));
  return Array.from({ length: pages }, (_, k) => ({
    page: k + 1,
    pages,
    url: termsIndexUrl(k + 1),
    rows: rows.slice(k * TERMS_INDEX_PAGE, (k + 1) * TERMS_INDEX_PAGE),
    pageLinks: pages > 1 ? Array.from({ length: pages }, (_, i) => ({ page: i + 1, href: termsIndexUrl(i + 1), current: i === k })) : [],
  }));
}
