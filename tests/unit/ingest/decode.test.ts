// Decoding article bytes: strict UTF-8 with a size limit, refusals for empty, binary and mis-encoded files, and
// normalised text (no BOM, \n line ends, plain spaces).
import { describe, expect, it } from 'vitest';
import { decodeText, MAX_FILE_BYTES, normaliseText } from '../../../src/lib/ingest/decode.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 and normalises it', () => {
    expect(decodeText(bytes('\uFEFFOne\r\ntwo\rthree\u00A0four\u200B'))).toEqual({ ok: true, text: 'One\ntwo\nthree four' });
  });

  it('refuses an empty, binary, mis-encoded or oversized file with a reason', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'the file is empty' });
    expect(decodeText(Uint8Array.from([65, 0, 66]))).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid UTF-8/) });
    expect(decodeText(bytes('x'.repeat(11)), 10)).toMatchObject({ ok: false, reason: 'the file is 11 bytes, over the 10-byte limit for one article of its format' });
    expect(decodeText(bytes('x'.repeat(10)), 10)).toEqual({ ok: true, text: 'x'.repeat(10) });
    expect(MAX_FILE_BYTES).toBe(2 * 1024 * 1024);
  });
});

describe('normaliseText', () => {
  it('turns odd spaces into plain ones and drops zero-width ones', () => {
    expect(normaliseText('a\u2007b\u202Fc\u2003d\u3000e\uFEFFf')).toBe('a b c d ef');
  });

  it('spells out the typographic ligatures a copy from a PDF carries, and nothing else', () => {
    expect(normaliseText('The \uFB01ne was o\uFB00ered to the \uFB02eet; \uFB04uent sta\uFB03ng.')).toBe('The fine was offered to the fleet; ffluent staffing.');
    expect(normaliseText('ﬆ and ﬅ, ½ and ² stay')).toBe('st and st, ½ and ² stay');
  });
});
