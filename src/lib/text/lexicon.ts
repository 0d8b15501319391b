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

/**
 * Abbreviations of words in names and titles, lower case, with the word they stand for: "Acme Corp." is "Acme
 * Corporation" and "Gov." "Governor" in a rewrite. Only a capitalised abbreviation stands for its word.
 */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  corp: 'corporation', inc: 'incorporated', ltd: 'limited', co: 'company', bros: 'brothers', dept: 'department',
  govt: 'government', intl: 'international', univ: 'university', assn: 'association', natl: 'national',
  gen: 'general', gov: 'governor', sen: 'senator', rep: 'representative', lt: 'lieutenant', col: 'colonel',
  sgt: 'sergeant', capt: 'captain', adm: 'admiral', pres: 'president', prof: 'professor', amb: 'ambassador',
};

/** A capitalised month name or abbreviation ("Oct.", "October", "Sept"). */
export const MONTH_PATTERN = new RegExp(
  `\\b(?:${[...new Set([...MONTH_NAMES.map((m) => m.slice(0, 3)), ...Object.keys(MONTH_ABBREVIATIONS)])].map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|')})[a-z]*\\.?`,
);

/** Function words: two unrelated sentences share them all, so they say nothing about which story a sentence tells. */
export const FUNCTION_WORDS: readonly string[] = (
  'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
  'can could did do does doing down during each few for from further had has have having he her here hers him his how i if in ' +
  'into is it its itself just me more most my no nor not now of off on once only or other our out over own same she should so ' +
  'some such than that the their theirs them then there these they this those through to too under until up very was we were ' +
  'what when where which while who whom why will with would you your yours may might must shall us one two its it’s per via'
).split(' ');

const functionWords: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/** True for a function word (lower case, as FUNCTION_WORDS lists them): the one lookup every rule shares. */
export function isFunctionWord(word: string): boolean {
  return functionWords.has(word);
}

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

/** Weekday names, lower case, Sunday first; with the months they make a date a date. */
export const WEEKDAY_NAMES: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Number words news copy spells out, with their values ("three sources", "a dozen"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** Words that multiply the number before them ("1.5 billion", "40 thousand"). */
export const NUMBER_SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12,
};

/**
 * Demonyms whose country the regular rule (drop "-ian", "-i" after l, q or t) does not find, lower case, mapped to
 * the country as written ("Syrian" → syria, "Qatari" → qatar, "Chinese" → china): a rewrite swaps one for the other.
 */
export const DEMONYMS: Readonly<Record<string, string>> = {
  syrian: 'syria', russian: 'russia', indian: 'india', nigerian: 'nigeria', tunisian: 'tunisia', algerian: 'algeria',
  ethiopian: 'ethiopia', australian: 'australia', armenian: 'armenia', georgian: 'georgia', serbian: 'serbia',
  croatian: 'croatia', bosnian: 'bosnia', albanian: 'albania', bulgarian: 'bulgaria', romanian: 'romania',
  austrian: 'austria', indonesian: 'indonesia', malaysian: 'malaysia', colombian: 'colombia', saudi: 'saudi',
  qatari: 'qatar', yemeni: 'yemen', omani: 'oman', bahraini: 'bahrain', pakistani: 'pakistan', bangladeshi: 'bangladesh',
  azerbaijani: 'azerbaijan', somali: 'somalia', nepali: 'nepal', emirati: 'emirates', afghan: 'afghanistan',
  lebanese: 'lebanon', chinese: 'china', japanese: 'japan', sudanese: 'sudan', vietnamese: 'vietnam', portuguese: 'portugal',
  taiwanese: 'taiwan', african: 'africa', korean: 'korea', libyan: 'libya', kenyan: 'kenya', cuban: 'cuba',
  venezuelan: 'venezuela', moroccan: 'morocco', mexican: 'mexico', canadian: 'canada', italian: 'italy', hungarian: 'hungary',
  european: 'europe', german: 'germany', french: 'france', british: 'britain', spanish: 'spain', turkish: 'turkey',
  greek: 'greece', polish: 'poland', swedish: 'sweden', danish: 'denmark', norwegian: 'norway', finnish: 'finland',
  irish: 'ireland', dutch: 'netherlands', swiss: 'switzerland', belgian: 'belgium', thai: 'thailand', filipino: 'philippines',
  kurdish: 'kurd', peruvian: 'peru', chilean: 'chile', argentine: 'argentina', argentinian: 'argentina', ukrainian: 'ukraine',
  palestinian: 'palestine', egyptian: 'egypt', jordanian: 'jordan', iranian: 'iran', israeli: 'israel', iraqi: 'iraq',
  western: 'west', eastern: 'east', northern: 'north', southern: 'south',
};

