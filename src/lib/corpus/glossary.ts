// Reads the glossary file of the content folder (content/glossary.yaml) into validated terms.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from './load.ts';
import { glossarySchema, type Glossary } from '../schema/glossary.ts';
import { parseYamlFile } from './yaml.ts';

/** Parses glossary YAML, failing with the file name and the first problem. */
export function parseGlossary(yamlText: string, file = 'content/glossary.yaml'): Glossary {
  return parseYamlFile(glossarySchema, yamlText, file, [], 'a list of terms, each opening with "- slug:" (README, "Adding an article")');
}

/** Reads the content folder's glossary; a corpus without one simply has no terms. */
export function loadGlossary(): Glossary {
  const file = join(contentRoot(), 'glossary.yaml');
  return existsSync(file) ? parseGlossary(readFileSync(file, 'utf8'), file) : [];
}
