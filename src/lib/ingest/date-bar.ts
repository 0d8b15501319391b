// A date printed in a bar of tools under a headline: "Published: 2023-11-05 14:32:10 | Print | Email | Share | Font
// size: A A A". The whole line is too long and too mixed to read as a date line, but its parts are set apart by bars
// or dots, and one part is a time stamp of its own.
import { timestampLine } from './dates.ts';
import { markerKind } from './debris.ts';
import { collapse } from './tree.ts';

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

/**
 * A bar of a time stamp and the page's buttons only ("14 May 2024 | Print | Share"): every part a time stamp or a share
 * button, one at least a stamp. Its publication date as a time stamp line gives it, or undefined when it is no such bar.
 */
export function toolBarStamp(line: string): { published: string | null } | undefined {
  // Spaces collapsed first: splitting at `\s*|` over a long run of spaces would take quadratic time.
  const parts = collapse(line).split(PART).filter(Boolean);
  if (parts.length < 2) return undefined;
  const stamps = parts.map((part) => timestampLine(part));
  if (!stamps.some(Boolean) || !parts.every((part, i) => stamps[i] || markerKind(part) === 'share')) return undefined;
  return { published: stamps.find((stamp) => stamp?.published)?.published ?? null };
}
