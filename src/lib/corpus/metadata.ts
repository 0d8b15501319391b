// Reads the curated metadata file (content/metadata.yaml) into curated fields per article file.
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { curatedSchema, type Curated } from '../schema/article.ts';

const metadataFileSchema = z.record(z.string(), curatedSchema).nullable();

/** Parses the curated metadata YAML into a map from file name to its curated fields. */
export function parseMetadata(yamlText: string, fileLabel = 'content/metadata.yaml'): Map<string, Curated> {
  let raw: unknown;
  try {
    raw = parse(yamlText);
  } catch (error) {
    throw new Error(`${fileLabel}: not valid YAML (${(error as Error).message})`);
  }
  const result = metadataFileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${fileLabel}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim());
  }
  return new Map(Object.entries(result.data ?? {}));
}
