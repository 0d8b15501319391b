// One search result as the search page lists it: the article's heading and facts, then its hits with the query's
// words marked, each linking to its paragraph on the article page.
import type { ResultGroup } from '../lib/search/engine.ts';
import type { SnippetSegment } from '../lib/text/snippet.ts';
import { articleCaption, plural } from '../lib/present/format.ts';
import { hitLabel, hitNotes } from '../lib/present/search-results.ts';
import { searchHitUrl } from '../lib/routes.ts';
import { el } from './dom.ts';

function segmentsInto(parent: HTMLElement, segments: readonly SnippetSegment[]) {
  for (const s of segments) parent.append(s.mark ? el('mark', s.text) : document.createTextNode(s.text));
}

/** A result group as a list item; `apart` says the query's words were found in different paragraphs only. */
export function groupItem(group: ResultGroup, apart: boolean): HTMLLIElement {
  const item = el('li');
  item.dataset.article = group.article.id;
  const caption = articleCaption(group.article);
  const heading = el('h2', undefined, 'result-title');
  const link = el('a', caption.title);
  link.href = searchHitUrl(group.article.id, 0, group.marks);
  heading.append(link);
  const where = apart ? ' · the words are in different paragraphs' : '';
  const meta = el('p', `${caption.outlet} · ${caption.dateText} · ${plural(group.hitCount, 'hit')}${where}`, 'meta');
  const hits = el('ol', undefined, 'hits');
  for (const hit of group.hits) {
    const li = el('li');
    li.dataset.paragraph = String(hit.paragraph);
    if (hit.meets) li.dataset.meets = '';
    const a = el('a');
    a.href = searchHitUrl(group.article.id, hit.paragraph, group.marks);
    a.append(el('span', hitLabel(hit), 'para-number'));
    segmentsInto(a, hit.segments);
    li.append(a);
    for (const note of hitNotes(hit)) li.append(el('span', ` ${note}`, note.startsWith('approximate') ? 'via approximate' : 'via'));
    hits.append(li);
  }
  item.append(heading, meta, hits);
  if (group.hitCount > group.hits.length) {
    item.append(el('p', `${group.hitCount - group.hits.length} more in this article, marked on its page.`, 'meta'));
  }
  return item;
}
