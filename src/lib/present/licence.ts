// The footer's notes on the texts' licences: which carry a licence line of their own, which stay reserved.
import type { Article } from '../schema/article.ts';
import { articleUrl } from '../routes.ts';

/** An article whose own text states a licence. */
export interface LicensedText {
  title: string;
  url: string;
  license: string;
}

/** What the footer says about the corpus's licences. */
export interface LicenceNotes {
  licensed: LicensedText[];
  /** Articles that state no licence of their own: all rights stay with their publishers. */
  reserved: number;
  total: number;
}

/** Sorts the corpus into texts that carry their own licence line and texts whose rights stay with the publisher. */
export function licenceNotes(articles: readonly Pick<Article, 'id' | 'title' | 'license'>[]): LicenceNotes {
  const licensed = articles.flatMap((a) => (a.license ? [{ title: a.title, url: articleUrl(a.id), license: a.license }] : []));
  return { licensed, reserved: articles.length - licensed.length, total: articles.length };
}

/** The footer's sentence about texts without a licence line of their own, or null when every text has one. */
export function reservedSentence(notes: LicenceNotes): string | null {
  if (notes.total === 0 || notes.reserved === 0) return null;
  if (notes.licensed.length === 0) return 'No text states a licence of its own: all rights are reserved by their publishers.';
  if (notes.reserved === 1) return 'The other text is all rights reserved by its publisher.';
  return `The other ${notes.reserved} texts are all rights reserved by their publishers.`;
}
