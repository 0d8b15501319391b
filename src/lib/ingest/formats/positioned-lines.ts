// A page whose printed lines are each placed absolutely (a PDF converted by poppler's `pdftohtml -c`, an e-paper or
// OCR export) has no paragraphs, columns or headings in its markup: one `<p>` per line, in the order the PDF drew
// them. They exist only in the geometry, as a reader sees them on paper: columns side by side, a headline across
// them, a paragraph's first line indented or set off by space, a crosshead in another type size. This rebuilds the
// page as that reader reads it, into headings and paragraphs in reading order, before extraction reads it.
import { BOX_ATTRIBUTE, readBox } from '../dom/geometry.ts';
import { collapse } from '../tree.ts';

/** One printed line where it stands. */
interface Line {
  page: number;
  top: number;
  left: number;
  size: number;
  /** The type's family and colour, and whether the whole line is bold: with the size, what tells body from apparatus. */
  face: string;
  bold: boolean;
  text: string;
  /** Its column on the page (the column bases' index), and the last column its estimated width reaches. */
  column: number;
  last: number;
}

/** Fewest placed lines that make a page one of placed lines, and the share of the page's text they must hold. */
const MIN_LINES = 5;
const MIN_SHARE = 0.8;
/** Fewest lines at one left edge that make it a column's edge rather than a centred or stray line. */
const MIN_COLUMN_LINES = 3;
/** Most columns read on a page: a broadsheet has eight or nine; past this the edges are a table's or noise. */
const MAX_COLUMNS = 24;
/** An average glyph's width in ems: enough to tell a line across columns from one within a column. */
const GLYPH_EMS = 0.5;
/** Most words of a one-line crosshead or section label between paragraphs. */
const MAX_HEADING_WORDS = 10;
/** A line this much larger than the body's type is a heading. */
const HEADING_SCALE = 1.25;
const SENTENCE_END = /[.!?…]["'”’)\]]?$/u;

const ELEMENT = 1;

/** The placed elements of a page that hold no placed element of their own: its printed lines or blocks of them. */
function placedElements(body: Element): Element[] {
  return [...body.querySelectorAll(`[${BOX_ATTRIBUTE}]`)].filter((e) => !e.querySelector(`[${BOX_ATTRIBUTE}]`));
}

/** An element's text split at its line breaks (a converter joins a block's lines with `<br>`), and whether it is all bold. */
function elementLines(element: Element): { texts: string[]; bold: boolean } {
  const texts: string[] = [];
  let current = '';
  const walk = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === ELEMENT && (child as Element).tagName === 'BR') {
        texts.push(current);
        current = '';
      } else if (child.nodeType === ELEMENT) walk(child);
      else current += child.textContent ?? '';
    }
  };
  walk(element);
  texts.push(current);
  const text = collapse(element.textContent ?? '');
  const boldText = collapse([...element.querySelectorAll('b, strong')].map((b) => b.textContent ?? '').join(' '));
  return { texts: texts.map(collapse).filter(Boolean), bold: text.length > 0 && boldText.length >= text.length };
}

