// A paragraph set wholly in square brackets: a note from whoever passed the story on ("[Translated from Spanish by
// …]", "[Translator's note: …]", "[Editor's note: …]", "[This story has been updated.]"). Reporters bracket words
// inside a quotation ("[the minister] said"), never a whole paragraph, so such a paragraph is not the article's prose.

/** Fewest words a bracketed note has: a bracketed word or two ("[Applause]", "[1]") is a marker, left to other rules. */
const MIN_NOTE_WORDS = 3;

/** True when the whole paragraph is one bracketed note: it opens with "[" whose closing "]" ends the paragraph. */
export function bracketedNote(paragraph: string): boolean {
  const text = paragraph.trim().replace(/\]\s*\.$/, ']');
  if (!text.startsWith('[') || !text.endsWith(']')) return false;
  // The bracket opened first must be the one that closes last: "[a] said it would [b]" is two insertions in prose.
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth += 1;
    else if (c === ']') {
      depth -= 1;
      if (depth === 0 && i < text.length - 1) return false;
    }
  }
  return depth === 0 && text.slice(1, -1).trim().split(/\s+/).length >= MIN_NOTE_WORDS;
}
