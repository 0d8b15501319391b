// Numbered and lettered lists run into one paragraph ("1. Talks 2. Aid", "a) … b) …"). A marker counts as a list
// item only when the one before it in the paragraph carries the previous number or letter, so a lone "1." is a number.

/** A list marker's style and value: "2." and "2)" are number 2, "b." and "(b)" letter 2. */
export interface Marker {
  style: 'number' | 'letter';
  value: number;
}

/** Character codes of • ◦ ▪ ‣ ● ⁃. */
const BULLETS = new Set([0x2022, 0x25e6, 0x25aa, 0x2023, 0x25cf, 0x2043]);
const MARKER = /^[•⁃]?(\(?)(\d{1,2}|[a-z])(\.\)|\.|\))$/u;

/** The marker a token is, if any: "1.", "1.)", "1)", "(1)", "a.", "a)", "⁃9.". */
export function markerOf(token: string): Marker | null {
  // Markers are short and start with a digit, a lower-case letter, a bracket or a bullet: most tokens fail at once.
  const c = token.charCodeAt(0);
  if (token.length > 6 || (c > 122 && !isBullet(token)) || (c < 97 && c !== 40 && (c < 48 || c > 57))) return null;
  const m = MARKER.exec(token);
  if (!m || (m[1] && m[3] !== ')')) return null;
  const body = m[2] as string;
  return /\d/.test(body) ? { style: 'number', value: Number(body) } : { style: 'letter', value: body.charCodeAt(0) - 96 };
}

/** True for a bullet standing alone or fused to a marker ("•", "⁃9."). */
export const isBullet = (token: string) => BULLETS.has(token.charCodeAt(0));

/** The list markers of a paragraph: every marker that belongs to a list, and those that continue one (not the first). */
export interface ListMarkers {
  members: ReadonlySet<number>;
  /** For each marker after the first of its list, the index of the list's first marker. */
  continuing: ReadonlyMap<number, number>;
}

/** Finds list markers whose predecessor marker of the same style counts one less ("1." … "2.", "a)" … "b)"). */
export function findListMarkers(tokens: readonly string[]): ListMarkers {
  const members = new Set<number>();
  const continuing = new Map<number, number>();
  const last: Partial<Record<Marker['style'], { value: number; at: number; first: number }>> = {};
  tokens.forEach((token, i) => {
    const marker = markerOf(token);
    if (!marker) return;
    const previous = last[marker.style];
    const continues = previous !== undefined && previous.value === marker.value - 1;
    if (continues) {
      members.add(previous.at).add(i);
      continuing.set(i, previous.first);
    }
    last[marker.style] = { value: marker.value, at: i, first: continues ? previous.first : i };
  });
  return { members, continuing };
}
