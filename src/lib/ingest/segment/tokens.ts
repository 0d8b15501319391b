// What the segmenter sees around a space: how the word before it ends and how the word after it begins. Each look is
// bounded (at most LOOK characters), so one token of two megabytes costs no more than a short one.

/** Longest stretch of a token examined at either end. */
const LOOK = 64;

/** How a token ends: its word, the sentence-final punctuation after the word, and closing marks after that. */
export interface Tail {
  /** The token without its terminal, closing marks and numeric citations ("U.S" for "U.S.", "great" for "great.”"). */
  word: string;
  /** Sentence-final punctuation: ".", "?!", "...", "…", "؟"; a dash when a quotation closes after it ("to--”"); or "". */
  terminal: string;
  /** Closing quotes and brackets after the terminal ("”", ")", "'”"). */
  closers: string;
}

/** How a token begins, once opening quotes and brackets are skipped. */
export type Start = 'upper' | 'lower' | 'digit' | 'symbol' | 'closing' | 'dash';

const CITATIONS = /(?:\[\d{1,3}(?:[–-]\d{1,3})?\])+$/u;
const CLOSING_MARKS = new Set([')', ']', '}', '"', "'", '”', '’', '»']);
/** Sentence-final marks, with the Arabic question mark, the Urdu full stop and the Devanagari danda. */
const TERMINALS = new Set(['.', '!', '?', '…', '‽', '؟', '۔', '।', '！', '？']);
const DASH = /(?:--|[—–-])$/u;

/** Splits the end of a token into word, terminal and closing marks (scanning back from the end, no copies). */
export function tailOf(token: string): Tail {
  const from = Math.max(0, token.length - LOOK);
  let end = token.length;
  const citations = () => {
    if (token[end - 1] === ']') end = from + token.slice(from, end).replace(CITATIONS, '').length;
  };
  citations();
  const closersEnd = end;
  while (end > from && CLOSING_MARKS.has(token[end - 1] as string)) end--;
  const closers = token.slice(end, closersEnd);
  citations();
  const wordEnd = end;
  while (end > from && TERMINALS.has(token[end - 1] as string)) end--;
  let terminal = token.slice(end, wordEnd);
  // An interrupted quotation ends its sentence like a full stop does: “we should all--” At this moment…
  if (!terminal && closesQuotation({ closers })) {
    terminal = DASH.exec(token.slice(from, end))?.[0] ?? '';
    end -= terminal.length;
  }
  return { word: token.slice(from, end), terminal, closers };
}

/** True for closing marks that include a bracket, after which the terminal belongs to the bracketed words. */
export const closesBracket = (tail: Pick<Tail, 'closers'>) => tail.closers !== '' && /[)\]}]/.test(tail.closers);

/** True for closing marks that include a quotation mark. */
export const closesQuotation = (tail: Pick<Tail, 'closers'>) => tail.closers !== '' && /["'”’»]/u.test(tail.closers);

const OPENERS = /^[("'“‘«[{¿¡]+/u;

/** Opening quotes and brackets at the start of a token. */
export const openersOf = (token: string) => OPENERS.exec(token.slice(0, LOOK))?.[0] ?? '';

/** Character codes of marks that cannot open a sentence: . , ; : ! ? ) ] } % */
const CLOSING_CODES = new Set([46, 44, 59, 58, 33, 63, 41, 93, 125, 37]);

/** True when a character code is a mark that cannot open a sentence. */
export const isClosingCode = (code: number) => CLOSING_CODES.has(code);

/** Classifies how a token begins: a capital (or a letter without case), lower case, a digit, a symbol, a dash… */
export function startOf(token: string): Start {
  const code = token.charCodeAt(0);
  // Plain ASCII letters and digits are most tokens; they need no regular expression.
  if (code >= 97 && code <= 122) return 'lower';
  if (code >= 65 && code <= 90) return 'upper';
  if (code >= 48 && code <= 57) return 'digit';
  if (CLOSING_CODES.has(code)) return 'closing';
  const head = token.slice(0, LOOK);
  if (/^[-–—]+$/u.test(head)) return 'dash';
  const c = head.slice(openersOf(head).length).replace(/^[-–—]+(?=.)/u, '').charAt(0);
  if (c === '') return 'symbol';
  if (/[\p{Lu}\p{Lt}\p{Lo}]/u.test(c)) return 'upper';
  if (/\p{Ll}/u.test(c)) return 'lower';
  if (/\p{N}/u.test(c)) return 'digit';
  if (/[.,;:!?…)\]}»”’%]/u.test(c)) return 'closing';
  return 'symbol';
}

/** A token's word for list look-ups: lower case, curly apostrophes straightened, trailing commas and colons off. */
export const lookupWord = (token: string) => token.slice(0, LOOK).toLowerCase().replace(/’/g, "'").replace(/[,;:]+$/, '');

/** True for initialisms and other abbreviations written with inner periods: "U.S", "e.g", "Ph.D", "a.m", "J.C". */
export const isMultiPeriod = (word: string) => /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word);

/** True for one capital letter, an initial or the pronoun "I". */
export const isInitial = (word: string) => /^\p{Lu}$/u.test(word);

/** True for a token of full stops only, one dot of a spaced ellipsis (". . ."), perhaps with a closing quote. */
export const isDot = (token: string) => token.charCodeAt(0) === 46 && (token.length === 1 || /^\.[)\]"'”’]*$/u.test(token));

/** True for a token that is a number, perhaps with separators, a currency or a percent sign ("600", "$1,000"). */
export const isNumber = (token: string) => /^[$€£¥]?\d[\d.,]*%?$/u.test(token);
