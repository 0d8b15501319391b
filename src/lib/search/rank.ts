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

/**
 * The articles every part matches in: the part with fewest records gives the candidates, and each other part keeps
 * those it also reaches. A common word's records are walked once, and no set of its articles is built.
 */
function sharedArticles(units: readonly UnitRecords[]): Set<number> {
  const [smallest, ...rest] = [...units].sort((a, b) => a.size - b.size) as [UnitRecords, ...UnitRecords[]];
  let articles = new Set<number>();
  for (const record of smallest.keys()) articles.add(articleOf(record));
  for (const records of rest) {
    if (articles.size === 0) break;
    const kept = new Set<number>();
    for (const record of records.keys()) {
      const article = articleOf(record);
      if (articles.has(article)) kept.add(article);
    }
    articles = kept;
  }
  return articles;
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
  const articles = sharedArticles(units);

  const paragraphs = new Map<number, Map<number, RankedHit>>();
  /** Per article, each part's best quality anywhere in it: the score of an article where the parts never meet. */
  const bestOfUnit = new Map<number, number[]>();
  units.forEach((records, unit) => {
    for (const [record, quality] of records) {
      const article = articleOf(record);
      if (!articles.has(article)) continue;
      let best = bestOfUnit.get(article);
      if (!best) bestOfUnit.set(article, (best = units.map(() => Infinity)));
      if (quality < (best[unit] as number)) best[unit] = quality;
      let hits = paragraphs.get(article);
      if (!hits) paragraphs.set(article, (hits = new Map()));
      const paragraph = paragraphOf(record);
      let hit = hits.get(paragraph);
      if (!hit) hits.set(paragraph, (hit = { paragraph, units: [], quality: 0, meets: false }));
      hit.units.push(unit);
      hit.quality += quality;
    }
  });

  const groups: RankedGroup[] = [...paragraphs].map(([article, byParagraph]) => {
    // Each hit's parts were added in query order, so they are sorted already.
    const hits = [...byParagraph.values()];
    let meeting = 0;
    let meetingQuality = Infinity;
    for (const hit of hits) {
      hit.meets = hit.units.length === units.length;
      if (hit.meets) {
        meeting += 1;
        if (hit.quality < meetingQuality) meetingQuality = hit.quality;
      }
    }
    hits.sort(compareHits);
    const quality = meeting > 0 ? meetingQuality : (bestOfUnit.get(article) ?? []).reduce((sum, q) => sum + q, 0);
    return { article, hits, meeting, quality };
  });
  return groups.sort(
    (a, b) => Number(b.meeting > 0) - Number(a.meeting > 0) || a.quality - b.quality || b.meeting - a.meeting || b.hits.length - a.hits.length || a.article - b.article,
  );
}
