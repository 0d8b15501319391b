// The chat-thread detector in the pipeline: a story pasted into a copied chat keeps its head and body, the thread goes.
import { describe, expect, it } from 'vitest';
import { FORMAT_PARSERS } from '../../../../src/lib/ingest/formats/parsers.ts';
import { parseArticle } from '../../../../src/lib/ingest/parse.ts';
import chatThread from '../../../../src/lib/ingest/plugins/chat-thread.ts';
import { lines, runPlugins } from '../../../support/ingest-tree.ts';

describe('chat-thread plugin', () => {
  it('run alone, sets the thread aside as other and leaves the story turn\'s lines unmarked', () => {
    const story = ['The harbour commission on Monday awarded a $23.4 million contract to deepen a shipping channel in the port.', 'The commission voted 4-3 to hire a Louisiana company, which will remove about 610,000 cubic yards of sediment.'];
    const run = runPlugins([chatThread], lines('Ana Ruiz', '9:12 AM', 'pasting below', 'Jo Roe', '9:14 AM', 'thanks', 'Ana Ruiz', '9:16 AM', ...story, '👍', 'Jo Roe', '9:20 AM', 'great'));
    expect(run.parsed.paragraphs).toEqual(story);
    expect(new Set(run.parsed.boilerplate.map((b) => b.kind))).toEqual(new Set(['other']));
    // A text that is no conversation is left as it is.
    expect(runPlugins([chatThread], lines(...story)).parsed.boilerplate).toEqual([]);
  });

  it('reads the pasted story’s headline, byline, dateline and body, and none of the messages around it', () => {
    const text = [
      'Marisol Ventura', '9:12 AM', 'have we seen this? paywalled, so pasting below for the desk',
      'Dev Raghunathan', '9:14 AM', 'paywalled for me too, can someone paste the text?',
      'Marisol Ventura', '9:16 AM',
      'Superior harbor dredging contract goes to Louisiana firm',
      'By Greta Solheim',
      'SUPERIOR, Wis. — The Twin Ports Harbor Commission on Monday awarded a $23.4 million contract to deepen a shipping channel.',
      'The commission voted 4-3 to hire Gulfline Marine Services of Houma, La., which will remove about 610,000 cubic yards of sediment.',
      'Brennan Marine Contracting of Duluth had bid $24.5 million, and its president said most of its workers live near the harbor.',
      '(edited)', '🙏', '3',
      'Dev Raghunathan', '9:31 AM', 'FWIW the Gulfline Toledo job ran six months late according to the Corps records I pulled in 2023.',
    ].join('\n\n');
    const { parsed } = parseArticle(text, 'text', FORMAT_PARSERS.text);
    expect(parsed.title).toBe('Superior harbor dredging contract goes to Louisiana firm');
    expect(parsed.author).toBe('Greta Solheim');
    expect(parsed.dateline).toBe('SUPERIOR, Wis.');
    expect(parsed.paragraphs).toHaveLength(3);
    expect(parsed.paragraphs.join(' ')).not.toMatch(/paywalled|FWIW|edited|🙏/);
  });

  it('reads a story forwarded into an exported chat: the sender’s header and the app’s bold and italic markers go', () => {
    const text = [
      '04/06/2025, 8:02 am - Messages and calls are end-to-end encrypted. Tap to learn more.',
      '04/06/2025, 8:03 am - Tipline: Welcome! Send us the message you want checked.',
      '04/06/2025, 8:05 am - +44 7700 900123: *Ferry fares to rise by a tenth from July*',
      '_By Mere Tamihana, Harbour Post_',
      '',
      'WELLINGTON, June 3 - The operator said on Monday that fares would rise by a tenth from July, its first rise since 2019.',
      '',
      'Commuters with a monthly pass will pay $14 more a month, the operator said, and concession fares will not change at all.',
      '',
      'The operator said the rise would pay for two replacement vessels, which are due to enter service in the spring of 2027.',
      '04/06/2025, 8:06 am - +44 7700 900123: is this true??',
      '04/06/2025, 9:40 am - Tipline: The article is genuine. The rise applies from 1 July.',
      '[04/06/2025, 09:41:02] Tipline: Was this reply helpful?',
    ].join('\n');
    const { parsed } = parseArticle(text, 'text', FORMAT_PARSERS.text);
    expect(parsed).toMatchObject({ title: 'Ferry fares to rise by a tenth from July', author: 'Mere Tamihana', dateline: 'WELLINGTON, June 3' });
    expect(parsed.paragraphs).toEqual(['The operator said on Monday that fares would rise by a tenth from July, its first rise since 2019.', 'Commuters with a monthly pass will pay $14 more a month, the operator said, and concession fares will not change at all.', 'The operator said the rise would pay for two replacement vessels, which are due to enter service in the spring of 2027.']);
  });
});
