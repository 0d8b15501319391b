import type { BoilerplateKind } from '../schema/article.ts';
import { classifyCredit, copyrightNotice, partnerNote } from './credits.ts';
import { endsLikeSentence } from './paragraphs.ts';
import { timestampLine, writtenDate } from './dates.ts';
import { countWords } from '../text/words.ts';
import { ARTICLE_ACTION_WORDS } from '../text/lexicon.ts';
import { collapse } from './tree.ts';
import { callKind, consentButton, cookieNotice, MAX_PROMPT_WORDS } from './calls.ts';
import { detectDateline } from './dateline.ts';

/** A service a share bar offers, or its other buttons. */
const SHARE_SERVICE = '(?:facebook|x|twitter|email|e-mail|whatsapp|linkedin|reddit|telegram|threads|bluesky|mastodon|messenger|pinterest|print|copy(?: link)?|link)';

/** A poll's label standing alone over its question: "POLL", "Have your say:". */
const POLL_LABEL = /^(?:poll|quick poll|reader poll|our poll|have your say)\s*:?$/i;
/** Most words of a poll's question. */
const MAX_POLL_QUESTION_WORDS = 25;

/** True when `next` is the question a poll asks under its label `label` ("POLL" / "Who was your man of the match?"). */
export function pollQuestion(label: string, next: string): boolean {
  return POLL_LABEL.test(label.trim()) && /\?$/.test(next.trim()) && countWords(next) <= MAX_POLL_QUESTION_WORDS;
}

/** A bar of the page's buttons as words alone: "Share Tweet Bookmark Print" (lexicon ARTICLE_ACTION_WORDS). */
const ACTION_BAR = new RegExp(`^(?:(?:${ARTICLE_ACTION_WORDS.join('|')})\\s*[|·•]?\\s*){2,}$`, 'i');

/** A sponsor's label alone on its line ("SPONSORED", "Paid partnership"): the message under it is the sponsor's. */
const SPONSOR_LABEL = /^(?:sponsored(?: (?:content|post|message|by\b.{1,40}))?|paid (?:content|post|partnership)|partner content|from our sponsors?)\s*:?$/i;

