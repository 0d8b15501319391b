import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../src/lib/ingest/dom/node.ts';

describe('parseHtmlDocument (Node)', () => {
  it('parses a whole page into a document with its head and body', () => {
    const doc = parseHtmlDocument('<!doctype html><html lang="fr"><head><title>Ça va</title></head><body><p>Texte «&nbsp;cité&nbsp;»</p></body></html>');
    expect(doc.documentElement.getAttribute('lang')).toBe('fr');
    expect(doc.querySelector('title')?.textContent).toBe('Ça va');
    expect(doc.querySelector('p')?.textContent).toBe('Texte «\u00a0cité\u00a0»');
  });

  it('builds html, head and body around text or a fragment, as a browser does', () => {
    for (const input of ['plain text, no tags', '<p>Only a paragraph</p>', '']) {
      const doc = parseHtmlDocument(input);
      expect(doc.querySelector('html'), input).not.toBeNull();
      expect(doc.querySelector('head'), input).not.toBeNull();
      expect(doc.querySelector('body')?.textContent, input).toBe(input.replace(/<[^>]+>/g, ''));
    }
  });

  it('reads a page with a banner put before its own start as one document, as a browser does', () => {
    const doc = parseHtmlDocument(
      '<meta charset="utf-8"><div class="cache">This is a cached copy.</div>\n<!DOCTYPE html>\n<html lang="en-GB"><head><title>Fares frozen</title><link rel="canonical" href="https://paper.example/fares"></head><body><h1>Fares frozen</h1><p class="standfirst">Councillors reject a rise.</p></body></html>',
    );
    expect(doc.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(doc.querySelector('title')?.textContent).toBe('Fares frozen');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://paper.example/fares');
    expect(doc.body?.querySelector('h1')?.textContent).toBe('Fares frozen');
    expect(doc.body?.textContent).toContain('This is a cached copy.');
    expect(doc.querySelectorAll('html')).toHaveLength(1);
  });

  it('leaves inline styles out, as the browser’s implementation does, so a paragraph a style hides is read alike by both', () => {
    const doc = parseHtmlDocument('<!doctype html><html><head><style>p{color:red}</style></head><body><p style="display:none">Hidden by a style.</p></body></html>');
    expect(doc.querySelector('p')?.getAttribute('style')).toBeNull();
    expect(doc.querySelector('style')).toBeNull();
    expect(doc.querySelector('p')?.textContent).toBe('Hidden by a style.');
  });

  it('never runs scripts in the page', () => {
    const g = globalThis as { wirediffScriptRan?: boolean };
    const doc = parseHtmlDocument('<html><body><script>globalThis.wirediffScriptRan = true</script><img src=x onerror="globalThis.wirediffScriptRan = true"></body></html>');
    expect(doc.querySelector('script')).not.toBeNull();
    expect(g.wirediffScriptRan).toBeUndefined();
  });
});
