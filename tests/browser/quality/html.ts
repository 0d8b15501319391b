// Just enough HTML reading for the link and head checks, without a parser dependency: attribute values of tags
// in Astro's (well-formed, validator-checked) output.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** One start tag: its name and attributes (names lower-cased, values decoded; a bare attribute has value ""). */
export interface Tag {
  name: string;
  attrs: Map<string, string>;
}

/** Every start tag in a document, in order, skipping comments and the text of script and style elements. */
export function startTags(html: string): Tag[] {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2>');
  const tags: Tag[] = [];
  for (const m of body.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attrs.set((a[1] ?? '').toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ name: (m[1] ?? '').toLowerCase(), attrs });
  }
  return tags;
}

/** The ids a document defines (fragment targets). */
export function idsOf(html: string): Set<string> {
  return new Set(startTags(html).flatMap((t) => (t.attrs.has('id') ? [t.attrs.get('id') ?? ''] : [])));
}
