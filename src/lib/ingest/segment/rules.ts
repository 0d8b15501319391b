// The boundary rules, in the order they are asked. Each looks at one space between two tokens and either decides
// (a break or a join) or passes; a space no rule decides on is a break. Every rule looks a bounded number of tokens
// away, so segmenting stays linear in the length of the paragraph.
import {
  ABBREVIATIONS, AFTER_TIME, ATTRIBUTION_TAIL, BEFORE_NUMBER, COMPANY_FORMS, COMPANY_ROLES, EXCLAMATION_NAMES, INTRODUCERS, MONTHS,
  PRONOUNS, REPORTING_VERBS, REPORTING_WITH_OBJECT, SENTENCE_STARTERS, TIME_PREPOSITIONS, TITLES, isIn,
} from './lexicon.ts';
import { isBullet, markerOf, type ListMarkers } from './lists.ts';
import type { Spans } from './spans.ts';
import {
  closesBracket, closesQuotation, isDot, isInitial, isMultiPeriod, isNumber, lookupWord, openersOf, startOf, tailOf,
  type Start, type Tail,
} from './tokens.ts';

/** One space between two tokens, with what the rules need to judge it. */
export interface Gap {
  text: string;
  tokens: readonly string[];
  /** Offset of each token in the text. */
  offsets: readonly number[];
  /** Index of the token before the space. */
  i: number;
  /** Index of the first token of the sentence the space is in. */
  sentenceStart: number;
  before: Tail;
  /** How the token after the space begins; a lone dash defers to the token after it. */
  next: Start;
  /** True when the space lies inside a quotation or brackets that close in the paragraph. */
  inside: boolean;
  spans: Spans;
  /** Markers of the paragraph's numbered or lettered lists. */
  lists: ListMarkers;
}

export type Verdict = 'break' | 'join';

/** A named boundary rule. */
export interface Rule {
  name: string;
  decide: (gap: Gap) => Verdict | undefined;
}

