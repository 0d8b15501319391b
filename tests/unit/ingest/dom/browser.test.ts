// The browser's "#html-document": it must hand the page to the browser's own DOMParser (no DOM library bundled).
// Node has no DOMParser, so linkedom's stands in for the browser's here.
import { DOMParser as LinkedomParser } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../src/lib/ingest/dom/browser.ts';

const g = globalThis as { DOMParser?: unknown };
afterEach(() => {
  delete g.DOMParser;
});

describe('parseHtmlDocument (browser)', () => {
  it('parses the page as text/html with the global DOMParser', () => {
    const calls: string[] = [];
    g.DOMParser = class {
      parseFromString(html: string, type: string) {
        calls.push(type);
        return new LinkedomParser().parseFromString(html, type as 'text/html');
      }
    };
    const doc = parseHtmlDocument('<html lang="ar"><body><p>مرحبا</p></body></html>');
    expect(calls).toEqual(['text/html']);
    expect(doc.querySelector('p')?.textContent).toBe('مرحبا');
  });

  it('has no parser of its own to fall back on', () => {
    expect(() => parseHtmlDocument('<p>x</p>')).toThrow();
  });
});
