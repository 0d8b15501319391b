import { describe, expect, it } from 'vitest';
import { signatureStart, socialEmbeds } from '../../../src/lib/ingest/social-embed.ts';

const prose = 'The council met on Tuesday to vote on the harbour plan, and the vote was delayed.';

describe('signatureStart', () => {
  it('finds a post signature standing alone or closing the post', () => {
    expect(signatureStart('— River Board (@RiverBoard) March 3, 2024')).toBe(0);
    expect(signatureStart('— Jo Roe (@jo.roe.bsky.social) 3 March 2024 at 09:14')).toBe(0);
    expect(signatureStart('— Jo Roe (@jo@social.example) March 3, 2024')).toBe(0);
    const post = 'Flood gates closed at 6am. Stay off the towpath pic.twitter.com/abc123 — River Board (@RiverBoard) March 3, 2024';
    expect(post.slice(signatureStart(post))).toBe('— River Board (@RiverBoard) March 3, 2024');
    expect(signatureStart('A post shared by Jo Roe (@joroe)')).toBe(0);
  });

  it('is no signature in prose that quotes a post or names a handle', () => {
    expect(signatureStart('The board wrote on X that the gates were closed — a post it later deleted.')).toBe(-1);
    expect(signatureStart('— Jo Roe (@joroe) said on Monday that the vote was unfair')).toBe(-1);
    expect(signatureStart('Jo Roe (@joroe) posted on March 3, 2024 that the gates were shut.')).toBe(-1);
    expect(signatureStart(`${'x '.repeat(100_000)}(@a) 1`)).toBe(-1);
    // A dash earlier in the sentence, then prose naming the account and the day.
    expect(signatureStart('The post — which was later deleted — was written by Gov. Kathy Hochul (@GovKathyHochul) on March 4, 2024.')).toBe(-1);
  });
});

describe('socialEmbeds', () => {
  it('takes the post over a signature line with the signature', () => {
    expect(socialEmbeds([prose, 'Flood gates closed at 6am. pic.twitter.com/abc123', '— River Board (@RiverBoard) March 3, 2024', prose])).toEqual([1, 2]);
  });

  it('takes a post with its signature glued on as one', () => {
    expect(socialEmbeds([prose, 'Gates closed. https://t.co/x — River Board (@RiverBoard) March 3, 2024', prose])).toEqual([1]);
  });

  it('leaves a paragraph that reports a post in the article’s own words', () => {
    expect(socialEmbeds([prose, 'In a post on X on March 3, 2024, the River Board (@RiverBoard) said the gates were closed.', prose])).toEqual([]);
  });
});