/** The value that carries the most weight (a page's body type size: the size most of its characters are set in). */
function heaviest(values: [number, number][]): number {
  const weights = new Map<number, number>();
  for (const [value, weight] of values) weights.set(value, (weights.get(value) ?? 0) + weight);
  return [...weights].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** The left edges of a page's columns: the edges of body-size lines that at least MIN_COLUMN_LINES lines share, an indent counted with its column. */
function columnBases(lines: Line[], bodySize: number): number[] {
  const lefts = lines.filter((l) => Math.abs(l.size - bodySize) < 0.5).map((l) => l.left).sort((a, b) => a - b);
  const bases: number[] = [];
  let start = 0;
  for (let i = 1; i <= lefts.length; i++) {
    // A paragraph's indent is an em or two from its column's edge; the next column is far more than that away.
    if (i === lefts.length || (lefts[i] as number) - (lefts[start] as number) > 2.5 * bodySize) {
      if (i - start >= MIN_COLUMN_LINES) bases.push(lefts[start] as number);
      start = i;
    }
  }
  return bases.length > 0 ? bases : [lefts[0] ?? 0];
}

/** The column a left edge falls in: the last column starting at or before it. */
function columnAt(bases: number[], x: number, tolerance: number): number {
  let column = 0;
  for (let i = 0; i < bases.length; i++) if ((bases[i] as number) <= x + tolerance) column = i;
  return column;
}

/**
 * The lines in reading order, the way a reader takes a newspaper page (recursive cuts): split the page between two
 * columns where no line crosses from one to the other, reading the left part first; where every split is crossed, read
 * what stands above the topmost crossing line, then that line (a headline across the columns), then what is below.
 */
function readingOrder(lines: Line[], from: number, to: number): Line[] {
  if (lines.length <= 1) return lines;
  if (from === to) return [...lines].sort((a, b) => a.top - b.top || a.left - b.left);
  for (let split = from; split < to; split++) {
    if (lines.some((l) => l.column <= split && l.last > split)) continue;
    const left = lines.filter((l) => l.column <= split);
    const right = lines.filter((l) => l.column > split);
    return [...readingOrder(left, from, split), ...readingOrder(right, split + 1, to)];
  }
  // Every crossing line cuts the page: the bands between them hold none, so each splits into its columns.
  const sorted = [...lines].sort((a, b) => a.top - b.top || a.left - b.left);
  const out: Line[] = [];
  let band: Line[] = [];
  for (const line of sorted) {
    if (line.last > line.column) {
      out.push(...readingOrder(band, from, to), line);
      band = [];
    } else band.push(line);
  }
  out.push(...readingOrder(band, from, to));
  return out;
}

/** One page's placed lines, each with its column. */
function pageLines(page: number, elements: Element[]): Line[] {
  const lines: Line[] = [];
  for (const element of elements) {
    const box = readBox(element);
    if (!box) continue;
    const { texts, bold } = elementLines(element);
    // A block's lines follow one another at about the type's line height.
    texts.forEach((text, i) => lines.push({ page, top: box.top + i * box.size * 1.2, left: box.left, size: box.size, face: box.face, bold, text, column: 0, last: 0 }));
  }
  const bodySize = heaviest(lines.map((l) => [l.size, l.text.length]));
  const bases = columnBases(lines, bodySize).slice(0, MAX_COLUMNS);
  for (const line of lines) {
    line.column = columnAt(bases, line.left, bodySize / 2);
    // A line in larger type reaching an em into the next column is read across them (a headline, a deck over the
    // columns). A line in the body's type keeps to its column: its width is only estimated, and a long one would
    // otherwise seem to cross.
    const reach = line.left + line.text.length * line.size * GLYPH_EMS - line.size;
    line.last = line.size > bodySize ? Math.max(line.column, columnAt(bases, reach, 0)) : line.column;
  }
  return readingOrder(lines, 0, bases.length - 1);
}

/** A paragraph of lines, as read. */
interface Block {
  lines: Line[];
  text: string;
}

/**
 * Lines into paragraphs: a new one starts at another type size or weight, at an indented line, after a gap of more
 * than a line and a half, after a short line ending a sentence (on a page that does not indent), and at the top of
 * a column or page unless the paragraph before stops mid-sentence there. A word broken with a hyphen at a line's end
 * is joined whole.
 */
function paragraphsOf(lines: Line[], bodySize: number): Block[] {
  const blocks: Block[] = [];
  const steps = lines.slice(1).map((l, i) => (l.page === lines[i]?.page && l.column === lines[i]?.column && l.size === lines[i]?.size ? l.top - (lines[i] as Line).top : 0)).filter((s) => s > 0);
  const step = median(steps) || bodySize * 1.2;
  const bases = new Map<string, number>();
  for (const l of lines) {
    const key = `${l.page}:${l.column}:${l.size}`;
    bases.set(key, Math.min(bases.get(key) ?? Infinity, l.left));
  }
  const baseOf = (l: Line) => bases.get(`${l.page}:${l.column}:${l.size}`) ?? l.left;
  const indented = (l: Line) => l.left > baseOf(l) + 1;
  const indents = lines.filter((l) => Math.abs(l.size - bodySize) < 0.5 && indented(l)).length >= MIN_COLUMN_LINES;
  // The column's width in characters, as its fullest lines fill it (lines are placed, not measured).
  const bodyLengths = lines.filter((l) => Math.abs(l.size - bodySize) < 0.5).map((l) => l.text.length).sort((a, b) => a - b);
  const width = bodyLengths[Math.floor((bodyLengths.length - 1) * 0.9)] ?? 0;
  // A line ending a sentence that had room for the next line's first word ended its paragraph, as in hard-wrapped
  // text (paragraphs.ts); with widths only estimated from characters, "room" leaves a sixth of the width spare.
  const endedShort = (previous: Line, line: Line) => SENTENCE_END.test(previous.text) && previous.text.length + 1 + (line.text.split(' ')[0] ?? '').length <= width * 0.85;
  let previous: Line | null = null;
  const lastOfType = new Map<string, Block>();
  for (const line of lines) {
    const block = blocks.at(-1);
    const sameRun = previous && block && typeOf(previous) === typeOf(line);
    const sameColumn = previous && previous.page === line.page && previous.column === line.column && line.top > previous.top;
    const continues =
      sameRun &&
      previous &&
      (sameColumn
        ? line.top - previous.top <= step * 1.5 * (line.size / bodySize) && !(indented(line) && !indented(previous)) && !(!indents && endedShort(previous, line))
        : !indented(line) && !SENTENCE_END.test(previous.text) && Math.abs(line.size - bodySize) < 0.5);
    // A paragraph broken off at the foot of a column or page goes on at the top of the next, past what was read
    // between (a running head, a caption): the last paragraph in this type, stopped mid-sentence elsewhere.
    const broken = lastOfType.get(typeOf(line));
    const brokenLine = broken?.lines.at(-1);
    const resumes =
      !continues &&
      !sameColumn &&
      broken &&
      brokenLine &&
      (brokenLine.page !== line.page || brokenLine.column !== line.column) &&
      !indented(line) &&
      Math.abs(line.size - bodySize) < 0.5 &&
      !SENTENCE_END.test(broken.text);
    const into = continues ? block : resumes ? broken : undefined;
    if (into) {
      // A word broken at a line's end is one word; a hyphen before a capital is a compound's ("Anglo-French").
      const wrapped = /\p{L}-$/u.test(into.text) && /^\p{L}/u.test(line.text);
      const compound = wrapped && /^\p{Lu}/u.test(line.text);
      into.text = wrapped ? (compound ? into.text : into.text.slice(0, -1)) + line.text : `${into.text} ${line.text}`;
      into.lines.push(line);
    } else blocks.push({ lines: [line], text: line.text });
    lastOfType.set(typeOf(line), into ?? (blocks.at(-1) as Block));
    previous = line;
  }
  return blocks;
}

/** A line's type: its size, face and weight. */
const typeOf = (line: Line) => `${line.size} ${line.face} ${line.bold}`;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** What a paragraph of a placed page is, by its type and what follows it. */
type Part = 'folio' | 'headline' | 'standfirst' | 'head' | 'body' | 'crosshead' | 'apparatus';

/**
 * Each paragraph's part. The largest type is the headline, larger type under it the standfirst, and what stands
 * between them and the first paragraph in the body's type (the page's most used type) the head (byline, role). After
 * that, a short line in another type is a crosshead when body text follows it; one that another such line follows is
 * a section's label (BRIEFS over headed briefs), and the section, to the end of its column, is apparatus. Any other
 * type after the head is apparatus too: captions, credits, contact lines, advertisements, a download stamp.
 */
function partsOf(blocks: Block[], bodyType: string, bodySize: number): Part[] {
  const largest = blocks.reduce((most, b) => Math.max(most, (b.lines[0] as Line).size), 0);
  const isBody = (b: Block | undefined) => b !== undefined && typeOf(b.lines[0] as Line) === bodyType;
  const isLabel = (b: Block | undefined) =>
    b !== undefined && !isBody(b) && b.lines.length <= 2 && b.text.split(' ').length <= MAX_HEADING_WORDS && !SENTENCE_END.test(b.text);
  const parts: Part[] = [];
  let stage: 'above' | 'head' | 'body' = 'above';
  let section: Line | null = null;
  blocks.forEach((block, i) => {
    const first = block.lines[0] as Line;
    const large = first.size >= HEADING_SCALE * bodySize;
    if (section && (first.page !== section.page || first.column !== section.column)) section = null;
    if (stage === 'above') {
      if (large && first.size === largest) stage = 'head';
      parts.push(stage === 'head' ? 'headline' : 'folio');
      return;
    }
    if (stage === 'head' && !isBody(block)) {
      parts.push(large ? 'standfirst' : 'head');
      return;
    }
    stage = 'body';
    if (section) parts.push('apparatus');
    else if (isBody(block)) parts.push('body');
    else if (isLabel(block) && isBody(blocks[i + 1])) parts.push('crosshead');
    else if (isLabel(block) && isLabel(blocks[i + 1]) && isBody(blocks[i + 2])) {
      section = first;
      parts.push('apparatus');
    } else parts.push('apparatus');
  });
  return parts;
}

/** The element each part is written as: apparatus as an aside, which extraction leaves out. */
const PART_TAGS: Record<Part, string> = { folio: 'p', headline: 'h1', standfirst: 'p', head: 'p', body: 'p', crosshead: 'h2', apparatus: 'aside' };

/**
 * Rebuilds a page of placed lines in place as headings and paragraphs in reading order (partsOf); false, and the
 * page left as it is, when the page is not one (too few placed lines, or most of its text stands elsewhere).
 */
export function flowPlacedLines(body: Element): boolean {
  const elements = placedElements(body);
  if (elements.length < MIN_LINES) return false;
  const placedChars = elements.reduce((sum, e) => sum + collapse(e.textContent ?? '').length, 0);
  if (placedChars < MIN_SHARE * collapse(body.textContent ?? '').length) return false;
  // Each page is the block holding its lines (pdftohtml's `page1-div`), in document order.
  const pages = new Map<Element | null, Element[]>();
  for (const element of elements) {
    const page = element.parentElement;
    const list = pages.get(page);
    if (list) list.push(element);
    else pages.set(page, [element]);
  }
  const lines = withoutRunningLines([...pages.values()].map((page, i) => pageLines(i, page)));
  const bodySize = heaviest(lines.map((l) => [l.size, l.text.length]));
  const bodyType = heaviestType(lines);
  const blocks = paragraphsOf(lines, bodySize);
  const parts = partsOf(blocks, bodyType, bodySize);
  const doc = body.ownerDocument;
  // The headline's lines are one heading.
  const out: Element[] = [];
  blocks.forEach((block, i) => {
    const part = parts[i] as Part;
    const last = out.at(-1);
    if (part === 'headline' && last?.tagName === 'H1') {
      last.textContent = `${last.textContent} ${block.text}`;
      return;
    }
    const element = doc.createElement(PART_TAGS[part]);
    // A standfirst is named as a page names one.
    if (part === 'standfirst') element.setAttribute('class', 'standfirst');
    element.textContent = block.text;
    out.push(element);
  });
  body.replaceChildren(...out);
  return true;
}

/**
 * The pages' lines without their running heads and feet: lines another page prints at the same height with the same
 * words (its page number aside). The first page's head stays, where a reader finds the date.
 */
function withoutRunningLines(pages: Line[][]): Line[] {
  if (pages.length < 2) return pages.flat();
  const key = (line: Line) => `${Math.round(line.top)} ${line.text.replace(/\d+/g, '#')}`;
  const onPages = new Map<string, Set<number>>();
  for (const line of pages.flat()) onPages.set(key(line), (onPages.get(key(line)) ?? new Set()).add(line.page));
  const running = (line: Line) => (onPages.get(key(line))?.size ?? 0) >= 2;
  const firstTop = (pages[0] as Line[]).reduce((top, l) => (running(l) ? top : Math.min(top, l.top)), Infinity);
  return pages.flat().filter((line) => !running(line) || (line.page === 0 && line.top < firstTop));
}

/** The type most of the page's characters are set in. */
function heaviestType(lines: Line[]): string {
  const weights = new Map<string, number>();
  for (const line of lines) weights.set(typeOf(line), (weights.get(typeOf(line)) ?? 0) + line.text.length);
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
