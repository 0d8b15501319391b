// A date printed in a bar of tools under a headline: "Published: 2023-11-05 14:32:10 | Print | Email | Share | Font
// size: A A A". The whole line is too long and too mixed to read as a date line, but its parts are set apart by bars
// or dots, and one part is a time stamp of its own.
import { timestampLine } from './dates.ts';

/** What sets a bar's parts apart: a vertical bar, a middle dot or a bullet, with or without spaces. */
const PART = /\s*[|·•]\s*/;

/**
 * The publication date a bar of parts prints in one part that is a time stamp by itself ("Published: …"; one saying
 * "Updated" only gives none), or null. A line of one part is not a bar: the date-line rules read it whole.
 */
export function dateInBar(line: string): string | null {
  const parts = line.split(PART).filter(Boolean);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const stamp = timestampLine(part);
    if (stamp?.published) return stamp.published;
  }
  return null;
}
