// Quotation marks and apostrophes as typed: a CMS that curls them ("smart quotes") or a copy that straightens them
// changes no word, so texts compared or matched for their words read them alike.

/** A text with curly, low and prime quotation marks and apostrophes written straight. */
export function straightQuotes(text: string): string {
  return text.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');
}
