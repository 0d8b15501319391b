import { describe, expect, it } from 'vitest';
import { breakTease, debrisKind, debrisStart, findReadMore, markerKind, strayMarkers, pollQuestion } from '../../../src/lib/ingest/debris.ts';

describe('markerKind', () => {
  it('names share, subscribe, related and other furniture lines', () => {
    expect(markerKind('Share post:')).toBe('share');
    expect(markerKind('  Tweet  ')).toBe('share');
    expect(markerKind('Subscribe to our newsletter')).toBe('subscribe');
    // A bar of button words, a gallery's counter and buttons, a breadcrumb trail.
    expect(markerKind('Share Tweet Bookmark Print')).toBe('share');
    // An audio player's label, running time and speed, with a follow button beside them; not a sentence about listening.
    expect(markerKind('Listen to this article 00:00 / 02:41 1x Follow us on Google News')).toBe('share');
    expect(markerKind('Listen to the story · 4 min')).toBe('share');
    expect(markerKind('Listen to the story of how she survived.')).toBeNull();
    expect(markerKind('1 / 4')).toBe('other');
    expect(markerKind('‹ Prev Next ›')).toBe('other');
    expect(markerKind('View all photos')).toBe('other');
    expect(markerKind('Home > Business > Industry')).toBe('other');
    expect(markerKind('Share prices fell')).toBeNull();
    expect(markerKind('Home prices rose 4%')).toBeNull();
    expect(markerKind('Next week the vote')).toBeNull();
    expect(markerKind('Was this article helpful?')).toBe('other');
    expect(markerKind('POLL: Should the council suspend the jetty levy?')).toBe('other');
    expect(markerKind('POLL')).toBe('other');
    // A video's running time or a live entry's time standing alone.
    expect(markerKind('0:42')).toBe('other');
    expect(markerKind('1:02:15')).toBe('other');
    expect(markerKind('Score: 3:1')).toBeNull();
    expect(pollQuestion('POLL', 'Who was your man of the match?')).toBe(true);
    expect(pollQuestion('POLL', 'The poll closed on Friday.')).toBe(false);
    expect(pollQuestion('Officials', 'Who was your man of the match?')).toBe(false);
    expect(markerKind('Polling stations open at 7am, officials said?')).toBeNull();
    expect(markerKind('Was this helpful to the council?')).toBeNull();
    expect(markerKind('Read more:')).toBe('related');
    expect(markerKind('Advertisement')).toBe('other');
    expect(markerKind('Topics: energy, trade')).toBe('other');
    // A blog's like button, and the label over a page's list of its own headings.
    expect(markerKind('Like this:')).toBe('share');
    expect(markerKind('Like Loading...')).toBe('share');
    expect(markerKind('Table of contents')).toBe('other');
    expect(markerKind('In this article:')).toBe('other');
    // A news app's buttons.
    for (const button of ['Save', 'Save for later', 'Gift this article', 'Open in app', 'Bookmark']) expect(markerKind(button)).toBe('share');
    expect(markerKind('Save the date: the port reopens on Monday.')).toBeNull();
    expect(markerKind('Story continues below advertisement')).toBe('other');
    // A reader app's line of the story's site and reading time, and its link back to the original.
    for (const line of ['murrumbidgeetimes.com.au · 7 min read', '7 min read', 'View original', 'Read the original article']) expect(markerKind(line), line).toBe('other');
    expect(markerKind('The original was 7 min long.')).toBeNull();
    // A link set as a button, and not a sentence closed by an arrow nor a long line.
    for (const button of ['Claim the offer →', 'See all deals »', 'Next ›']) expect(markerKind(button), button).toBe('other');
    expect(markerKind('Prices rose sharply last year. →')).toBeNull();
    expect(markerKind('The ministry said the new rules would take effect in July →')).toBeNull();
    expect(markerKind('Macron : «Nous ne céderons pas»')).toBeNull();
    // The label over a newsroom's terms for republishing, and not a sentence about reprinting.
    for (const label of ['Republish this story', 'Reprint this article', 'Republish']) expect(markerKind(label), label).toBe('other');
    expect(markerKind('Republish this story, the editor said, and we will sue.')).toBeNull();
    // A printed page's running head or folio between paragraphs.
    for (const folio of ['Page 2', 'Page 2 of 3', 'Water notice lifted – Page 2', 'Norvane Biologics, Inc. | News Release | Page 1 of 2']) expect(markerKind(folio), folio).toBe('other');
    expect(markerKind('The report is on page 2.')).toBeNull();
    // A transcript's cues and time codes standing alone, and not a bracket in prose.
    for (const cue of ['(BEGIN VIDEOTAPE)', '(END VIDEO CLIP)', '(COMMERCIAL BREAK)', '(CROSSTALK)', '[18:21:14]']) expect(markerKind(cue), cue).toBe('other');
    expect(markerKind('(The videotape was played in court.)')).toBeNull();
    // A portal's box of the companies a story names, with their share prices, and not the article's own sentence.
    expect(markerKind('In this article: DPSB +6.40% NVX -1.2%')).toBe('other');
    expect(markerKind('In this article: we explain the vote.')).toBeNull();
  });

  it('leaves prose and empty lines alone', () => {
    expect(markerKind('Shares fell 3% on Monday.')).toBeNull();
    expect(markerKind('The email was sent on Monday.')).toBeNull();
    expect(markerKind('Like this one, most mains are cast iron.')).toBeNull();
    expect(markerKind('Contents of the report were leaked.')).toBeNull();
    expect(markerKind('')).toBeNull();
  });
});

