// Reads the curated metadata file (content/metadata.yaml) into curated fields per article file.
import { z } from 'astro/zod';
import { curatedSchema, type Curated } from '../schema/article.ts';
import { parseYamlFile } from './yaml.ts';

const metadataFileSchema = z.record(z.string(), curatedSchema).nullable();

/** Parses the curated metadata YAML into a map from file name to its curated fields. */
export function parseMetadata(yamlText: string, fileLabel = 'content/metadata.yaml'): Map<string, Curated> {
  return new Map(Object.entries(parseYamlFile(metadataFileSchema, yamlText, fileLabel, null, 'a map from article file names to their fields') ?? {}));
}
