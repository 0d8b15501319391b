// A newsletter message's marks and section rules: two different marks make a message; one word does not.
import { describe, expect, it } from 'vitest';
import { isEmailMessage, isSectionRule } from '../../../src/lib/ingest/email-digest.ts';

describe('isEmailMessage', () => {
  it('needs two different marks of a mailing list', () => {
    expect(isEmailMessage(['View this email in your browser <https://list.example/v>', 'Body.', 'Unsubscribe from this list'])).toBe(true);
    expect(isEmailMessage(['Having trouble viewing this email? Click here.', 'Our mailing address is: PO Box 1'])).toBe(true);
    // A list server's digest: its preamble and contents.
    expect(isEmailMessage(['Send Coastal-Fisheries-L mailing list submissions to', "Today's Topics:", 'End of Coastal-Fisheries-L Digest, Vol 87, Issue 14'])).toBe(true);
  });

  it('does not take a story that mentions unsubscribing, or one mark alone', () => {
    expect(isEmailMessage(['Users could not unsubscribe from the service, regulators said.'])).toBe(false);
    expect(isEmailMessage(['Unsubscribe', 'unsubscribe here'])).toBe(false);
    expect(isEmailMessage(["Today's Topics: none", 'By the end of the year, the Reader’s Digest office will close.'])).toBe(false);
  });
});

describe('isSectionRule', () => {
  it('takes rules of three or more of one mark, spaced or not', () => {
    for (const line of ['---', '------------------------------------------------------------', '* * *', '=====', '• • •']) expect(isSectionRule(line)).toBe(true);
  });

  it('leaves words, mixed marks and two marks', () => {
    for (const line of ['--', '-*-', 'Section 3 ---', '***Breaking***']) expect(isSectionRule(line)).toBe(false);
  });
});
