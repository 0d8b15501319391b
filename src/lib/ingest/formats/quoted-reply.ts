// An e-mail reply that quotes what it answers, each quoted line opened with ">" (a right of reply answering a
// fact-checker's questions line by line, a forward with comments between the paragraphs). When the quotation holds
// most of the text, the story is in it: the quoted text is read with its markers taken off, and every line the reply
// adds (its own message above, its answers between the quoted paragraphs, its signature) is set aside. A reply that
// says more than it quotes is the text itself, and is left as it is.

/** A quoted line: its ">" markers, one per level of quoting, and the space after each. */
const QUOTED = /^[ \t]*>(?:[ \t]?>)*[ \t]?/;
/** Fewest quoted lines with text that make a quotation rather than a stray ">" (a "> 50%" in a sentence). */
const MIN_QUOTED_LINES = 5;

/** A reply read: its quoted text without markers, and which lines are the reply's own. */
export interface QuotedReply {
  /** The text with every quoted line's markers taken off; lines stay where they were. */
  text: string;
  /** Lines (0-based) that are the reply's own, not the quotation's. */
  replyLines: Set<number>;
}

/** Reads a text as a reply quoting a story, or null when it quotes less than it says or quotes nothing. */
export function readQuotedReply(text: string): QuotedReply | null {
  const lines = text.split('\n');
  let quotedChars = 0;
  let ownChars = 0;
  let quotedLines = 0;
  for (const line of lines) {
    const marker = QUOTED.exec(line);
    const rest = (marker ? line.slice(marker[0].length) : line).trim();
    if (!rest) continue;
    if (marker) {
      quotedChars += rest.length;
      quotedLines += 1;
    } else ownChars += rest.length;
  }
  if (quotedLines < MIN_QUOTED_LINES || quotedChars <= ownChars) return null;
  const replyLines = new Set<number>();
  const out = lines.map((line, i) => {
    const marker = QUOTED.exec(line);
    if (marker) return line.slice(marker[0].length);
    if (line.trim()) replyLines.add(i);
    return line;
  });
  return { text: out.join('\n'), replyLines };
}