const token = (g: Gap, k: number) => g.tokens[k] ?? '';
const after = (g: Gap) => token(g, g.i + 1);
const startsSentence = (s: Start) => s === 'upper' || s === 'digit' || s === 'symbol';
/** True when the token after the space is a word that starts sentences and never continues a name ("The", "How"). */
const starterFollows = (g: Gap) => isIn(SENTENCE_STARTERS, lookupWord(after(g)).replace(/^["'“‘(]+/u, ''));
/** True when the word before the space is a plain period-ended word, so abbreviation lists apply to it. */
const plainPeriod = (g: Gap) => g.before.terminal === '.' && g.before.closers === '';
const KNOWN = [TITLES, INTRODUCERS, BEFORE_NUMBER, MONTHS, COMPANY_FORMS, ABBREVIATIONS];
/** True for a word of any abbreviation list. */
const known = (word: string) => KNOWN.some((l) => isIn(l, word));

/** Inside a quotation or brackets that close later, no sentence ends: “We will not accept this. It is a red line,” … */
const insidePair: Rule = { name: 'inside-quotation-or-brackets', decide: (g) => (g.inside ? 'join' : undefined) };

/**
 * A marker that continues a list starting a sentence starts an item: "1. The first 2. The second". A list that a
 * sentence leads into ("three stages: 1. Talks 2. Aid") or that runs on with commas ("1. a ceasefire, 2. talks") stays
 * inside its sentence.
 */
const listItem: Rule = {
  name: 'list-item',
  decide: (g) => {
    const first = g.lists.continuing.get(g.i + 1);
    if (first === undefined) return undefined;
    // After a bullet the marker is already the item's start.
    if (isBullet(token(g, g.i))) return 'join';
    const runsOn = /[,;:]$/u.test(token(g, g.i)) || /^(?:and|or)$/iu.test(token(g, g.i));
    return opensSentence(g, first) && startOf(token(g, g.i + 2)) === 'upper' && !runsOn ? 'break' : 'join';
  },
};

/** True when the token at k begins a sentence: it is the first, or follows sentence-final punctuation or a bullet. */
function opensSentence(g: Gap, k: number): boolean {
  const previous = k > 0 && isBullet(token(g, k - 1)) ? k - 1 : k;
  return previous === 0 || tailOf(token(g, previous - 1)).terminal !== '';
}

/** A bullet starts an item: "• Talks • Aid". */
const bullet: Rule = { name: 'bullet', decide: (g) => (isBullet(after(g)) ? 'break' : undefined) };

/** A list marker never ends its item: "as follows: 1. Finland 2. Norway", "1. This is an item", "• 9. Item". */
const listMarker: Rule = {
  name: 'list-marker',
  decide: (g) => {
    if (g.lists.members.has(g.i)) return 'join';
    if (!markerOf(token(g, g.i))) return undefined;
    const first = g.i === g.sentenceStart || (g.i === g.sentenceStart + 1 && isBullet(token(g, g.sentenceStart)));
    return first ? 'join' : undefined;
  },
};

const FOOTNOTE = /[^\d\s][.!?]["'”’)\]]*\d{1,3}$/u;
/** Footnote numbers after a full stop end the sentence: "…in a consultation.11 12 Take the example…". */
const footnote: Rule = {
  name: 'footnote-number',
  decide: (g) => {
    if (g.next !== 'upper') return undefined;
    for (let k = g.i; k >= Math.max(0, g.i - 3); k--) {
      const t = token(g, k);
      if (FOOTNOTE.test(t)) return 'break';
      if (!/^\d{1,3}$/u.test(t)) return undefined;
    }
    return undefined;
  },
};

/** No sentence-final punctuation, no boundary. */
const noTerminal: Rule = { name: 'no-terminal', decide: (g) => (g.before.terminal ? undefined : 'join') };

/**
 * Spaced ellipses (". . ."): three dots mark words left out inside a sentence; four end it ("period . . . . Next");
 * after a full stop they open the next sentence ("compounds. . . . The practice").
 */
const spacedEllipsis: Rule = {
  name: 'spaced-ellipsis',
  decide: (g) => {
    if (isDot(token(g, g.i))) {
      let dots = 0;
      while (dots < 4 && g.i - dots >= 0 && isDot(token(g, g.i - dots))) dots++;
      // A lone dot is a full stop typed after a space ("Interest on U.S. Debt . Order Reprints").
      if (dots === 1) return undefined;
      const word = token(g, g.i - dots);
      return dots >= 4 && !word.endsWith('.') && startsSentence(g.next) ? 'break' : 'join';
    }
    const opensEllipsis = g.before.terminal === '.' && [1, 2, 3].every((k) => isDot(token(g, g.i + k)));
    return opensEllipsis && startOf(token(g, g.i + 4)) === 'upper' ? 'break' : undefined;
  },
};

/** A sentence starts with a capital, a digit or a symbol; lower case or a comma after the stop continues it. */
const nextStartsLower: Rule = { name: 'lower-case-next', decide: (g) => (startsSentence(g.next) ? undefined : 'join') };

/** Names spelt with an exclamation mark: "Yahoo! Finance". */
const exclamationName: Rule = {
  name: 'exclamation-name',
  decide: (g) => (g.before.closers === '' && isIn(EXCLAMATION_NAMES, `${g.before.word}${g.before.terminal}`) ? 'join' : undefined),
};

/** Where the first token of the current sentence starts, past its opening marks. */
const sentenceOpeners = (g: Gap) => {
  const at = g.offsets[g.sentenceStart] ?? 0;
  return { at, end: at + openersOf(token(g, g.sentenceStart)).length };
};

/** A stop inside brackets ends the sentence only when they hold the whole sentence: "Lugar (Ind.) Tuesday" joins. */
const bracketedStop: Rule = {
  name: 'bracketed-stop',
  decide: (g) => {
    if (!closesBracket(g.before)) return undefined;
    const t = token(g, g.i);
    const close = (g.offsets[g.i] ?? 0) + t.lastIndexOf(g.before.closers) + g.before.closers.search(/[)\]}]/u);
    const open = g.spans.bracketOpener.get(close);
    const { at, end } = sentenceOpeners(g);
    return open !== undefined && open >= at && open < end ? undefined : 'join';
  },
};

/**
 * A parenthesis right after a quotation belongs to it (…the house!’ (Which was true.)), unless another quotation
 * follows the parenthesis, which then stands alone as the narrator's aside between two utterances.
 */
const asideAfterQuotation: Rule = {
  name: 'aside-after-quotation',
  decide: (g) => {
    const next = after(g);
    if (!closesQuotation(g.before) || !next.startsWith('(')) return undefined;
    const close = g.spans.bracketCloser.get(g.offsets[g.i + 1] ?? -1);
    if (close === undefined) return undefined;
    const stopBefore = /[.!?…]/u.test(g.text[close - 1] ?? '');
    const quoteAfter = /^ ["'“‘«]/u.test(g.text.slice(close + 1, close + 3));
    return stopBefore && quoteAfter ? 'break' : 'join';
  },
};

/**
 * A capitalised attribution after a quoted question or exclamation belongs to it: “Is the deal dead?” Foreign
 * Minister Ali Vaez asked on Sunday. The subject is up to six words and no pronoun (a capital "He" starts a new
 * sentence); the reporting verb ends the clause or takes a short tail. After a quoted full stop ("No.” She said)
 * a new sentence starts.
 */
const attribution: Rule = {
  name: 'attribution',
  decide: (g) => {
    if (!closesQuotation(g.before) || g.before.terminal.endsWith('.') || isIn(PRONOUNS, lookupWord(after(g)))) return undefined;
    for (let k = g.i + 1; k <= g.i + 7 && k < g.tokens.length; k++) {
      const t = token(g, k);
      const word = lookupWord(t).replace(/[.,;]+$/u, '');
      if (k > g.i + 1 && isIn(REPORTING_VERBS, word)) return attributionEnds(g, k) ? 'join' : undefined;
      if (/[,;:]$/u.test(t) || (tailOf(t).terminal && !partOfName(tailOf(t).word))) return undefined;
    }
    return undefined;
  },
};

/** True for a period-ended word that may sit inside a name: a title, an initial, an initialism ("Mr.", "E.", "U.S."). */
const partOfName = (word: string) => isIn(TITLES, word) || isInitial(word) || isMultiPeriod(word);

/** True when the clause ends at the reporting verb at k or after a short tail ("said on Monday.", "told reporters."). */
function attributionEnds(g: Gap, k: number): boolean {
  const verb = token(g, k);
  // "Smith asked, “Why?”" introduces the next quotation instead of closing the last one.
  if (/,$/u.test(verb) && /^["'“‘«]/u.test(token(g, k + 1)) && startOf(token(g, k + 1)) === 'upper') return false;
  if (/[.,;]$/u.test(verb) || k === g.tokens.length - 1) return true;
  const first = lookupWord(token(g, k + 1));
  if (!isIn(ATTRIBUTION_TAIL, first) && !isIn(REPORTING_WITH_OBJECT, lookupWord(verb))) return false;
  for (let j = k + 1; j <= k + 4 && j < g.tokens.length; j++) if (/[.,;]$/u.test(token(g, j))) return true;
  return false;
}

/** "e.g.", "i.e.", "vs." and "v." introduce what follows, capitalised or not ("e.g. Mr. Smith", "Roe v. Wade"). */
const introducer: Rule = {
  name: 'introducer',
  decide: (g) => (plainPeriod(g) && isIn(INTRODUCERS, g.before.word) ? 'join' : undefined),
};

/**
 * Titles come before names: "Gen. Smith", "Mt. Everest". A word that starts sentences ends one instead ("on Main St.
 * The house"), and after a number "ft." and "St." are units or streets.
 */
const title: Rule = {
  name: 'title',
  decide: (g) => {
    if (!plainPeriod(g) || !isIn(TITLES, g.before.word) || isNumber(token(g, g.i - 1))) return undefined;
    return starterFollows(g) && !/^\p{L}\.?$/u.test(after(g)) ? 'break' : 'join';
  },
};

/** An abbreviation before a number continues: "No. 10", "Oct. 12", "p. 55", "U.S. 10-year"; a plain word ends. */
const numberAfterAbbreviation: Rule = {
  name: 'number-after-abbreviation',
  decide: (g) => {
    if (!plainPeriod(g) || g.next !== 'digit') return undefined;
    return known(g.before.word) || isMultiPeriod(g.before.word) ? 'join' : undefined;
  },
};

/** An abbreviation before a parenthesis continues: "Apple Inc. (AAPL)", "Co. (“the Company”)". */
const bracketAfterAbbreviation: Rule = {
  name: 'bracket-after-abbreviation',
  decide: (g) => (plainPeriod(g) && after(g).startsWith('(') && (known(g.before.word) || isMultiPeriod(g.before.word)) ? 'join' : undefined),
};

/**
 * After a company form a capital starts a sentence ("Pitt & Co. It closed"), unless it is another form ("GmbH & Co.
 * KG", "Samsung Co. Ltd.") or a role at the company ("Apple Inc. CEO Tim Cook").
 */
const companyForm: Rule = {
  name: 'company-form',
  decide: (g) => {
    if (!plainPeriod(g) || !isIn(COMPANY_FORMS, g.before.word)) return undefined;
    const next = lookupWord(after(g)).replace(/\.$/u, '');
    return isIn(COMPANY_FORMS, next) || isIn(COMPANY_ROLES, next) ? 'join' : undefined;
  },
};

/**
 * "a.m." and "p.m." end a sentence before a capital ("at 6 p.m. Officials said"), except before a weekday or time
 * zone ("10 a.m. Monday") and after an introductory time phrase ("At 5 a.m. Mr. Smith went").
 */
const clockTime: Rule = {
  name: 'clock-time',
  decide: (g) => {
    if (!plainPeriod(g) || !/^[ap]\.m$/iu.test(g.before.word)) return undefined;
    if (isIn(AFTER_TIME, lookupWord(after(g)).replace(/[.,]$/u, ''))) return 'join';
    const phrase = g.tokens.slice(g.sentenceStart, g.i);
    const intro = phrase.length <= 4 && isIn(TIME_PREPOSITIONS, lookupWord(phrase[0] ?? '')) && phrase.every((t) => !/[.,;:!?]$/u.test(t) || t === phrase[0]);
    return intro ? 'join' : 'break';
  },
};

/** "U.S.", "E.U.", "Ph.D." end a sentence only before a word that starts sentences: "the U.S. The" but "U.S. Army". */
const initialism: Rule = {
  name: 'initialism',
  decide: (g) => {
    if (!plainPeriod(g) || !isMultiPeriod(g.before.word)) return undefined;
    return starterFollows(g) ? 'break' : 'join';
  },
};

/**
 * One capital letter is an initial ("Maria T. Okafor", "by J. R. Smith"), a label at the start of a sentence ("Q. What
 * is…") or, before a word that starts sentences, the end of one ("you and I. Did", "Plan B. The").
 */
const initial: Rule = {
  name: 'initial',
  decide: (g) => {
    if (!plainPeriod(g) || !isInitial(g.before.word)) return undefined;
    return g.i !== g.sentenceStart && starterFollows(g) ? 'break' : 'join';
  },
};

/** The rules in the order they are asked; the first that decides wins. */
export const RULES: readonly Rule[] = [
  // Structure first: pairs, lists, footnotes, ellipses, then whether a sentence could start after the space.
  insidePair, listItem, bullet, listMarker, footnote, noTerminal, spacedEllipsis, nextStartsLower, exclamationName,
  bracketedStop, asideAfterQuotation, attribution,
  // Then the word before a plain full stop: abbreviations, times, initialisms and initials.
  introducer, title, numberAfterAbbreviation, bracketAfterAbbreviation, companyForm, clockTime, initialism, initial,
];

/** Asks the rules about one space; returns the verdict and the deciding rule ("default" when none decided). */
export function judge(gap: Gap): { verdict: Verdict; rule: string } {
  for (const rule of RULES) {
    const verdict = rule.decide(gap);
    if (verdict) return { verdict, rule: rule.name };
  }
  return { verdict: 'break', rule: 'default' };
}
