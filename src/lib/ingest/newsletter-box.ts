// A newsletter box in the body, read as text: its name ("Get the Morning Brief"), its pitch ("The day's top stories,
// in your inbox before 7am.") and the sign-up line or fine print that closes it ("By signing up you agree …"). The
// closing line is found by the sign-up rules (debris.ts); the pitch and the name right above it belong to the box.
import { endsLikeSentence } from './paragraphs.ts';
import { countWords } from '../text/words.ts';

/**
 * A pitch addresses the reader about delivery ("in your inbox before 7am", "straight to you") or about the newsletter
 * ("our newsletter, free for you"): prose over a sign-up line ("The ferry leaves every morning.") does neither.
 */
const PITCH = /\b(?:(?:in|to|into) your (?:inbox|e-?mail)|(?:straight|direct(?:ly)?|delivered|sent) to you)\b/i;
const NEWSLETTER_TO_YOU = /\bnewsletters?\b/i;
const YOU = /\byou(?:r)?\b/i;
/** A name that opens with the call: "Get the Morning Brief", "Sign up for Metals Daily". */
const CALL_NAME = /^(?:get|sign up|subscribe|join|receive)\b/i;
/** A name that says what it is: "The Daily Digest", "Morning Briefing". */
const KIND_NAME = /\b(?:newsletters?|brief|briefing|digest|bulletin|roundup|dispatch|daily|weekly)\b/i;
/** Longest pitch, in words. */
const MAX_PITCH_WORDS = 40;
/** Longest name, in words. */
const MAX_NAME_WORDS = 8;

/** A newsletter's pitch line. */
function pitch(line: string): boolean {
  return countWords(line) <= MAX_PITCH_WORDS && (PITCH.test(line) || (NEWSLETTER_TO_YOU.test(line) && YOU.test(line)));
}

/** A newsletter's name: a short label, not a sentence, that calls, or (unless `mustCall`) says what it is. */
function name(line: string, mustCall: boolean): boolean {
  const text = line.trim();
  const words = countWords(text);
  if (words === 0 || words > MAX_NAME_WORDS || endsLikeSentence(text)) return false;
  return CALL_NAME.test(text) || (!mustCall && KIND_NAME.test(text));
}

/**
 * The lines of a newsletter box above its sign-up line at `index`: the pitch right above it, and the name above the
 * pitch. Without a pitch, only a name that calls ("Get the Morning Brief") is taken: a crosshead ("A weekly
 * ritual") may stand over a sign-up prompt set between sections. Returns their indices, nearest first.
 */
export function newsletterBoxAbove(paragraphs: readonly string[], index: number): number[] {
  const out: number[] = [];
  let i = index - 1;
  const pitched = i >= 0 && pitch(paragraphs[i] as string);
  if (pitched) out.push(i--);
  if (i >= 0 && name(paragraphs[i] as string, !pitched)) out.push(i);
  return out;
}