/** Lines of page furniture: prompts to share or subscribe, list labels, advertising and comment markers. */
const MARKERS: [RegExp, BoilerplateKind][] = [
  [/^(?:share(?: this)?(?: post| article| story| on\b.*)?|tweet|email|print)\s*:?$/i, 'share'],
  // "Share this story: Facebook · X · Email": a share label and the services it offers, or two or more services alone.
  [new RegExp(`^share(?: (?:this|the))?(?: (?:post|article|story|page))?\\s*:?\\s*(?:${SHARE_SERVICE}\\s*[·|,•/]?\\s*)+$`, 'i'), 'share'],
  [new RegExp(`^(?:${SHARE_SERVICE}\\s*[·|,•/]?\\s*){2,}$`, 'i'), 'share'],
  [ACTION_BAR, 'share'],
  // "Print this story | E-mail to a friend | Share on Facebook": a bar of things to do with the article.
  [/^(?:(?:print|e-?mail|share|send|save|tweet)\b[^|·•]{0,30}[|·•]\s*)+(?:print|e-?mail|share|send|save|tweet)\b[^|·•]{0,30}$/i, 'share'],
  // "[Print this story] [E-mail this story]": buttons in brackets, each an action on the article.
  [/^(?:\[\s*(?:print|e-?mail|share|send|save|tweet|comment|download|listen)\b[^\][]{0,30}\]\s*[|·•]?\s*)+$/i, 'share'],
  [/^(?:subscribe|sign up|newsletter|get our|join our)\b.{0,80}$/i, 'subscribe'],
  [/^(?:related(?: articles| stories| news| content)?|read (?:more|also|next)|more (?:from|on|stories)\b.*|recommended(?: for you)?|you may also like|most (?:read|popular)|trending(?: now)?|latest news)\s*:?$/i, 'related'],
  // A blog's like button ("Like this:", "Like Loading...") and a contents label over the page's own headings.
  [/^like (?:this:?|loading(?:\.\.\.|…)?)$/i, 'share'],
  // A news app's buttons copied with the text: save it, gift it, open it in the app.
  [/^(?:save(?: (?:this )?(?:article|story))?(?: for later)?|saved|bookmark|gift (?:this )?(?:article|story)|open in (?:the )?app)$/i, 'share'],
  [/^(?:table of contents|contents|in this (?:article|story)|jump to)\s*:?$/i, 'other'],
  // An audio player's text: its label, running time, position and speed, perhaps a follow button beside it
  // ("Listen to this article 00:00 / 02:41 1x Follow us on Google News").
  [/^listen to (?:this|the) (?:article|story)(?:\s*[·|:/-]?\s*(?:\d{1,2}:\d{2}(?::\d{2})?|\d(?:\.\d+)?x|\d+\s*min(?:ute)?s?))*(?:\s*follow us on [\p{L} ]{2,30})?$/iu, 'share'],
  // A portal's box of the companies a story names, with their share prices: "In this article: DPSB +6.40%".
  [/^[Ii]n this (?:article|story)\s*:\s*(?:[A-Z][A-Z0-9.^-]{0,9}\s*[+−-]?\d+(?:\.\d+)?%\s*)+$/, 'other'],
  // A poll's question under its label: "POLL: Should the council suspend the levy?", "Have your say: …?".
  [/^(?:poll|quick poll|reader poll|our poll|vote|survey|have your say)\s*[:|–—]\s*[^?]{3,160}\?$/i, 'other'],
  [POLL_LABEL, 'other'],
  // A feedback widget's question under the article: "Was this article helpful?", "Rate this story".
  [/^(?:was this (?:article|story|page|piece) (?:helpful|useful)|did you find this (?:article|story|page) (?:helpful|useful)|rate this (?:article|story))\s*\??$/i, 'other'],
  // A video's running time or a live entry's time standing alone ("0:42", "1:02:15", "14:05").
  [/^\d{1,2}:\d{2}(?::\d{2})?$/, 'other'],
  // A gallery's counter and its buttons: "1 / 4", "3 of 12", "‹ Prev Next ›", "View all photos".
  [/^\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i, 'other'],
  [/^[‹«<]?\s*(?:prev(?:ious)?|back)\s*(?:[|·]\s*)?(?:next)?\s*[›»>]?$|^next\s*[›»>]$/i, 'other'],
  [/^(?:view|see|open) (?:all )?(?:the )?(?:\d+ )?(?:photos|pictures|images|gallery|slideshow)$/i, 'other'],
  // A breadcrumb trail from the site's home to the article's section ("Home > Business > Industry").
  [/^home\s*[>›»/|](?:\s*[^>›»/|]{1,40}\s*[>›»/|]){0,6}\s*[^>›»/|]{1,40}$/i, 'other'],
  // A transcript's cues and time codes standing alone: "(BEGIN VIDEOTAPE)", "(COMMERCIAL BREAK)", "[18:21:14]".
  [/^[([](?:(?:begin|end) (?:video ?tape|video clip|audio clip|clip|live feed)|commercial break|break|crosstalk|laughter|applause|inaudible)[)\]]$/i, 'other'],
  [/^\[\d{1,2}:\d{2}(?::\d{2})?\]$/, 'other'],
  // A printed page's running head or folio between paragraphs: "Page 2", "Page 2 of 3", "Water notice lifted – Page 2".
  [/^(?:[^!?]{1,80}\s[–—|-]\s*)?page \d{1,3}(?: of \d{1,3})?$/i, 'other'],
  // A page's note over an ad slot in the middle of the text ("Story continues below advertisement").
  [/^(?:the )?(?:story|article|text) continues (?:below|after) (?:this )?(?:advertisement|the advertisement|the ad|ad)$/i, 'other'],
  [SPONSOR_LABEL, 'other'],
  // A reader app's line naming the story's site and reading time ("example.com.au · 7 min read"), and its link back.
  [/^(?:(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\s*[·•|–—-]\s*)?\d{1,3}\s*min(?:ute)?s?\.? read$/i, 'other'],
  [/^(?:view|read|open|go to) (?:the )?original(?: (?:article|story|page|post))?$/i, 'other'],
  // A link set as a button, a few words and an arrow ("Claim the offer →", "See all deals »"): the page's, not a heading.
  [/^(?:[^\s«‹]+\s+){0,5}[^\s«‹]*[^\s.!?«‹]\s+[→»›]$/u, 'other'],
  // The label over a nonprofit newsroom's terms for taking its story: "Republish this story", "Reprint this article".
  [/^(?:republish|reprint)(?: (?:this|our) (?:story|article|stories|articles))?\s*:?$/i, 'other'],
  [/^(?:follow us|advertisement|advertise with\b|comments?|leave a (?:comment|reply)|tags?|topics?|filed under|categor(?:y|ies))\b.{0,60}$/i, 'other'],
];

/**
 * A line after which only readers' comments follow, or a reader app's panel of the reader's highlights and notes:
 * everything from it to the end is page, not article.
 */
const COMMENTS = /^(?:\d+\s+)?(?:responses\s*\(\d+\)|write a response|your (?:highlights|notes|annotations)(?:\s*\(\d+\))?|(?:highlights|annotations)\s*\(\d+\)|(?:readers?['’]?\s+)?comments?(?:\s*\(\d+\))?(?:\s*[-–—|]\s*(?:post|add|leave|write) a (?:comment|reply))?|leave a (?:comment|reply)|(?:show|view|read|join) (?:the |all )?(?:\d+ )?(?:comments|conversation|discussion)|post navigation)\s*:?$/i;

/**
 * A line of a blogging platform's profile box under the article: a follower count ("1.1K Followers", "310
 * Following"), "Written by …", "Published in …", "Last published 3 days ago", a Follow button.
 */
const PROFILE_LINE = /^(?:[\d.,]+\s*[KkMm]?\s+(?:followers?|following|subscribers?)|written by\s+.{1,60}|published in\s+.{1,60}|last published\b.{0,40}|follow(?:ing)?)$/i;

/** A headline teaser as news sites list them: text cut off with an ellipsis. */
const TEASER = /(?:\.\.\.|…)$/;

/**
 * A label over a list of other stories: a short line naming related, recommended, popular or further reading
 * ("Related", "More from …", "Read next", "Recommended", "You may also like"), with or without a colon.
 */
const LABEL = /^(?:related\b.{0,40}|(?:read|see|watch) (?:more|also|next)\b.{0,40}|also read|more (?:from|on|in|about|stories|news|coverage|articles|clippings)\b.{0,40}|recommended\b.{0,30}|(?:you|we think you) (?:may|might|will|would) (?:also )?(?:like|enjoy|be interested)\b.{0,20}|most (?:read|popular|viewed|shared|commented)\b.{0,20}|(?:top|latest|popular|trending|other|further|more) (?:stories|news|articles|reads|reading|headlines)|trending(?: now)?|editor['’]?s picks|what to read next)\s*:?$/i;

/** Longest line, in words, of a list of headlines. */
const MAX_LISTED_WORDS = 25;

/** Recognises a page-furniture line such as "Share post:", "Advertisement" or "Subscribe to our newsletter". */
export function markerKind(line: string): BoilerplateKind | null {
  // Spaces collapsed first: the share-line pattern repeats a group around `\s*`, which a long run of spaces makes slow.
  const text = collapse(line);
  for (const [pattern, kind] of MARKERS) if (pattern.test(text)) return kind;
  return null;
}

/** What opens a time stamp's label: "Published", "Originally published", "Updated", "Posted", "Aired". */
const STAMP_LABEL = /^(?:originally |first |last )?(?:published|updated|uploaded|posted|modified|aired|broadcast)\b/i;

/** A line that closes like a sentence (full stop, question or exclamation mark): prose, never a list label. */
const SENTENCE_CLOSE = /[.!?]["'”’)\]]*$/;

/** The kind of boilerplate a page-furniture line is: a marker's kind, `related` for a list label, or null. */
export function debrisKind(line: string): BoilerplateKind | null {
  const text = line.trim();
  // "Related charges were dropped in May." opens like a label but is the article's last sentence.
  return markerKind(text) ?? (LABEL.test(text) && !SENTENCE_CLOSE.test(text) ? 'related' : null);
}

/** A line that can belong to a list of other stories: a label or marker, a teaser, or a short title-like line. */
function listedLine(line: string): boolean {
  if (debrisKind(line) || TEASER.test(line.trim())) return true;
  return !endsLikeSentence(line) && countWords(line) <= MAX_LISTED_WORDS && !/:$/.test(line.trim()) && classifyCredit(line) === null;
}

/** A line of a page's footer that may end like a sentence: a copyright notice, a call to give or to subscribe. */
function footerLine(line: string): boolean {
  const kind = strayKind(line);
  return copyrightNotice(line) !== null || kind === 'appeal' || kind === 'subscribe';
}

/** Index of the first paragraph after half of the text's words. */
export function secondHalf(paragraphs: readonly string[]): number {
  const words = paragraphs.map(countWords);
  const total = words.reduce((a, b) => a + b, 0);
  let seen = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (seen >= total / 2) return i;
    seen += words[i] as number;
  }
  return paragraphs.length;
}

/**
 * Finds where trailing page debris starts: a comments marker in the second half of the article, and a block of
 * listed stories at the end or right above that marker — two or more short, title-like lines or teasers with no
 * sentence ending, with or without a label line over them ("Most read", "Read more:"; a label and one line is
 * enough). Returns the paragraph index, or -1.
 */
export function debrisStart(paragraphs: readonly string[]): number {
  // The second half by words: readers' comments are many short lines, so their marker can come before the middle line.
  const half = Math.max(1, secondHalf(paragraphs));
  let end = paragraphs.length;
  for (let i = half; i < paragraphs.length; i++) {
    if (COMMENTS.test((paragraphs[i] as string).trim())) {
      end = i;
      break;
    }
  }
  let start = end;
  let listed = 0;
  // A page's footer among or under the list (its copyright notice, a call to give or to subscribe) goes with it, but
  // only listed lines make it a list.
  // A profile box's description (a publication's, the writer's bio) is prose beside its follower count or button.
  const inProfile = (i: number) => PROFILE_LINE.test(collapse(paragraphs[i - 1] ?? '')) || PROFILE_LINE.test(collapse(paragraphs[i + 1] ?? ''));
  for (; start - 1 > 0; start -= 1) {
    const line = paragraphs[start - 1] as string;
    if (listedLine(line)) listed += 1;
    else if (!footerLine(line) && !inProfile(start - 1)) break;
  }
  if (listed === 0) start = end;
  // A label ending in a colon is not a listed line itself; right above the list it opens it.
  const above = paragraphs[start - 1] ?? '';
  const labelAbove = start - 1 > 0 && /:$/.test(above.trim()) && debrisKind(above) !== null;
  const labelled = labelAbove || (start < end && debrisKind(paragraphs[start] as string) !== null);
  if (listed >= 2 || (labelled && listed >= 1)) return labelAbove ? start - 1 : start;
  return end < paragraphs.length ? end : -1;
}

/** A photo caption or credit line: "Photo: …", "(Photograph: …)", or a caption ending with its credit ("… Photo: A. Name/Agency"). */
const CAPTION_START = /^\(?\s*(?:photo(?:graph)?s?|pictures?|images?|illustration|video|(?:photo |image )?credits?|pictured|chart|graphic|infographic|map)\s*:/i;
const CAPTION_END = /\b(?:photo(?:graph)?|picture|image|credit)\s*:\s*[^.:]{2,80}\.?\)?$|\s[–—-]\s*(?:file|staff)?\s*(?:photo(?:graph)?|picture|image)\.?$|\.\s(?:photo(?:graph)?|picture|image) (?:by|courtesy of) [^.:]{2,60}\.$/iu;
/**
 * A credit in brackets closing a caption: "(AP Photo/Evan Vucci)", "(Photo: Reuters)", "(Picture by Jane Doe)". The
 * agency before the word is capitalised and a separator follows it, so "(in a video posted online)" stays prose.
 */
const CAPTION_CREDIT = /\((?:(?:\p{Lu}[\p{L}.&'’ -]{0,30}\s)?(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|[Vv]ideo|PHOTO|PICTURE|IMAGE|VIDEO)s?\s*(?:[/:]|\s(?:by|courtesy(?: of)?)\s)|(?:Provided|Supplied|Handout) by\s|Courtesy of\s)\s*[^()]{2,60}\)\.?$/u;
/**
 * A caption closed by its photographer after a dash: "… opened in 1924. — Sentinel photo by Ray Duchene". Case
 * matters here: the name is capitalised, so "— photo by photo —" in prose is none.
 */
const CAPTION_PHOTOGRAPHER = /\s[–—]\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage)s? by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\.?$/u;
/** Longest caption line, in words. */
const MAX_CAPTION_WORDS = 40;

/** True when a text closes with a picture's credit in brackets ("(AP Photo/Evan Vucci)", "(Photo: Reuters)"). */
export function endsWithPictureCredit(text: string): boolean {
  return CAPTION_CREDIT.test(text.trim());
}

/** A line that sends the viewer to the programme's next item ("Coming up after the break, …", "Still ahead …", "Stay with us."). */
const TEASE = /(?:^|[.!?]["”’)]?\s+)(?:Coming up|Still (?:ahead|to come)|Up next|When we come back|After the break|Stay with us)\b/u;
/** A transcript's cue that the programme stops for advertising: "(COMMERCIAL BREAK)", "[BREAK]". */
const BREAK_CUE = /^[([](?:commercial )?break[)\]]$/i;
/** A reader app's stamp of when the reader kept the story: "Saved 5 Jun 2025, 10:14 pm · from example.com". */
const KEPT_STAMP = /^(?:saved|clipped|archived|captured|bookmarked)(?:\s+(?:on|at))?\s*:?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i;

/**
 * A link to another story set inside the body under a label: "Read also: Sisi meets Trump", "RELATED | Talks
 * stall again", "See also — …". The label must be followed by a separator and a headline-length rest.
 */
const LABELLED_LINK = /^(?:(?:read|see|watch|listen)(?: (?:also|more|next))?|also (?:read|see|watch)|related(?: (?:story|stories|article|articles|coverage|reading|content|links?))?|recommended(?: reading)?|further reading|more on (?:this|that)(?: story)?|don'?t miss)\s*[:|»›>–—]\s*(?<rest>\S.*)$/i;

/**
 * A line sending the reader to the whole story elsewhere, a newsletter's or a teaser's ("Read the full story and see
 * the report on our website: https://…"), ending with its address or "online".
 */
const ELSEWHERE_LINK = /^(?:read|see|watch|listen to|view|find)\s+(?:the\s+)?(?:full|whole|complete|entire|original|rest of the)\b.*(?:https?:\/\/\S+|\bonline|\bon our (?:website|site|app))\.?$/i;

/** A labelled link's headline: short, one line, not two sentences. */
function headlineLike(text: string): boolean {
  // A short headline may be two sentences ("Welding program has a waitlist. Here's why."), capitalised as headlines
  // are; a longer text, or one opening in lower case after its label ("Read more: the report says …"), is prose.
  const breaks = text.match(/[.!?]["”’)]?\s+\p{Lu}/gu)?.length ?? 0;
  return countWords(text) <= MAX_LISTED_WORDS && (breaks === 0 || (breaks === 1 && /^[\p{Lu}\p{N}]/u.test(text) && countWords(text) <= MAX_TWO_SENTENCE_HEADLINE_WORDS));
}

/** Most words of a headline of two sentences after a link's label. */
const MAX_TWO_SENTENCE_HEADLINE_WORDS = 15;

/** A service's or share button's name alone on its line ("Facebook", "X", "Email"), as a share bar copied one a line. */
const LONE_SERVICE = new RegExp(`^${SHARE_SERVICE}$`, 'i');

/** A short question to the reader before a call ("Enjoyed this?", "Found this useful?"). */
const READER_QUESTION = /^(?:\S+\s+){0,3}\S+\?\s+/u;

/**
 * A bar of calls to act set apart by dots or bars, each a share or subscribe prompt, the first maybe after a short
 * question to the reader: "Enjoyed this? Subscribe for more · Share on LinkedIn". Its first call's kind, or null.
 */
function callsBar(text: string): BoilerplateKind | null {
  // Spaces collapsed first: splitting at `\s+|` over a long run of spaces would take quadratic time.
  const parts = collapse(text).split(/ [·|•] /);
  if (parts.length < 2) return null;
  const kinds = parts.map((part, i) => markerKind(i === 0 ? part.replace(READER_QUESTION, '') : part));
  return kinds.every((kind) => kind === 'share' || kind === 'subscribe') ? (kinds[0] as BoilerplateKind) : null;
}

/** The kind of a furniture line that can stand anywhere in the body, or null. */
function strayKind(line: string): BoilerplateKind | null {
  const text = line.trim();
  const words = countWords(text);
  const calls = words <= MAX_PROMPT_WORDS ? callsBar(text) : null;
  if (calls) return calls;
  if (words <= MAX_CAPTION_WORDS && (CAPTION_START.test(text) || CAPTION_END.test(text) || CAPTION_CREDIT.test(text) || CAPTION_PHOTOGRAPHER.test(text))) return 'caption';
  const call = callKind(text);
  if (call) return call;
  const link = LABELLED_LINK.exec(text)?.groups?.rest;
  if (link !== undefined && headlineLike(link)) return 'related';
  if (words <= MAX_PROMPT_WORDS && ELSEWHERE_LINK.test(text)) return 'read-more';
  if (partnerNote(text)) return 'credit';
  // A transcript service's note on its copy ("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM …").
  if (/^this is a rush transcript\b/i.test(text)) return 'other';
  // A labelled time stamp standing alone below or inside the text ("Originally Published: March 11, 2024 at 11:48
  // p.m."), which may end like a sentence: the page's, as it is at the top.
  if (STAMP_LABEL.test(text) && timestampLine(text) !== undefined) return 'date';
  // So is a reader app's stamp of when the story was kept, which no date rule reads as the article's.
  if (words <= MAX_LISTED_WORDS && KEPT_STAMP.test(text) && !endsLikeSentence(text) && writtenDate(text) !== null) return 'other';
  // Other markers are short labels: a line that ends like a sentence is prose, whatever its words.
  return endsLikeSentence(text) ? null : markerKind(text);
}

/**
 * Page-furniture lines standing alone inside the body ("Advertisement", "SIGN UP FOR OUR NEWSLETTER", "Photo: …",
 * a newsletter prompt): each is boilerplate by itself and the text around it stays.
 */
export function strayMarkers(paragraphs: readonly string[]): { index: number; kind: BoilerplateKind }[] {
  const out: { index: number; kind: BoilerplateKind }[] = [];
  const lone = (i: number) => LONE_SERVICE.test(collapse(paragraphs[i] ?? ''));
  for (let index = 0; index < paragraphs.length; index++) {
    const line = paragraphs[index] as string;
    // A share bar copied one button a line ("Facebook", "X"): two or more such lines together, since one network's
    // name alone over its paragraph is a crosshead.
    const kind = lone(index) && (lone(index - 1) || lone(index + 1)) ? 'share' : strayKind(line);
    if (!kind) continue;
    out.push({ index, kind });
    // A cookie notice's buttons under it, and a sponsor's message under its label, are the notice's and the box's.
    if (cookieNotice(line)) {
      while (index + 1 < paragraphs.length && consentButton(paragraphs[index + 1] as string)) out.push({ index: ++index, kind: 'other' });
    }
    // A furniture line ending with a full stop reads as prose alone; under another, it is the same box's
    // ("Advertisement" over "Advertise with Tribune Media.").
    const below = paragraphs[index + 1];
    const belowKind = below !== undefined && endsLikeSentence(below.trim()) && countWords(below) <= MAX_PROMPT_WORDS ? markerKind(below.trim().replace(/\.$/, '')) : null;
    if (belowKind) out.push({ index: ++index, kind: belowKind });
    // Under a bare label only ("SPONSORED"): "Sponsored by the Knight Foundation" may stand over the story's own lede.
    const under = paragraphs[index + 1];
    if (SPONSOR_LABEL.test(collapse(line)) && !/\bby\b/i.test(line) && under !== undefined && countWords(under) <= MAX_PROMPT_WORDS && !detectDateline(under.trim())) out.push({ index: ++index, kind: 'other' });
    // A label ending in a colon ("Related Stories:", "Read more:"), or a bare one ("Related", "Most read"), opens the
    // list of headlines under it; a labelled link ("Read also: Talks stall") is one headline and opens none.
    if (kind !== 'related' || !(/:$/.test(line.trim()) || (markerKind(line) === 'related' && !line.includes(':')))) continue;
    while (index + 1 < paragraphs.length && listedLine(paragraphs[index + 1] as string)) out.push({ index: ++index, kind: 'related' });
  }
  return out;
}

/**
 * True for a broadcast's tease of what follows, right over its commercial-break cue (`next`, the line under it,
 * marked or not): "Elena, thank you. Coming up after the break, why egg prices …". The cue makes it the programme's
 * line, not the story's.
 */
export function breakTease(text: string, next: string | undefined): boolean {
  return next !== undefined && BREAK_CUE.test(collapse(next)) && TEASE.test(text);
}

/** Finds a trailing "read more" link text in a paragraph: where it starts (with its leading space) and its words. */
export function findReadMore(paragraph: string): { start: number; label: string } | null {
  // Only the paragraph's end is searched: an end-anchored pattern over a long run of spaces would backtrack for ever.
  const body = paragraph.trimEnd();
  const from = Math.max(0, body.length - 40);
  const match = /\s(read more|read full (?:story|article)|continue reading|more\s?»)\s*\.?$/i.exec(body.slice(from));
  return match ? { start: from + match.index, label: (match[1] ?? '').trim() } : null;
}
