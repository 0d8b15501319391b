import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../../src/lib/corpus/yaml.ts';

const schema = z.object({ name: z.string().min(1), tags: z.array(z.string()).default([]) });

describe('parseYamlFile', () => {
  it('parses and validates, applying the schema’s defaults', () => {
    expect(parseYamlFile(schema, 'name: Ünïcode “quoted”\n', 'f.yaml')).toEqual({ name: 'Ünïcode “quoted”', tags: [] });
  });

  it('uses the given value for an empty file, or null', () => {
    expect(parseYamlFile(z.array(z.string()), '', 'f.yaml', [])).toEqual([]);
    expect(parseYamlFile(z.array(z.string()), '# only a comment\n', 'f.yaml', ['x'])).toEqual(['x']);
    expect(() => parseYamlFile(schema, '', 'f.yaml')).toThrow(/^f\.yaml: /);
  });

  it('names the file when the text is not YAML', () => {
    expect(() => parseYamlFile(schema, 'name: [unclosed', 'content/x.yaml')).toThrow(/^content\/x\.yaml: not valid YAML \(/);
  });

  it('names the file and the path of the first invalid field', () => {
    expect(() => parseYamlFile(schema, 'name: ok\ntags: [fine, 1]\n', 'x.yaml')).toThrow(/^x\.yaml:2: tags\.1: /);
    expect(() => parseYamlFile(schema, 'name: ""\n', 'x.yaml')).toThrow(/^x\.yaml:1: name: /);
  });

  it('says what the whole file must be when it is of the wrong kind altogether, with no stray spaces', () => {
    expect(() => parseYamlFile(z.array(schema), 'terms: []\n', 'g.yaml', [], 'a list of terms')).toThrow(/^g\.yaml:1: the file must be a list of terms; /);
    expect(() => parseYamlFile(z.array(schema), 'terms: []\n', 'g.yaml', [])).toThrow(/^g\.yaml:1: [^ ]/);
  });

  it('reads YAML-looking scalars as the schema asks, not as code', () => {
    expect(parseYamlFile(schema, 'name: "!!js/function f()"\n', 'x.yaml').name).toBe('!!js/function f()');
  });
});
