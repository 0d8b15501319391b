// What a page says when its address names something it cannot read: escapes that are not UTF-8 (routes.ts
// queryParam gives null), from an address cut short or mis-encoded. Its own module, with nothing imported, because
// the small first-load scripts of /search/ and /compare/ say it before any engine is loaded.

/** Why the page cannot read what its address names. */
const DAMAGED_ADDRESS = 'the page’s address was cut short or wrongly encoded';

/** What the search page says, its box left empty, when its address holds search words that cannot be read. */
export const UNREADABLE_QUERY = `The search words could not be read: ${DAMAGED_ADDRESS}. Type them in the box.`;

/** What /compare/ says when the article its address names as A or B cannot be read. */
export function unreadableSideText(side: 'A' | 'B'): string {
  return `Article ${side} could not be read: ${DAMAGED_ADDRESS}. Name it again, then press Compare.`;
}
