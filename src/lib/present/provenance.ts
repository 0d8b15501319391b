import type { Provenance } from '../schema/article.ts';

/** Says in words where a displayed field came from, e.g. "derived from the first sentence". */
export function provenanceLabel(from: Provenance, field: string): string {
  switch (from) {
    case 'text':
      return 'from the article text';
    case 'curated':
      return 'curated metadata';
    case 'derived':
      return field === 'title' ? 'derived from the first sentence' : 'derived';
    default:
      return 'not stated';
  }
}

/** Formats an ISO date for readers ("11 April 2019"), or says it is unknown. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Text direction for a paragraph: right-to-left when its first strong character is Arabic or Hebrew script. */
export function textDirection(text: string): 'rtl' | 'ltr' {
  const strong = text.match(/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u);
  return strong && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(strong[0]) ? 'rtl' : 'ltr';
}
