// Parsing a YAML content file against its schema, failing with the file name and the first problem.
import { parse } from 'yaml';
import type { z } from 'astro/zod';

/** Parses YAML text and validates it; an empty file is `empty`. Errors name the file and the first problem. */
export function parseYamlFile<S extends z.ZodType>(schema: S, yamlText: string, fileLabel: string, empty: unknown = null): z.output<S> {
  let raw: unknown;
  try {
    raw = parse(yamlText) ?? empty;
  } catch (error) {
    throw new Error(`${fileLabel}: not valid YAML (${(error as Error).message})`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${fileLabel}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim());
  }
  return result.data;
}
