// Term reports: every mention of every term of the term table in every article, in context (mentions one snippet
// shows together share it), found in one pass per paragraph through the entity rules (the same keys search and
// comparison use).
import type { Article } from '../schema/article.ts';
import { textKeys } from '../text/keys.ts';
import type { EntityTable } from '../text/entities.ts';
import { paragraphNumbers } from '../corpus/numbering.ts';
import { snippet, type SnippetSegment } from '../text/snippet.ts';
import type { TableTerm, TermTable } from './table.ts';

/** One mention of a term in a paragraph: its range and the name as written there. */
export interface TermMention {
  slug: string;
  start: number;
  end: number;
  alias: string;
}

/** The mentions of terms in a text, in text order: each name the entity rules recognise as one of the terms. */
export function termMentions(text: string, entities: EntityTable, isTerm: (slug: string) => boolean): TermMention[] {
  return textKeys(text, entities).flatMap((w) => (w.entity && isTerm(w.entity) ? [{ slug: w.entity, start: w.start, end: w.end, alias: w.word }] : []));
}

/**
 * One line of mentions on a term page: its paragraph number (corpus/numbering.ts), the first name used, and a
 * snippet marking every mention it shows; mentions a snippet shows together are one line, so a sentence saying
 * "Middle East Security Alliance (MESA)" is listed once, both names marked.
 */
export interface MentionLine {
  paragraph: number;
  alias: string;
  segments: SnippetSegment[];
  /** How many mentions the line marks. */
  count: number;
}

/** The characters a snippet marks. */
const markedLength = (segments: readonly SnippetSegment[]) => segments.reduce((n, s) => n + (s.mark ? s.text.length : 0), 0);

/** A paragraph's mentions of one term as lines: a mention joins the line before when that line's snippet shows it. */
export function mentionLines(text: string, paragraph: number, mentions: readonly TermMention[]): MentionLine[] {
  const lines: { ranges: [number, number][]; alias: string; segments: SnippetSegment[] }[] = [];
  for (const m of mentions) {
    const line = lines.at(-1);
    if (line) {
      const ranges = [...line.ranges, [m.start, m.end] as [number, number]];
      const segments = snippet(text, ranges, undefined, line.ranges[0]);
      if (markedLength(segments) === ranges.reduce((n, [s, e]) => n + e - s, 0)) {
        Object.assign(line, { ranges, segments });
        continue;
      }
    }
    lines.push({ ranges: [[m.start, m.end]], alias: m.alias, segments: snippet(text, [[m.start, m.end]]) });
  }
  return lines.map((l) => ({ paragraph, alias: l.alias, segments: l.segments, count: l.ranges.length }));
}

/** The mentions of one term in one article: how many, under which names, and every one in context. */
export interface ArticleMentions {
  article: Pick<Article, 'id' | 'title' | 'outlet' | 'published'>;
  count: number;
  aliases: string[];
  mentions: MentionLine[];
}

/** A term with its mentions across the corpus: the articles that mention it, in corpus order. */
export interface TermReport {
  term: TableTerm;
  articles: ArticleMentions[];
  /** Mentions in all articles. */
  total: number;
  /** Articles that never mention the term. */
  silent: number;
}

/** Finds every mention of every term in every article's body: one pass over each paragraph. */
export function termReports(articles: readonly Article[], table: Pick<TermTable, 'terms' | 'entities'>): TermReport[] {
  const bySlug = new Map(table.terms.map((t) => [t.slug, { term: t, articles: [] as ArticleMentions[], total: 0 }]));
  const isTerm = (slug: string) => bySlug.has(slug);
  for (const a of articles) {
    const perTerm = new Map<string, ArticleMentions>();
    const numbers = paragraphNumbers(a);
    a.paragraphs.forEach((text, i) => {
      const mentionsOf = new Map<string, TermMention[]>();
      for (const m of termMentions(text, table.entities, isTerm)) mentionsOf.set(m.slug, [...(mentionsOf.get(m.slug) ?? []), m]);
      for (const [slug, mentions] of mentionsOf) {
        let entry = perTerm.get(slug);
        if (!entry) {
          entry = { article: { id: a.id, title: a.title, outlet: a.outlet, published: a.published }, count: 0, aliases: [], mentions: [] };
          perTerm.set(slug, entry);
        }
        entry.count += mentions.length;
        for (const m of mentions) if (!entry.aliases.includes(m.alias)) entry.aliases.push(m.alias);
        entry.mentions.push(...mentionLines(text, numbers[i] as number, mentions));
      }
    });
    for (const [slug, entry] of perTerm) {
      const report = bySlug.get(slug);
      if (!report) continue;
      report.articles.push(entry);
      report.total += entry.count;
    }
  }
  return table.terms.map((t) => {
    const r = bySlug.get(t.slug) as { term: TableTerm; articles: ArticleMentions[]; total: number };
    return { ...r, silent: articles.length - r.articles.length };
  });
}
