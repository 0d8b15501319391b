// Labels a page or a wire sets before a headline, which are not part of it: a wire's version label ("UPDATE 2-",
// wire-codes.ts) and a section's kicker in capitals with a colon ("FACT CHECK:", "EXCLUSIVE:", lexicon TITLE_KICKERS).
import { TITLE_KICKERS } from '../text/lexicon.ts';
import { withoutWireLabel } from './wire-codes.ts';

const KICKER = new RegExp(`^(?:${TITLE_KICKERS.map((k) => k.replace(/[ -]/g, '[ -]')).join('|')})\\s*[:|–—]\\s+(?=["“‘]?\\p{Lu})`, 'u');

/** A headline without the labels before it: "FACT CHECK: Viral video …" is "Viral video …". */
export function withoutTitleLabels(headline: string): string {
  const title = withoutWireLabel(headline);
  // Only a kicker set in capitals, as pages print one, before a capital: "Analysis: why …" may be the headline's words.
  const kicker = KICKER.exec(title);
  return kicker ? title.slice(kicker[0].length) : title;
}
