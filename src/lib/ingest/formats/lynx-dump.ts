// Text saved by a text-mode browser (`lynx -dump`, and the browsers that copy its layout): recognised by the list of
// the page's links it ends with ("References", "Visible links:", "1. https://…"). Its conventions are read as other
// formats' markup is: each link's number before its text ("[17]Aroha Whitmore") is dropped, the list of links, the
// page's form controls ("(BUTTON) Search", "Email: ______"), its images' alt text in brackets and its lists of links
// (menus, other stories) are set aside, and headings are told from paragraphs by their indent (paragraphs indented, a
// section heading flush left, the page's top heading centred).

/** A line opening the list of links at the end of a dump. */
const REFERENCES = /^\s*References\s*$/;
/** A line of that list: its heading ("Visible links:") or a numbered address ("  17. https://…", "5. #main"). */
const REFERENCE_LINE = /^\s*(?:(?:Visible|Hidden) links:|\d{1,5}\.\s+\S+)\s*$/;
/** Fewest numbered addresses that make a list of links, not a numbered list of the story's. */
const MIN_REFERENCES = 3;
/** A link's number before its text, or before an image's alt text: "[17]Aroha", "[22][Home Show]". */
const LINK_NUMBER = /\[(\d{1,5})\](?=\S)/g;
/** A form control as a dump prints it: a button, or a text field drawn in underscores. */
const FORM_CONTROL = /\(BUTTON\)|_{6,}/;
/** An image, printed as its alt text (or "[IMG]" and its file's name) in brackets on a line of its own ("[Piles under Main Wharf at low tide]"). */
const IMAGE = /^\s*(?:\[[^\]]+\]\s*)+$/;
/** A line that is one link and nothing else, its number first: "[2]The Arctic Ledger", a masthead's link home. */
const LINK_LINE = /^\s*\[\d{1,5}\][^[\]]*$/;
/** An item of a list that is one link and nothing else: "* [3]News", "* [14]Salmon farmers brace for new tax". */
const LINK_ITEM = /^\s*[*+•]\s+\[\d{1,5}\][^[\]]*$/;
/** The page's head links, printed first with a "#" ("#[1]The Tide >> Feed [2]…"). */
const HEAD_LINKS = /^\s*#\[\d+\]/;
/** Most words of a heading line. */
const MAX_HEADING_WORDS = 14;

/** A text-mode browser's dump, read: its text with link numbers dropped, and which lines are what. */
export interface LynxDump {
  /** The text before the list of links, each link's number dropped; lines stay where they were. */
  text: string;
  /** The list of links at the end, as written. */
  references: string;
  /** Line (0-based) where the list starts. */
  referencesLine: number;
  /** Lines (0-based) of headings, with their depth: 1 for a centred one, 2 for one flush left. */
  headings: Map<number, 1 | 2>;
  /** Lines (0-based) of the page's furniture: its head links, form controls, images and lists of links. */
  furniture: Set<number>;
}

/** The leading spaces of a line. */
const indent = (line: string) => line.length - line.trimStart().length;

/** Reads a text as a text-mode browser's dump, or returns null when it does not end with such a list of links. */
export function readLynxDump(text: string): LynxDump | null {
  const lines = text.split('\n');
  const at = lines.findLastIndex((line) => REFERENCES.test(line));
  if (at < 0) return null;
  const list = lines.slice(at + 1).filter((line) => line.trim());
  const numbers = list.flatMap((line) => /^\s*(\d{1,5})\.\s/.exec(line)?.[1] ?? []).map(Number);
  if (numbers.length < MIN_REFERENCES || !list.every((line) => REFERENCE_LINE.test(line))) return null;
  const most = Math.max(...numbers);
  const body = lines.slice(0, at).map((line) => line.replace(LINK_NUMBER, (marker, n: string) => (Number(n) <= most ? '' : marker)));
  // The paragraphs' indent: the most common one among lines of text.
  const counts = new Map<number, number>();
  for (const line of body) if (line.trim()) counts.set(indent(line), (counts.get(indent(line)) ?? 0) + 1);
  const paragraphIndent = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const alone = (i: number) => !body[i - 1]?.trim() && !body[i + 1]?.trim();
  const headings = new Map<number, 1 | 2>();
  const furniture = new Set<number>();
  // A list of links, two items or more (a menu, a list of other stories), is the page's, as it is in a page's markup.
  const linkItem = (i: number) => LINK_ITEM.test(lines[i] ?? '');
  body.forEach((line, i) => {
    if (HEAD_LINKS.test(lines[i] as string) || FORM_CONTROL.test(line) || IMAGE.test(line)) furniture.add(i);
    if (linkItem(i) && (linkItem(i - 1) || linkItem(i + 1))) furniture.add(i);
    const words = line.trim().split(/\s+/);
    // A line that is wholly a link (a masthead's link home, centred) is no heading.
    if (!line.trim() || !alone(i) || LINK_LINE.test(lines[i] as string) || words.length > MAX_HEADING_WORDS || /[.!?:,;]$/.test(line.trim()) || /^[*+#\d[(]/.test(line.trim())) return;
    if (paragraphIndent > 0 && indent(line) === 0) headings.set(i, 2);
    else if (indent(line) > paragraphIndent + 1) headings.set(i, 1);
  });
  return { text: body.join('\n'), references: lines.slice(at).join('\n').trim(), referencesLine: at, headings, furniture };
}
