// Where the content folder is: one place, read by the corpus loader, the glossary and the build's content stamp (which
// the Astro config loads, so this module imports nothing).

/** The content folder: WIREDIFF_CONTENT when set (benchmarks and tests build other corpora), else ./content. */
export function contentRoot(): string {
  return process.env.WIREDIFF_CONTENT ?? 'content';
}
