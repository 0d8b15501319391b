import { describe, expect, it } from 'vitest';
import { idFromFileName } from '../../../src/lib/ingest/id.ts';

describe('idFromFileName', () => {
  it('drops the extension and lower-cases', () => {
    expect(idFromFileName('000_Tasnim.txt')).toBe('000_tasnim');
    expect(idFromFileName('report.v2.html')).toBe('report-v2');
  });

  it('turns runs of odd characters into one dash and trims leading and trailing dashes', () => {
    expect(idFromFileName('  Talks  (final) .md')).toBe('talks-final');
    expect(idFromFileName('__draft.txt')).toBe('draft');
  });

  it('keeps accented letters as their base letter', () => {
    expect(idFromFileName('Économie-Zürich.txt')).toBe('economie-zurich');
    expect(idFromFileName('Ça_va.md')).toBe('ca_va');
  });

  it('gives an empty id for a name with nothing URL-safe', () => {
    expect(idFromFileName('تقرير.txt')).toBe('');
    expect(idFromFileName('')).toBe('');
  });
});
