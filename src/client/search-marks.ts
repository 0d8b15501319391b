// <search-marks>: on an article opened from a search hit, marks the words the search found (carried in `?mark=`) in
// the article's paragraphs. The paragraph itself is marked by CSS (:target); this adds the words.
import { aliasPattern } from '../lib/terms/mentions.ts';
import { searchMarksOf } from '../lib/routes.ts';

/** Wraps every whole-word match of the words in the text nodes under `root` in <mark>, skipping links. */
function markText(root: HTMLElement, words: readonly string[]) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('a, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.data;
    const ranges: [number, number][] = [];
    for (const word of words) {
      for (const m of text.matchAll(aliasPattern(word))) {
        const range: [number, number] = [m.index, m.index + m[0].length];
        if (!ranges.some(([s, e]) => range[0] < e && range[1] > s)) ranges.push(range);
      }
    }
    if (ranges.length === 0) continue;
    ranges.sort((a, b) => a[0] - b[0]);
    const parts: Node[] = [];
    let at = 0;
    for (const [s, e] of ranges) {
      if (s > at) parts.push(document.createTextNode(text.slice(at, s)));
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      mark.textContent = text.slice(s, e);
      parts.push(mark);
      at = e;
    }
    if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
    node.replaceWith(...parts);
  }
}

class SearchMarks extends HTMLElement {
  connectedCallback() {
    const words = searchMarksOf(location.href);
    const article = this.closest('article');
    if (words.length === 0 || !article) return;
    for (const paragraph of article.querySelectorAll<HTMLElement>('.para')) markText(paragraph, words);
    article.dataset.marked = String(article.querySelectorAll('mark.search-mark').length);
  }
}

customElements.define('search-marks', SearchMarks);
