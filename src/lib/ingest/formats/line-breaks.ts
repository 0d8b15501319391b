// Pages that mark paragraphs with blank lines of `<br><br>` rather than `<p>` (table layouts, old CMSs, forum
// software): each run of text between two such breaks becomes a paragraph before extraction, so Readability scores
// paragraphs and no headline, byline and first paragraph run into one another when it removes the breaks.

/** Elements that are text inside a line: a run of them, with text, is one paragraph. */
const PHRASING = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'BR', 'CITE', 'CODE', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR']);
/** Elements that hold blocks: phrasing that contains one is not phrasing any more. */
const BLOCKS = 'address, article, aside, blockquote, div, dl, figure, footer, form, h1, h2, h3, h4, h5, h6, header, hr, li, main, nav, ol, p, pre, section, table, ul';

const ELEMENT = 1;
const TEXT = 3;
const isBreak = (node: Node | null | undefined) => node?.nodeType === ELEMENT && (node as Element).tagName === 'BR';
const isBlank = (node: Node) => node.nodeType === TEXT && !(node.textContent ?? '').trim();

/** The next sibling that is not blank text. */
function nextFilled(node: Node | null): Node | null {
  let next = node;
  while (next && isBlank(next)) next = next.nextSibling;
  return next;
}

/** Text, or an inline element with no block inside it. */
function isPhrasing(node: Node): boolean {
  if (node.nodeType === TEXT) return true;
  if (node.nodeType !== ELEMENT) return false;
  const element = node as Element;
  return PHRASING.has(element.tagName) && !element.querySelector(BLOCKS);
}

/** Wraps each run of phrasing content between double breaks in a `<p>`; the double breaks go. */
function splitAtDoubleBreaks(parent: Element): void {
  const doc = parent.ownerDocument;
  const out: Node[] = [];
  let run: Node[] = [];
  const flush = () => {
    // Single breaks and blank text at the edges of a run separate nothing.
    while (run.length && (isBreak(run[0]) || isBlank(run[0] as Node))) run.shift();
    while (run.length && (isBreak(run.at(-1)) || isBlank(run.at(-1) as Node))) run.pop();
    if (run.some((n) => (n.textContent ?? '').trim())) {
      const p = doc.createElement('p');
      for (const node of run) p.appendChild(node);
      out.push(p);
    } else out.push(...run);
    run = [];
  };
  let node: Node | null = parent.firstChild;
  while (node) {
    const next: Node | null = node.nextSibling;
    if (isBreak(node) && isBreak(nextFilled(next))) {
      flush();
      // Skip the whole run of breaks and the blank text between them.
      let after: Node | null = next;
      while (after && (isBreak(after) || isBlank(after))) after = after.nextSibling;
      node = after;
      continue;
    }
    if (isPhrasing(node)) run.push(node);
    else {
      flush();
      out.push(node);
    }
    node = next;
  }
  flush();
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  for (const child of out) parent.appendChild(child);
}

/**
 * Turns text separated by `<br><br>` into paragraphs, innermost elements first so an outer one sees the inner
 * paragraphs as blocks. Returns how many elements were rewritten.
 */
export function paragraphsFromBreaks(root: Element): number {
  const parents = new Set<Element>();
  for (const br of root.querySelectorAll('br')) {
    const parent = br.parentElement;
    if (parent && isBreak(nextFilled(br.nextSibling))) parents.add(parent);
  }
  // Document order puts an element before the elements inside it: reversed, the innermost come first.
  for (const parent of [...parents].reverse()) splitAtDoubleBreaks(parent);
  return parents.size;
}
