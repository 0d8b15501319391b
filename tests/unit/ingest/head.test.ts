import { describe, expect, it } from 'vitest';
import { capitalsOverHeadline, detectHead, isCrosshead, isHeadingLike, isMasthead, isNavigationLine, namesOutlet, navigationEnd, sameHeadline } from '../../../src/lib/ingest/head.ts';

describe('isHeadingLike', () => {
  it('is true for a short line without closing punctuation', () => {
    expect(isHeadingLike('Port workers vote to end strike')).toBe(true);
    expect(isHeadingLike('Port workers vote to end strike.')).toBe(false);
    expect(isHeadingLike('“We will not accept this,” he said?')).toBe(false);
    expect(isHeadingLike('What the minister said:')).toBe(false);
    // An item of a bulleted list, however short: a wire's summary points.
    expect(isHeadingLike('* Union says 900 workers walked out')).toBe(false);
    expect(isHeadingLike('• Output halted at the site')).toBe(false);
  });

  it('is false past the word limit', () => {
    expect(isHeadingLike('word '.repeat(30).trim())).toBe(true);
    expect(isHeadingLike('word '.repeat(31).trim())).toBe(false);
    expect(isHeadingLike('a b c d e', 4)).toBe(false);
  });
});

describe('detectHead', () => {
  it('reads title and standfirst before the first line of prose', () => {
    expect(detectHead(['Port workers vote to end strike', 'The ten-day stoppage cost millions', 'Dock workers voted on Friday.'])).toEqual({
      labels: [],
      caption: null,
      title: 'Port workers vote to end strike',
      standfirst: ['The ten-day stoppage cost millions'],
      bodyStart: 2,
    });
  });

  it('takes a very short first line before a longer one for a photo caption', () => {
    expect(detectHead(['Amira Saleh', 'Port workers vote to end strike', 'Dock workers voted on Friday.'])).toEqual({
      labels: [],
      caption: 'Amira Saleh',
      title: 'Port workers vote to end strike',
      standfirst: [],
      bodyStart: 2,
    });
  });

  it('has no title when the file starts with prose, and no lines for empty input', () => {
    expect(detectHead(['Dock workers voted on Friday.', 'Short line'])).toEqual({ labels: [], caption: null, title: null, standfirst: [], bodyStart: 0 });
    expect(detectHead([])).toEqual({ labels: [], caption: null, title: null, standfirst: [], bodyStart: 0 });
  });

  it('sets a section trail or a wire slug line above the headline aside as labels, not as the title', () => {
    const body = 'Ferry crews walked out on Wednesday.';
    expect(detectHead(['World', 'Europe', 'Greek ferry crews strike for 48 hours', 'Islanders stranded at Piraeus', body])).toMatchObject({
      labels: ['World', 'Europe'],
      caption: null,
      title: 'Greek ferry crews strike for 48 hours',
      standfirst: ['Islanders stranded at Piraeus'],
    });
    expect(detectHead(['MERIDIAN NEWS AGENCY -- BUSINESS WIRE', 'Drought forces copper mines to cut output', body])).toMatchObject({ labels: ['MERIDIAN NEWS AGENCY -- BUSINESS WIRE'], caption: null, title: 'Drought forces copper mines to cut output' });
    // One short line is still a kicker or photo caption, and a headline of a few words stays the title.
    expect(detectHead(['EXCLUSIVE', 'Egypt quits MESA', 'Cairo pulls out of the planned alliance', body])).toMatchObject({ labels: [], caption: 'EXCLUSIVE', title: 'Egypt quits MESA' });
    expect(detectHead(['Talks fail', body])).toMatchObject({ labels: [], title: 'Talks fail' });
  });

  it('counts every line as head when none is prose (the caller refuses such a file)', () => {
    expect(detectHead(['Only a headline']).bodyStart).toBe(1);
  });

  it('lets the caller say which lines are headings', () => {
    const lines = ['A heading that ends with a stop.', 'Prose.'];
    expect(detectHead(lines, (i) => i === 0)).toMatchObject({ title: 'A heading that ends with a stop.', bodyStart: 1 });
  });
});

describe('namesOutlet', () => {
  it('knows a line printing the outlet’s name, alone or with an edition or section after a dash, bar or colon', () => {
    expect(namesOutlet('El Correo Minero — English edition', 'El Correo Minero')).toBe(true);
    expect(namesOutlet('EL CORREO MINERO', 'El Correo Minero')).toBe(true);
    expect(namesOutlet('Le Monde | International', 'Le Monde')).toBe(true);
    expect(namesOutlet('Télam', 'Telam')).toBe(true);
  });

  it('leaves a headline or a sentence that opens with the name', () => {
    expect(namesOutlet('El Correo Minero wins a press award for its mine coverage', 'El Correo Minero')).toBe(false);
    expect(namesOutlet('Le Monde: the paper said on Monday that it would close its bureau.', 'Le Monde')).toBe(false);
    expect(namesOutlet('Reuters', '')).toBe(false);
  });
});

describe('isCrosshead', () => {
  it('is a short capitalised line without closing punctuation', () => {
    expect(isCrosshead('Trust Issues')).toBe(true);
    expect(isCrosshead('Économie en crise')).toBe(true);
    expect(isCrosshead('trust issues')).toBe(false);
    expect(isCrosshead('Trust issues remain.')).toBe(false);
    expect(isCrosshead('What comes next:')).toBe(false);
    expect(isCrosshead('One two three four five six seven')).toBe(false);
  });
});

