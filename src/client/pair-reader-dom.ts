// The pair reader built in the browser, for texts the build never saw (/check/ and /compare/): the same view model
// (present/pair-view.ts), the same markup and classes as src/pages/compare/[pair].astro and its components
// (PairRow, Segments, ChangeList, GradeLegend), inside the same <compare-reader> element, so it looks, reads and
// answers the keyboard alike. Built with createElement and textContent only: pasted text never becomes markup.
// Keep this file in step with those components; it is the only place that mirrors them.
import type { ChangeView, DiffSegment, GradeLegendEntry, PairView, RowView, SideView } from '../lib/present/pair-view.ts';
import type { HeadlineView } from '../lib/present/headline-view.ts';
import { methodUrl } from '../lib/routes.ts';
import { plural } from '../lib/present/format.ts';
import { VERSIONS_KICKER } from '../lib/present/compare-view.ts';
import { el } from './dom.ts';
import './compare-reader.ts';

/** How the reader sits in its page. */
export interface ReaderOptions {
  /** The reader's title: h1 on a page of its own, h2 inside a page that has its own h1. */
  heading: 'h1' | 'h2';
  /** Which sides link to an article page (a pasted text has none). */
  linked: [boolean, boolean];
  /** The build's own comparison page of the same two articles, when there is one. */
  pairPage?: string | null;
  /** The line above the title (default: the pair pages' VERSIONS_KICKER). */
  kicker?: string;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = el('a', text, className);
  a.href = href;
  return a;
}

/** The letter badge and its screen-reader text ("A: "). */
function sideTag(letter: string): Node[] {
  const tag = el('span', letter, 'side-tag');
  tag.setAttribute('aria-hidden', 'true');
  return [tag, el('span', `${letter}: `, 'visually-hidden')];
}

function dateOf(side: SideView): Node {
  if (!side.published) return document.createTextNode(side.dateText);
  const time = el('time', side.dateText);
  time.dateTime = side.published;
  return time;
}

/** Mirrors Segments.astro: <ins>, <del> and plain text, nothing between them. */
function segments(list: readonly DiffSegment[]): Node[] {
  return list.map((s) => {
    const variant = s.variant ? 'variant' : undefined;
    return s.kind === 'ins' ? el('ins', s.text, variant) : s.kind === 'del' ? el('del', s.text, variant) : variant ? el('span', s.text, variant) : document.createTextNode(s.text);
  });
}

/** Mirrors PairRow.astro. */
function row(r: RowView): HTMLLIElement {
  const li = el('li', undefined, `row kind-${r.kind} grade-${r.grade}`);
  li.id = r.id;
  li.tabIndex = -1;
  li.dataset.row = String(r.number);
  const meta = el('p', undefined, 'row-meta');
  meta.append(link(`#${r.id}`, `Row ${r.number}`, 'row-link'), el('span', r.kindLabel, 'tag kind'));
  if (r.gradeLabel) {
    const grade = el('span', undefined, 'tag grade');
    grade.append(el('span', 'Grade: ', 'visually-hidden'), r.gradeLabel);
    meta.append(grade);
  }
  if (r.movedFrom) meta.append(link(r.movedFrom.href, r.movedFrom.text));
  for (const m of r.movedTo) meta.append(link(m.href, m.text));
  for (const c of r.changes) meta.append(link(c.href, c.text, 'change-ref'));
  const cell = (side: 'a' | 'b', letter: string, dir: string, list: DiffSegment[]) => {
    const div = el('div', undefined, `cell side-${side}`);
    div.dir = dir;
    div.append(...sideTag(letter), ...(list.length > 0 ? segments(list) : [el('span', `Not in ${letter}`, 'absent')]));
    return div;
  };
  const inline = el('div', undefined, 'cell inline');
  inline.dir = r.rightDir;
  inline.append(...segments(r.inline));
  li.append(meta, cell('a', 'A', r.leftDir, r.left), cell('b', 'B', r.rightDir, r.right), inline);
  return li;
}

