// Very large and pathological texts (issue #8): the ingest test feeds them to the parser, the segmentation benchmark
// times the splitter on them. One list, so the benchmark measures exactly what the test guards.

/** About two megabytes of hostile text per case, named. */
export function hostileTexts(size = 1_900_000): [string, string][] {
  return [
    ['long run of spaces', `Officials${' '.repeat(size)}met.`],
    ['endless dots', '. '.repeat(size / 2)],
    ['endless initialisms', 'U.S. '.repeat(size / 5)],
    ['one giant word', `${'x'.repeat(size)}.`],
    ['double-spaced sentences', 'Officials met.  '.repeat(size / 16)],
    ['prose without a break', 'Officials met in Riyadh on Sunday, diplomats said. '.repeat(size / 51)],
    ['headline-like lines only', 'Short headline\n'.repeat(size / 15)],
  ];
}
