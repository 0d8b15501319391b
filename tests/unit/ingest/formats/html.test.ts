import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseHtml } from '../../../../src/lib/ingest/formats/html.ts';
import { IngestError } from '../../../../src/lib/ingest/errors.ts';
import { normaliseText } from '../../../../src/lib/ingest/decode.ts';
import { fullText, textBlocks, type ArticleFileData } from '../../../../src/lib/ingest/tree.ts';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} says that officials from six Gulf states met in Riyadh on Sunday to discuss a joint air-defence network, according to three people briefed on the talks.</p>`).join('\n');
const parse = (html: string) => {
  const file = new VFile({ path: 'a.html', data: { format: 'html', meta: {} } satisfies ArticleFileData });
  const tree = parseHtml(html, file);
  return { tree, meta: (file.data as unknown as ArticleFileData).meta, texts: textBlocks(tree).map(fullText), messages: file.messages.map((m) => m.reason) };
};

describe('saved web page format', () => {
  it('reads a converted PDF page by what it prints: its metadata names the file, the account that made it and when', () => {
    const pdf = readFileSync(new URL('../../../fixtures/positioned-lines/ferry-three-columns.html', import.meta.url), 'utf8').replace('</head>', '<meta name="author" content="prepress2"/></head>');
    // As the file is decoded (decode.ts), its ligatures spelt out.
    const { meta, texts } = parse(normaliseText(pdf));
    expect(meta).toMatchObject({ title: 'Ferry operator fined over late sailings on Ardrossan route', author: 'Morag Tennant', published: '2025-10-13' });
    expect(texts.filter((t) => t.length > 120)).toHaveLength(9);
    expect(texts.join(' ')).not.toMatch(/Kayakers|Saltcoats library/);
  });

  it('leaves out what the page keeps out of print, a wiki’s edit links and its notices, which extraction would keep nameless', () => {
    const { texts } = parse(
      `<html><head><title>Wool store fire</title></head><body><h1>Wool store fire</h1><div id="contentSub"><div class="flaggedrevs_short noprint">This is the latest reviewed version, checked on <i>10 April 2025</i>.</div></div><div class="mw-parser-output"><div class="sister-project noprint"><span>Wikipedia has more about this subject: Timaru</span></div>${prose(3)}<h2><span class="mw-headline">Heritage concerns</span><span class="mw-editsection">[<a href="?action=edit">edit</a>]</span></h2>${prose(2)}<div class="archived-notice"><b>This article has been archived.</b> It describes events as they were known then.</div></div></body></html>`,
    );
    expect(texts).toHaveLength(6);
    expect(texts).toContain('Heritage concerns');
    expect(texts.join(' ')).not.toMatch(/reviewed version|Wikipedia has more|edit\]|archived/);
  });

  it('extracts the main content and leaves navigation and footer out', () => {
    const { texts } = parse(`<html><head><title>Talks</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Talks</h1>${prose(5)}</article><footer><p>About us · Privacy policy · Contact</p></footer></body></html>`);
    expect(texts).toHaveLength(5);
    expect(texts.join(' ')).not.toMatch(/Home|Privacy/);
  });

  it('takes no headline from a word processor’s document title, which names the file or its template', () => {
    const head = '<title>News Release Template</title><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">';
    const body = `<body><p class=MsoNormal>Water notice lifted for 38,000 customers</p>${prose(4)}</body>`;
    expect(parse(`<html><head>${head}</head>${body}</html>`).meta.title).toBeUndefined();
    // Any other page's own title stands when nothing better is stated.
    expect(parse(`<html><head><title>Water notice lifted</title></head>${body}</html>`).meta.title).toBe('Water notice lifted');
  });

  it('takes the headline the page prints when its metadata writes the same words otherwise, and keeps the stated one that differs', () => {
    const page = (stated: string) =>
      `<html><head><meta property="og:title" content="${stated}"></head><body><article><h1>Council approves $63.8 million contract for harbour floodwall and tide gates</h1>${prose(4)}</article></body></html>`;
    expect(parse(page('Council approves $63.8M contract for harbour floodwall, tide gates')).meta.title).toBe('Council approves $63.8 million contract for harbour floodwall and tide gates');
    expect(parse(page('Floodwall contract approved')).meta.title).toBe('Floodwall contract approved');
  });

  it('keeps only text: scripts, styles, frames, event handlers and link targets never survive', () => {
    const page = `<html><body><article>${prose(3)}<p onclick="window.x=1">Click <a href="javascript:alert(1)">here</a><script>alert(2)</script><style>p{}</style><iframe src="x">frame text</iframe> now.</p>${prose(2)}</article></body></html>`;
    const { tree, texts } = parse(page);
    expect(texts).toContain('Click here now.');
    expect(JSON.stringify(tree)).not.toMatch(/alert|javascript|onclick|frame text|p\{\}/);
  });

  it('sets a definition list of short labelled values aside as a box, and keeps one with long descriptions as text', () => {
    const box = '<dl><dt>Claim:</dt><dd>A video shows a seawall collapsing.</dd><dt>Rating:</dt><dd>FALSE</dd></dl>';
    const { tree } = parse(`<html><body><article>${box}${prose(4)}</article></body></html>`);
    const blocks = textBlocks(tree);
    expect(blocks.filter((b) => b.data?.boilerplate === 'other').map(fullText)).toEqual(['Claim: A video shows a seawall collapsing.', 'Rating: FALSE']);
    const long = `<dl><dt>Liquefaction</dt><dd>${'Soil that loses its strength when shaken, as reclaimed land can in an earthquake, because water fills the gaps between its grains and pushes them apart. '.repeat(2)}</dd></dl>`;
    const kept = textBlocks(parse(`<html><body><article>${prose(3)}${long}${prose(2)}</article></body></html>`).tree);
    expect(kept.some((b) => fullText(b).startsWith('Liquefaction Soil that loses') && !b.data?.boilerplate)).toBe(true);
  });

  it('keeps headings and block quotes as structure', () => {
    const { tree } = parse(`<html><body><article>${prose(3)}<h2>Background</h2><blockquote><p>We will not accept this.</p></blockquote>${prose(2)}</article></body></html>`);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'heading', 'blockquote', 'paragraph', 'paragraph']);
  });

  it('falls back to what Readability reads for fields the metadata does not state', () => {
    const { meta } = parse(`<html><head><title>Gulf talks resume</title></head><body><article><p class="byline">By Jane Doe</p>${prose(4)}</article></body></html>`);
    expect(meta.title).toBe('Gulf talks resume');
    expect(meta.author).toBe('Jane Doe');
  });

  it('keeps a standfirst that extraction drops, above the body and marked as a standfirst; one it keeps stays once', () => {
    const summary = 'Chile’s state miner says smelter upgrades lifted production for a third straight quarter.';
    const outside = parse(`<html><head><title>Copper output hits record</title></head><body><header><h1>Copper output hits record</h1><p class="standfirst">${summary}</p></header><div class="article-body">${prose(5)}</div></body></html>`);
    expect(outside.texts).toEqual([summary, ...outside.texts.slice(1)]);
    expect(outside.tree.children[0]?.data).toEqual({ boilerplate: 'standfirst' });
    const inside = parse(`<html><head><title>Copper output hits record</title></head><body><article><h1>Copper output hits record</h1><h2 class="dek">${summary}</h2>${prose(5)}</article></body></html>`);
    expect(inside.texts.filter((t) => t === summary)).toHaveLength(1);
  });

  it('marks a named standfirst that extraction keeps in the body where it stands, and no unnamed first paragraph', () => {
    const summary = 'Chile’s state miner says smelter upgrades lifted production for a third straight quarter.';
    const page = (attrs: string) => `<html><head><title>Copper output hits record</title></head><body><article><h1>Copper output hits record</h1><p${attrs}>${summary}</p>${prose(5)}</article></body></html>`;
    for (const name of ['standfirst', 'article-standfirst', 'c-dek', 'deck', 'story-summary', 'entry-intro']) {
      const { tree, texts } = parse(page(` class="${name}"`));
      const block = textBlocks(tree).find((b) => fullText(b) === summary);
      expect(block?.data, name).toEqual({ boilerplate: 'standfirst' });
      expect(texts.filter((t) => t === summary), name).toHaveLength(1);
    }
    for (const attrs of ['', ' class="lead-text"', ' class="introduction-paragraph"']) {
      const block = textBlocks(parse(page(attrs)).tree).find((b) => fullText(b) === summary);
      expect(block?.data?.boilerplate, attrs).toBeUndefined();
    }
  });

  it('says when the date printed under the headline differs from the stated one, and uses the stated one', () => {
    const page = (printed: string) => `<html><head><meta property="article:published_time" content="2024-05-03T08:00:00Z"></head><body><article><h1>Gulf states agree on air defence</h1><p>${printed}</p>${prose(4)}</article></body></html>`;
    const differing = parse(page('May 5, 2024'));
    expect(differing.meta.published).toBe('2024-05-03');
    expect(differing.messages).toEqual(['the page states its date as 2024-05-03 in its metadata but prints 2024-05-05 under its headline; 2024-05-03 is used']);
    const agreeing = parse(page('3 May 2024'));
    expect(agreeing.meta.published).toBe('2024-05-03');
    expect(agreeing.messages).toEqual([]);
  });

  it('dates a web archive’s capture by the date its page prints, never by the capture time in the archive’s tags', () => {
    const head = '<link rel="canonical" href="https://archive.ph/Q7xWm"><meta property="article:published_time" content="2025-03-12T14:22:07Z">';
    const printed = parse(`<html><head>${head}</head><body><article><h1>Davenport to move its water intake</h1><p>Published March 11, 2025</p>${prose(4)}</article></body></html>`);
    expect(printed.meta.published).toBe('2025-03-11');
    const none = parse(`<html><head>${head}</head><body><article><h1>Davenport to move its water intake</h1>${prose(4)}</article></body></html>`);
    expect(none.meta.published).toBeUndefined();
    // The same tag on the outlet's own page is its date.
    const own = parse(`<html><head><meta property="article:published_time" content="2025-03-12T14:22:07Z"></head><body><article><h1>Davenport to move its water intake</h1>${prose(4)}</article></body></html>`);
    expect(own.meta.published).toBe('2025-03-12');
  });

  it('takes an e-mail’s web view for what it is: its subject line is not the headline, its issue date is the date', () => {
    const mail = (title: string) => `<html><head><title>${title}</title><meta property="og:title" content="${title}"></head><body><p>View this email in your browser</p><table><tr><td>Thursday, March 13, 2025 · Issue No. 212</td></tr></table><div><p>Good morning. Here's what you need to know today.</p><h1>Shipyard to lay off 60 after losing state ferry contract</h1>${prose(5)}</div><p>You are receiving this email because you signed up.</p><p>Unsubscribe</p></body></html>`;
    const issue = parse(mail('The Dispatch, Thursday: Shipyard to cut 60 jobs'));
    expect(issue.meta.title).toBe('Shipyard to lay off 60 after losing state ferry contract');
    expect(issue.meta.published).toBe('2025-03-13');
    // A subject line that a headline on the page repeats is the headline's title, as on any page.
    const same = parse(mail('Shipyard to lay off 60 after losing state ferry contract'));
    expect(same.meta.title).toBe('Shipyard to lay off 60 after losing state ferry contract');
    // A page that is no e-mail keeps its stated title.
    const web = parse(mail('The Dispatch, Thursday: Shipyard to cut 60 jobs').replace(/You are receiving[^<]*|Unsubscribe/g, ''));
    expect(web.meta.title).toBe('The Dispatch, Thursday: Shipyard to cut 60 jobs');
  });

  it('keeps a deck printed as an <h2> over the byline as the standfirst, not as a crosshead', () => {
    const { tree } = parse(`<html><head><title>Flood barrier delayed to 2028</title></head><body><div><h1>Flood barrier delayed to 2028</h1><h2>Contractor blames steel prices and a culvert missing from every map</h2><p>By Gareth Hollins</p>${prose(5)}</div></body></html>`);
    const deck = textBlocks(tree).find((b) => fullText(b).startsWith('Contractor'));
    expect(deck?.type).toBe('paragraph');
    expect(deck?.data).toEqual({ boilerplate: 'standfirst' });
  });

  it('reads a story quoted whole in a post as the article, its head from the quotation, not from the post’s page', () => {
    const quote = `<blockquote><p><strong>Hobart ferry operator to cut weekend Bellerive sailings</strong></p><p><em>Lachlan Pryor | The Derwent Examiner | Friday, 13 June 2025, 5:30am</em></p>${prose(6)}</blockquote>`;
    const page = `<html><head><title>Weekend ferry is gone from July. Great work everyone.</title><meta property="og:title" content="Weekend ferry is gone from July. Great work everyone."><meta name="author" content="quiet_quoll_42"><meta property="article:published_time" content="2025-06-12T21:05:11Z"></head><body><div class="post"><p>Paywalled, so here's the full text for anyone who can't get past it.</p>${quote}<p>Source: derwentexaminer.com.au (paywalled).</p></div></body></html>`;
    const { meta, texts } = parse(page);
    expect(texts.join(' ')).not.toMatch(/Paywalled|Source:/);
    expect(texts[0]).toBe('Hobart ferry operator to cut weekend Bellerive sailings');
    expect(meta).not.toHaveProperty('title');
    expect(meta).not.toHaveProperty('author');
    expect(meta).not.toHaveProperty('published');
  });

  it('takes the headline the <title> and <h1> agree on over a metadata title the page prints nowhere (a translation proxy’s, a rewrite for search engines)', () => {
    const page = (og: string) => `<html><head><title>Bus fare in Curitiba rises to R$6.50 from Monday - Correio</title><meta property="og:title" content="${og}"></head><body><article><h1>Bus fare in Curitiba rises to R$6.50 from Monday</h1>${prose(5)}</article></body></html>`;
    expect(parse(page('Tarifa de ônibus em Curitiba sobe para R$ 6,50 a partir de segunda')).meta.title).toBe('Bus fare in Curitiba rises to R$6.50 from Monday');
    expect(parse(page('Curitiba bus fare news: R$6.50 from Monday, council says')).meta.title).toBe('Bus fare in Curitiba rises to R$6.50 from Monday');
    // A metadata title the page prints stands, as the page states it; so does one where <title> and <h1> disagree.
    expect(parse(page('Bus fare in Curitiba rises to R$6.50 from Monday')).meta.title).toBe('Bus fare in Curitiba rises to R$6.50 from Monday');
    const disagreeing = `<html><head><title>Correio - Home</title><meta property="og:title" content="Curitiba bus fare rises from Monday"></head><body><article><h1>Bus fare in Curitiba rises to R$6.50 from Monday</h1>${prose(5)}</article></body></html>`;
    expect(parse(disagreeing).meta.title).toBe('Curitiba bus fare rises from Monday');
  });

  it('takes the printed byline’s writer over a metadata author the page prints as the story’s editor', () => {
    const page = (edited: string) =>
      `<html><head><title>Parking plan dropped | Mercury</title><meta name="author" content="Suresh Hegde"></head><body><article><h1>Parking plan dropped</h1><div>Written by Kavya Ramaswamy</div><div>${edited}</div>${prose(5)}</article></body></html>`;
    expect(parse(page('Edited by Suresh Hegde')).meta.author).toBe('Kavya Ramaswamy');
    expect(parse(page('Photos by Suresh Hegde')).meta.author).toBe('Suresh Hegde');
  });

  it('dates the story by a line saying when it first appeared, over a metadata date, and says both', () => {
    const page = (stamp: string) =>
      `<html><head><title>Parking plan dropped</title><meta property="article:published_time" content="2025-07-08T10:41:00+05:30"></head><body><article><h1>Parking plan dropped</h1>${prose(5)}<div>${stamp}</div></article></body></html>`;
    const first = parse(page('First uploaded on: 07-07-2025 at 21:05 IST'));
    expect(first.meta.published).toBe('2025-07-07');
    expect(first.messages.join(' ')).toMatch(/2025-07-08 in its metadata but prints that it first appeared on 2025-07-07/);
    expect(parse(page('Last updated on: 08-07-2025 at 10:41 IST')).meta.published).toBe('2025-07-08');
  });

  it('takes no headline from a title that only names the site or the writer (a channel’s page)', () => {
    const { meta } = parse(`<html><head><meta property="og:title" content="Steppe Wire"><meta name="author" content="Steppe Wire"></head><body><article>${prose(5)}</article></body></html>`);
    expect(meta.title).toBeUndefined();
  });

  it('refuses a page with no main content', () => {
    expect(() => parse('<html><head><title>Empty</title><script>var a = 1;</script></head><body><nav></nav></body></html>')).toThrow(IngestError);
    expect(() => parse('<html><head><title>Empty</title></head><body><nav></nav></body></html>')).toThrow(/no main content/);
  });

  it('marks a figure caption as a caption by its markup', () => {
    const { tree } = parse(`<html><body><article>${prose(3)}<figure><img src="x.jpg" alt="x"><figcaption>Gates rising at dusk. <b>Staff</b></figcaption></figure>${prose(2)}</article></body></html>`);
    const caption = textBlocks(tree).find((b) => fullText(b).startsWith('Gates'));
    expect(caption?.data).toEqual({ boilerplate: 'caption' });
  });
});
