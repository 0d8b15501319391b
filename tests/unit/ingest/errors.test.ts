import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/lib/ingest/errors.ts';

describe('IngestError', () => {
  it('names the file, the place and the reason in its message', () => {
    const error = new IngestError('content/articles/a.md', 'front matter is not valid YAML', { line: 3, column: 12 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('IngestError');
    expect(error.message).toBe('content/articles/a.md:3:12: front matter is not valid YAML');
    expect([error.file, error.reason, error.place]).toEqual(['content/articles/a.md', 'front matter is not valid YAML', { line: 3, column: 12 }]);
  });

  it('leaves the place out when there is none', () => {
    const error = new IngestError('b.txt', 'the file is empty');
    expect(error.message).toBe('b.txt: the file is empty');
    expect(error.place).toBeNull();
  });
});