describe('debrisStart: a reader app\'s highlights panel', () => {
  it('cuts from "Your highlights (2)" to the end, and never at a crosshead named Highlights', () => {
    const story = ['The council met on Monday and voted to close the pool.', 'Swimmers said they would appeal the decision in court.', 'The pool will close at the end of the summer season.'];
    expect(debrisStart([...story, 'Your highlights (2)', '“At those prices, rice doesn’t pay,” he said.', 'Note: check the figure.'])).toBe(3);
    expect(debrisStart([...story, 'Highlights', 'The season’s best swims were in August, when the water was warmest.'])).toBe(-1);
  });
});

describe('debrisKind', () => {
  it('adds list labels to the markers, as related', () => {
    expect(debrisKind('You may also like')).toBe('related');
    expect(debrisKind('More from Europe:')).toBe('related');
    expect(debrisKind("Editor's picks")).toBe('related');
    expect(debrisKind('Editor’s picks')).toBe('related');
    expect(debrisKind('Advertisement')).toBe('other');
    expect(debrisKind('Read more…')).toBe('related');
  });

  it('does not take a sentence that opens like a label for one', () => {
    expect(debrisKind('Related charges were dropped in May.')).toBeNull();
    expect(debrisKind('See also the annex, officials said.')).toBeNull();
    expect(debrisStart(['The ministry said talks would resume.', 'Officials gave no date.', 'Related charges were dropped in May.'])).toBe(-1);
  });
});

