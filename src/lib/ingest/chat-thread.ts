// A story pasted into a conversation: a chat thread copied whole (a newsroom's Slack, an AI assistant's export) is
// turns, each under its speaker, and the story is the turn that holds most of the prose. A turn opens with a speaker's
// name over the time it was sent ("Marisol Ventura" / "9:16 AM"), or with a short speaker heading that recurs ("###
// 👤 You", "### 🤖 Assistant"). The conversation's other turns, and the reactions under a message ("👍", "3",
// "(edited)"), are the thread's, never the story's.
import { namesLine } from './byline.ts';
import { isProse } from './paragraphs.ts';
import { countWords } from '../text/words.ts';

/** The time a chat message was sent, alone on its line: "9:16 AM", "14:05", "Today at 9:16 AM". */
const SENT_AT = /^(?:(?:today|yesterday) at\s+)?\d{1,2}:\d{2}(?:\s*[AP]\.?M\.?)?$/i;
/** A reaction or a message's note, alone on its line: emoji, a count, "(edited)", "12 replies". */
const REACTION = /^(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+|\d{1,3}|\(edited\)|\d+ repl(?:y|ies)|reply…?|reply\.\.\.)$/iu;
/** Most words of a speaker heading, once its symbols are taken off ("👤 You", "🤖 Parley"). */
const MAX_SPEAKER_WORDS = 3;
/** Least share of the conversation's prose words the story's turn holds: a story pasted among short messages. */
const MIN_STORY_SHARE = 0.6;
/** Fewest turns that make a conversation. */
const MIN_TURNS = 3;

/**
 * A message as a chat app exports it, its date, time and sender before its text on its first line: Android's
 * "12/03/2025, 7:41 am - +254 722 418 903: …", iOS's "[12/03/2025, 07:41:09] Wanjiku: …". The app's own notices
 * ("… - Messages and calls are end-to-end encrypted.") name no sender.
 */
const EXPORTED_MESSAGE = /^\u200e?\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?\s?m\.?)?\]?\s*(?:[-–]\s*)?([^:\n]{1,60}?):\s/iu;

/** A line's words without symbols and emoji: what names a speaker in a heading. */
const speakerName = (text: string) => text.replace(/[^\p{L}\p{N}\s'’.-]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Where a turn starts, how many lines its header takes, and how long a header on its first line is (an export's). */
export interface ChatTurn {
  start: number;
  header: number;
  prefix?: number;
}

/** A block of the text as the conversation rule reads it: its text, and whether it is a heading. */
export interface ThreadLine {
  text: string;
  heading: boolean;
}

/**
 * Where each turn of a conversation starts, and how many lines its header takes (a name over a time: 2; a speaker
 * heading: 1); empty unless the text is a conversation: MIN_TURNS turns or more by two speakers or more, each of
 * those speaking twice at least.
 */
export function chatTurns(lines: readonly ThreadLine[]): ChatTurn[] {
  const byName: (ChatTurn & { speaker: string })[] = [];
  const byHeading: (ChatTurn & { speaker: string })[] = [];
  const byExport: (ChatTurn & { speaker: string })[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next && !line.heading && SENT_AT.test(next.text.trim()) && namesLine(line.text)) byName.push({ start: i, header: 2, speaker: line.text.trim() });
    const name = speakerName(line.text);
    if (line.heading && name && countWords(name) <= MAX_SPEAKER_WORDS) byHeading.push({ start: i, header: 1, speaker: name });
    const exported = EXPORTED_MESSAGE.exec(line.text);
    if (exported) byExport.push({ start: i, header: 0, prefix: exported[0].length, speaker: (exported[1] as string).trim() });
  });
  for (const turns of [byName, byHeading, byExport]) {
    const counts = new Map<string, number>();
    for (const t of turns) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
    // A heading that never recurs is a section's, not a speaker's: the speakers of a conversation take turns.
    const recurring = turns.filter((t) => (counts.get(t.speaker) ?? 0) >= 2);
    // And two of them at least: one heading recurring ("### Update") is a live blog's, not a conversation's.
    if (recurring.length >= MIN_TURNS && new Set(recurring.map((t) => t.speaker)).size >= 2) return recurring.map(({ speaker: _, ...turn }) => turn);
  }
  return [];
}

/**
 * The lines of a conversation that are not the story (the text before the first turn, every turn but the one of most
 * prose, that turn's header and the reactions in it), or empty when the text is no conversation or no turn holds
 * most of its prose.
 */
export function threadLines(lines: readonly ThreadLine[]): number[] {
  return storyTurn(lines)?.aside ?? [];
}

/**
 * The story's turn in a conversation: the lines that are not the story (threadLines), the story's first line, and
 * the length of the sender's header on it when the chat was exported ("12/03/2025, 7:41 am - Ana: *Headline*").
 */
export function storyTurn(lines: readonly ThreadLine[]): { aside: number[]; first: number; prefix: number } | null {
  const turns = chatTurns(lines);
  if (turns.length === 0) return null;
  const ends = turns.map((t, k) => turns[k + 1]?.start ?? lines.length);
  // A message's words, without the sender's header an export puts before them.
  const words = (t: ChatTurn, text: string, k: number) => (k === 0 && t.prefix ? text.slice(t.prefix) : text);
  const prose = turns.map((t, k) => lines.slice(t.start, ends[k]).reduce((n, l, j) => (isProse(words(t, l.text, j)) ? n + countWords(words(t, l.text, j)) : n), 0));
  let story = 0;
  for (let k = 1; k < turns.length; k++) if ((prose[k] as number) > (prose[story] as number)) story = k;
  // A pasted story holds most of the conversation's prose; an interview's or a live blog's turns share it.
  const total = prose.reduce((a, b) => a + b, 0);
  if ((prose[story] as number) < MIN_STORY_SHARE * total) return null;
  const turn = turns[story] as ChatTurn;
  const out: number[] = [];
  lines.forEach((line, i) => {
    const inStory = i >= turn.start && i < (ends[story] ?? 0);
    const header = i < turn.start + turn.header;
    if (!inStory || header || REACTION.test(line.text.trim())) out.push(i);
  });
  return { aside: out, first: turn.start + turn.header, prefix: turn.prefix ?? 0 };
}
