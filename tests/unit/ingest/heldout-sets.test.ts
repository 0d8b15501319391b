// The page-debris sets that rules were written against (tests/fixtures/heldout, heldout-2, heldout-4 to heldout-12,
// written blind and then tuned on): every check of every case holds, so a later rule cannot quietly undo one; in the
// sets partly tuned on (10 to 12), every check but the misses listed, which a rule must take off the list once it
// meets them. Set 3 stays held out and is only scored, by `npm run bench:pages`.
import { describe, expect, it } from 'vitest';
import { scoreHeldout } from '../../../scripts/bench/heldout-score.ts';

describe.each(['tests/fixtures/heldout', 'tests/fixtures/heldout-2', 'tests/fixtures/heldout-4', 'tests/fixtures/heldout-5', 'tests/fixtures/heldout-6', 'tests/fixtures/heldout-7', 'tests/fixtures/heldout-8', 'tests/fixtures/heldout-9'])('page-debris cases in %s', (root) => {
  it.each(scoreHeldout(root).map((c) => [c.name, c.checks] as const))('%s: every check holds', (_name, checks) => {
    expect(checks.filter((c) => !c.ok).map((c) => c.check)).toEqual([]);
  });
});

/** The checks not yet met in the sets partly tuned on, by case (README, "Pages from unseen outlets"). */
const KNOWN_MISSES: Readonly<Record<string, readonly string[]>> = {
  // A Telegram post signed "✍️ Name": the channel's name is taken as the author.
  'html-telegram-channel-web-post': ['author'],
  // Four paragraphs the page hides behind its paywall (aria-hidden) are not read: extraction keeps what the page shows.
  'html-saved-page-jsonld-byline-conflict': ['last body paragraph', 'body paragraphs'],
  // Teletext subpages recovered from tape: each subpage's repeated header rows, banner, headline and button rows,
  // the archive's header and the index page are not read as a paged text's furniture.
  'txt-teletext-recovered-subpages': [
    'title', 'first body paragraph', 'body paragraphs',
    'not in body: TELETEXT RECOVERY ARCHIVE', 'not in body: VHS tape NT-0412', 'not in body: vhs-teletext, deconvolved 2021-11-06',
    'not in body: Characters that could not be recovered are shown as', 'not in body: TRA/NTX/1997/0318/124',
    'not in body: for research and private study only', 'not in body: P124 NORTHTEXT 124', 'not in body: ABERDEEN & GRAMPIAN',
    'not in body: Fish quota talks end without deal', 'not in body: Scottish news 130', 'not in body: Tenerife 7nts from £219',
    'not in body: TV Guide', 'not in body: subpage 3/5',
  ],
};

describe.each(['tests/fixtures/heldout-10', 'tests/fixtures/heldout-11', 'tests/fixtures/heldout-12'])('page-debris cases in %s (partly tuned on)', (root) => {
  it.each(scoreHeldout(root).map((c) => [c.name, c.checks] as const))('%s: every check holds but the known misses', (name, checks) => {
    expect(checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(KNOWN_MISSES[name] ?? []);
  });
});
