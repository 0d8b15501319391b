// The curated metadata file (corpus/metadata.ts on corpus/yaml.ts): fields per article file, an empty file is no
// metadata, and bad YAML or a bad field stops with the file's name and the problem.
import { describe, expect, it } from 'vitest';
import { parseMetadata } from '../../../src/lib/corpus/metadata.ts';

describe('parseMetadata', () => {
  it('maps each file name to its curated fields', () => {
    const m = parseMetadata('a.txt:\n  outlet: Reuters\n  published: "2018-07-27"\n');
    expect(m.get('a.txt')).toMatchObject({ outlet: 'Reuters', published: '2018-07-27' });
  });

  it('reads an empty file as no metadata', () => {
    expect(parseMetadata('').size).toBe(0);
  });

  it('names the file and the problem for bad YAML and for a field of the wrong type', () => {
    expect(() => parseMetadata('a.txt: [unclosed', 'meta.yaml')).toThrow(/^meta\.yaml: not valid YAML/);
    expect(() => parseMetadata('a.txt:\n  outlet: 42\n', 'meta.yaml')).toThrow(/^meta\.yaml:2: a\.txt\.outlet: /);
  });
});
