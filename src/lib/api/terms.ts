// The public JSON shape of the term table (/api/terms.json): every term, each name with its origin, and counts.
import type { TermReport } from '../terms/report.ts';
import { termUrl } from '../routes.ts';

/** One entry of `/api/terms.json`; the shape is public, so fields are listed explicitly. */
export function toTermJson(r: TermReport) {
  return {
    slug: r.term.slug,
    name: r.term.name,
    description: r.term.description,
    aliases: r.term.alias_sources.map((s) => ({ text: s.text, from: s.from, article: s.article, paragraph: s.paragraph })),
    origin: r.term.origin,
    long_forms: r.term.long_forms.map((l) => ({ text: l.text, sources: l.sources })),
    ambiguous: r.term.ambiguous,
    articles: r.articles.length,
    mentions: r.total,
    url: termUrl(r.term.slug),
  };
}
