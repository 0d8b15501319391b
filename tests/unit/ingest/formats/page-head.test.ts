import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '#html-document';
import { headlineElement, pageStamps, printedDateAbove, printedHead, printedStandfirst, titleOutlet } from '../../../../src/lib/ingest/formats/page-head.ts';

const page = (title: string, body: string) => parseHtmlDocument(`<!doctype html><html><head>${title ? `<title>${title}</title>` : ''}</head><body>${body}</body></html>`);
const PROSE = '<p>An appeals court ruled on Thursday that drivers for the company are employees rather than contractors.</p>';

describe('headlineElement', () => {
  it('finds the <h1> the page title repeats, cut short or with the outlet added, and passes a logo over', () => {
    const doc = page('Court rules drivers are employees - The Ledger', '<h1>The Ledger</h1><h1>Court rules drivers are employees, not contractors</h1>');
    expect(headlineElement(doc, undefined)?.textContent).toBe('Court rules drivers are employees, not contractors');
    expect(headlineElement(page('Talks resume | Gulf Post', '<h1>Talks resume in Doha</h1>'), 'Talks resume in Doha')?.textContent).toBe('Talks resume in Doha');
  });

  it('takes the only <h1> of a page with no title, and none the title does not repeat', () => {
    expect(headlineElement(page('', '<h1>Port extends water rationing</h1>'), undefined)?.textContent).toBe('Port extends water rationing');
    expect(headlineElement(page('', '<h1>One</h1><h1>Two words</h1><h1>Three more words</h1>'), undefined)).toBeNull();
    expect(headlineElement(page('Weather warning issued for coast', '<h1>Coast Herald</h1>'), undefined)).toBeNull();
  });

  it('takes a page’s only <h1> of a headline’s length though its <title> gives a shorter headline for search', () => {
    const printed = '<h1>Hospital to end labor and delivery services, leaving county without a birthing unit</h1>';
    expect(headlineElement(page('Hospital to stop delivering babies in May | Health', printed), undefined)?.textContent).toMatch(/^Hospital to end labor/);
    // Not when the page's metadata states its title: what it states outranks what it prints.
    expect(headlineElement(page('Hospital to stop delivering babies in May | Health', printed), 'Hospital to stop delivering babies in May')).toBeNull();
  });

  it('finds the headline of a page with no <h1> by its text: the title or its longest part, not the masthead', () => {
    const doc = page('Cairo Evening Courier - Egypt quits US-backed alliance', '<table><tr><td><b>Cairo Evening Courier</b></td></tr><tr><td><font size="5"><b>Egypt quits US-backed alliance</b></font></td></tr></table>');
    expect(headlineElement(doc, undefined)?.textContent).toBe('Egypt quits US-backed alliance');
    expect(printedHead(page('Cairo Evening Courier - Egypt quits US-backed alliance', '<p><b>Cairo Evening Courier</b></p><p><b>Egypt quits US-backed alliance</b><br><i>By Tarek Mansour<br>Courier Staff Writer</i></p>' + PROSE), undefined)).toEqual({ title: 'Egypt quits US-backed alliance', outlet: 'Cairo Evening Courier', author: 'Tarek Mansour' });
    expect(headlineElement(page('Home - News', '<b>Home</b><b>News</b>'), undefined)).toBeNull();
  });
});

