/** Turns a file name into a stable, URL-safe article id: the name without extension, lower-cased, odd characters as dashes. */
export function idFromFileName(fileName: string): string {
  return fileName
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '');
}