describe('debrisStart', () => {
  const body = ['The ministry said on Monday that talks would resume.', 'Officials gave no date for the next round.'];

  it('finds a trailing block of two or more headline-like lines', () => {
    expect(debrisStart([...body, 'Port strike ends after ten days', 'Oil prices climb on supply fears'])).toBe(2);
  });

  it('finds a label with a single listed line under it, or a label alone at the end', () => {
    expect(debrisStart([...body, 'Related', 'Port strike ends after ten days'])).toBe(2);
    expect(debrisStart([...body, 'Read next:'])).toBe(2);
  });

  it('does not take one unlabelled short last line for a list', () => {
    expect(debrisStart([...body, 'Port strike ends after ten days'])).toBe(-1);
  });

  it('finds a comments marker in the second half, and everything after it goes', () => {
    expect(debrisStart([...body, 'View all 12 comments', 'Great article.', 'I disagree with this.'])).toBe(2);
  });

  it('takes a list of headlines right above a comments marker with it, its label ending in a colon included', () => {
    expect(debrisStart([...body, 'Read more:', 'Erdogan warns Washington over sanctions', 'Greek wildfires: death toll rises', 'Comments (0)', 'Log in to comment'])).toBe(2);
    expect(debrisStart([...body, 'Port strike ends after ten days', 'Oil prices climb on supply fears', 'Comments (3)'])).toBe(2);
    expect(debrisStart([...body, 'A closing sentence of prose.', 'Comments (3)', 'Great article.'])).toBe(3);
  });

  it('ignores a comments marker in the first half', () => {
    expect(debrisStart(['Comments', ...body, 'A third sentence of prose.', 'A fourth sentence of prose.'])).toBe(-1);
  });

  it('never takes the first paragraph, and handles empty input', () => {
    expect(debrisStart(['Port strike ends', 'Oil prices climb'])).toBe(-1);
    expect(debrisStart([])).toBe(-1);
  });

  it('keeps credit lines and lines ending in a colon out of a list', () => {
    expect(debrisStart([...body, 'Reporting by Lena Park', 'Oil prices climb on supply fears'])).toBe(-1);
    expect(debrisStart([...body, 'Officials listed three demands:', 'Oil prices climb on supply fears'])).toBe(-1);
  });
});

describe('breakTease', () => {
  it('takes an anchor\'s tease right over the break cue as the programme\'s, and nothing else', () => {
    const tease = 'DESMET: Elena, thank you. Coming up after the break, why egg prices may fall. Stay with us.';
    expect(breakTease(tease, '(COMMERCIAL BREAK)')).toBe(true);
    expect(breakTease('Still ahead: the storm moves east.', '[BREAK]')).toBe(true);
    // Not without the cue under it, nor a turn of the story over the cue.
    expect(breakTease(tease, 'Return to Transcripts main page')).toBe(false);
    expect(breakTease(tease, undefined)).toBe(false);
    expect(breakTease('TREVINO: I just want somebody to tell me what the rules are.', '(COMMERCIAL BREAK)')).toBe(false);
  });
});

describe('strayMarkers: a furniture line ending with a full stop', () => {
  it('is the box’s under another furniture line, and prose anywhere else', () => {
    expect(strayMarkers(['Officials met.', 'Advertisement', 'Advertise with Tribune Media.', 'Talks resumed.'])).toEqual([{ index: 1, kind: 'other' }, { index: 2, kind: 'other' }]);
    expect(strayMarkers(['Officials met.', 'Advertisement', 'Officials said the talks would resume.'])).toEqual([{ index: 1, kind: 'other' }]);
    expect(strayMarkers(['Officials met.', 'Advertise with Tribune Media.', 'Talks resumed.'])).toEqual([]);
  });
});

