// A paragraph set wholly in square brackets that says it is a note: from whoever passed the story on ("[Translated
// from Spanish by …]", "[Translator's note: …]", "[Editor's note: …]", "[This story has been updated.]"). A
// bracketed paragraph without such an opening is the article's: a transcript's paraphrase ("[Speaking in French, she
// said …]") or a summary set off by the writer.

/** Fewest words a bracketed note has: a bracketed word or two ("[Applause]", "[1]") is a marker, left to other rules. */
const MIN_NOTE_WORDS = 3;

/**
 * How a note opens: a note's label, a statement about the text (its translation, an update, a correction), or a
 * draft's placeholder for what goes with it ("[PIC: headframe from the lane …]", "[GRAPHIC – …]").
 */
const NOTE_OPENING = /^\[\s*(?:(?:pic|pix|photo|picture|image|graphic|video|chart|map|art|sidebar|factbox)\s*[:–—-]|(?:\p{L}+['’]s?\s+)?(?:note|notes|n\.b\.)\b|translat(?:ed|ion|or)\b|(?:this|the) (?:story|article|report|text|translation|item|dispatch)\b|(?:updated?|correct(?:ed|ion)|clarification|editing|edited|source|via|originally)\b)/iu;

/** True when the whole paragraph is one bracketed note: it opens with "[" whose closing "]" ends the paragraph. */
export function bracketedNote(paragraph: string): boolean {
  const text = paragraph.trim().replace(/\]\s*\.$/, ']');
  if (!text.startsWith('[') || !text.endsWith(']') || !NOTE_OPENING.test(text)) return false;
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

/** A draft's note of something still to come ("TK: waiting on the company's figures …"), as reporters write "TK". */
const TK_NOTE = /^TK\s*[:–—-]\s*\S/;

/** True for a paragraph that is a draft's "to come" note (TK_NOTE), which no published story keeps. */
export function draftNote(paragraph: string): boolean {
  return TK_NOTE.test(paragraph.trim());
}
