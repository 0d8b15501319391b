// A page's calls to its reader (ingest/calls.ts), each as its kind, and prose that reports the same things left alone.
import { describe, expect, it } from 'vitest';
import { callKind, consentButton, cookieNotice } from '../../../src/lib/ingest/calls.ts';

describe('callKind', () => {
  it('names each call to the reader by its kind', () => {
    expect(callKind('Sign up for our morning briefing and get the news in your inbox.')).toBe('subscribe');
    expect(callKind('Subscribe to the Times from $1 a week and support local journalism.')).toBe('subscribe');
    expect(callKind("That's it for this issue. If a friend forwarded this to you, subscribe here.")).toBe('subscribe');
    expect(callKind('Follow us on Telegram for breaking news.')).toBe('share');
    expect(callKind('Join The Volta Observer on WhatsApp for breaking news from the regions.')).toBe('share');
    expect(callKind('We use cookies to personalise content. By continuing to use this site, you agree to our use of cookies.')).toBe('other');
    expect(callKind('The Ledger is reader-funded. Support our work with a donation.')).toBe('appeal');
    expect(callKind('Got a tip about the layoffs? Reply to this email.')).toBe('appeal');
  });

  it('leaves prose alone, and any text longer than a prompt', () => {
    expect(callKind('Residents were urged to sign up for the evacuation alerts, officials said.')).toBeNull();
    expect(callKind('The bakery said it uses cookies from a supplier in Ohio.')).toBeNull();
    expect(callKind('join the protest on Facebook, organisers said.')).toBeNull();
    expect(callKind(`Subscribe to the Times from $1 a week. ${'The council met on Monday and voted on the budget. '.repeat(6)}`)).toBeNull();
  });
});

describe('cookieNotice and consentButton', () => {
  it('knows a cookie notice and its buttons', () => {
    expect(cookieNotice('This site uses cookies.')).toBe(true);
    expect(['Accept', 'Accept all', 'Manage preferences', 'Cookie settings'].every(consentButton)).toBe(true);
    expect(consentButton('Accept the offer')).toBe(false);
  });
});
