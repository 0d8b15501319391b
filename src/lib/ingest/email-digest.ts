// A newsletter sent by e-mail and saved or pasted as text: a greeting, the story, a sponsor's message, a list of other
// items, a membership pitch and the mailing list's footer, set apart by rules of dashes. Its marks ("View this email
// in your browser", "unsubscribe") say it is a message, and then only its section of most prose is the story.

/** What only a mailing list's message says: a web view, the list's own lines, a forwarding prompt. */
const EMAIL_MARKS: readonly RegExp[] = [
  /\bview (?:this|it|the|our)? ?(?:e-?mail|newsletter|message|issue)? ?(?:in|on) (?:your|a|the) (?:web )?browser\b/i,
  /\b(?:having trouble|problems?) (?:viewing|reading) this (?:e-?mail|newsletter|message)\b/i,
  /\bunsubscribe\b/i,
  /\byou(?:['’]re| are) receiving this (?:e-?mail|newsletter|message)\b/i,
  /\bforwarded this (?:e-?mail|newsletter|message)\b/i,
  /\bupdate (?:your )?(?:e-?mail |subscription )?preferences\b/i,
  /\bour mailing address is\b/i,
  // A list server's digest (Mailman's): its preamble, its contents and its closing line.
  /\bmailing list submissions\b/i,
  /^today['’]s topics:/i,
  /^end of .{1,80}\bdigest\b/i,
  /\/mailman\/listinfo\b/i,
];

/** Fewest different marks that make a text a mailing list's message: "unsubscribe" alone may be a story's word. */
const MIN_EMAIL_MARKS = 2;

/** True when the lines of a text carry at least two different marks of a mailing list's message. */
export function isEmailMessage(lines: readonly string[]): boolean {
  return EMAIL_MARKS.filter((mark) => lines.some((line) => mark.test(line))).length >= MIN_EMAIL_MARKS;
}

/** True for a line that only separates sections: a rule of three or more dashes, equals signs, stars or the like. */
export function isSectionRule(line: string): boolean {
  return /^\s*([-=*_~#•·─━])(?:\s*\1){2,}\s*$/u.test(line);
}
