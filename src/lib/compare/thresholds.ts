// Every tunable number of the comparison engine, in one place, so the Method page can show readers the values the
// code really uses. Similarities are weighted Dice coefficients between 0 and 1.

/** A sentence pair below this similarity is never linked: it is what two unrelated sentences on one topic reach. */
export const LINK_THRESHOLD = 0.3;
/** A lone sentence on each side at one place between the same links, worded alike at least this much (weighted Dice,
 * names and figures aside), is one sentence edited, not one dropped and another added (a date changed in a short
 * sentence, which the identifiers' disagreement takes below the link threshold). */
export const IN_PLACE_MIN_WORDING = 0.6;
/** A sentence matched out of order must be at least this similar to be shown as moved rather than dropped + added. */
export const MOVE_THRESHOLD = 0.45;
/** In a two-to-one link, the weaker sentence must find at least this share of its own new content in the other side. */
export const MERGE_MIN_NOVEL = 0.25;
/** A one-sided sentence next to a link joins it as one more piece of a split sentence when the link's single
 * sentence carries at least this share of its weight (and it brings its own matching content, MERGE_MIN_NOVEL). */
export const SPLIT_MIN_CARRIED = 0.5;
/** Weight multiplier for numbers and names: they identify a story better than common words. */
export const IDENTIFIER_BOOST = 1.5;
/** Document frequencies are rounded down to steps of a geometric ladder with this many steps per doubling
 * (weights.ts), so one more article leaves almost every term's weight, and so every cached alignment, as it was. */
export const FREQUENCY_STEPS_PER_DOUBLING = 1;
/** Similarity is multiplied by this when two sentences both name people, places or figures but share none (and
 * proportionally more when they share some). */
export const IDENTIFIER_CONFLICT = 0.4;

/** Articles compared in full per article: the candidates sharing the most rare terms with it. */
export const CANDIDATES_PER_ARTICLE = 12;
/** Distinctive terms and term pairs kept per article for candidate generation (highest tf-idf first). */
export const SIGNATURE_TERMS = 60;
/** Two articles must share at least this many signature terms to be compared at all. */
export const MIN_SHARED_TERMS = 4;

/** A pair is a variant when at least this many sentences are linked… */
export const VARIANT_MIN_LINKS = 3;
/** …and at least this share of the shorter article's sentences is carried in the other… */
export const VARIANT_MIN_COVERAGE = 0.4;
/** …and that share, weighting each sentence by its link's similarity, reaches this (weak look-alike links add little). */
export const VARIANT_MIN_CARRIED = 0.35;

/**
 * Two articles that are no versions of one story are said to share text (on their pages) when at least this many
 * sentences link CHECK_SHARED_ROW closely: an opinion piece quoting two sentences of a report. One alone may be a
 * stock line ("The company did not respond to a request for comment.").
 */
export const SHARED_TEXT_MIN_SENTENCES = 2;

/** Rows whose changed words are at most this share of all words are a light edit; above, a paraphrase. */
export const LIGHT_EDIT_MAX_CHANGE = 0.25;
/** An inserted or dropped run of at least this many content words, mostly new ones, is reported as a clause. */
export const CLAUSE_MIN_WORDS = 3;
/** Share of a clause's words the word diff must mark as changed for it to be a candidate inserted (dropped) clause. */
export const CLAUSE_CHANGED_SHARE = 0.7;
/** Share of a clause's content words that must be new to the other side for it to count as inserted (or dropped). */
export const NOVEL_CLAUSE = 0.6;
/** Two quotations in one row sharing at least this share of their words (Dice) are one quotation reworded. */
export const QUOTE_PAIR_MIN = 0.3;

/** jsdiff gives up beyond this edit distance per row (in tokens), and the row is shown as wholly replaced. The bound
 * is a count, not a time limit, so a loaded machine (or a worker thread) gives the same diff as an idle one. */
export const DIFF_MAX_EDIT_LENGTH = 400;
/** A row with more tokens (words, names, punctuation marks) than this, both sides together, is shown as replaced without a word diff:
 * with the edit-distance limit this bounds the work per row, so the result never depends on the machine's speed. */
export const DIFF_MAX_TOKENS = 6000;
/** A last-resort guard against a hang, far above what the two limits above allow: it never decides a normal row
 * (a 50 ms limit used to, on a loaded machine, making builds and `wirediff diff --json` differ from run to run). */
export const DIFF_TIMEOUT_MS = 5000;

/** Pairs whose sentence grid is larger than this are scored as unrelated without aligning: bounded memory and time. */
export const MAX_ALIGN_CELLS = 4_000_000;

/** Check index: one feature in this many (by hash) is a signature key; every text, indexed or checked, keeps the same. */
export const SIGNATURE_SAMPLE = 4;
/** A checked text looks up at most this many signature keys, however long it is (bounded download per check). */
export const SIGNATURE_MAX_KEYS = 128;
/** Articles per chunk of the check index's number-to-id table: a check fetches only the chunks of its candidates. */
export const CHECK_IDS_PER_CHUNK = 100;
/** Postings per shard of the check index (about 1–2 kB gzipped): shards multiply with the corpus, never grow. */
export const CHECK_SHARD_POSTINGS = 400;
/** A corpus article is a check candidate when it shares at least this many signature keys with the checked text. */
export const CHECK_MIN_SHARED_KEYS = 3;
/** Terms in at least this share of the corpus (and two articles) are sent with the check index, with their counts. */
export const CHECK_COMMON_TERM_SHARE = 0.01;
/** A checked text shares text with an article when a row links them at least this closely (or they are variants). */
export const CHECK_SHARED_ROW = 0.6;
/**
 * …or when a linked row's wording alone (names and numbers aside) is this close: the same sentence stating another figure, date or
 * name, which the names-and-numbers scaling puts below CHECK_SHARED_ROW, and which a fact-checker must be shown.
 */
export const CHECK_SHARED_WORDING = 0.75;

/**
 * Variant groups of at most this many articles have every pair inside them compared, not only the candidates: a
 * reader comparing a story's copies expects each against each, and a group this size costs at most 28 alignments.
 */
export const GROUP_COMPLETE_MAX = 8;