describe('navigation at the top of a copied page', () => {
  it('knows navigation lines: skip links, menus and breadcrumbs', () => {
    expect(['Skip to main content', 'E-Paper | Urdu | Live TV', 'Home / Pakistan / Khyber Pakhtunkhwa', 'News · Sport · Weather'].map(isNavigationLine)).toEqual([true, true, true, true]);
    expect(['Talks in Doha | Talks resume in the Gulf', 'Home › Transport', 'Officials met | he said.'].map(isNavigationLine)).toEqual([false, false, false]);
  });

  it('ends navigation right above a headline: a run of menu lines, or one navigation line', () => {
    expect(navigationEnd(['Skip to main content', 'World', 'U.S.', 'Ferry with 612 aboard reaches port after storm', 'Body.'])).toBe(3);
    expect(navigationEnd(['Home / World / Europe', 'Ferry with 612 aboard reaches port after storm', 'Body.'])).toBe(1);
    // A phone's status-bar clock first, then the app's bar: the clock is part of the page, not a date about the story.
    expect(navigationEnd(['9:41', 'The Daily Ledger', 'Open in app', 'World · Europe', 'Ferry with 612 aboard reaches port after storm', 'Body.'])).toBe(4);
    // A clock further down still stops the run: it may be when the story was published.
    expect(navigationEnd(['World', 'Europe', '9:41', 'Ferry with 612 aboard reaches port after storm', 'Body.'])).toBe(0);
  });

  it('leaves a caption over a headline, a file that starts with prose, and menus with no headline under them', () => {
    expect(navigationEnd(['Donald Trump', 'Trump seeks to revive ‘Arab NATO’ to confront Iran: Report', 'Body.'])).toBe(0);
    expect(navigationEnd(['EXCLUSIVE', 'Egypt quits MESA', 'Cairo pulls out of the alliance talks, officials say', 'Body.'])).toBe(0);
    expect(navigationEnd(['Officials met in Riyadh on Sunday.', 'World'])).toBe(0);
    expect(navigationEnd(['World', 'Sport', 'Officials met in Riyadh on Sunday, diplomats said.'])).toBe(0);
    expect(navigationEnd([])).toBe(0);
  });

  it('stops a run of menu lines at a byline or a date line, which belong to the article', () => {
    expect(navigationEnd(['World', 'Europe', 'By Jane Doe', 'March 3, 2024', 'Ferry with 612 aboard reaches port after storm', 'Body.'])).toBe(0);
    expect(navigationEnd(['World', 'Europe', 'Asia', 'By Jane Doe', 'Ferry with 612 aboard reaches port after storm'])).toBe(0);
  });
});

describe('a masthead over the headline', () => {
  it('takes an outlet’s name over the headline for a label, not a caption', () => {
    for (const name of ['The Evening Post', 'The Ledger', 'Valley Daily News', 'Harbour Gazette']) {
      expect(isMasthead(name), name).toBe(true);
      const head = detectHead([name, 'Port workers vote to strike over automation plans', 'Dock workers voted on Tuesday to strike over plans to automate cranes.']);
      expect(head.caption, name).toBeNull();
      expect(head.labels, name).toEqual([name]);
      expect(head.title).toBe('Port workers vote to strike over automation plans');
    }
  });

  it('keeps a person’s name or a place over the headline as its picture’s caption', () => {
    for (const caption of ['Jo Roe', 'Mike Pompeo', 'The harbour at dawn', 'Port of Tema']) {
      expect(isMasthead(caption), caption).toBe(false);
      expect(detectHead([caption, 'Port workers vote to strike over automation plans', 'Dock workers voted on Tuesday to strike over plans to automate cranes.']).caption).toBe(caption);
    }
  });
});

describe('sameHeadline', () => {
  it('takes one headline written two ways for the same, and a version with a word more or less for another', () => {
    expect(sameHeadline('Council approves $63.8M contract for harbour floodwall, tide gates', 'Council approves $63.8 million contract for harbour floodwall and tide gates')).toBe(true);
    expect(sameHeadline('Vision Pro hands-on: the display moment for headsets', 'Vision Pro is the display moment for headsets')).toBe(false);
    // Short headlines share their few words too easily.
    expect(sameHeadline('Talks resume', 'Talks resume')).toBe(false);
  });
});

describe('isNavigationLine: a link back to the list', () => {
  it('takes "Return to … main page" and "Back to all stories" for navigation, not a sentence about returning', () => {
    expect(isNavigationLine('Return to Transcripts main page')).toBe(true);
    expect(isNavigationLine('Back to all stories')).toBe(true);
    expect(isNavigationLine('Return to the moon by 2030')).toBe(false);
  });
});

describe('capitalsOverHeadline', () => {
  const body = 'The island ferry company said on Friday that fares would rise by eight percent from April, the first increase in years.';
  it('takes a line in capitals over a title-case headline for its label, and the headline for the title', () => {
    expect(capitalsOverHeadline('ISLAND EVENING NEWS WITH MARA LIND', 'Ferry Fares To Rise For First Time In Three Years')).toBe(true);
    expect(detectHead(['ISLAND EVENING NEWS WITH MARA LIND', 'Ferry Fares To Rise For First Time In Three Years', body]).title).toBe('Ferry Fares To Rise For First Time In Three Years');
  });

  it('leaves a headline in capitals over a standfirst in sentence case, or over a shorter line', () => {
    expect(capitalsOverHeadline('FERRY FARES TO RISE IN APRIL', 'The company blamed fuel costs and kept a discount for residents')).toBe(false);
    expect(capitalsOverHeadline('FERRY FARES TO RISE IN APRIL AS FUEL COSTS CLIMB', 'By Ina Kovac')).toBe(false);
    expect(detectHead(['FERRY FARES TO RISE IN APRIL', 'The company blamed fuel costs and kept a discount for residents', body]).title).toBe('FERRY FARES TO RISE IN APRIL');
  });
});

