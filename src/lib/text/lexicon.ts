// Word lists of English news prose, in one place: month names, attribution verbs, titles before names.

/** The twelve month names, lower case, in calendar order. */
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Abbreviated month names as news copy prints them ("Oct.", "Sept"), lower case, mapped to the full name. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, string>> = {
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august',
  sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
};

/** A capitalised month name or abbreviation ("Oct.", "October", "Sept"). */
export const MONTH_PATTERN = new RegExp(
  `\\b(?:${[...new Set([...MONTH_NAMES.map((m) => m.slice(0, 3)), ...Object.keys(MONTH_ABBREVIATIONS)])].map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|')})[a-z]*\\.?`,
);

/**
 * Neutral reporting verbs: nearly every news sentence from a source has one, so they say nothing about which story
 * a sentence tells (the comparison engine ignores them, with "according").
 */
export const REPORTING_VERBS: readonly string[] = ['said', 'says', 'say', 'told', 'added', 'noted', 'claimed', 'stated', 'reported'];

/** Verbs that colour a statement while attributing it ("alleged", "denied"): a rewrite may swap them in. */
export const STANCE_VERBS: readonly string[] = [
  'claims', 'alleged', 'insisted', 'argued', 'confirmed', 'denied', 'warned', 'explained', 'announced', 'cautioned', 'stressed',
];

/** Every way of attributing a statement to a source; a rewrite replacing one with another changes the attribution. */
export const ATTRIBUTION_VERBS: readonly string[] = [...REPORTING_VERBS, ...STANCE_VERBS, 'according to'];

/** Verbs that attribute direct speech only ("“Is it over?” Smith asked."): the other ways of saying "said". */
export const SPEECH_VERBS: readonly string[] = [
  'acknowledged', 'adds', 'admitted', 'answered', 'asked', 'asks', 'concluded', 'conceded', 'continued', 'countered',
  'cried', 'declared', 'joked', 'maintained', 'observed', 'quipped', 'recalled', 'remarked', 'replied', 'replies',
  'shouted', 'suggested', 'tells', 'tweeted', 'urged', 'wrote', 'writes', 'yelled',
];

/**
 * Titles written before a name with a full stop ("Gen. Smith", "Mt. Fuji"), lower case: a name follows, so they do
 * not end a sentence. Postpositive "Jr."/"Sr." and "vs." are not titles.
 */
export const TITLES_BEFORE_NAMES: readonly string[] = [
  'adm', 'amb', 'atty', 'attys', 'brig', 'capt', 'cdr', 'cmdr', 'col', 'comdr', 'cpl', 'cpt', 'det', 'dr', 'drs', 'fr',
  'ft', 'gen', 'gov', 'hon', 'insp', 'lt', 'maj', 'messrs', 'mlle', 'mme', 'mr', 'mrs', 'ms', 'msgr', 'mssrs', 'mt',
  'pfc', 'pres', 'prof', 'pvt', 'rep', 'reps', 'rev', 'sen', 'sens', 'sfc', 'sgt', 'spc', 'st', 'supt',
];
