import { describe, expect, it } from 'vitest';
import { newsletterBoxAbove } from '../../../src/lib/ingest/newsletter-box.ts';

const prose = 'The ferry leaves every morning at six, the operator said on Monday.';

describe('newsletterBoxAbove', () => {
  it('takes the pitch and the name above a sign-up line', () => {
    const box = [prose, 'Get the Evening Wrap', 'The headlines that matter, in your inbox by 6pm.', 'By subscribing you agree to our terms.'];
    expect(newsletterBoxAbove(box, 3)).toEqual([2, 1]);
    expect(newsletterBoxAbove([prose, 'The Harbour Weekly', 'Our newsletter, free for you every Friday.', 'Sign up now'], 3)).toEqual([2, 1]);
  });

  it('takes a name that calls when no pitch stands between', () => {
    expect(newsletterBoxAbove([prose, 'Sign up for Metals Daily', 'By signing up you agree to our Privacy Policy.'], 2)).toEqual([1]);
  });

  it('leaves prose and crossheads above a sign-up line', () => {
    expect(newsletterBoxAbove([prose, 'Sign up for our newsletter'], 1)).toEqual([]);
    expect(newsletterBoxAbove([prose, 'A weekly ritual', 'Sign up for our newsletter'], 2)).toEqual([]);
    expect(newsletterBoxAbove(['Scam emails in the inbox are harder to spot, experts say.', 'Subscribe now'], 1)).toEqual([]);
  });
});
