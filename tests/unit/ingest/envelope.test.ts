// A forwarded message's envelope and signature by the shapes mail clients give them.
import { describe, expect, it } from 'vitest';
import { envelopeBlock, envelopeLine, forwardMarker, signatureDelimiter } from '../../../src/lib/ingest/envelope.ts';

describe('forwardMarker', () => {
  it('knows the markers of common mail clients', () => {
    expect(forwardMarker('---------- Forwarded message ---------')).toBe(true);
    expect(forwardMarker('-----Original Message-----')).toBe(true);
    expect(forwardMarker('Begin forwarded message:')).toBe(true);
  });

  it('does not take prose about forwarding', () => {
    expect(forwardMarker('The forwarded message reached the minister on Friday.')).toBe(false);
  });
});

describe('envelopeBlock', () => {
  it('takes a marker with header lines, or header lines naming a sender', () => {
    expect(envelopeBlock(['-----Original Message-----', 'From: Press Office <press@harbour.example>', 'Sent: Monday, 3 March 2025 10:02', 'To: News Desk', 'Subject: Statement'])).toBe(true);
    expect(envelopeBlock(['From: Desk <desk@wire.example>', 'Date: 3 Mar 2025'])).toBe(true);
    expect(envelopeBlock(['---------- Forwarded message ---------'])).toBe(true);
  });

  it('does not take a lone header-like line or a block with prose in it', () => {
    expect(envelopeBlock(['Date: Tuesday'])).toBe(false);
    expect(envelopeBlock(['Date: 4 March', 'To: all staff'])).toBe(false);
    expect(envelopeBlock(['From: the minister', 'He said the plan was final.'])).toBe(false);
    expect(envelopeBlock(['From Monday, ferries will run hourly.'])).toBe(false);
    expect(envelopeBlock([])).toBe(false);
  });
});

describe('signatureDelimiter', () => {
  it('takes the "--" line only', () => {
    expect(signatureDelimiter('--')).toBe(true);
    expect(signatureDelimiter('-- ')).toBe(true);
    expect(signatureDelimiter('-- the minister said')).toBe(false);
    expect(signatureDelimiter('---')).toBe(false);
  });
});

describe('envelopeLine', () => {
  it('takes markers and header lines, not prose', () => {
    expect(envelopeLine('Begin forwarded message:')).toBe(true);
    expect(envelopeLine('Subject: Fares')).toBe(true);
    expect(envelopeLine('Fares will rise, the company said.')).toBe(false);
  });
});
