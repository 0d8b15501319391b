// A story pasted into a conversation (ingest/chat-thread.ts): the turns around it and the reactions are the thread's.
import { describe, expect, it } from 'vitest';
import { chatTurns, storyTurn, threadLines, type ThreadLine } from '../../../src/lib/ingest/chat-thread.ts';

const p = (text: string): ThreadLine => ({ text, heading: false });
const h = (text: string): ThreadLine => ({ text, heading: true });
const story = [
  'Superior harbor dredging contract goes to Louisiana firm',
  'By Greta Solheim',
  'SUPERIOR, Wis. — The Twin Ports Harbor Commission on Monday awarded a $23.4 million contract to a Louisiana dredging company.',
  'The commission voted 4-3 to hire Gulfline Marine Services of Houma, which will remove about 610,000 cubic yards of sediment.',
  'Brennan Marine Contracting of Duluth had bid $24.5 million, and its president said most of its workers live in the region.',
].map(p);

describe('chatTurns and threadLines', () => {
  it('reads a chat copied whole: each name over a time opens a turn, and all but the story’s turn is the thread’s', () => {
    const lines = [p('#metro-desk'), p('Marisol Ventura'), p('9:12 AM'), p('have we seen this? pasting below'), p('👀'), p('4'), p('Dev Raghunathan'), p('9:14 AM'), p('paywalled for me too, can someone paste the text?'), p('Marisol Ventura'), p('9:16 AM'), ...story, p('(edited)'), p('🙏'), p('Dev Raghunathan'), p('9:31 AM'), p('FWIW the Toledo job ran six months late.')];
    expect(chatTurns(lines).map((t) => t.start)).toEqual([1, 6, 9, 18]);
    const aside = new Set(threadLines(lines));
    expect(lines.filter((_, i) => !aside.has(i)).map((l) => l.text)).toEqual(story.map((l) => l.text));
  });

  it('reads a chat app’s export: each message line with its date, time and sender opens a turn, the header measured', () => {
    const lines = [p('12/03/2025, 7:38 am - Messages and calls are end-to-end encrypted.'), p('12/03/2025, 7:39 am - Ana: hello'), p('12/03/2025, 7:40 am - Desk: send it'), p('12/03/2025, 7:41 am - Ana: *Superior harbor dredging contract goes to Louisiana firm*'), ...story.slice(1), p('[12/03/2025, 10:31:02] Ana: thanks'), p('12/03/2025, 10:32 pm - Desk: welcome')];
    expect(chatTurns(lines).map((t) => [t.start, t.prefix])).toEqual([[1, 27], [2, 28], [3, 27], [8, 28], [9, 29]]);
    expect(storyTurn(lines)).toEqual({ aside: [0, 1, 2, 8, 9], first: 3, prefix: 27 });
  });

  it('reads an assistant’s export: a speaker heading that recurs opens a turn', () => {
    const lines = [h('Claims check'), h('👤 You'), p('Can you list the checkable claims in this article?'), ...story, h('🤖 Parley'), p('Here are the claims.'), h('👤 You'), p('Thanks.'), h('🤖 Parley'), p('You are welcome.')];
    const aside = new Set(threadLines(lines));
    expect(lines.filter((_, i) => !aside.has(i)).map((l) => l.text)).toEqual(['Can you list the checkable claims in this article?', ...story.map((l) => l.text)]);
  });

  it('takes no article for a conversation: a live blog’s times under headlines, one heading recurring, too few turns', () => {
    const blog = [p('Power Restored To Most Homes'), p('9:14 AM'), ...story, p('Cooling Centres Stay Open'), p('11:05 AM'), ...story, p('Power Restored To Most Homes'), p('1:20 PM'), p('More here.')];
    // One "speaker" recurring (the first headline twice) is no conversation.
    expect(chatTurns(blog)).toEqual([]);
    expect(chatTurns([h('Update'), ...story, h('Update'), ...story, h('Update'), p('More.')])).toEqual([]);
    expect(chatTurns([p('Ana Ruiz'), p('9:14 AM'), ...story, p('Jo Roe'), p('9:20 AM'), p('Thanks.')])).toEqual([]);
    expect(threadLines(story)).toEqual([]);
    // An interview under its speakers' headings shares its prose among the turns: no turn is a pasted story.
    const answer = (n: number) => p(`Answer ${n}: the harbour commission had weighed the bids for months, and the vote was closer than anyone expected at the start.`);
    const interview = [h('Interviewer'), p('Why did the commission choose the lower bid?'), h('Jane Doe'), answer(1), answer(2), h('Interviewer'), p('What happens next?'), h('Jane Doe'), answer(3), answer(4)];
    expect(chatTurns(interview).length).toBe(4);
    expect(threadLines(interview)).toEqual([]);
  });
});