describe('printedHead', () => {
  it('reads the headline, and the byline and date printed under it, up to the first line of prose', () => {
    const doc = page('Court rules drivers are employees - The Ledger', `<div><span>Courts</span><h1>Court rules drivers are employees, not contractors</h1></div>
      <div class="meta">By Daniel Okonjo | <span class="date">May 3, 2024</span></div><div><button>Listen to this article</button></div>${PROSE}`);
    expect(printedHead(doc, undefined)).toEqual({ title: 'Court rules drivers are employees, not contractors', outlet: 'The Ledger', author: 'Daniel Okonjo', published: '2024-05-03' });
  });

  it('takes a date line of its own, but not an update’s, nor a date in a caption or in the body', () => {
    const h1 = '<h1>Port extends water rationing</h1>';
    expect(printedHead(page('', `${h1}<p>Updated 15 August 2024</p><p>14 August 2024</p>${PROSE}`), undefined)).toEqual({ title: 'Port extends water rationing', published: '2024-08-14' });
    expect(printedHead(page('', `${h1}<p>Published 14 August 2024 · Updated 15 August 2024</p>${PROSE}`), undefined)).toEqual({ title: 'Port extends water rationing', published: '2024-08-14' });
    expect(printedHead(page('', `${h1}<figure><figcaption>By Ann Lee, 2 May 2020</figcaption></figure>${PROSE}${PROSE}<p>By John Roe, 1 May 2020</p>`), undefined)).toEqual({ title: 'Port extends water rationing' });
  });

  it('reads past a standfirst that no class names, a line of prose right over the byline', () => {
    const deck = '<div>The $3.1 million project will push the intake into a deeper part of the channel.</div>';
    const head = '<div>By Ana Ruiz</div><div>Published 5:47 p.m. CT March 11, 2025 | Updated 9:15 a.m. CT March 12, 2025</div>';
    expect(printedHead(page('', `<h1>Port extends water rationing</h1>${deck}${head}${PROSE}`), undefined)).toEqual({ title: 'Port extends water rationing', author: 'Ana Ruiz', published: '2025-03-11' });
    // Not a line of prose with no byline under it, nor a second one: those are the body's.
    expect(printedHead(page('', `<h1>Port extends water rationing</h1>${deck}<p>14 August 2024</p>${PROSE}`), undefined)).toEqual({ title: 'Port extends water rationing' });
    expect(printedHead(page('', `<h1>Port extends water rationing</h1>${PROSE}${deck}${head}`), undefined)).toEqual({ title: 'Port extends water rationing' });
  });

  it('reads text set beside blocks in one element as lines of their own', () => {
    const doc = page('', '<div><h1>Port extends water rationing</h1>By Ana Ruiz<p>14 August 2024</p></div>');
    expect(printedHead(doc, undefined)).toEqual({ title: 'Port extends water rationing', author: 'Ana Ruiz', published: '2024-08-14' });
  });

  it('reads the lines a line break separates, inside inline markup too', () => {
    const doc = page('', '<td><h1>Port extends water rationing</h1><font><b>By Ana Ruiz</b><br>Staff Writer<br>Published: Saturday, March 7, 2009</font></td>');
    expect(printedHead(doc, undefined)).toEqual({ title: 'Port extends water rationing', author: 'Ana Ruiz', published: '2009-03-07' });
  });

  it('states nothing without a headline', () => {
    expect(printedHead(page('A title', `<p>By Ana Ruiz</p>${PROSE}`), undefined)).toEqual({});
  });
});

describe('titleOutlet', () => {
  it('reads the outlet a title sets beside the headline, after it or first, past a section name', () => {
    expect(titleOutlet('Talks resume in Doha | Gulf Post', 'Talks resume in Doha')).toBe('Gulf Post');
    expect(titleOutlet('Talks resume in Doha - World - The Gulf Post', 'Talks resume in Doha')).toBe('The Gulf Post');
    expect(titleOutlet('The Gulf Post — Talks resume in Doha', 'Talks resume in Doha')).toBe('The Gulf Post');
    expect(titleOutlet('Court rules drivers are employees – The Ledger', 'Court rules drivers are employees, not contractors')).toBe('The Ledger');
    expect(titleOutlet('“Talks resume,” envoy says|Gulf Post', '"Talks resume," envoy says')).toBe('Gulf Post');
    expect(titleOutlet('Prairie Sentinel-Gazette :: Local News :: Talks resume in Doha', 'Talks resume in Doha')).toBe('Prairie Sentinel-Gazette');
  });

  it('keeps a dash inside the headline and a hyphen inside a word', () => {
    expect(titleOutlet('Iran - US talks resume | Gulf Post', 'Iran - US talks resume')).toBe('Gulf Post');
    expect(titleOutlet('Egypt quits US-backed alliance', 'Egypt quits US-backed alliance')).toBeUndefined();
    expect(titleOutlet('Egypt quits US-led pact', 'Egypt')).toBeUndefined();
  });

  it('names no outlet from a section, a date, a page number, a sentence or a long phrase', () => {
    const h = 'Talks resume in Doha';
    for (const part of ['Opinion', 'Middle East', 'Official Website', 'Exclusive', 'Live updates', '14 August 2024', 'Page 2', 'Read more here.', 'What the talks mean for the region and beyond']) {
      expect(titleOutlet(`${h} | ${part}`, h), part).toBeUndefined();
    }
    expect(titleOutlet('Weather warning issued | Coast Herald', 'Talks resume in Doha')).toBeUndefined();
  });
});

describe('printedHead and the title', () => {
  it('states the outlet the document title names beside the printed headline', () => {
    const doc = page('Port extends water rationing | Harbour Times', `<h1>Port extends water rationing</h1>${PROSE}`);
    expect(printedHead(doc, undefined)).toEqual({ title: 'Port extends water rationing', outlet: 'Harbour Times' });
    expect(printedHead(page('Port extends water rationing | News', `<h1>Port extends water rationing</h1>${PROSE}`), undefined)).toEqual({ title: 'Port extends water rationing' });
  });
});

