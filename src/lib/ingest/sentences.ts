import { ParseEnglish } from 'parse-english';
import { toString } from 'nlcst-to-string';

const parser = new ParseEnglish();

/** Abbreviations that parse-english may end a sentence on; joined back when a number follows ("No. 10"). */
const BEFORE_NUMBER = /\b(?:No|Nos|Art|Vol|Fig|pp?|vs?|St|Ave|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;
/** Titles that precede a name ("Gen. Smith") and "vs.", so the next capitalised word never starts a sentence. */
const BEFORE_NAME = /\b(?:vs|v|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Adm|Maj|Cmdr|Fr|Sr|Jr)\.$/;

/** Longest stretch handed to parse-english at once: it slows down quadratically on very long runs of text. */
const CHUNK = 4000;

/**
 * Cuts a long paragraph into stretches of at most about CHUNK characters, each ending at a space, preferably right
 * after sentence-final punctuation, so the parser's work stays linear in the length of the file.
 */
function chunks(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > CHUNK) {
    const window = rest.slice(0, CHUNK);
    let cut = -1;
    for (const m of window.matchAll(/[.!?…]["'”’)\]]* /g)) cut = m.index + m[0].length - 1;
    if (cut <= 0) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = rest.indexOf(' ', CHUNK);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out;
}

/** Sentences of one stretch by parse-english; a stretch with no space is one sentence (the parser overflows on it). */
function parseSentences(text: string): string[] {
  if (!text.includes(' ')) return [text];
  const raw: string[] = [];
  for (const node of parser.parse(text).children) {
    if (node.type !== 'ParagraphNode') continue;
    for (const child of node.children) if (child.type === 'SentenceNode') raw.push(toString(child).trim());
  }
  return raw;
}

/**
 * Splits a paragraph into sentences, keeping abbreviations such as "U.S.", "Oct." and "No. 10" and closing quotes
 * inside their sentence. Joining the result with single spaces gives the (whitespace-normalised) paragraph back.
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const raw = chunks(text).flatMap(parseSentences);
  const sentences: string[] = [];
  for (const sentence of raw.filter(Boolean)) {
    const previous = sentences.at(-1);
    const joins = previous !== undefined && ((BEFORE_NUMBER.test(previous) && /^\d/.test(sentence)) || (BEFORE_NAME.test(previous) && /^\p{Lu}/u.test(sentence)));
    if (joins) sentences[sentences.length - 1] = `${previous} ${sentence}`;
    else sentences.push(sentence);
  }
  // parse-english keeps every character, so this only guards against a future change in its whitespace handling.
  return sentences.join(' ') === text ? sentences : [text];
}
