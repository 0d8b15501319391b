// An article named by words of its title: the one title holding them all among the first few the search ranks, or
// those articles to choose from; nothing for words no article holds.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/lib/search/build-index.ts';
import { memorySource } from '../../../src/lib/search/source.ts';
import { ARTICLE_CHOICES_MAX, articleNamedBy } from '../../../src/lib/search/find-article.ts';
import { article } from '../present/make.ts';

const corpus = [
  article('a', { title: 'Egypt quits the Gulf alliance', paragraphs: ['Egypt left the alliance on Sunday.'], sentences: [['Egypt left the alliance on Sunday.']] }),
  article('b', { title: 'Trump’s envoy meets Gulf ministers', paragraphs: ['The envoy met ministers in Riyadh.'], sentences: [['The envoy met ministers in Riyadh.']] }),
  article('c', { title: 'Trump seeks an Arab NATO', paragraphs: ['Egypt and Jordan may join an alliance.'], sentences: [['Egypt and Jordan may join an alliance.']] }),
  article('d', { title: 'Talks go on', paragraphs: ['Delegations flew to Riyadh.'], sentences: [['Delegations flew to Riyadh.']] }),
];
const source = memorySource(buildSearchIndex(corpus, []));

describe('articleNamedBy', () => {
  it('names the one article whose title holds every word', async () => {
    await expect(articleNamedBy(source, 'egypt quits')).resolves.toMatchObject({ resolved: { id: 'a' }, choices: [] });
    await expect(articleNamedBy(source, '  Arab NATO ')).resolves.toMatchObject({ resolved: { id: 'c' } });
  });

  it('offers the articles to choose from when several titles hold the words, or several texts and no title', async () => {
    // "Trump’s" holds "Trump", as in headlines.
    const trump = await articleNamedBy(source, 'trump');
    expect(trump.resolved).toBeNull();
    expect(trump.choices.map((d) => d.id).sort()).toEqual(['b', 'c']);
    const egypt = await articleNamedBy(source, 'egypt alliance');
    expect(egypt.resolved?.id).toBe('a');
    // Words one article alone holds, though not in its title, name it.
    const body = await articleNamedBy(source, 'jordan');
    expect(body).toMatchObject({ resolved: { id: 'c' }, choices: [] });
    // Words several texts hold, in no title: those articles to choose from.
    const texts = await articleNamedBy(source, 'riyadh');
    expect(texts.resolved).toBeNull();
    expect(texts.choices.map((d) => d.id).sort()).toEqual(['b', 'd']);
    expect(ARTICLE_CHOICES_MAX).toBeGreaterThanOrEqual(3);
  });

  it('finds nothing for words no article holds, or no words', async () => {
    await expect(articleNamedBy(source, 'xylophone')).resolves.toEqual({ resolved: null, choices: [] });
    await expect(articleNamedBy(source, ' … ')).resolves.toEqual({ resolved: null, choices: [] });
    // "ministeres" is found as "ministers" by typo tolerance: words only resembling a title's name no article.
    await expect(articleNamedBy(source, 'ministeres')).resolves.toEqual({ resolved: null, choices: [] });
  });
});