describe('printedStandfirst', () => {
  const HEAD = '<h1>Copper output hits record</h1>';
  const SUMMARY = 'Chile’s state miner says smelter upgrades lifted production for a third straight quarter.';

  it('finds the summary under the headline that the markup names, by its own class or its block’s', () => {
    expect(printedStandfirst(page('Copper output hits record', `<header>${HEAD}<p class="standfirst">${SUMMARY}</p></header>${PROSE}`), undefined)).toBe(SUMMARY);
    expect(printedStandfirst(page('Copper output hits record', `${HEAD}<div class="article__dek"><p>${SUMMARY}</p></div>${PROSE}`), undefined)).toBe(SUMMARY);
  });

  it('takes the first line under the headline, unnamed, when the byline follows it', () => {
    expect(printedStandfirst(page('Copper output hits record', `${HEAD}<h2>${SUMMARY}</h2><p>By Jane Doe</p>${PROSE}`), undefined)).toBe(SUMMARY);
    // Not a second line, nor one with no byline under it.
    expect(printedStandfirst(page('Copper output hits record', `${HEAD}<p>Mining</p><h2>${SUMMARY}</h2><p>By Jane Doe</p>${PROSE}`), undefined)).toBeNull();
  });

  it('takes no line the markup does not name, nor a named byline, label or one above the headline', () => {
    expect(printedStandfirst(page('Copper output hits record', `${HEAD}<p>${SUMMARY}</p>${PROSE}`), undefined)).toBeNull();
    expect(printedStandfirst(page('Copper output hits record', `${HEAD}<p class="summary">By Jane Doe and John Roe</p><p class="dek">Mining</p>${PROSE}`), undefined)).toBeNull();
    expect(printedStandfirst(page('Copper output hits record', `<p class="standfirst">${SUMMARY}</p>${HEAD}${PROSE}`), undefined)).toBeNull();
    expect(printedStandfirst(page('', `<p class="standfirst">${SUMMARY}</p>${PROSE}`), undefined)).toBeNull();
  });
});

describe('printedDateAbove', () => {
  it('reads the last short date line over the headline, as a newsletter dates its issue', () => {
    const doc = page('', '<td>NEWS FOR PORT TOWNSEND<br>Thursday, March 13, 2025 · Issue No. 212</td><p>Good morning.</p><h1>Shipyard to lay off 60 workers</h1><p>Wednesday, March 12, 2025</p>');
    expect(printedDateAbove(doc, doc.querySelector('h1') as Element)).toBe('2025-03-13');
    // Not an update's stamp, nor a date under the headline.
    const updated = page('', '<p>Updated March 14, 2025</p><h1>Shipyard to lay off 60 workers</h1><p>March 12, 2025</p>');
    expect(printedDateAbove(updated, updated.querySelector('h1') as Element)).toBeNull();
  });
});

describe('pageStamps: the first-published date', () => {
  const stamps = (body: string) => pageStamps(parseHtmlDocument(`<!doctype html><html><body>${body}</body></html>`));
  it('reads it from a stamp, or from a record’s field labelled on a line of its own', () => {
    expect(stamps('<p>First uploaded on: 07-07-2025 at 21:05 IST</p>').firstPublished).toBe('2025-07-07');
    expect(stamps('<div><div>Publication date</div><div>Feb 12, 2025</div></div><div><div>Last updated</div><div>2025-02-13</div></div>').firstPublished).toBe('2025-02-12');
    expect(stamps('<div><div>Last updated</div><div>2025-02-13</div></div>').firstPublished).toBeNull();
  });
});

describe('printedHead: a byline set as a field', () => {
  it('reads the name under its label, past a standfirst over it', () => {
    const doc = parseHtmlDocument('<!doctype html><html><head><title>Cool roofs cut bills</title></head><body><h1>Cool roofs cut bills</h1><p>A two-year trial found that lighter roofs kept ceiling spaces much cooler and cut air-conditioning.</p><div><div>Story by</div><div><a href="/team">Imogen Whitlock</a></div></div><time>4 March 2025</time><p>Painting roofs white could cut the bills of households by a fifth, a trial found.</p></body></html>');
    expect(printedHead(doc, 'Cool roofs cut bills')).toMatchObject({ author: 'Imogen Whitlock', published: '2025-03-04' });
  });
});
