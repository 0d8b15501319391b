// A forum's raw post (Discourse's and phpBB's `/raw` text): Markdown with its quotations framed by BBCode-style tag
// lines, `[quote="user, post:1, topic:2"]` … `[/quote]`. The tags are the forum's markup, never words of the post: a
// tag line is blanked (lines stay where they were), so a closing tag does not run on into the quoted text's last line.

/** A line that is only an opening or closing quotation tag. */
const TAG_LINE = /^[ \t]*\[(\/?)quote(?:=[^\]\n]*)?\][ \t]*$/gim;

/** The text with its quotation tag lines blanked, when it opens and closes at least one; otherwise the text as it is. */
export function withoutQuoteTags(text: string): string {
  const tags = [...text.matchAll(TAG_LINE)];
  if (!tags.some((m) => m[1] === '') || !tags.some((m) => m[1] === '/')) return text;
  return text.replace(TAG_LINE, '');
}