/** Mirrors HeadlineRow.astro. */
function headlineRow(h: HeadlineView): HTMLElement {
  const div = el('div', undefined, 'row headline-row');
  const meta = el('p', undefined, 'row-meta');
  meta.append(el('span', 'Headline', 'tag kind'), ' ', el('span', h.summary));
  div.append(meta);
  if (!h.compared) return div;
  const cell = (className: string, list: readonly DiffSegment[], letter?: string) => {
    const c = el('div', undefined, className);
    c.dir = 'auto';
    c.append(...(letter ? sideTag(letter) : []), ...segments(list));
    return c;
  };
  div.append(cell('cell side-a', h.left, 'A'), cell('cell side-b', h.right, 'B'), cell('cell inline', h.inline));
  return div;
}

/** Mirrors GradeLegend.astro. */
function legend(grades: readonly GradeLegendEntry[]): HTMLElement {
  const section = el('section', undefined, 'legend');
  section.setAttribute('aria-labelledby', 'legend-heading');
  const h = el('h2', 'Legend');
  h.id = 'legend-heading';
  h.className = 'legend-heading';
  const marks = el('ul', undefined, 'legend-marks');
  const added = el('li');
  added.append('words ', el('ins', 'only in B'), ' are underlined');
  const removed = el('li');
  removed.append('words ', el('del', 'only in A'), ' are struck through');
  const variant = el('li');
  variant.append('a word ', el('span', 'written two ways', 'variant'), ' is dotted (inline: A’s ', el('del', 'form', 'variant'), ' and B’s ', el('ins', 'form', 'variant'), ')');
  marks.append(added, removed, variant);
  const dl = el('dl', undefined, 'legend-grades');
  for (const g of grades) {
    const div = el('div');
    const dt = el('dt');
    dt.append(el('span', g.label, 'tag grade'));
    div.append(dt, el('dd', `${g.description} (${plural(g.count, 'row')})`));
    dl.append(div);
  }
  section.append(h, marks, dl);
  return section;
}

/** Mirrors ChangeList.astro. */
function changeList(changes: readonly ChangeView[], counts: readonly { label: string; count: number }[]): HTMLElement {
  const section = el('section', undefined, 'changes');
  section.setAttribute('aria-labelledby', 'changes-heading');
  const h = el('h2', `Changes (${changes.length})`);
  h.id = 'changes-heading';
  section.append(h);
  if (changes.length === 0) {
    section.append(el('p', 'The engine found no typed changes between the two texts.'));
    return section;
  }
  const hint = el('p', undefined, 'meta nav-hint');
  hint.hidden = true;
  hint.dataset.jsOnly = '';
  hint.append(
    'Move through the changes with ', el('kbd', 'j'), ' / ', el('kbd', 'n'), ' (next) and ', el('kbd', 'k'), ' / ', el('kbd', 'p'),
    ' (previous), or the buttons above the texts. The “Single-key shortcuts” button there switches these keys off and on; the page remembers your choice.',
  );
  const list = el('ol', undefined, 'change-list');
  for (const c of changes) {
    const li = el('li');
    li.id = c.id;
    const a = link(c.rowHref, '');
    a.dataset.change = String(c.number);
    a.append(el('span', c.label, 'change-type'), `, ${c.rowsText}`);
    li.append(a);
    const text = el('span', undefined, 'change-text');
    if (c.left !== null && c.right !== null) text.append(': A has ', el('q', c.left, c.leftClass), ', B has ', el('q', c.right, c.rightClass));
    else if (c.right !== null) text.append(': B has ', el('q', c.right, c.rightClass));
    else if (c.left !== null) text.append(': A has ', el('q', c.left, c.leftClass));
    if (text.childNodes.length > 0) li.append(text);
    if (c.elsewhere) {
      const elsewhere = el('span', undefined, 'meta elsewhere');
      elsewhere.append(' (', link(c.elsewhere.href, c.elsewhere.text), ')');
      li.append(elsewhere);
    }
    list.append(li);
  }
  section.append(el('p', counts.map((c) => `${c.label}: ${c.count}`).join(' · '), 'meta'), hint, list);
  return section;
}

