// The footer's notes on the texts' licences: which carry a licence line of their own, which state none. The site
// knows only what a text says: a text without a licence line is "not stated" here and on its page, never "all
// rights reserved", which no such text says.
import type { Article } from '../schema/article.ts';
import { articleUrl } from '../routes.ts';
import { provenanceLabel } from './provenance.ts';

/** An article whose own text states a licence. */
export interface LicensedText {
  title: string;
  url: string;
  license: string;
}

/** What the footer says about the corpus's licences. */
export interface LicenceNotes {
  licensed: LicensedText[];
  /** Articles that state no licence of their own. */
  unstated: number;
  total: number;
}

/** Sorts the corpus into texts that carry their own licence line and texts that state none. */
export function licenceNotes(articles: readonly Pick<Article, 'id' | 'title' | 'license'>[]): LicenceNotes {
  const licensed = articles.flatMap((a) => (a.license ? [{ title: a.title, url: articleUrl(a.id), license: a.license }] : []));
  return { licensed, unstated: articles.length - licensed.length, total: articles.length };
}

/**
 * The footer's sentence about texts without a licence line of their own, or null when every text has one. It quotes
 * the article pages' own wording (provenance.ts), so footer and pages say the same thing.
 */
export function unstatedSentence(notes: LicenceNotes): string | null {
  if (notes.total === 0 || notes.unstated === 0) return null;
  const one = notes.unstated === 1;
  const which = notes.licensed.length > 0 ? (one ? 'The other text' : `The other ${notes.unstated} texts`) : one ? 'The text' : `The ${notes.unstated} texts`;
  return `${which} ${one ? 'states' : 'state'} no licence (“Licence: ${provenanceLabel(null, 'license')}” on ${one ? 'its page' : 'their pages'}).`;
}
