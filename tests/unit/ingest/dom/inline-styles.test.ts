import { describe, expect, it } from 'vitest';
import { withoutInlineStyles } from '../../../../src/lib/ingest/dom/inline-styles.ts';

describe('withoutInlineStyles', () => {
  it('takes out style attributes in every quoting and <style> elements, and nothing else', () => {
    const html = '<html><head><style type="text/css">p { color: red }</style><STYLE>a{}</STYLE></head><body><h1 style="font-size:2em" class="t">Title</h1><p STYLE=\'margin:0\'>One style="text" stays.</p><div style=x id=d>Two</div></body></html>';
    expect(withoutInlineStyles(html)).toBe('<html><head></head><body><h1 class="t">Title</h1><p>One style="text" stays.</p><div id=d>Two</div></body></html>');
  });

  it('copies script text and comments untouched, and drops an unclosed <style> to the end as the parser would', () => {
    const ld = '<script type="application/ld+json">{"headline":"<p style=\\"x\\">"}</script>';
    expect(withoutInlineStyles(`${ld}<!-- <p style="y"> --><p style="z">A</p>`)).toBe(`${ld}<!-- <p style="y"> --><p>A</p>`);
    expect(withoutInlineStyles('<p>A</p><style>p{}')).toBe('<p>A</p>');
  });

  // The timeout only catches a hang on a start tag that never closes, or many unclosed <style> tags.
  it('stays linear on many unclosed <style> tags', () => {
    expect(withoutInlineStyles(`<p>x</p>${'<style>'.repeat(100_000)}`)).toBe('<p>x</p>');
  }, 30_000);
  // The timeout only catches a hang on a start tag that never closes.
  it('leaves markup without styles as it is, a tag that never closes included', () => {
    expect(withoutInlineStyles('<p class="a">x</p>')).toBe('<p class="a">x</p>');
    const open = `<p ${'a '.repeat(200_000)}`;
    expect(withoutInlineStyles(open)).toBe(open);
  }, 30_000);
});
