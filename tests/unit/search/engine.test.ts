// Search over the real corpus, in Node: the same functions the browser runs, over the index round-tripped through
// JSON as the browser receives it.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/corpus/load.ts';
import { loadGlossary } from '../../../src/lib/corpus/glossary.ts';
import { sortArticles } from '../../../src/lib/corpus/sort.ts';
import { buildSearchIndex, type SearchIndex } from '../../../src/lib/search/build-index.ts';
import { memorySource, PHRASE_BATCH, PHRASE_CHECK_LIMIT, PHRASE_READ_MORE, plan, search, type IndexSource, type SearchResult } from '../../../src/lib/search/engine.ts';
import type { SearchDocument } from '../../../src/lib/search/data.ts';
import { shardOf } from '../../../src/lib/search/shards.ts';
import { textKeys } from '../../../src/lib/text/keys.ts';
import type { SnippetSegment } from '../../../src/lib/text/snippet.ts';
import { article } from '../present/make.ts';
import { paragraphNumbers } from '../../../src/lib/corpus/numbering.ts';
import { markedFirstHits, sourceOf } from './small-index.ts';

const corpus = sortArticles(loadCorpus());
const glossary = loadGlossary();
const roundTrip = (index: SearchIndex): SearchIndex => JSON.parse(JSON.stringify(index)) as SearchIndex;
const index = roundTrip(buildSearchIndex(corpus, glossary));
const source = memorySource(index);
const prefixOf = (id: string) => (corpus.find((a) => a.id === id)?.source_file ?? '').slice(0, 3);
const find = (q: string, from: IndexSource = source) => search(from, q, { groups: 50, hits: 100 });
const prefixes = async (q: string) => (await find(q)).groups.map((g) => prefixOf(g.article.id));
/** Every hit as "<file prefix> ¶<n>", with a star where all parts of the query meet. */
const hitsOf = (r: SearchResult) => r.groups.flatMap((g) => g.hits.map((h) => `${prefixOf(g.article.id)} ¶${h.paragraph}${h.meets ? '*' : ''}`));

/** True when a mark starts and ends at word boundaries: no letter or digit touches it in the segments around it. */
function wholeWords(segments: readonly SnippetSegment[]): boolean {
  return segments.every((s, i) => {
    if (!s.mark) return true;
    const before = segments[i - 1]?.text.at(-1) ?? ' ';
    const after = segments[i + 1]?.text[0] ?? ' ';
    return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after) && /^[\p{L}\p{N}]/u.test(s.text) && /[\p{L}\p{N}.]$/u.test(s.text);
  });
}
const marked = (r: SearchResult) => r.groups.flatMap((g) => g.hits.flatMap((h) => h.segments.filter((s) => s.mark).map((s) => s.text)));

describe('search: several words', () => {
  it('MESA Egypt: every word must match, MESA by any alias; 002 ¶1, where they meet, comes first', async () => {
    const r = await find('MESA Egypt');
    expect(hitsOf(r)[0]).toBe('002 ¶1*');
    const meeting = hitsOf(r).filter((h) => h.endsWith('*'));
    expect(meeting).toContain('002 ¶1*');
    // 000 ¶1 and 001 ¶1 say "Egypt" but no name of MESA: never a paragraph where the query meets.
    expect(meeting).not.toContain('000 ¶1*');
    expect(meeting).not.toContain('001 ¶1*');
    expect(r.parts.map((p) => p.kind)).toEqual(['term', 'word']);
  });

  it('every hit holds at least one part of the query, and each listed article holds all of them', async () => {
    const r = await find('MESA Egypt');
    for (const g of r.groups) {
      const text = g.hits.flatMap((h) => h.segments.filter((s) => s.mark).map((s) => s.text.toLowerCase()));
      expect(text.some((t) => t === 'egypt'), g.article.id).toBe(true);
      expect(text.some((t) => ['mesa', 'arab nato', 'middle east strategic alliance', 'middle east security alliance'].includes(t.replace(/\s+/g, ' '))), g.article.id).toBe(true);
      for (const h of g.hits) expect(h.segments.some((s) => s.mark)).toBe(true);
    }
  });

  it('articles where the words meet rank above articles where they are apart', async () => {
    const r = await find('MESA Egypt');
    const meets = r.groups.map((g) => g.hits.some((h) => h.meets));
    expect(meets).toEqual([...meets].sort((a, b) => Number(b) - Number(a)));
    expect(meets[0]).toBe(true);
    expect(meets.at(-1)).toBe(false);
  });

  it('marks whole words and whole aliases, never fragments ("Iran Egypt", "MESA Egypt", "allian")', async () => {
    for (const q of ['Iran Egypt', 'MESA Egypt', 'allian', 'Pompoe']) {
      const r = await find(q);
      expect(r.groups.length, q).toBeGreaterThan(0);
      for (const g of r.groups) for (const h of g.hits) expect(wholeWords(h.segments), `${q}: ${JSON.stringify(h.segments)}`).toBe(true);
    }
    expect(marked(await find('Iran Egypt'))).not.toContain('n an');
    expect(marked(await find('MESA Egypt'))).toEqual(expect.arrayContaining(['Middle East Strategic Alliance', 'MESA', 'Egypt']));
  });

  it('a word matching nothing leaves nothing: AND, not OR', async () => {
    expect((await find('MESA Zanzibarx')).groups).toEqual([]);
    expect((await find('Khashoggi MESA')).groups).toEqual([]);
  });
});

