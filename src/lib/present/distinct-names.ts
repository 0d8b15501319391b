// Words that tell apart articles sharing a title in one list. Copies of one wire story often keep its title, and an
// outlet may be unknown for all of them, so a screen reader's list of links would read one title for several pages.
import type { ArticleCaption } from './format.ts';

/** The facts of an article that may tell it apart. */
export type NamedArticle = Pick<ArticleCaption, 'id' | 'title' | 'outlet' | 'dateText'>;

/**
 * For each article whose title another in the list shares, the fewest facts naming it alone among those: its outlet,
 * else its outlet and date, else its file id (unique in a corpus). Articles with a title of their own get none.
 */
export function distinctNames(items: readonly NamedArticle[]): Map<string, string> {
  const byTitle = new Map<string, NamedArticle[]>();
  for (const item of items) byTitle.set(item.title, [...(byTitle.get(item.title) ?? []), item]);
  const names = new Map<string, string>();
  for (const sharers of byTitle.values()) {
    const unique = new Map(sharers.map((s) => [s.id, s]));
    if (unique.size < 2) continue;
    for (const item of unique.values()) {
      const others = [...unique.values()].filter((s) => s.id !== item.id);
      if (others.every((s) => s.outlet !== item.outlet)) names.set(item.id, item.outlet);
      else if (others.every((s) => s.outlet !== item.outlet || s.dateText !== item.dateText)) names.set(item.id, `${item.outlet}, ${item.dateText}`);
      else names.set(item.id, item.id);
    }
  }
  return names;
}

/** What screen readers hear after an article's title in a list: its distinct name, in brackets, or nothing. */
export function distinctSuffix(names: ReadonlyMap<string, string>, id: string): string {
  const name = names.get(id);
  return name ? ` (${name})` : '';
}

/**
 * The file id to print beside an article's caption, for sighted readers too, when its title, outlet and date are all
 * another listed article's (copies of one wire story keeping its headline and its agency's dateline); null otherwise.
 */
export function shownFile(names: ReadonlyMap<string, string>, id: string): string | null {
  return names.get(id) === id ? id : null;
}
