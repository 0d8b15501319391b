/** An inline date at the start of a paragraph ("date 2019-04-11 Egypt has…", "Published: 2019-04-11"). */
const INLINE_DATE = /^\s*(?:date|published|posted|updated|dated)\s*:?\s*(\d{4})-(\d{2})-(\d{2})\b[\s,.:;-]*/i;

/** Finds an ISO date label at the start of a paragraph; returns the date, the label text and the rest. */
export function detectInlineDate(paragraph: string): { date: string; label: string; rest: string } | null {
  const match = INLINE_DATE.exec(paragraph);
  if (!match) return null;
  const [label, y, m, d] = match as unknown as [string, string, string, string];
  const date = `${y}-${m}-${d}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return null;
  return { date, label: label.trim(), rest: paragraph.slice(label.length) };
}
