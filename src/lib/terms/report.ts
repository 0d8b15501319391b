// Term reports: every mention of every glossary term in every article, with snippets, for the term pages.
import type { Article } from '../schema/article.ts';
import type { Term } from '../schema/glossary.ts';
import { findMentions } from './mentions.ts';
import { snippet, type SnippetSegment } from '../text/snippet.ts';

/** The mentions of one term in one article: how many, under which aliases, and each paragraph in context. */
export interface ArticleMentions {
  article: Pick<Article, 'id' | 'title' | 'outlet' | 'published'>;
  count: number;
  aliases: string[];
  /** Each mentioning paragraph: its number (1-based), a snippet, and the aliases found in it. */
  paragraphs: { number: number; segments: SnippetSegment[]; aliases: string[] }[];
}

/** A glossary term with its mentions across the corpus, articles that never mention it included (count 0). */
export interface TermReport {
  term: Term;
  articles: ArticleMentions[];
  total: number;
}

/** Finds every mention of every glossary term in every article's body. */
export function termReports(articles: readonly Article[], glossary: readonly Term[]): TermReport[] {
  return glossary.map((term) => {
    const perArticle = articles.map((a): ArticleMentions => {
      const paragraphs = a.paragraphs.flatMap((text, i) => {
        const mentions = findMentions(text, term);
        if (mentions.length === 0) return [];
        return [{
          number: i + 1,
          segments: snippet(text, mentions.map((m) => [m.start, m.end])),
          aliases: [...new Set(mentions.map((m) => m.alias))],
          count: mentions.length,
        }];
      });
      return {
        article: { id: a.id, title: a.title, outlet: a.outlet, published: a.published },
        count: paragraphs.reduce((n, p) => n + p.count, 0),
        aliases: [...new Set(paragraphs.flatMap((p) => p.aliases))],
        paragraphs: paragraphs.map(({ count: _count, ...p }) => p),
      };
    });
    return { term, articles: perArticle, total: perArticle.reduce((n, a) => n + a.count, 0) };
  });
}
