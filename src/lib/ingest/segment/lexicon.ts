// The segmenter's word lists: which abbreviations behave how, and which words start sentences. Keys are lower case
// and without their final period; lookups lower-case the word first. Vocabularies the rest of wirediff shares
// (months, titles, attribution verbs) come from text/lexicon.ts.
import { ATTRIBUTION_VERBS, MONTH_ABBREVIATIONS, SPEECH_VERBS, TITLES_BEFORE_NAMES } from '../../text/lexicon.ts';

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Titles and other prepositive abbreviations: a name follows, so they never end a sentence ("Gen. Smith"). */
export const TITLES = new Set(TITLES_BEFORE_NAMES);

/** Abbreviations that point at what follows, capitalised or not ("e.g. Mr. Smith", "Roe v. Wade"). */
export const INTRODUCERS = words('cf e.g i.e incl v viz vs');

/** Abbreviations followed by a number: "No. 10", "p. 55", "Art. 5", "Rs. 3520", "N°. 1026". */
export const BEFORE_NUMBER = words(`
  approx art arts c ca ch chap cols eq eqs est ext fig figs n° nº no nos nr op p para paras pp pt rs sec secs sect
  tel vol vols
`);

/** Month abbreviations, which a day number follows ("Oct. 12"). */
export const MONTHS = new Set(Object.keys(MONTH_ABBREVIATIONS));

/** Company forms: after one of these a capitalised word starts a sentence, unless it is another form ("Co. KG"). */
export const COMPANY_FORMS = words('ag bros co corp gmbh inc kg kgaa llc llp lp ltd nv plc pte pty sa sarl spa');

/** Roles named right after a company ("Apple Inc. CEO Tim Cook", "Daewon Co. Chairman Lee"): not a new sentence. */
export const COMPANY_ROLES = words(`
  boss ceo cfo chair chairman chairperson chairwoman chief co-founder coo cto director executive founder head owner
  president spokesman spokesperson spokeswoman vice
`);

/**
 * Other abbreviations that end a sentence only before a capital; before a number they continue it ("approx. 5",
 * "Sec. 1262"). Unknown words before a number end the sentence ("rose to 600. 700 more").
 */
export const ABBREVIATIONS = words(`
  adj adv al alt apt assn asst ave avg bldg blvd btw cal dept dist div ed eds esp esq etc ex exp fed govt hr hrs
  hwy intl jr lb lbs max med mfg mgr min misc mo mos natl oz pct pop qt rd rte sq sr tbsp tsp univ wk yr yrs
`);

/** Names written with an exclamation mark, which does not end their sentence ("Yahoo! Finance"). */
export const EXCLAMATION_NAMES = words('yahoo! jeopardy! yum! wham!');

/**
 * Words that start sentences and never continue a name or an abbreviation, so "the U.S. The" or "the E.U. How" is
 * a boundary and "the U.S. Government" is not: pronouns, determiners, conjunctions, sentence adverbs, question
 * words, auxiliaries, quantity words and the titles Mr./Mrs./Ms.
 */
export const SENTENCE_STARTERS = words(`
  a after all also although an and another any are as at because before being both but by can't could despite did
  didn't do does doesn't during each earlier either even every few for from had has have he her here his how however
  i i'm i've i'll i'd if in indeed instead is it it's its last later many meanwhile millions more moreover most much
  my neither nevertheless no none nonetheless not now on once one only or other others our several she should
  since so some still such that the their then there these they this those thousands though thus to today
  tomorrow under unlike until was we were what when where whether which while who whose why with without would yet
  yesterday you your mr mrs ms
`);

/** Words that may follow a clock time without starting a sentence: weekdays, time zones ("10 a.m. Monday"). */
export const AFTER_TIME = words(`
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist jst aest local
`);

/** Prepositions that open an introductory time phrase: "At 5 a.m. Mr. Smith left" is one sentence. */
export const TIME_PREPOSITIONS = words('about after around at before by from in on since shortly till until');

/** Personal pronouns, which open an attribution only in lower case ("…?” she asked"). */
export const PRONOUNS = words('he she it they we i you');

/** Verbs of reporting: "“Is it over?” Smith asked." keeps the attribution with its quotation. */
export const REPORTING_VERBS = new Set([...ATTRIBUTION_VERBS, ...SPEECH_VERBS].filter((v) => !v.includes(' ')));

/** Verbs of reporting that take a short object before the clause ends ("told reporters.", "asked Reuters."). */
export const REPORTING_WITH_OBJECT = words('asked asks told tells warned urged');

/** Words that may open the short tail after a reporting verb ("said on Monday.", "said in a statement."). */
export const ATTRIBUTION_TAIL = words('on in at to during after before late early earlier later last this yesterday today');

/** True when a lower-cased word is in the list. */
export const isIn = (list: Set<string>, word: string) => list.has(word.toLowerCase());
