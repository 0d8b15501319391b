import { describe, expect, it } from 'vitest';
import { BOX_ATTRIBUTE, boxAttribute, classTypes, readBox } from '../../../../src/lib/ingest/dom/geometry.ts';
import { parseHtmlDocument } from '../../../../src/lib/ingest/dom/node.ts';

const SHEET = '<style>.ft10{font-size:12px;font-family:CAAAAA+DejaVuSerif;color:#231f20;} .ft11{font-size:34px;font-family:Times New Roman;color:#000}</style>';

describe('classTypes', () => {
  it('reads each class rule’s size and face, without a font subset’s tag', () => {
    const types = classTypes(`${SHEET}<p style="position:absolute;top:1px;left:2px" class="ft10">x</p>`);
    expect(types.get('ft10')).toEqual({ size: 12, face: 'dejavuserif|#231f20' });
    expect(types.get('ft11')).toEqual({ size: 34, face: 'times_new_roman|#000' });
  });

  it('reads nothing on a page that places nothing absolutely', () => {
    expect(classTypes(`${SHEET}<p class="ft10">x</p>`).size).toBe(0);
  });
});

describe('boxAttribute', () => {
  const types = classTypes(`${SHEET}position:absolute`);
  it('keeps an absolute position’s top and left with its class’s type', () => {
    expect(boxAttribute('<p style="position:absolute;top:252px;left:54px;white-space:nowrap" class="ft10">', 'style="position:absolute;top:252px;left:54px;white-space:nowrap"', types)).toBe(` ${BOX_ATTRIBUTE}="252 54 12 dejavuserif|#231f20"`);
  });

  it('prefers the element’s own size, and reads pdftohtml’s undefined later-page class as the first page’s', () => {
    expect(boxAttribute('<div class="ft11">', "style='position: absolute; top: 10.5px; left: 3px; font-size: 9px'", types)).toBe(` ${BOX_ATTRIBUTE}="10.5 3 9 times_new_roman|#000"`);
    expect(boxAttribute('<p class="ft20">', 'style="position:absolute;top:1px;left:2px"', types)).toBe(` ${BOX_ATTRIBUTE}="1 2 12 dejavuserif|#231f20"`);
    expect(boxAttribute('<p class="other">', 'style="position:absolute;top:1px;left:2px"', types)).toBe(` ${BOX_ATTRIBUTE}="1 2 0 "`);
  });

  it('keeps nothing for a style that does not place the element from the top left', () => {
    expect(boxAttribute('<p>', 'style="position:relative;top:1px;left:2px"', types)).toBe('');
    expect(boxAttribute('<p>', 'style="position:absolute;bottom:1px;left:2px"', types)).toBe('');
    expect(boxAttribute('<p>', 'style="top:1px;left:2px"', types)).toBe('');
  });
});

describe('readBox', () => {
  it('reads the box a parsed page keeps, and nothing from an element without one', () => {
    const doc = parseHtmlDocument(`<html><head>${SHEET}</head><body><p style="position:absolute;top:84px;left:54px" class="ft11">Headline</p><p>Flowing</p></body></html>`);
    const [placed, flowing] = [...doc.querySelectorAll('p')];
    expect(readBox(placed as Element)).toEqual({ top: 84, left: 54, size: 34, face: 'times_new_roman|#000' });
    expect(placed?.getAttribute('style')).toBeNull();
    expect(readBox(flowing as Element)).toBeNull();
    flowing?.setAttribute(BOX_ATTRIBUTE, 'a b c');
    expect(readBox(flowing as Element)).toBeNull();
  });
});