function header(view: PairView, options: ReaderOptions): HTMLElement {
  const head = el('header', undefined, 'pair-head');
  const title = el(options.heading);
  title.append(view.left.title, ' ', el('span', 'and', 'vs'), ' ', view.right.title);
  const sides = el('ul', undefined, 'pair-sides');
  [view.left, view.right].forEach((s, i) => {
    const li = el('li');
    const meta = el('span', ` — ${s.outlet}, `, 'meta');
    meta.append(dateOf(s));
    li.append(...sideTag(s.letter), options.linked[i] ? link(s.url, s.title) : el('span', s.title), meta);
    sides.append(li);
  });
  const order = el('p', view.orderText, 'order');
  order.dataset.order = view.order;
  const figures = el('p', undefined, 'figures');
  figures.append(`${view.similarityText ? `${view.similarityText}. ` : ''}${view.overlapText} `, link(methodUrl('overlap'), 'How these figures are computed'));
  head.append(el('p', options.kicker ?? VERSIONS_KICKER, 'meta'), title, sides, order, figures, el('p', view.countsText, 'meta'));
  if (view.foundRows) {
    // The change list holds changes only: an unchanged row, where a quotation was found word for word, is linked here.
    const found = el('p', view.foundRows.text, 'meta found-rows');
    view.foundRows.rows.forEach((row, i) => {
      const a = link(row.href, row.text);
      a.dataset.rowLink = '';
      found.append(...(i > 0 ? [', '] : []), a);
    });
    found.append(view.foundRows.more > 0 ? ` and ${plural(view.foundRows.more, 'more row')}.` : '.');
    head.append(found);
  }
  if (options.pairPage) {
    const page = el('p', 'These two articles also have ', 'meta');
    page.append(link(options.pairPage, 'their own comparison page'), '.');
    head.append(page);
  }
  return head;
}

function texts(view: PairView): HTMLElement {
  const section = el('section', undefined, 'texts');
  section.setAttribute('aria-labelledby', 'texts-heading');
  const h = el('h2', 'The two texts, row by row');
  h.id = 'texts-heading';
  const toolbar = el('div', undefined, 'toolbar no-print');
  toolbar.dataset.toolbar = '';
  const heads = el('div', undefined, 'col-heads');
  heads.setAttribute('aria-hidden', 'true');
  for (const s of [view.left, view.right]) {
    const p = el('p');
    p.append(el('span', s.letter, 'side-tag'), ` ${s.outlet}`);
    heads.append(p);
  }
  const rows = el('ol', undefined, 'rows');
  for (const b of view.blocks) {
    if (b.type === 'rows') {
      rows.append(...b.rows.map(row));
      continue;
    }
    const run = el('li', undefined, 'run');
    const details = el('details');
    details.open = true;
    details.dataset.run = '';
    const inner = el('ol', undefined, 'rows');
    inner.append(...b.rows.map(row));
    details.append(el('summary', b.summary), inner);
    run.append(details);
    rows.append(run);
  }
  section.append(h, toolbar, heads, headlineRow(view.headline), rows);
  return section;
}

function boilerplate(view: PairView): HTMLElement {
  const section = el('section', undefined, 'boilerplate-pane');
  section.setAttribute('aria-labelledby', 'boilerplate-heading');
  const h = el('h2', 'Boilerplate kept apart from the texts');
  h.id = 'boilerplate-heading';
  const note = el('p', 'Captions, datelines, licence lines, share links and the like are not compared; they are listed here, folded.', 'meta');
  const details = el('details');
  details.dataset.boilerplate = '';
  const grid = el('div', undefined, 'bp-grid');
  for (const s of [view.left, view.right]) {
    const div = el('div');
    const h3 = el('h3');
    const tag = el('span', s.letter, 'side-tag');
    tag.setAttribute('aria-hidden', 'true');
    h3.append(tag, ` ${s.outlet}`);
    div.append(h3);
    if (s.boilerplate.length === 0) div.append(el('p', 'None.', 'meta'));
    else {
      const dl = el('dl');
      for (const b of s.boilerplate) dl.append(el('dt', b.kind, 'sans'), el('dd', b.text));
      div.append(dl);
    }
    grid.append(div);
  }
  details.append(el('summary', `Boilerplate by side — ${view.boilerplateSummary}`), grid);
  section.append(h, note, details);
  return section;
}

/**
 * The whole reader of one pair view, as a <compare-reader class="pair"> element. Insert it into the page once it is
 * built: the element sets up its toolbar and keys when it is connected.
 */
export function renderPairReader(view: PairView, options: ReaderOptions): HTMLElement {
  const reader = document.createElement('compare-reader');
  reader.className = 'pair';
  reader.append(header(view, options), legend(view.grades), changeList(view.changes, view.changeCounts), texts(view));
  if (view.hasBoilerplate) reader.append(boilerplate(view));
  return reader;
}
