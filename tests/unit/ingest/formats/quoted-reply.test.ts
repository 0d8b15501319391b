// An e-mail reply quoting a story: the quotation read without its markers, the reply's own lines set aside.
import { describe, expect, it } from 'vitest';
import { readQuotedReply } from '../../../../src/lib/ingest/formats/quoted-reply.ts';
import { parsePlainText } from '../../../../src/lib/ingest/formats/text.ts';
import { fullText, textBlocks } from '../../../../src/lib/ingest/tree.ts';

const REPLY = [
  'Dear Ms Rojas,',
  '',
  'Our answers are inline below, marked [PORT].',
  '',
  'On Wed, 12 Mar 2025 at 16:20, Ana Rojas <ana@example.org> wrote:',
  '',
  '> Ferry fares to rise by a tenth from July',
  '> By Mere Tamihana',
  '>',
  '> WELLINGTON, March 11 - The operator said on Monday that fares would',
  '> rise by a tenth from July, its first rise since 2019, to pay for two',
  '> replacement vessels.',
  '>',
  '[PORT] The rise is 9.6 per cent, not a tenth.',
  '',
  '> > Commuters with a monthly pass will pay $14 more, the operator',
  '> > said, and concession fares will not change.',
  '',
  'Regards,',
  'Port Press Office',
].join('\n');

describe('readQuotedReply', () => {
  it('takes the quoted lines’ markers off, every level, and names the reply’s own lines', () => {
    const reply = readQuotedReply(REPLY);
    const lines = reply?.text.split('\n') ?? [];
    expect(lines).toHaveLength(REPLY.split('\n').length);
    expect(lines[6]).toBe('Ferry fares to rise by a tenth from July');
    expect(lines[8]).toBe('');
    expect(lines[15]).toBe('Commuters with a monthly pass will pay $14 more, the operator');
    expect([...(reply?.replyLines ?? [])]).toEqual([0, 2, 4, 13, 18, 19]);
  });

  it('reads nothing as a reply that says more than it quotes, or quotes a line or two', () => {
    const own = ['Dear all,', '', ...Array.from({ length: 8 }, (_, i) => `Line ${i} of my own long message, which says much more than it quotes from the one before.`), '', '> Short quote one', '> two', '> three', '> four', '> five'];
    expect(readQuotedReply(own.join('\n'))).toBeNull();
    expect(readQuotedReply('The index rose > 5% and\n> a quoted line\nthen prose.')).toBeNull();
  });

  it('is read by the plain-text format: the quoted story’s paragraphs joined, the reply’s lines set aside', () => {
    const tree = parsePlainText(REPLY);
    const blocks = textBlocks(tree).map((b) => [fullText(b), b.data?.boilerplate ?? 'text']);
    expect(blocks).toContainEqual(['WELLINGTON, March 11 - The operator said on Monday that fares would rise by a tenth from July, its first rise since 2019, to pay for two replacement vessels.', 'text']);
    expect(blocks).toContainEqual(['[PORT] The rise is 9.6 per cent, not a tenth.', 'other']);
    expect(blocks).toContainEqual(['Dear Ms Rojas,', 'other']);
    expect(blocks.filter(([, kind]) => kind === 'text').map(([t]) => t)).not.toContain('Regards, Port Press Office');
  });
});
