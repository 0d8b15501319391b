// Which paragraphs hold a word: records numbered by article and paragraph, stored as compact delta-coded lists.

/**
 * Paragraph numbers an article may have below this bound; a record id is `article * RECORDS_PER_ARTICLE +
 * paragraph`, so sorting ids sorts by article, then paragraph. Paragraph 0 is the article's title, outlet and
 * author line; the body starts at 1, as readers count.
 */
export const RECORDS_PER_ARTICLE = 65_536;

/** The id of one searchable record: an article (index in the site's order) and a paragraph (0 = title line). */
export function recordId(article: number, paragraph: number): number {
  return article * RECORDS_PER_ARTICLE + paragraph;
}

/** The article of a record id. */
export function articleOf(record: number): number {
  return Math.floor(record / RECORDS_PER_ARTICLE);
}

/** The paragraph number of a record id (0 = the title line). */
export function paragraphOf(record: number): number {
  return record % RECORDS_PER_ARTICLE;
}

/**
 * Encodes sorted, distinct record ids as numbers a JSON file holds compactly: per article, the gap from the
 * previous article, how many paragraphs follow, then the paragraphs as gaps (first one absolute). Small repeated
 * numbers are what gzip shrinks best.
 */
export function encodePostings(records: readonly number[]): number[] {
  const out: number[] = [];
  let previousArticle = 0;
  for (let i = 0; i < records.length; ) {
    const article = articleOf(records[i] as number);
    let j = i;
    while (j < records.length && articleOf(records[j] as number) === article) j += 1;
    out.push(article - previousArticle, j - i);
    let previousParagraph = 0;
    for (let k = i; k < j; k += 1) {
      const paragraph = paragraphOf(records[k] as number);
      out.push(paragraph - previousParagraph);
      previousParagraph = paragraph;
    }
    previousArticle = article;
    i = j;
  }
  return out;
}

/** Decodes what `encodePostings` wrote back into sorted record ids; a malformed list throws rather than guesses. */
export function decodePostings(code: readonly number[]): number[] {
  const out: number[] = [];
  let article = 0;
  for (let i = 0; i < code.length; ) {
    article += code[i] as number;
    const count = code[i + 1];
    if (count === undefined || i + 2 + count > code.length) throw new Error('search index: truncated postings list');
    let paragraph = 0;
    for (let k = 0; k < count; k += 1) {
      paragraph += code[i + 2 + k] as number;
      out.push(recordId(article, paragraph));
    }
    i += 2 + count;
  }
  return out;
}
