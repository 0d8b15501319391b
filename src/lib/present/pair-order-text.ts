// Why A is on the left of a pair page, in words that never suggest a direction of copying.
import { pairOrder } from '../compare/orient.ts';
import { formatDate } from './format.ts';
import type { PairArticle } from './pair-types.ts';
import { provenanceLabel } from './provenance.ts';

type Dated = Pick<PairArticle, 'published' | 'published_from'>;

/** A side's date in words with where it came from: "27 July 2018 (curated metadata)". */
function datedText(a: Dated): string {
  return `${formatDate(a.published)} (${provenanceLabel(a.published_from, 'published')})`;
}

/**
 * Says why A is on the left: which was published first and how both dates are known, or, without two different
 * dates, that the order is by file name and tells nothing about which came first or which copied which.
 */
export function orderText(left: Dated, right: Dated): string {
  if (pairOrder(left, right) === 'published') return `A was published first: A on ${datedText(left)}, B on ${datedText(right)}.`;
  const byName = 'so A and B are simply in order of file name';
  if (left.published && right.published) {
    // The same day, perhaps known two ways: each side's source is named when they differ.
    const from = left.published_from === right.published_from ? provenanceLabel(left.published_from, 'published') : `A ${provenanceLabel(left.published_from, 'published')}, B ${provenanceLabel(right.published_from, 'published')}`;
    return `Both are dated ${formatDate(left.published)} (${from}), ${byName}: which came first is not known.`;
  }
  const dated = left.published ? ['A', left] as const : right.published ? ['B', right] as const : null;
  if (dated) return `Only ${dated[0]} is dated, ${datedText(dated[1])}, ${byName}: which came first is not known.`;
  return `Neither text is dated, ${byName}: nothing here says which came first, or which copied which.`;
}
