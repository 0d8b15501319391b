// Ranking: every part of a query must match in an article (AND); paragraphs where all parts meet come first.
import { articleOf, paragraphOf } from './postings.ts';

/** Where one part of a query (a word, a term or a phrase) matches: record id → quality, 0 best. */
export type UnitRecords = ReadonlyMap<number, number>;

/** A paragraph of a result: which parts of the query match in it, and how well. */
export interface RankedHit {
  paragraph: number;
  /** Indices of the query parts matching in this paragraph, in query order. */
  units: number[];
  /** Sum of those parts' qualities (lower is better). */
  quality: number;
  /** True when every part of the query matches in this paragraph. */
  meets: boolean;
}

/** An article holding every part of the query, with its hits best first. */
export interface RankedGroup {
  article: number;
  hits: RankedHit[];
  /** How many of its paragraphs hold every part. */
  meeting: number;
  quality: number;
}

function compareHits(a: RankedHit, b: RankedHit): number {
  return Number(b.meets) - Number(a.meets) || b.units.length - a.units.length || a.quality - b.quality || a.paragraph - b.paragraph;
}

/**
 * Articles in which every part matches somewhere, best first: articles where all parts meet in one paragraph, then
 * by the quality of their best match (exact before word start, alias, approximate), then by how many paragraphs
 * meet and match, then in index order (site order with each story’s versions together, see packs.ts).
 */
export function rankGroups(units: readonly UnitRecords[]): RankedGroup[] {
  if (units.length === 0) return [];
  const articleSets = units.map((u) => new Set([...u.keys()].map(articleOf)));
  const [smallest, ...rest] = [...articleSets].sort((a, b) => a.size - b.size) as [Set<number>, ...Set<number>[]];
  const articles = new Set([...smallest].filter((a) => rest.every((s) => s.has(a))));

  const paragraphs = new Map<number, Map<number, RankedHit>>();
  /** Per article, each part's best quality anywhere in it: the score of an article where the parts never meet. */
  const bestOfUnit = new Map<number, number[]>();
  units.forEach((records, unit) => {
    for (const [record, quality] of records) {
      const article = articleOf(record);
      if (!articles.has(article)) continue;
      const best = bestOfUnit.get(article) ?? units.map(() => Infinity);
      best[unit] = Math.min(best[unit] as number, quality);
      bestOfUnit.set(article, best);
      let hits = paragraphs.get(article);
      if (!hits) paragraphs.set(article, (hits = new Map()));
      const paragraph = paragraphOf(record);
      const hit = hits.get(paragraph) ?? { paragraph, units: [], quality: 0, meets: false };
      hit.units.push(unit);
      hit.quality += quality;
      hits.set(paragraph, hit);
    }
  });

  const groups: RankedGroup[] = [...paragraphs].map(([article, byParagraph]) => {
    const hits = [...byParagraph.values()];
    for (const hit of hits) {
      hit.units.sort((a, b) => a - b);
      hit.meets = hit.units.length === units.length;
    }
    hits.sort(compareHits);
    const meetingHits = hits.filter((h) => h.meets);
    const quality = meetingHits.length > 0
      ? Math.min(...meetingHits.map((h) => h.quality))
      : (bestOfUnit.get(article) ?? []).reduce((sum, q) => sum + q, 0);
    return { article, hits, meeting: meetingHits.length, quality };
  });
  return groups.sort(
    (a, b) => Number(b.meeting > 0) - Number(a.meeting > 0) || a.quality - b.quality || b.meeting - a.meeting || b.hits.length - a.hits.length || a.article - b.article,
  );
}
