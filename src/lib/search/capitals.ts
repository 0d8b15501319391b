// Words set in capitals: the word rules key "EYZAGUIRRE" as an acronym, apart from "Eyzaguirre", since "WHO" is not
// "who". Search also indexes such a word under its key written normally, so a name set in capitals (a byline style,
// an old wire's caps) is found by typing it as a name; the comparison keeps them apart.
import { textKeys, type KeyedWord } from '../text/keys.ts';
import { withoutAccents } from '../text/word-key.ts';
import type { KeyText } from './aliases.ts';

/** Fewest letters of a word in capitals also keyed as written normally: "US" or "WHO" never become "us" or "who". */
const MIN_CAPITALS = 4;

/** The key of a word in capitals written normally ("EYZAGUIRRE" → the key of "Eyzaguirre") by the word rules given, or null for any other word. */
export function normalCaseKey(word: KeyedWord, keyText: KeyText = textKeys): string | null {
  const letters = word.word.replace(/[^\p{L}]/gu, '');
  if (letters.length < MIN_CAPITALS || word.key !== withoutAccents(word.word) || letters !== letters.toUpperCase()) return null;
  const normal = keyText(word.word.charAt(0) + word.word.slice(1).toLowerCase());
  return normal.length === 1 && normal[0]?.key !== word.key ? (normal[0] as KeyedWord).key : null;
}