describe('strayMarkers', () => {
  it('marks a cookie notice frozen into a page, with its buttons, and leaves prose about cookies', () => {
    expect(strayMarkers([
      'We use cookies and similar technologies to personalize content. By continuing to use this site, you agree to our use of cookies.',
      'Accept',
      'Manage preferences',
      'The city will spend $3.1 million on the intake.',
    ])).toEqual([{ index: 0, kind: 'other' }, { index: 1, kind: 'other' }, { index: 2, kind: 'other' }]);
    expect(strayMarkers(['The bakery said it uses cookies from a supplier in Ohio.', 'Accept'])).toEqual([]);
  });

  it('marks an offer to subscribe at a price and a reader app\'s stamp of when the story was kept, and leaves reports of both', () => {
    expect(strayMarkers([
      'The council met on Monday.',
      'Subscribe to the Times from $1 a week and support local journalism.',
      'Subscribe now: $1 for 6 months',
      'Saved 5 Jun 2025, 10:14 pm · from murrumbidgeetimes.com.au',
      'Subscribers pay $12 a month for the service, the company said.',
      'Saved by the bell on 5 June 2025, the council adjourned.',
      'Captured 12 June 2024 by a drone, the image shows the flood.',
      'Join the scheme for $600 in rebates, the utility said.',
    ])).toEqual([{ index: 1, kind: 'subscribe' }, { index: 2, kind: 'subscribe' }, { index: 3, kind: 'other' }]);
  });

  it('marks a caption closed by its photographer after a dash, and an offer of a free trial; leaves prose alike', () => {
    expect(strayMarkers([
      'The board voted on Tuesday.',
      "Sherman School, on Elgin's near west side, opened in 1924. — Sentinel photo by Ray Duchene",
      'Start a 7-day free trial to see every page of The Fox Valley Sentinel from 1946 to 2003.',
      'The mayor said — photo by photo — that the plan failed.',
      'Parents said they would start a free trial of the new bus route in May.',
    ])).toEqual([{ index: 1, kind: 'caption' }, { index: 2, kind: 'subscribe' }]);
    expect(debrisKind('More clippings from this page')).toBe('related');
  });

  it('marks a newsletter\'s sign-off to its readers, and leaves a report that quotes one', () => {
    expect(strayMarkers([
      'The council met on Monday.',
      "That's it for this issue. If a friend forwarded this to you, subscribe here — it's free.",
      'Was this email forwarded to you? Sign up for free.',
      "The editor wrote that a friend forwarded this to him, and that's it for now.",
    ])).toEqual([{ index: 1, kind: 'subscribe' }, { index: 2, kind: 'subscribe' }]);
  });

  it('marks a sponsor\'s label and its message under it, and leaves a sentence about sponsors', () => {
    expect(strayMarkers([
      'The yard will lay off 60 workers.',
      'SPONSORED',
      "This week's Dispatch is supported by Fogline Coffee Roasters. Show this email at the counter for a free refill.",
      'ALSO IN THIS ISSUE',
    ])).toEqual([{ index: 1, kind: 'other' }, { index: 2, kind: 'other' }]);
    expect(strayMarkers(['The festival is sponsored by the county.', 'It opens on Friday.'])).toEqual([]);
    // A named sponsor over the story's lede is the label alone: the lede stays.
    expect(strayMarkers(['Sponsored by the Knight Foundation', 'The city will spend $3.1 million on its water intake, the council decided.'])).toEqual([{ index: 0, kind: 'other' }]);
  });

  it('marks captions, newsletter prompts and short markers anywhere in the body', () => {
    expect(strayMarkers([
      'The ministry said talks would resume.',
      'Photo: Amira Saleh/Harbour Agency',
      'Advertisement',
      'Sign up to our morning briefing and get the news in your inbox every day.',
      'A ship unloads in the port. Photo: Jane Roe/Wire',
      'Officials gave no date.',
    ])).toEqual([
      { index: 1, kind: 'caption' },
      { index: 2, kind: 'other' },
      { index: 3, kind: 'subscribe' },
      { index: 4, kind: 'caption' },
    ]);
  });

  it('marks a call for tips, a question then where to send them, and leaves a question in the story', () => {
    expect(strayMarkers(['Officials gave no date.', 'Got a tip about the layoffs? Reply to this email or text Noor at 360-555-0127.'])).toEqual([{ index: 1, kind: 'appeal' }]);
    expect(strayMarkers([
      'Officials gave no date.',
      'Have a claim you want us to verify? Send it to our tip line, or email verify@example.org.',
      'Have a question about the levy? The council says residents should ask at the town hall.',
    ])).toEqual([{ index: 1, kind: 'appeal' }]);
  });

  it('marks a labelled time stamp standing alone under or inside the text, and leaves prose about publishing', () => {
    expect(strayMarkers([
      'Officials gave no date.',
      'Originally Published: March 11, 2024 at 11:48 p.m.',
      'Updated 6:02 a.m.',
      'Published in 2019, the report found the wall too low.',
      'Posted to social media on Monday, the video showed the flood.',
      'Aired March 6, 2025 - 18:00 ET',
      'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.',
      'First uploaded on: 07-07-2025 at 21:05 IST',
    ])).toEqual([{ index: 1, kind: 'date' }, { index: 2, kind: 'date' }, { index: 5, kind: 'date' }, { index: 6, kind: 'other' }, { index: 7, kind: 'date' }]);
  });

  it('marks a call to subscribe that says where, and leaves prose about subscribing', () => {
    expect(strayMarkers([
      'Officials gave no date.',
      'Read all our news from the coast every morning - subscribe free at digest.example/newsletter',
      'Residents can register at the town hall until Friday.',
      'The union urged members to sign up at its office.',
    ])).toEqual([{ index: 1, kind: 'subscribe' }]);
  });

  it('marks a bracketed photo credit and a prompt to follow the outlet, not prose that mentions a video or a channel', () => {
    expect(strayMarkers([
      'Rescuers search the rubble in Antakya. (AP Photo/Jane Roe)',
      'Workers at the site (Photo by Lena Park)',
      'Follow us on X for the latest news',
      'The minister spoke (in a video posted online).',
      'Join us as we follow the story on this channel',
      'A rendering of the ferry the operator plans to put into service (Provided by Naniwa Kaiun Co.)',
      'The dam was built in 1962 (courtesy of the state archive, which lent the plans).',
    ])).toEqual([
      { index: 0, kind: 'caption' },
      { index: 1, kind: 'caption' },
      { index: 2, kind: 'share' },
      { index: 5, kind: 'caption' },
    ]);
  });

  it('marks the headlines listed under a label ending in a colon, and a bar of things to do with the story', () => {
    expect(strayMarkers(['Officials met.', 'Related Stories:', 'Sisi meets Saudi king in Riyadh', 'Egypt, Jordan hold joint drills', 'The talks resume on Monday.', 'Print this story | E-mail to a friend | Share on Facebook'])).toEqual([
      { index: 1, kind: 'related' },
      { index: 2, kind: 'related' },
      { index: 3, kind: 'related' },
      { index: 5, kind: 'share' },
    ]);
    const body = ['The ministry said on Monday that talks would resume.', 'Officials gave no date for the next round.'];
    expect(debrisStart([...body, 'A closing sentence of prose.', "Readers' comments (2)", 'Hany, Alexandria: Wise decision.'])).toBe(3);
  });

  it('marks a share bar of service names alone, not one word or prose that names them', () => {
    expect(strayMarkers(['Facebook Twitter Email Print', 'Share: Mastodon · Bluesky · Email', 'Facebook', 'Email the council to object.'])).toEqual([
      { index: 0, kind: 'share' },
      { index: 1, kind: 'share' },
    ]);
  });

  it('marks a box that sells a newsletter by name and closes with its own call to sign up', () => {
    expect(strayMarkers([
      'Get the Harbour Daily. The morning’s news, free, before 7am. Sign up now',
      'The Weekend Read: our best long stories. Subscribe here.',
    ])).toEqual([{ index: 0, kind: 'subscribe' }, { index: 1, kind: 'subscribe' }]);
  });

  it('marks a bar of bracketed buttons and an appeal for money closing its own line', () => {
    expect(strayMarkers([
      '[Print this story] [E-mail this story]',
      'The Ledger is a reader-funded newsroom. Support our work',
      'Donate today →',
      'Independent reporting costs money. Become a member.',
      'Metals Daily is independent and free to read. Support our work with a donation from just $5 a month.',
      'The Orebody is reader-funded. Become a supporter to keep mining journalism free.',
    ])).toEqual([0, 1, 2, 3, 4, 5].map((index) => ({ index, kind: index === 0 ? 'share' : 'appeal' })));
  });

  it('leaves prose about donations and a bracketed editorial insertion alone', () => {
    expect(strayMarkers([
      'The charity urged readers to donate.',
      'Supporters said they would support our work on the bill.',
      '“Support our work,” the charity’s director told donors, and the fund doubled.',
      'Officials urged residents to donate now to the flood appeal.',
      '[The minister] said the talks would resume.',
      `${'The fund said donations had doubled this year. '.repeat(12)}Donate now`,
    ])).toEqual([]);
  });

  it('leaves prose that ends on signing up alone', () => {
    expect(strayMarkers([
      'Officials urged residents to sign up.',
      'More than 2,000 farmers have registered. The deadline for the rest to sign up is Friday.',
      `${'The council said the scheme was popular. '.repeat(12)}Sign up now`,
    ])).toEqual([]);
  });

  it('does not take a prose sentence that starts with a marker word for furniture', () => {
    expect(strayMarkers(['Comments from the minister were brief.', 'Share prices rose.'])).toEqual([]);
    expect(strayMarkers([])).toEqual([]);
  });
});

