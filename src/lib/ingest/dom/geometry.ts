// Where a line of a converted PDF stands on its page. A PDF converted to HTML (poppler's `pdftohtml -c`, OCR and
// e-paper exports) places every printed line absolutely, with no paragraph or column in its markup: its order and
// its paragraphs exist only in those positions. Inline styles never reach the parsed page (inline-styles.ts), so
// each placed element keeps its position and type size as one inert data attribute, which the HTML format reads
// back into paragraphs (formats/positioned-lines.ts).

/** The data attribute carrying a placed element's top, left and type size in pixels and its face ("252 54 12 times|#231f20"). */
export const BOX_ATTRIBUTE = 'data-wd-box';

/** A class rule (`.ft17{font-size:12px;font-family:Times;color:#231f20;}`). */
const CLASS_RULE = /\.(-?[_a-zA-Z][\w-]*)\s*\{([^{}]*)\}/g;
const FONT_SIZE = /(?:^|[;\s"'])font-size\s*:\s*(\d+(?:\.\d+)?)px/i;
const FONT_FAMILY = /(?:^|[;\s"'])font-family\s*:\s*([^;"']+)/i;
const COLOR = /(?:^|[;\s"'])color\s*:\s*([^;"'\s]+)/i;
const ABSOLUTE = /(?:^|[;\s"'])position\s*:\s*absolute\b/i;
const TOP = /(?:^|[;\s"'])top\s*:\s*(-?\d+(?:\.\d+)?)px/i;
const LEFT = /(?:^|[;\s"'])left\s*:\s*(-?\d+(?:\.\d+)?)px/i;
const CLASS_ATTRIBUTE = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))/i;

/** A type's size in pixels and its face (family and colour, one word), as a style states them. */
interface Type {
  size?: number;
  face?: string;
}

/** The size and face a style's declarations state. */
function typeOf(declarations: string): Type {
  const size = FONT_SIZE.exec(declarations)?.[1];
  // A PDF names a font subset with a tag of six capitals ("CAAAAA+DejaVuSerif"), another on each page.
  const family = FONT_FAMILY.exec(declarations)?.[1]?.trim().replace(/^[A-Z]{6}\+/, '');
  const color = COLOR.exec(declarations)?.[1];
  const face = family || color ? `${family ?? ''}|${color ?? ''}`.toLowerCase().replace(/[^\w#|+-]+/g, '_') : undefined;
  return { ...(size ? { size: Number(size) } : {}), ...(face ? { face } : {}) };
}

/** The type each class sets in the page's style sheets; empty for a page with nothing placed absolutely. */
export function classTypes(html: string): Map<string, Type> {
  const types = new Map<string, Type>();
  if (!/position\s*:\s*absolute/i.test(html)) return types;
  for (const rule of html.matchAll(CLASS_RULE)) {
    const type = typeOf(rule[2] as string);
    if (type.size !== undefined || type.face !== undefined) types.set(rule[1] as string, type);
  }
  return types;
}

/**
 * The type of a class the page never defines. poppler's `pdftohtml` names a font's class `ft` + page number + font
 * number and writes the rules for the first page only, so page 2's `ft23` is set as page 1's `ft13` is.
 */
function typeOfClass(name: string, types: Map<string, Type>): Type | undefined {
  const own = types.get(name);
  if (own) return own;
  const numbered = /^ft(\d{2,})$/.exec(name)?.[1];
  for (let at = 1; numbered && at < numbered.length; at++) {
    const first = types.get(`ft1${numbered.slice(at)}`);
    if (first && `1${numbered.slice(at)}` !== numbered) return first;
  }
  return undefined;
}

/** The box attribute for a start tag whose style places it absolutely from the top left, or '' for any other tag. */
export function boxAttribute(startTag: string, style: string, types: Map<string, Type>): string {
  if (!ABSOLUTE.test(style)) return '';
  const top = TOP.exec(style)?.[1];
  const left = LEFT.exec(style)?.[1];
  if (top === undefined || left === undefined) return '';
  const classMatch = CLASS_ATTRIBUTE.exec(startTag);
  const classes = (classMatch?.[1] ?? classMatch?.[2] ?? classMatch?.[3] ?? '').split(/\s+/).map((c) => typeOfClass(c, types)).filter((t) => t !== undefined);
  const own = typeOf(style);
  const size = own.size ?? classes.find((t) => t.size !== undefined)?.size ?? 0;
  const face = own.face ?? classes.find((t) => t.face !== undefined)?.face ?? '';
  return ` ${BOX_ATTRIBUTE}="${Number(top)} ${Number(left)} ${size} ${face}"`;
}

/** A placed element's box as the attribute states it, or null for an element placed nowhere. */
export function readBox(element: Element): { top: number; left: number; size: number; face: string } | null {
  const value = element.getAttribute(BOX_ATTRIBUTE);
  if (!value) return null;
  const [top, left, size, face = ''] = value.split(' ');
  const numbers = [top, left, size].map(Number);
  if (!numbers.every((n) => Number.isFinite(n))) return null;
  return { top: numbers[0] as number, left: numbers[1] as number, size: numbers[2] as number, face };
}
