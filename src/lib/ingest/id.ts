/** Turns a file name into a stable, URL-safe article id: the name without extension, lower-cased, accents dropped, odd characters as dashes. */
export function idFromFileName(fileName: string): string {
  return fileName
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .normalize('NFKD')
    // NFKD splits "é" into "e" and a combining accent; the accent goes, so "Économie" is "economie", not "e-conomie".
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '');
}