describe('debrisStart with a page footer', () => {
  const body = ['The ministry said on Monday that talks would resume after the summer, officials told reporters.', 'Officials gave no date for the next round of the talks, which began in March last year.'];

  it('takes a list of headlines with the footer under it, a call to give and a copyright notice among it', () => {
    const tail = ['More from KWSN News', 'Dodge City approves water plant', 'March 10, 2025', 'KWSN News relies on listeners like you. Donate now to support local journalism.', '© 2025 Western Kansas Public Media'];
    expect(debrisStart([...body, ...tail])).toBe(2);
  });

  it('does not take a footer alone with no list over it', () => {
    expect(debrisStart([...body, 'Support our journalism: donate today to keep local news free.'])).toBe(-1);
  });
});

describe('a line sending the reader elsewhere for the whole story', () => {
  it('is read-more when it ends with the address or "online"', () => {
    expect(strayMarkers(['Read the full story and see the engineering report on our website: https://ledger.example/news/seawall'])).toEqual([{ index: 0, kind: 'read-more' }]);
    expect(strayMarkers(['Watch the full interview online.'])).toEqual([{ index: 0, kind: 'read-more' }]);
  });

  it('leaves prose about reading the full report', () => {
    expect(strayMarkers(['Read the full report and you will see that the ministry knew of the cracks in 2019.'])).toEqual([]);
  });
});

