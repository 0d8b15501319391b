/** Largest plain-text article accepted; a wire story is a few kB, so anything this big is a mistake, not an article. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Decodes article bytes as strict UTF-8 (at most `limit` bytes), or returns the reason it cannot be read as text. */
export function decodeText(bytes: Uint8Array, limit = MAX_FILE_BYTES): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > limit) {
    return { ok: false, reason: `the file is ${bytes.length} bytes, over the ${limit}-byte limit for one article of its format` };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'the file is binary (it contains NUL bytes), not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8 (re-save it as UTF-8)' };
  }
  return { ok: true, text: normaliseText(text) };
}

/**
 * Strips a BOM, unifies line endings, turns no-break and other odd spaces into plain ones, and spells out the
 * typographic ligatures text copied from a PDF carries ("ﬁned" → "fined"), which no reader types or searches for.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC'))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, ' ')
    .replace(/[\u200B\uFEFF]/g, '');
}
