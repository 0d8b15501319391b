// What an e-mail client wraps around a story forwarded or pasted from a message: the forwarding marker and the
// header lines under it (From:, Date:, Subject:, To:), and the signature after a "--" line. Shapes of every mail
// client, so a story sent on by any desk or monitoring service is read without them.

/** A forwarding marker as mail clients write it: "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:". */
const FORWARD_MARKER = /^(?:-{2,}\s*(?:forwarded message|original message|message transféré|weitergeleitete nachricht|mensaje reenviado)\s*-*|begin forwarded message:?|fwd?:\s*$)$/i;

/** A mail header line: a header's name, a colon and its value ("From: Desk <desk@example.org>", "Sent: Monday, 3 June"). */
const HEADER_LINE = /^(?:from|sent|date|subject|to|cc|bcc|reply-to)\s*:\s/i;
/** The headers that open a message's header block; "Date:" or "To:" alone can open a line of prose or a form. */
const SENDER_LINE = /^(?:from|subject)\s*:\s/i;

/** True when a line is a mail client's forwarding marker. */
export function forwardMarker(line: string): boolean {
  return FORWARD_MARKER.test(line.trim());
}

/** True when a line can belong to an envelope: a forwarding marker or a mail header line. */
export function envelopeLine(line: string): boolean {
  return forwardMarker(line) || HEADER_LINE.test(line.trim());
}

/**
 * True when every line of a block (or of a run of one-line blocks) is the envelope of a forwarded message: a forwarding marker, or header lines of
 * which at least two and one naming the sender or subject (a lone "Date: Tuesday" can be a form in the article).
 */
export function envelopeBlock(lines: readonly string[]): boolean {
  const filled = lines.map((l) => l.trim()).filter(Boolean);
  if (filled.length === 0) return false;
  if (filled.length === 1 && forwardMarker(filled[0] as string)) return true;
  const headers = filled.filter((l) => HEADER_LINE.test(l));
  const marked = forwardMarker(filled[0] as string);
  return headers.length + (marked ? 1 : 0) === filled.length && headers.length >= 2 && headers.some((l) => SENDER_LINE.test(l));
}

/** True when a line is a mail signature's delimiter ("--", "-- "): what follows is the sender's, not the story's. */
export function signatureDelimiter(line: string): boolean {
  return /^--\s*$/.test(line);
}
