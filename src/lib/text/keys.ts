// Text to keyed words: the one seam where the comparison engine and search turn prose into comparable keys. Entity
// rules (a name and its other spellings meeting on one key) live here, so both sides get them at once.
import { wordSpans, type WordSpan } from './words.ts';
import { wordKey } from './word-key.ts';
import { MONTH_ABBREVIATIONS, NAME_ABBREVIATIONS, NUMBER_SCALES } from './lexicon.ts';
import { DOTTED_ACRONYM, entityKey, generalEntities, type EntityTable } from './entities.ts';

/** A word of a text, its comparison key and its character range in the text. */
export interface KeyedWord extends WordSpan {
  key: string;
  /** For a name the entity rules recognised: the entity's id (its key is `@<id>`). */
  entity?: string;
  /** For a name of several words ("United States"): the words it spans, each with its own key. */
  parts?: KeyedWord[];
}

/** Capitalised abbreviations of a word in a name, a title or a month, written with a full stop ("Corp.", "Gov.", "Oct."). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([...Object.keys(NAME_ABBREVIATIONS), ...Object.keys(MONTH_ABBREVIATIONS)].map((a) => `${a[0]?.toUpperCase()}${a.slice(1)}`));

/** A scale run on to a figure ("1.4bn", "$600m") written out as the word it stands for ("billion", "million"). */
const SCALE_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(NUMBER_SCALES).flatMap(([short, value]) => {
    const word = Object.keys(NUMBER_SCALES).find((w) => w.length > 2 && NUMBER_SCALES[w] === value);
    return short.length <= 2 && word ? [[short, word] as const] : [];
  }),
);

/** A figure as one word: thousands separators, or a decimal ("84,300", "4.5"). */
const FIGURE = String.raw`\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?|\p{N}+(?:\.\p{N}+)?`;

/** One stretch the tokenizer splits wrongly, and the words a reader reads in it (one, or a figure and its scale). */
interface Joined {
  start: number;
  end: number;
  words: KeyedWord[];
}

/** A matched stretch read as one word with the given key. */
const asOneWord = (key: (word: string) => string) => (m: RegExpExecArray | RegExpMatchArray): KeyedWord[] => {
  const start = m.index as number;
  return [{ start, end: start + m[0].length, word: m[0], key: key(m[0]) }];
};

/**
 * Spans a reader reads as one word though the tokenizer splits them, each with how it is keyed: dotted initialisms
 * ("U.S." meets "US"), lower-case dotted abbreviations ("a.m.", "e.g.", which must not become the words "a" and "m"),
 * numerals with thousands separators or decimals ("84,300" meets "84300"; "4.5" is one figure, so a changed figure
 * is one changed word, not its changed digits; version-like runs, "3.14.15", and "4,5" stay split), and a percent
 * sign after a figure or "per cent" as the word percent ("4%", "4 per cent" and "4 percent" meet). A figure with its
 * scale run on ("€1.4bn", "$600m", "20mn") is two words, the figure and the scale as written out, so it meets "1.4
 * billion"; a bare "m" is a million only after a currency sign ("a 600m race" is metres). Each pattern runs only on a
 * text its cheap `gate` finds something in: most sentences hold none of them.
 */