describe('findReadMore', () => {
  it('finds a trailing read-more link with its leading space', () => {
    expect(findReadMore('Officials met on Monday. Read more')).toEqual({ start: 24, label: 'Read more' });
    expect(findReadMore('Officials met. Continue reading.  ')).toEqual({ start: 14, label: 'Continue reading' });
    expect(findReadMore('Officials met. More »')).toEqual({ start: 14, label: 'More »' });
  });

  it('needs it at the very end, after a space', () => {
    expect(findReadMore('Read more about the talks below.')).toBeNull();
    expect(findReadMore('Read more')).toBeNull();
    expect(findReadMore('')).toBeNull();
  });

  it('stays fast on a long run of spaces', () => {
    expect(findReadMore(`x${' '.repeat(200_000)}y`)).toBeNull();
  });
});

describe('furniture anywhere in the body', () => {
  it('knows captions that end with a bracketed or dashed photo credit', () => {
    expect(strayMarkers([
      'Tugboats guide the ferry into harbour on Tuesday, March 5, 2024. (AP Photo/Raigo Pärn)',
      'Smoke rises from the elevator on Friday morning. (Staff photo by Jim Haugland)',
      'Students attend class in a tent outside their school in Swat. — File photo',
      'The minister said the photo (taken in May) was genuine.',
    ])).toEqual([{ index: 0, kind: 'caption' }, { index: 1, kind: 'caption' }, { index: 2, kind: 'caption' }]);
  });

  it('knows prompts to follow the outlet, sign-up fine print and share lines that list services', () => {
    expect(strayMarkers([
      'Follow us on Telegram for breaking news and updates: t.me/example',
      'Like us on Facebook, follow us on X and Instagram for the latest news.',
      'By signing up you agree to our Privacy Policy. You can unsubscribe at any time.',
      'Share this story: Facebook · X · Email',
      'Advertise with Harbour Media',
      'He said he followed us on Facebook for years.',
    ])).toEqual([{ index: 0, kind: 'share' }, { index: 1, kind: 'share' }, { index: 2, kind: 'subscribe' }, { index: 3, kind: 'share' }, { index: 4, kind: 'other' }]);
  });

  it('finds a comments marker with its count past half of the words, even before the middle line', () => {
    const prose = 'Officials said the new schools would open before the monsoon, and parents welcomed the plan.';
    expect(debrisStart([prose, prose, prose, 'Comments (3)', 'Aslam Khan', 'Same every year.', 'Saima', 'Good step.', 'Recommend 5'])).toBe(3);
  });
});

