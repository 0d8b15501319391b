/** What a dateline at the start of the first paragraph says. */
export interface Dateline {
  /** The dateline as printed, without its dash ("Tasnim", "DUBAI (Reuters)"). */
  text: string;
  /** A news organisation named by the dateline: a mixed-case name ("Tasnim") or an agency in brackets. */
  outlet: string | null;
  /** The rest of the paragraph. */
  rest: string;
}

// "PLACE (Agency) –", "Place, Country (Agency) —", "Agency –": up to five words, then a spaced dash.
const DATELINE = /^((?:\p{Lu}[\p{L}.'’-]*,?\s){0,4}\p{Lu}[\p{L}.'’-]*)(?:\s*\(([^)]{2,40})\))?\s+[–—-]{1,2}\s+(?=\S)/u;

/** Finds a dateline such as "Tasnim –" or "DUBAI (Reuters) –" at the start of a paragraph. */
export function detectDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const place = (match[1] ?? '').trim();
  const agency = match[2]?.trim() ?? null;
  const allCaps = place === place.toUpperCase();
  // An ALL-CAPS word is a place; a mixed-case name with no bracketed agency is the outlet itself.
  if (!agency && allCaps && place.length < 3) return null;
  return {
    text: agency ? `${place} (${agency})` : place,
    outlet: agency ?? (allCaps ? null : place),
    rest: paragraph.slice(match[0].length),
  };
}