describe('search: paragraph numbers', () => {
  it('are the article page’s: crossheads take no number, so a hit after one is not counted past its paragraph', async () => {
    const withHeadings = corpus.filter((a) => a.headings.length > 0);
    expect(withHeadings.length).toBeGreaterThan(0);
    let checked = 0;
    for (const q of ['Khashoggi', 'militias', 'Israel', 'Iran']) {
      for (const g of (await find(q)).groups) {
        const entry = corpus.find((a) => a.id === g.article.id);
        if (!entry) throw new Error(`no entry ${g.article.id}`);
        const numbers = paragraphNumbers(entry);
        for (const h of g.hits.filter((h) => h.paragraph > 0)) {
          // The page's paragraph with that number, or a crosshead heading it (which carries its number), holds the text.
          const snippet = h.segments.map((s) => s.text).join('').replace(/^…|…$/g, '').trim();
          const numbered = entry.paragraphs.filter((_, i) => numbers[i] === h.paragraph);
          expect(numbered.some((text) => text.includes(snippet.slice(0, 30)))).toBe(true);
          if (withHeadings.includes(entry)) checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('search: what people type', () => {
  it('finds articles by author and outlet: Mousavian, Tasnim', async () => {
    expect(await prefixes('Mousavian')).toEqual(['002']);
    expect(await prefixes('Tasnim')).toEqual(['001']);
    const r = await find('Tasnim');
    expect(r.groups[0]?.hits[0]?.paragraph).toBe(0);
  });

  it('defense and defence find the same paragraphs', async () => {
    expect(hitsOf(await find('defense'))).toEqual(hitsOf(await find('defence')));
    expect(hitsOf(await find('defense')).length).toBeGreaterThan(5);
  });

  it('US and U.S. find the same paragraphs', async () => {
    const us = hitsOf(await find('US'));
    expect(us.length).toBeGreaterThan(0);
    expect(hitsOf(await find('U.S.'))).toEqual(us);
  });

  it('keys query and text with the shared word rules (text/keys.ts)', async () => {
    const r = await find('Iranians');
    expect(marked(r)).toEqual(expect.arrayContaining(['Iran']));
    expect(textKeys('Iranians')[0]?.key).toBe(textKeys('Iran')[0]?.key);
  });

  it('a glossary term typed in lower case or by another alias finds every alias', async () => {
    expect((await prefixes('mesa')).sort()).toEqual(['000', '001', '002', '003']);
    expect((await prefixes('arab nato')).sort()).toEqual(['000', '001', '002', '003']);
  });
});

describe('search: terms, typos, phrases', () => {
  it('MESA finds every alias in 000–003 and nothing in 004', async () => {
    expect((await prefixes('MESA')).sort()).toEqual(['000', '001', '002', '003']);
  });

  it('JCPOA ranks the exact mention first and finds articles that only say "2015 deal" or "nuclear deal"', async () => {
    const r = await find('JCPOA');
    expect(await prefixes('JCPOA')).toEqual(expect.arrayContaining(['000', '002', '003', '004']));
    expect(prefixOf(r.groups[0]?.article.id ?? '')).toBe('000');
    expect(r.groups[0]?.hits[0]?.via).toBeNull();
    expect(r.groups.slice(1).map((g) => g.hits[0]?.via)).toEqual(expect.arrayContaining(['2015 deal', 'Iran nuclear deal']));
  });

  it('forgives a typo and says so: Pompoe finds Pompeo in 002, labelled approximate', async () => {
    const r = await find('Pompoe');
    expect(r.groups.map((g) => prefixOf(g.article.id))).toEqual(['002']);
    const hit = r.groups[0]?.hits[0];
    expect(hit?.segments.find((s) => s.mark)?.text).toBe('Pompeo');
    expect(hit?.approximate).toEqual([{ typed: 'Pompoe', found: 'Pompeo' }]);
    expect(r.parts[0]?.approximate).toEqual([textKeys('Pompeo')[0]?.key]);
  });

  it('an exact match is never labelled approximate', async () => {
    const r = await find('Pompeo');
    expect(r.groups.flatMap((g) => g.hits.flatMap((h) => h.approximate))).toEqual([]);
    expect(r.parts[0]?.approximate).toEqual([]);
  });

  it('matches quoted phrases with their words in a row', async () => {
    expect(await prefixes('"Iran nuclear deal"')).toEqual(['002']);
    expect(await prefixes('"nuclear deal Iran"')).toEqual([]);
  });

  it('matches a quoted name as written, not by its other names: "United States" is not "US", "Saudi Arabia" not "Saudi"', async () => {
    for (const quoted of ['United States', 'Saudi Arabia']) {
      const r = await find(`"${quoted}"`);
      const marked = r.groups.flatMap((g) => g.hits.flatMap((h) => h.segments.filter((s) => s.mark).map((s) => s.text.toLowerCase())));
      expect(marked.length, quoted).toBeGreaterThan(0);
      expect(new Set(marked), quoted).toEqual(new Set([quoted.toLowerCase()]));
      expect(r.hitCount, quoted).toBeLessThan((await find(quoted)).hitCount);
    }
  });

  it('numbers each hit by its paragraph (1-based), the paragraph holding the match', async () => {
    const group = (await find('Pompeo')).groups[0];
    const hit = group?.hits[0];
    const paragraphs = corpus.find((a) => a.id === group?.article.id)?.paragraphs ?? [];
    expect(paragraphs[(hit?.paragraph ?? 0) - 1]).toContain('Pompeo');
  });

  it('treats markup in a query as text', async () => {
    expect((await find('<img src=x onerror=alert(1)>')).groups).toEqual([]);
  });

  it('lists the words an article page should mark for each group', async () => {
    const r = await find('MESA');
    expect(r.groups.every((g) => g.marks.length > 0)).toBe(true);
    expect(r.groups.flatMap((g) => g.marks)).toEqual(expect.arrayContaining(['Arab NATO']));
  });
});

describe('search: shards', () => {
  // Tiny shards, so the seeds' words spread over many files and routing is exercised.
  const small = roundTrip(buildSearchIndex(corpus, glossary, { shardBytes: 400 }));
  const fetched: string[] = [];
  const counting: IndexSource = {
    ...memorySource(small),
    shard: async (n) => {
      fetched.push(`shard ${n}`);
      return small.shards[n] as (typeof small.shards)[number];
    },
    document: async (a) => {
      fetched.push(`doc ${a}`);
      return small.documents[a] as SearchDocument;
    },
  };

  it('splits the seeds into many shards', () => {
    expect(small.shards.length).toBeGreaterThan(20);
  });

  it('fetches only the shards the query words route to, including two words in different shards', async () => {
    const [egypt, pompeo] = [textKeys('Egypt')[0]?.key as string, textKeys('Pompeo')[0]?.key as string];
    const shards = [shardOf(small.manifest.boundaries, egypt), shardOf(small.manifest.boundaries, pompeo)];
    expect(shards[0]).not.toBe(shards[1]);
    fetched.length = 0;
    const r = await search(counting, 'Egypt Pompeo ');
    expect(fetched.filter((f) => f.startsWith('shard')).sort()).toEqual(shards.map((s) => `shard ${s}`).sort());
    expect(r.groups.map((g) => prefixOf(g.article.id))).toEqual(['002']);
    expect(r.groups[0]?.hits[0]?.meets).toBe(true);
  });

  it('gives the same results as one shard', async () => {
    for (const q of ['MESA Egypt', 'JCPOA', 'Pompoe', '"nuclear deal"', 'defence', 'Tasnim', 'allian']) {
      expect(hitsOf(await search(counting, q, { groups: 50, hits: 100 })), q).toEqual(hitsOf(await find(q)));
    }
  });

  it('finds a word whose first letters are mistyped through the typo shards, and says it is approximate', async () => {
    const [typo, right] = [textKeys('Kompeo')[0]?.key as string, textKeys('Pompeo')[0]?.key as string];
    expect(shardOf(small.manifest.boundaries, typo)).not.toBe(shardOf(small.manifest.boundaries, right));
    for (const q of ['Kompeo', 'Ompeo', 'Opmpeo']) {
      const r = await search(counting, q);
      expect(r.groups.map((g) => prefixOf(g.article.id)), q).toEqual(['002']);
      expect(r.groups[0]?.hits[0]?.approximate, q).toEqual([{ typed: q, found: 'Pompeo' }]);
    }
  });

  it('reads only the documents of the articles it shows', async () => {
    fetched.length = 0;
    await search(counting, 'Iran', { groups: 2 });
    expect(fetched.filter((f) => f.startsWith('doc'))).toHaveLength(2);
  });
});

describe('search: phrases in a large corpus', () => {
  // 72 articles hold both words apart; two of them (the first) also hold them in a row.
  const many = Array.from({ length: 72 }, (_, i) =>
    article(`a${String(i).padStart(2, '0')}`, { paragraphs: [i < 2 ? 'The nuclear deal was signed.' : 'A deal on trade; nuclear plants elsewhere.'] }),
  );
  const built = roundTrip(buildSearchIndex(many, []));
  let read = 0;
  const counting: IndexSource = { ...memorySource(built), document: async (a) => (read++, built.documents[a] as SearchDocument) };

  it('reads candidates in batches, confirms the phrase in the text, and says how many it left unread', async () => {
    read = 0;
    const r = await search(counting, '"nuclear deal"', { groups: 10 });
    expect(r.groups.map((g) => g.article.id)).toEqual(['a00', 'a01']);
    expect(r.unchecked).toBe(72 - PHRASE_CHECK_LIMIT);
    expect(read).toBeLessThanOrEqual(PHRASE_CHECK_LIMIT + 2);
  });

  it('stops reading once a page of articles is confirmed', async () => {
    const common = roundTrip(buildSearchIndex(Array.from({ length: 40 }, (_, i) => article(`b${i}`, { paragraphs: ['The nuclear deal.'] })), []));
    let n = 0;
    const source: IndexSource = { ...memorySource(common), document: async (a) => (n++, common.documents[a] as SearchDocument) };
    const r = await search(source, '"nuclear deal"', { groups: 10 });
    expect(r.unchecked).toBe(40 - PHRASE_BATCH);
    expect(n).toBeLessThanOrEqual(PHRASE_BATCH * 2);
    // Asked to read further, it reads that many whatever it has confirmed: here every candidate, all confirmed.
    const further = await plan(source, '"nuclear deal"', undefined, PHRASE_CHECK_LIMIT + PHRASE_READ_MORE);
    expect(further.unchecked).toBe(0);
    expect(further.ranked).toHaveLength(40);
  });

  it('reads as many candidates as asked, and counts only those it confirmed', async () => {
    read = 0;
    const some = await plan(counting, '"nuclear deal"', undefined, 50);
    expect(some.unchecked).toBe(72 - 50);
    expect(read).toBe(50);
    const all = await plan(counting, '"nuclear deal"', undefined, PHRASE_CHECK_LIMIT + PHRASE_READ_MORE);
    expect(all.unchecked).toBe(0);
    expect(all.ranked.map((g) => g.article)).toHaveLength(2);
  });
});

describe('search and figures', () => {
  const docs = [
    article('f0', { paragraphs: ['Output rose to 84,300 tonnes at 6 a.m. on Monday.'] }),
    article('f1', { paragraphs: ['A team of 6 met in the morning; Plan A was set for M.'] }),
    article('f2', { paragraphs: ['Prices rose 4.5 percent, not 45.'] }),
    article('f3', { paragraphs: ['The strike began at 6am.'] }),
  ];
  const found = (q: string) => markedFirstHits(sourceOf(docs), q);

  it('finds a figure typed with or without its thousands separator, and marks the whole figure', async () => {
    expect(await found('84300 ')).toEqual([['f0', ['84,300']]]);
    expect(await found('84,300 ')).toEqual([['f0', ['84,300']]]);
  });

  it('reads "a.m." as one word, so it never matches the letters a and m', async () => {
    expect(await found('6 a.m. ')).toEqual([['f0', ['6', 'a.m.']], ['f3', ['6am']]]);
    expect(await found('6am ')).toEqual([['f0', ['6', 'a.m.']], ['f3', ['6am']]]);
  });

  it('keeps a decimal apart from the digits it is written with', async () => {
    expect(await found('4.5 ')).toEqual([['f2', ['4.5']]]);
    expect((await found('45 ')).map(([id]) => id)).toEqual(['f2']);
    expect((await found('45 '))[0]?.[1]).toEqual(['45']);
  });
});

describe('search and scales', () => {
  const docs = [
    article('s0', { paragraphs: ['The plant will cost 1.4 billion euros.', 'Work starts in May.'] }),
    article('s1', { paragraphs: ['A €1.4bn plant was approved.'] }),
    article('s2', { paragraphs: ['It employs 1.4 thousand staff; a billion was spent elsewhere.'] }),
    article('s3', { paragraphs: ['The $600m loan and a 600m race.'] }),
  ];
  const found = (q: string) => markedFirstHits(sourceOf(docs), q);

  it('finds a figure with its scale run on ("1.4bn") where it is written out ("1.4 billion"), and the other way round', async () => {
    const expected = [['s0', ['1.4 billion']], ['s1', ['1.4bn']]];
    for (const q of ['1.4bn', '1.4 billion', '€1.4bn']) expect((await found(q)).sort(), q).toEqual(expected);
  });

  it('reads "m" as a million only after a currency sign', async () => {
    expect(await found('$600 million')).toEqual([['s3', ['600m']]]);
  });
});

describe('search and percentages', () => {
  const docs = [
    article('p0', { paragraphs: ['Output rose 4.5 percent in March.', 'Costs fell.'] }),
    article('p1', { paragraphs: ['Shares rose 3.1 percent.', 'The 4.5 tonne truck was late.'] }),
    article('p2', { paragraphs: ['Output rose 4.5% in March.'] }),
    article('p3', { paragraphs: ['Output rose 4.5 per cent in March.'] }),
  ];
  const found = (q: string) => markedFirstHits(sourceOf(docs), q);

  it('reads a figure with its percent sign as one phrase: every way of writing it, never the figure and "percent" apart', async () => {
    const expected = [['p0', ['4.5 percent']], ['p2', ['4.5%']], ['p3', ['4.5 per cent']]];
    for (const q of ['4.5%', '4.5 percent', '4.5 per cent']) expect((await found(q)).sort(), q).toEqual(expected);
  });
});

describe('a word being typed', () => {
  const source = sourceOf([article('m0', { paragraphs: ['Kestrel Mining said output rose.'] }), article('m1', { paragraphs: ['The minister spoke.'] })]);

  it('matches longer words only as they are written ("Minis" finds "minister"), not through a shorter stem, so a typo says so', async () => {
    expect((await search(source, 'Minis')).groups.map((g) => g.article.id)).toEqual(['m1']);
    // "Minning" stems to "min", which "mining" (mine) starts: found only as the typo it is, and labelled approximate.
    const typo = await search(source, 'Kestrel Minning');
    expect(typo.groups.map((g) => g.article.id)).toEqual(['m0']);
    expect(typo.parts.map((p) => p.approximate.length > 0)).toEqual([false, true]);
  });
});

