import { describe, expect, it } from 'vitest';
import { headlineOverlap, headlineWords, isHeadline } from '../../../src/lib/compare/headline.ts';

const HEADLINE = 'Port workers walk out as pay talks collapse in Kestrel Bay';

describe('headlineWords', () => {
  it('keeps words and figures in lower case, without quotation marks, punctuation or a possessive', () => {
    expect(headlineWords('Trump seeks to revive ‘Arab NATO’: Report')).toEqual(['trump', 'seeks', 'to', 'revive', 'arab', 'nato', 'report']);
    expect(headlineWords('Egypt’s exit from MESA')).toEqual(['egypt', 'exit', 'from', 'mesa']);
  });
});

describe('isHeadline', () => {
  it('takes the headline as written, in other case and punctuation, or with a word added or changed', () => {
    expect(isHeadline([HEADLINE], HEADLINE)).toBe(true);
    expect(isHeadline(['PORT WORKERS WALK OUT AS PAY TALKS COLLAPSE IN KESTREL BAY.'], HEADLINE)).toBe(true);
    expect(isHeadline(['Port workers walk out as pay talks collapse in Kestrel Bay: report'], HEADLINE)).toBe(true);
    expect(isHeadline(['', 'Dock workers walk out as pay talks collapse in Kestrel Bay'], HEADLINE)).toBe(true);
  });

  it('leaves a text that shares a few of its words, a short text, and a longer text holding it', () => {
    expect(isHeadline(['Pay talks resume in Kestrel Bay after the port strike ends'], HEADLINE)).toBe(false);
    expect(isHeadline(['Kestrel Bay'], 'Kestrel Bay')).toBe(false);
    expect(isHeadline([`${HEADLINE}. The union said its members would stay out until the operators withdrew their offer.`], HEADLINE)).toBe(false);
    expect(headlineOverlap('Port strike', HEADLINE)).toBe(0);
  });
});