/**
 * Names that mean the same thing whatever the corpus: well-known country and organisation long forms, their
 * acronyms (dotted or not) and demonyms that stand for the state ("American officials"). Texts rarely define them,
 * so the entity rules know them without a glossary. Each entry: an id and every name of the entity.
 */
export const ENTITY_LEXICON: readonly { id: string; names: readonly string[] }[] = [
  { id: 'us', names: ['US', 'USA', 'United States', 'United States of America', 'America', 'American', 'Americans'] },
  { id: 'uk', names: ['UK', 'United Kingdom', 'Britain', 'Great Britain', 'British'] },
  { id: 'un', names: ['UN', 'United Nations'] },
  { id: 'eu', names: ['EU', 'European Union'] },
  { id: 'uae', names: ['UAE', 'United Arab Emirates', 'Emirates', 'Emirati', 'Emiratis'] },
  { id: 'nato', names: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'] },
  { id: 'ussr', names: ['USSR', 'Soviet Union'] },
  { id: 'saudi-arabia', names: ['Saudi Arabia', 'Saudi', 'Saudis', 'KSA'] },
  { id: 'unsc', names: ['UNSC', 'UN Security Council', 'United Nations Security Council'] },
  { id: 'unga', names: ['UNGA', 'UN General Assembly', 'United Nations General Assembly'] },
  { id: 'imf', names: ['IMF', 'International Monetary Fund'] },
  { id: 'who', names: ['WHO', 'World Health Organization', 'World Health Organisation'] },
  { id: 'opec', names: ['OPEC', 'Organization of the Petroleum Exporting Countries'] },
];

/**
 * Capitalised words that describe rather than name ("Sunni allies", "Western capitals"): religions, sects, broad
 * ethnic and compass adjectives. A rewrite dropping one has not dropped a person, place or organisation.
 */
export const DESCRIPTIVE_CAPITALS: readonly string[] = [
  'Sunni', 'Sunnis', 'Shia', 'Shias', 'Shiite', 'Shiites', 'Shi’ite', "Shi'ite", 'Shi’ites', "Shi'ites", 'Muslim', 'Muslims',
  'Christian', 'Christians', 'Jewish', 'Catholic', 'Protestant', 'Orthodox', 'Hindu', 'Buddhist', 'Islamist', 'Islamists',
  'Arab', 'Arabs', 'Western', 'Eastern', 'Northern', 'Southern', 'Westerners',
];

/**
 * Acronyms of things rather than names: a rewrite writing "drone" for "UAV" or "chief executive" for "CEO" drops no
 * person, place or organisation. Singular, upper case; a plural "s" is ignored when looking one up.
 */
export const COMMON_NOUN_ACRONYMS: readonly string[] = [
  'AI', 'APC', 'ATM', 'CCTV', 'CEO', 'CFO', 'COO', 'CPI', 'DNA', 'GDP', 'GMO', 'GPS', 'HQ', 'ICBM', 'ID', 'IED', 'IPO', 'IRBM',
  'LNG', 'LPG', 'MP', 'MRI', 'PC', 'POW', 'RPG', 'SUV', 'TV', 'UAV', 'UFO', 'VAT', 'VIP', 'VPN', 'WMD',
];

/**
 * Capitals that news copy uses for their government ("Washington says", "talks with Tehran"), with the country
 * they stand for. Only the typed-change rules use them: a row that swaps "the US" for "Washington" drops no name.
 */
export const CAPITALS: Readonly<Record<string, string>> = {
  Washington: 'United States', Tehran: 'Iran', Riyadh: 'Saudi Arabia', Moscow: 'Russia', Beijing: 'China', London: 'Britain',
  Paris: 'France', Berlin: 'Germany', Cairo: 'Egypt', Ankara: 'Turkey', Baghdad: 'Iraq', Damascus: 'Syria', Amman: 'Jordan',
  Doha: 'Qatar', 'Abu Dhabi': 'United Arab Emirates', Beirut: 'Lebanon', Kyiv: 'Ukraine', Kiev: 'Ukraine', Tokyo: 'Japan',
  Seoul: 'South Korea', Pyongyang: 'North Korea', 'New Delhi': 'India', Islamabad: 'Pakistan', Kabul: 'Afghanistan',
  Brussels: 'European Union', Muscat: 'Oman', Manama: 'Bahrain', Sanaa: 'Yemen', Tripoli: 'Libya', Khartoum: 'Sudan',
  Ottawa: 'Canada', Canberra: 'Australia', Rome: 'Italy', Madrid: 'Spain', Caracas: 'Venezuela', Havana: 'Cuba',
};

/** A newsroom job printed after a writer's name ("Marine Correspondent", "Staff Writer"), lower case. */
export const NEWSROOM_ROLES: readonly string[] = [
  'reporter', 'correspondent', 'editor', 'writer', 'journalist', 'columnist', 'contributor', 'producer', 'photographer',
  'commentator', 'presenter', 'blogger',
];

/** What a writer of a piece may be called in its author line, newsroom jobs and a guest's trade, lower case. */
export const WRITER_ROLES: readonly string[] = [
  ...NEWSROOM_ROLES, 'analyst', 'fellow', 'professor', 'lecturer', 'researcher', 'author', 'critic', 'economist', 'historian',
];

/**
 * Section names and labels a page title may carry beside its headline ("Talks resume - Opinion", "… | Official
 * Website"): a part of a title that is one of these names no outlet. Lower case.
 */
export const SECTION_LABELS: readonly string[] = [
  'news', 'latest news', 'breaking news', 'world', 'world news', 'international', 'middle east', 'region', 'politics',
  'business', 'economy', 'opinion', 'opinions', 'op-ed', 'comment', 'commentary', 'editorial', 'analysis', 'features',
  'feature', 'video', 'videos', 'live', 'photos', 'interview', 'interviews', 'home', 'article', 'story', 'national',
  'local', 'sport', 'sports', 'culture', 'science', 'technology', 'tech', 'health', 'defence', 'defense', 'security',
  'official website', 'official site', 'website', 'homepage', 'home page', 'press release', 'press releases', 'newsroom',
  'breaking', 'exclusive', 'latest', 'update', 'updated', 'live updates', 'explainer', 'factbox', 'fact check', 'watch',
  'podcast', 'letters', 'obituary', 'obituaries', 'blog', 'blogs', 'photo', 'gallery', 'in pictures', 'top stories',
];

/** Nouns papers and news sites name themselves by, closing a masthead ("The Evening Post", "Valley Daily News"). */
export const MASTHEAD_NOUNS: readonly string[] = [
  'Post', 'Times', 'Herald', 'Gazette', 'Tribune', 'Journal', 'Chronicle', 'Courier', 'Observer', 'Telegraph', 'Examiner', 'Inquirer', 'Dispatch',
  'Sentinel', 'Register', 'Ledger', 'Bulletin', 'Mail', 'Express', 'Mirror', 'Star', 'News', 'Daily', 'Weekly', 'Press', 'Advertiser', 'Enquirer',
  'Courant', 'Globe', 'Digest', 'Review', 'Magazine',
];

/** Nouns an organisation that publishes news ends its name with: a masthead's, or a newsroom's ("… Press Agency"). */
export const ORGANISATION_NOUNS: readonly string[] = [...MASTHEAD_NOUNS, 'Agency', 'Service', 'Network', 'Media', 'Wire', 'Broadcasting', 'Radio', 'Television', 'TV'];

/**
 * Labels a news wire puts before a headline, with a hyphen, to say which version or kind of story it is ("UPDATE 2-",
 * "REFILE-", "EXCLUSIVE-", "FACTBOX-"); a number may follow the label.
 */
export const WIRE_LABELS: readonly string[] = [
  'UPDATE', 'REFILE', 'CORRECTED', 'CORRECTION', 'REPEAT', 'RPT', 'WRAPUP', 'EXCLUSIVE', 'ANALYSIS', 'FACTBOX', 'INSTANT VIEW',
  'BREAKINGVIEWS', 'COLUMN', 'GRAPHIC', 'FOCUS', 'INTERVIEW', 'PREVIEW', 'TIMELINE', 'EXPLAINER', 'FEATURE', 'SPECIAL REPORT',
  'BRIEF', 'BREAKING', 'URGENT', 'FLASH', 'ADVISORY', 'WRITETHRU',
];

/**
 * Words of a page's buttons for doing something with the article (share it, save it, print it): a line made of
 * them alone is a tool bar, never a line of names ("Share Tweet Bookmark Print").
 */
export const ARTICLE_ACTION_WORDS: readonly string[] = [
  'share', 'tweet', 'post', 'bookmark', 'save', 'print', 'email', 'e-mail', 'mail', 'comment', 'comments', 'like', 'follow', 'subscribe',
  'listen', 'download', 'copy', 'link', 'gift', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'reddit', 'telegram', 'pinterest',
  'messenger', 'threads', 'bluesky', 'mastodon', 'flipboard', 'line',
];

/** A section's kicker a page sets in capitals before a headline, with a colon: "FACT CHECK:", "EXCLUSIVE:", "WATCH:". */
export const TITLE_KICKERS: readonly string[] = [
  'FACT CHECK', 'FACT-CHECK', 'FACTCHECK', 'EXCLUSIVE', 'BREAKING', 'BREAKING NEWS', 'WATCH', 'LISTEN', 'ANALYSIS', 'OPINION', 'EXPLAINER',
  'EDITORIAL', 'COMMENTARY', 'REVIEW', 'INTERVIEW', 'LIVE', 'VIDEO', 'PHOTOS', 'PODCAST', 'UPDATE', 'UPDATED', 'JUST IN', 'VERIFIED',
];