const JOINS: readonly { gate: RegExp; pattern: RegExp; read: (m: RegExpMatchArray) => KeyedWord[] }[] = [
  { gate: /\p{Lu}\.\p{Lu}/u, pattern: DOTTED_ACRONYM, read: asOneWord((w) => wordKey(w.replace(/\./g, ''))) },
  { gate: /\p{Ll}\.\p{Ll}\./u, pattern: /(?<![\p{L}\p{N}.])(?:\p{Ll}\.){2,}(?![\p{L}\p{N}])/gu, read: asOneWord((w) => w.replace(/\.$/, '')) },
  {
    gate: /\p{N}(?:bn|mn|tn|m)(?![\p{L}\p{N}])/iu,
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?:(?<=[$€£]\s?)(?<figure>${FIGURE})(?<scale>bn|mn|tn|m)|(?<bare>${FIGURE})(?<short>bn|mn|tn))(?![\p{L}\p{N}])`, 'giu'),
    read: (m) => {
      const figure = (m.groups?.figure ?? m.groups?.bare) as string;
      const scale = (m.groups?.scale ?? m.groups?.short) as string;
      const start = m.index as number;
      const at = start + figure.length;
      return [
        { start, end: at, word: figure, key: wordKey(figure) },
        { start: at, end: at + scale.length, word: scale, key: wordKey(SCALE_WORDS.get(scale.toLowerCase()) ?? scale) },
      ];
    },
  },
  { gate: /\p{N}[.,]\p{N}/u, pattern: /(?<![\p{L}\p{N}.,])(?:\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?|\p{N}+\.\p{N}+)(?![\p{L}\p{N}]|[.,]\p{N})/gu, read: asOneWord(wordKey) },
  { gate: /%|[Pp]er\s+cent/u, pattern: /(?<=\p{N}\s?)%|(?<![\p{L}\p{N}])[Pp]er\s+cent(?![\p{L}\p{N}])/gu, read: asOneWord(() => wordKey('percent')) },
];

/** The stretches of `JOINS` in a text, in text order (no two patterns match the same characters). */
function joinedSpans(text: string): Joined[] {
  const spans: Joined[] = [];
  for (const { gate, pattern, read } of JOINS) {
    if (!gate.test(text)) continue;
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length, words: read(m) });
  }
  return spans.length > 1 ? spans.sort((a, b) => a.start - b.start) : spans;
}

/** A clock time's "a.m." or "p.m." however written ("am", "PM", "a.m.", "A.M."): keyed alike after a figure. */
const MERIDIEM = /^([AaPp])\.?[Mm]\.?$/;
/** A figure and its "am"/"pm" written as one word: "6am", "11PM". */
const TIME_WORD = /^(\p{N}{1,2})([AaPp][Mm])$/u;

/**
 * A word with its key: an abbreviation's full stop is part of how it is written ("Corp." is "Corporation"), and a
 * time written as one word is a figure and its "a.m." ("6am" is "6 a.m.").
 */
function keyedSpans(text: string, span: WordSpan): KeyedWord[] {
  if (text[span.end] === '.' && ABBREVIATIONS.has(span.word) && !/[\p{L}\p{N}.]/u.test(text[span.start - 1] ?? '')) {
    return [{ word: `${span.word}.`, start: span.start, end: span.end + 1, key: wordKey(span.word) }];
  }
  const time = span.word.length <= 4 ? TIME_WORD.exec(span.word) : null;
  if (time) {
    const [figure, meridiem] = [time[1] as string, time[2] as string];
    const at = span.start + figure.length;
    // The meridiem is keyed by keyMeridiems, as any written after a figure is.
    return [
      { word: figure, start: span.start, end: at, key: wordKey(figure) },
      { word: meridiem, start: at, end: span.end, key: wordKey(meridiem) },
    ];
  }
  return [{ ...span, key: wordKey(span.word) }];
}

/** Keys "am", "PM" or "A.M." right after a figure as "a.m." is keyed, so "6 am", "6 AM" and "6 a.m." meet. */
function keyMeridiems(text: string, words: KeyedWord[]): KeyedWord[] {
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as KeyedWord;
    const before = words[i - 1] as KeyedWord;
    const m = word.word.length <= 4 ? MERIDIEM.exec(word.word) : null;
    if (m && /^#/.test(before.key) && /^\s?$/u.test(text.slice(before.end, word.start))) words[i] = { ...word, key: `${(m[1] as string).toLowerCase()}.m` };
  }
  return words;
}

/**
 * The words of a text, the spans of `JOINS` joined into one word each (a span holding no word, as "%", becomes a
 * word of its own), with their word keys.
 */
function baseWords(text: string): KeyedWord[] {
  const joined = joinedSpans(text);
  const out: KeyedWord[] = [];
  let d = 0;
  let placed = -1;
  // Each stretch's words are placed once, where its first word span (or, for "%", a later one) reaches it.
  const place = (i: number) => {
    if (placed < i) out.push(...(joined[i] as Joined).words);
    placed = i;
  };
  for (const span of wordSpans(text)) {
    while (d < joined.length && (joined[d] as Joined).end <= span.start) place(d++);
    const hit = joined[d];
    if (hit && span.start >= hit.start && span.end <= hit.end) {
      place(d);
      continue;
    }
    out.push(...keyedSpans(text, span));
  }
  for (; d < joined.length; d++) place(d);
  return keyMeridiems(text, out);
}

/**
 * The words of a text as written, keyed without the entity rules: "Saudi" is the word saudi here, not Saudi Arabia,
 * and "United States" two words, not the US. What a quoted phrase asks for: these words, not other names of the same.
 */
export function writtenWords(text: string): KeyedWord[] {
  return baseWords(text);
}

/** Only spaces or a hyphen between two words of one name ("Al-Qaeda", "Middle East"), never a comma or a full stop. */
export const NAME_GAP = /^[\s\u00a0]*-?[\s\u00a0]*$/u;

/**
 * The words of a text with their keys (see `wordKey`) and ranges, in text order. Names the entity table knows
 * become one word spanning all of their words ("United States" → one word keyed `@us`, as "US" and "U.S." are),
 * longest name first; their words stay available in `parts`. Without a table, the general lexicon applies.
 */
export function textKeys(text: string, entities: EntityTable = generalEntities()): KeyedWord[] {
  const words = baseWords(text);
  const out: KeyedWord[] = [];
  for (let i = 0; i < words.length; ) {
    const word = words[i] as KeyedWord;
    const match = entities.byFirstKey.get(word.key)?.find((name) => name.keys.every((k, j) => {
      const w = words[i + j];
      if (!w || w.key !== k) return false;
      return j === 0 || NAME_GAP.test(text.slice((words[i + j - 1] as KeyedWord).end, w.start));
    }));
    if (!match) {
      out.push(word);
      i += 1;
      continue;
    }
    const span = words.slice(i, i + match.keys.length);
    const last = span.at(-1) as KeyedWord;
    out.push({
      word: text.slice(word.start, last.end),
      start: word.start,
      end: last.end,
      key: entityKey(match.id),
      entity: match.id,
      ...(span.length > 1 ? { parts: span } : {}),
    });
    i += span.length;
  }
  return out;
}
