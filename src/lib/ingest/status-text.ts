// Text an interface shows while it works ("Checking your subscription…", "Loading comments…", "Please wait…"): saved
// with the page when a script had not yet replaced it, never the article's words.
import { countWords } from '../text/words.ts';

/** A status line: a verb of waiting or loading, a word or two, and an ellipsis. */
const STATUS = /^(?:loading|checking|verifying|fetching|retrieving|connecting|processing|updating|refreshing|authenticating|signing (?:you )?in|logging (?:you )?in|please wait|one moment|just a moment)\b[^.!?…]{0,40}(?:…|\.{3})$/i;
/** Longest status line, in words: "Loading the trucks took hours..." is a sentence, not a status. */
const MAX_STATUS_WORDS = 4;

/** True when a line is an interface's status text, not prose. */
export function statusText(line: string): boolean {
  const text = line.trim();
  return countWords(text) <= MAX_STATUS_WORDS && STATUS.test(text);
}
