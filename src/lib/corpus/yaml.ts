// Parsing a YAML content file against its schema, failing with the file name, the line and the first problem.
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';

/**
 * Parses YAML text and validates it; an empty file is `empty`. Errors name the file, the line of the value at fault
 * (where the file has one), its path and the first problem; `shape` says what the whole file should be, for a file
 * of the wrong kind altogether ("a list of terms").
 */
export function parseYamlFile<S extends z.ZodType>(schema: S, yamlText: string, fileLabel: string, empty: unknown = null, shape?: string): z.output<S> {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines });
  if (doc.errors.length > 0) throw new Error(`${fileLabel}: not valid YAML (${doc.errors[0]?.message})`);
  const raw: unknown = doc.toJS() ?? empty;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).map(String);
  const node = path.length > 0 ? doc.getIn(path, true) : doc.contents;
  const offset = isNode(node) ? node.range?.[0] : undefined;
  const where = offset === undefined ? '' : `:${lines.linePos(offset).line}`;
  const what = path.length > 0 ? `${path.join('.')}: ` : shape ? `the file must be ${shape}; ` : '';
  throw new Error(`${fileLabel}${where}: ${what}${issue?.message ?? 'invalid'}`);
}
