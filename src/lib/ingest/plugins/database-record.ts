// Detector: a story exported from a news database (database-record.ts). The record's fields state the headline,
// byline, date, source and language; its head, its indexing after the text, its page footers and the codes before
// the text's paragraphs are the record's, not the story's.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { BoilerplateKind } from '../../schema/article.ts';
import { isDatabaseRecord, recordLayout } from '../database-record.ts';
import { markLines } from '../source-lines.ts';
import { markPrefix, textBlocks, unmarkedText, type ArticleFileData } from '../tree.ts';

/** A body code at the start of a tagged record's paragraph ("LP\t", "TD\t"), in the source and in the block's text. */
const TAB_CODE = /^[A-Z]{2,3}\t/;
const BODY_CODE = /^[A-Z]{2,3}\s+/;

/** In a plain-text database record, marks everything but the story's text and reads the record's fields. */
export default function databaseRecord() {
  return (tree: Root, file: VFile) => {
    const data = file.data as unknown as ArticleFileData;
    if (data.format !== 'text' || typeof file.value !== 'string') return;
    const source = file.value.split('\n');
    if (!isDatabaseRecord(source)) return;
    const layout = recordLayout(source);
    if (!layout) return;
    for (const [key, value] of Object.entries(layout.meta)) if (value !== undefined) data.meta[key as keyof typeof data.meta] ??= value;
    const kindAt = (line: number): BoilerplateKind | null => {
      if (line < layout.bodyStart) return layout.roles.get(line) ?? 'front-matter';
      if (line >= layout.bodyEnd) return 'other';
      return layout.furniture.has(line) ? 'other' : null;
    };
    for (const block of textBlocks(tree)) {
      const position = block.position;
      if (!position || block.data?.boilerplate) continue;
      const first = position.start.line - 1;
      const lines = source.slice(first, position.end.line);
      const kinds = lines.map((_, k) => kindAt(first + k));
      // Only a tagged record's paragraph opens with a code and a tab; "US officials said …" opens with a word.
      const startsBody = first >= layout.bodyStart && first < layout.bodyEnd && TAB_CODE.test(lines[0] ?? '');
      const distinct = new Set(kinds);
      // A block of several head fields is the record's fields together; the text's block may hold a footer's line.
      if (distinct.size > 1 && first + lines.length <= layout.bodyStart) markLines(block, lines, kinds.map(() => true), 'front-matter');
      else for (const kind of distinct) if (kind) markLines(block, lines, kinds.map((k) => k === kind), kind);
      // The code before a paragraph of the text ("LP\t", "TD\t") is the record's.
      const code = startsBody ? BODY_CODE.exec(unmarkedText(block))?.[0] : undefined;
      if (code && kinds[0] === null) markPrefix(block, code.length, 'front-matter');
    }
  };
}
