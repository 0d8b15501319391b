// A page's calls to its reader, in sentences or not: to sign up or subscribe, to follow the outlet elsewhere, to give
// or send tips, and a site's notice asking consent to its cookies. Each is the page's wherever it stands in the body;
// debris.ts asks callKind for a line's kind.
import type { BoilerplateKind } from '../schema/article.ts';
import { countWords } from '../text/words.ts';
import { collapse } from './tree.ts';

/** A prompt to give an email address or sign up for a newsletter, in sentences or not. */
const NEWSLETTER_PROMPT = /^(?:(?:sign up|subscribe|get|join)\b.{0,120}\b(?:newsletters?|briefing|e-?mails?|inbox)\b|enter your e-?mail\b)/i;
/**
 * A box selling a newsletter by its name, closed by the call to act as a sentence of its own: "Get the Coastal
 * Weekly. Every Friday, free. Sign up now". Capitalised, so "urged residents to sign up." stays prose.
 */
const SIGN_UP_CALL = /(?:^|[.!?]["”’)]?\s+)(?:Sign up|Sign me up|Subscribe|Register)(?: (?:now|here|today|for free|free|for it))?\s*[.!]?\s*[→»›>]?$/;
/**
 * A prompt to follow the outlet elsewhere: "Follow us on Telegram for breaking news", "Join our WhatsApp channel",
 * "Like us on Facebook, follow us on X and Instagram for the latest news".
 */
const CHANNEL_PROMPT = /^(?:follow|like|join|find|subscribe to|add)\s+(?:us|our)\b.{0,100}\b(?:telegram|whatsapp|facebook|twitter|instagram|youtube|tiktok|linkedin|threads|bluesky|google news|on x)\b/i;
/** The same prompt naming the outlet: "Join The Volta Observer on WhatsApp for breaking news from the regions." */
const NAMED_CHANNEL_PROMPT = /^(?:[Ff]ollow|[Jj]oin|[Ll]ike|[Ff]ind)\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4}\s+on\s+(?:[Tt]elegram|WhatsApp|Whatsapp|Facebook|Twitter|Instagram|YouTube|TikTok|LinkedIn|Threads|Bluesky|Google News|X)\b.{0,80}$/u;
/**
 * A call to subscribe that says where, closing a short line: "Read all our news every morning - subscribe free at
 * example.org/newsletter", "… sign up at example.com/briefing". The address makes it the outlet's own call.
 */
const SUBSCRIBE_AT = /\b(?:subscribe|sign up|register)\b[\p{L} ]{0,25}\b(?:at|on|via)\s+(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?\s*[.!]?$/iu;
/**
 * An outlet asking readers for tips, a question then where to send them: "Have a claim you want us to verify? Send it
 * to our tip line …", "Got a story? Email …". The question opens the line; the call follows.
 */
const TIP_CALL = /^(?:have|got|know of|seen) (?:a|an|any) (?:tip|story|claim|news tip|question|story idea)\b[^?]{0,80}\?\s+(?:send|email|e-mail|contact|tell|write|message|call|reach|submit|share|reply|text|dm)\b/i;
/** The fine print under a sign-up form: "By signing up you agree to our Privacy Policy." */
const CONSENT = /^by (?:signing up|subscribing|registering|clicking|entering your e-?mail)\b.{0,60}\b(?:agree|consent|accept)\b/i;
/**
 * An appeal for money closing a line, capitalised as a call of its own: "The Ledger is a reader-funded newsroom.
 * Support our work", "Donate today →", "Become a member". "urged readers to donate." stays prose.
 */
const SUPPORT_CALL = /(?:^|[.!?]["”’)]?\s+)(?:Support (?:our|us|independent|local|quality|this)\b[\p{L} ]{0,30}|Donate(?: now| today| here)?|Make a (?:donation|gift)|Become a (?:member|supporter|patron|subscriber)|Chip in|Give (?:now|today))\s*[.!]?\s*[→»›>]?$/u;
/**
 * A sentence that asks the reader for money, wherever it stands in a short line: "Metals Daily is free to read.
 * Support our work with a donation from $5 a month.", "… is reader-funded. Become a supporter to keep it free." The
 * call opens its sentence, so a quotation ("'Support our troops,' she said") or a report ("urged people to donate")
 * never is one.
 */
const SUPPORT_SENTENCE = /(?:^|[.!?]["”’)]?\s+)(?:Support (?:our|us|independent|local|quality|this|the) (?:work|journalism|reporting|newsroom|team)\b|Become a (?:member|supporter|patron|paying subscriber|subscriber)\b|Make a (?:donation|one-off donation|gift|contribution)\b|Donate (?:now|today|here|to (?:us|our|the newsroom))\b|Chip in\b|Thanks? (?:you )?for reading\b|If (?:this|you found this|you enjoyed this)(?: (?:was|is))? (?:useful|helpful|worth (?:reading|your time))\b)/u;
/**
 * A site's notice asking consent to its cookies, frozen into a saved or archived page: "We use cookies and similar
 * technologies to …", "This site uses cookies.", "By continuing to use this site, you agree to our use of cookies."
 */
const COOKIE_NOTICE = /^(?:we(?: and our partners)? use cookies\b|this (?:site|website) uses cookies\b|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\b.{0,60}\bcookies\b)/i;
/** A consent notice's buttons, each alone on its line: "Accept", "Accept all", "Manage preferences", "Cookie settings". */
const CONSENT_BUTTON = /^(?:(?:accept|reject|decline|allow|refuse)(?: all)?(?: cookies)?|i (?:agree|accept)|agree|ok(?:ay)?|got it|(?:manage|customi[sz]e|change) (?:preferences|settings|cookies|choices)|(?:cookie|privacy) (?:settings|preferences|policy)|more (?:info|information|options))$/i;
/**
 * An offer to subscribe at a price: "Subscribe to the Times from $1 a week and support local journalism.", "Subscribe
 * now: $1 for 6 months". The price makes it the outlet's, not a report of a subscription.
 */
const SUBSCRIBE_OFFER = /^(?:(?:subscribe|sign up|join|become a (?:subscriber|member))\b[^.!?]{0,60}?(?:\b(?:from|for|at)(?: just| only)?\s+|:\s*)[$£€]\s?\d+(?:[.,]\d{2})?\s*(?:(?:a|per|\/)\s?(?:week|month|year|wk|mo|yr)\b|for \d+ (?:weeks|months|years)\b)|(?:start|try|begin) (?:a|your|our) (?:\d+-day |\d+-week |one-month )?free trial\b)/i;
/**
 * A newsletter's sign-off to its readers: "That's it for this issue.", "If a friend forwarded this to you, subscribe
 * here", "Was this email forwarded to you?". Each sentence opens so, which no report of a newsletter does.
 */
const NEWSLETTER_SIGNOFF = /(?:^|[.!?]["”’)]?\s+)(?:That['’]s (?:it|all) for (?:this (?:issue|week|edition|newsletter|time)|today|now)\b|If (?:a friend|someone|a colleague) forwarded (?:this|you this)\b|Was this (?:e-?mail|newsletter) forwarded to you\b)/u;
/** Longest newsletter prompt, in words. */
export const MAX_PROMPT_WORDS = 50;

/** True for a site's notice asking consent to its cookies ("We use cookies …"). */
export function cookieNotice(line: string): boolean {
  return COOKIE_NOTICE.test(collapse(line));
}

/** True for one of a cookie notice's buttons alone on its line ("Accept", "Manage preferences"). */
export function consentButton(line: string): boolean {
  return CONSENT_BUTTON.test(collapse(line));
}

/** The kind of a call to the reader of at most MAX_PROMPT_WORDS words (`subscribe`, `share`, `appeal`, `other` for a cookie notice), or null. */
export function callKind(text: string): BoilerplateKind | null {
  if (countWords(text) > MAX_PROMPT_WORDS) return null;
  if (NEWSLETTER_PROMPT.test(text) || SIGN_UP_CALL.test(text) || SUBSCRIBE_AT.test(text) || SUBSCRIBE_OFFER.test(text) || CONSENT.test(text) || NEWSLETTER_SIGNOFF.test(text)) return 'subscribe';
  if (CHANNEL_PROMPT.test(text) || NAMED_CHANNEL_PROMPT.test(text)) return 'share';
  if (COOKIE_NOTICE.test(text)) return 'other';
  if (SUPPORT_CALL.test(text) || SUPPORT_SENTENCE.test(text) || TIP_CALL.test(text)) return 'appeal';
  return null;
}
