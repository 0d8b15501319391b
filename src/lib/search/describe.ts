// Result groups for ranked articles: the shown hits' snippets with whole-word marks, cut from the articles' text.
// Only the hits shown are keyed and marked, so a common word costs one page of paragraphs, not every match.
import { SNIPPET_RADIUS, snippetAcross } from '../text/snippet.ts';
import { paragraphNumbers } from '../corpus/numbering.ts';
import { textKeys, type KeyedWord } from '../text/keys.ts';
import type { KeyText } from './aliases.ts';
import type { SearchDocument } from './data.ts';
import { findMarks, type Mark } from './highlight.ts';
import { keyedStretches } from './keyed-records.ts';
import type { RankedGroup } from './rank.ts';
import type { Hit, ResultGroup, SearchPlan } from './result.ts';
import type { IndexSource } from './source.ts';

/** Marks kept for an article page to mark (`?mark=`): enough for every part of a query, short enough for a link. */
export const MAX_PAGE_MARKS = 12;

/** The first mark of each query part in a text, as ranges: what a snippet must show. */
export function firstOfEachUnit(marks: readonly Mark[]): [number, number][] {
  const first = new Map<number, Mark>();
  for (const m of marks) if (!first.has(m.unit)) first.set(m.unit, m);
  return [...first.values()].map((m) => [m.start, m.end]);
}

/**
 * The marks of a hit's query parts in one record, keying it only as far as its snippet reaches: stretch by stretch,
 * until every part has a first mark and the text keyed runs past the last of them by twice what a snippet shows
 * beyond it. Each stretch is marked with the one before it, keeping the marks that end in it, so a run of words
 * crossing the cut is found whole and a record of many stretches costs each one twice. A short record is one stretch.
 */
function hitMarks(doc: SearchDocument, hit: RankedGroup['hits'][number], matchers: SearchPlan['matchers'], keyText: KeyText): { text: string; marks: Mark[] } {
  const record = keyedStretches(doc, hit.paragraph, keyText);
  const marks: Mark[] = [];
  let previous: KeyedWord[] = [];
  for (let i = 0; i < record.ranges.length; i++) {
    const words = record.words(i);
    const after = i === 0 ? -1 : (record.ranges[i - 1] as [number, number])[1];
    marks.push(...findMarks(record.text, [...previous, ...words], matchers, keyText).filter((m) => m.end > after && hit.units.includes(m.unit)));
    previous = words;
    const firsts = firstOfEachUnit(marks);
    const reach = Math.max(...firsts.map(([, end]) => end)) + 2 * SNIPPET_RADIUS;
    if (firsts.length === hit.units.length && (record.ranges[i] as [number, number])[1] >= reach) break;
  }
  return { text: record.text, marks: marks.sort((a, b) => a.start - b.start || b.end - a.end) };
}

/** Each word found for a typed one, said once: "Listeria" at a sentence's start and "listeria" inside it are one word. */
export function distinctApproximations(found: readonly { typed: string; found: string }[]): { typed: string; found: string }[] {
  const seen = new Set<string>();
  return found.filter((a) => {
    const key = `${a.typed.toLowerCase()}\n${a.found.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One shown hit: its snippet, the alias it was reached by, and the words only close to what was typed. */
function describeHit(found: SearchPlan, paragraph: number, meets: boolean, text: string, marks: readonly Mark[]): Hit {
  // A term found under another name than the one typed says which name: "matched “Arab NATO”".
  const termMarks = marks.filter((m) => found.parts[m.unit]?.term);
  const typedHere = termMarks.some((m) => m.alias === found.parts[m.unit]?.term?.alias);
  const approximate = marks.filter((m) => m.approximate).map((m) => ({ typed: found.parts[m.unit]?.text ?? '', found: m.text }));
  return {
    paragraph,
    // Where the words meet, the snippet shows one mark of each; elsewhere it opens at the first mark.
    segments: snippetAcross(text, marks.map((m) => [m.start, m.end]), firstOfEachUnit(marks)),
    via: typedHere ? null : (termMarks[0]?.alias ?? null),
    approximate: distinctApproximations(approximate),
    meets,
  };
}

/** Snippets with whole-word marks for ranked groups, reading their articles' text; at most `maxHits` hits each. */
export async function describe(source: IndexSource, found: SearchPlan, groups: readonly RankedGroup[], maxHits = 8, keyText: KeyText = textKeys): Promise<ResultGroup[]> {
  const docs = await Promise.all(groups.map((g) => source.document(g.article)));
  return groups.map((group, i) => {
    const doc = docs[i] as SearchDocument;
    const shown = group.hits.slice(0, maxHits).map((h) => ({ hit: h, ...hitMarks(doc, h, found.matchers, keyText) }));
    // Records count crossheads; the article page numbers text paragraphs only, and a hit says the page's number.
    const numbers = paragraphNumbers({ paragraphs: doc.paragraphs, headings: doc.headings ?? [] });
    const pageNumber = (record: number) => (record === 0 ? 0 : (numbers[record - 1] ?? record));
    return {
      article: { id: doc.id, title: doc.title, outlet: doc.outlet, published: doc.published },
      hits: shown.map((s) => describeHit(found, pageNumber(s.hit.paragraph), s.hit.meets, s.text, s.marks)),
      hitCount: group.hits.length,
      marks: [...new Set(shown.flatMap((s) => s.marks.map((m) => m.text)))].slice(0, MAX_PAGE_MARKS),
    };
  });
}
