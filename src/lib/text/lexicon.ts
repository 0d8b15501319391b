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

/** Titles written before a name with a full stop ("Gen. Smith"), plus "v"/"vs": never the end of a sentence. */
export const TITLES_BEFORE_NAMES: readonly string[] = [
  'vs', 'v', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Gov', 'Sen', 'Rep', 'Rev', 'Adm', 'Maj',
  'Cmdr', 'Fr', 'Sr', 'Jr',
];