describe('share bars, related boxes and calls copied one a line', () => {
  const prose = ['Ministers met in Doha on Monday to discuss the plan.', 'They agreed on a timetable for talks.', 'A further round is due next month.'];

  it('takes two or more lone share buttons in a row for a share bar', () => {
    expect(strayMarkers([prose[0] as string, 'Facebook', 'X', prose[1] as string])).toEqual([{ index: 1, kind: 'share' }, { index: 2, kind: 'share' }]);
    expect(strayMarkers([prose[0] as string, 'WhatsApp', 'Email', 'Copy link', prose[1] as string]).map((m) => m.kind)).toEqual(['share', 'share', 'share']);
  });

  it('leaves one network’s name alone over its paragraph, as a crosshead', () => {
    expect(strayMarkers([prose[0] as string, 'Facebook', 'The company said it would appeal.', 'X', prose[1] as string])).toEqual([]);
  });

  it('takes the headlines under a bare "Related" label in the middle of the text, up to the next line of prose', () => {
    const texts = [...prose, 'Related', 'Shipping rates fall for third month', 'Harbour dredging plan wins approval', 'The port handled 4 million containers last year, a record.'];
    expect(strayMarkers(texts)).toEqual([3, 4, 5].map((index) => ({ index, kind: 'related' })));
  });

  it('leaves the line under a labelled link, which is one headline of its own', () => {
    expect(strayMarkers(['Read also: Talks stall again', 'Shipping rates fall for third month', ...prose])).toEqual([{ index: 0, kind: 'related' }]);
    expect(strayMarkers(['More on the strike: talks stall again', 'The Vote', ...prose])).toEqual([{ index: 0, kind: 'related' }]);
    // A short headline of two sentences is one headline; a longer text of several after a label is prose.
    expect(strayMarkers(['Read more: Welding program has a waitlist. Here’s why.', ...prose])).toEqual([{ index: 0, kind: 'related' }]);
    expect(strayMarkers(['See also: The council met on Monday to discuss the port. It agreed to fund a study of dredging the channel.', ...prose])).toEqual([]);
  });

  it('takes a bar of calls to subscribe and share, after a short question to the reader, for a subscribe line', () => {
    expect(strayMarkers([...prose, 'Enjoyed this? Subscribe for more · Share on LinkedIn'])).toEqual([{ index: 3, kind: 'subscribe' }]);
    expect(strayMarkers([...prose, 'Share this story | Subscribe to our newsletter'])).toEqual([{ index: 3, kind: 'share' }]);
  });

  it('leaves a question to the reader that asks for nothing, and a bar with any other part', () => {
    expect(strayMarkers([...prose, 'Enjoyed this? Tell us what you think · Share on LinkedIn'])).toEqual([]);
    expect(strayMarkers([...prose, 'Ports · Shipping · Share'])).toEqual([]);
  });

  it('takes a newsletter’s pitch as the last line for a subscribe line', () => {
    expect(strayMarkers([...prose, "Get the day's top business stories in your inbox."])).toEqual([{ index: 3, kind: 'subscribe' }]);
  });
});
