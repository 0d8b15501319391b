import { describe, expect, it } from 'vitest';
import { endsLikeSentence, paragraphSpans } from '../../../src/lib/ingest/paragraphs.ts';

describe('paragraphSpans', () => {
  it('takes each line as a paragraph when lines are not hard-wrapped, with 1-based places', () => {
    expect(paragraphSpans('Title line\n\n  First paragraph.\nSecond paragraph.')).toEqual([
      { text: 'Title line', line: 1, endLine: 1, column: 1 },
      { text: 'First paragraph.', line: 3, endLine: 3, column: 3 },
      { text: 'Second paragraph.', line: 4, endLine: 4, column: 1 },
    ]);
  });

  it('joins hard-wrapped lines within blank-line blocks', () => {
    const text = ['The ministry said on', 'Monday that the talks', 'would resume.', '', 'Officials gave no', 'date for the next', 'round of talks.'].join('\n');
    expect(paragraphSpans(text)).toEqual([
      { text: 'The ministry said on Monday that the talks would resume.', line: 1, endLine: 3, column: 1 },
      { text: 'Officials gave no date for the next round of talks.', line: 5, endLine: 7, column: 1 },
    ]);
  });

  // A story wrapped at 64 columns, as a mail client or a terminal editor fills it.
  const wrapped = [
    'The central bank raised its main interest rate by half a point on',
    'Thursday, its third increase this year, and signalled that more',
    'could follow if inflation does not ease over the coming months.',
    '',
    'Analysts had expected a smaller move. The governor told reporters',
    'that the decision was unanimous and that the bank would watch wage',
    'growth closely before its next meeting in September.',
    'Get the day’s top business stories in your inbox. Sign up here.',
  ];

  it('starts a paragraph after a line that ended a sentence well short of the wrap width', () => {
    const spans = paragraphSpans(wrapped.join('\n'));
    expect(spans.map((s) => [s.line, s.endLine])).toEqual([[1, 3], [5, 7], [8, 8]]);
    expect(spans[2]?.text).toBe('Get the day’s top business stories in your inbox. Sign up here.');
  });

  it('keeps a paragraph whole where a sentence ends near the width, or the next word would not have fitted', () => {
    // "move." ends a sentence mid-line; "signalled that more" is short but ends no sentence.
    const spans = paragraphSpans(wrapped.slice(0, 7).join('\n'));
    expect(spans.map((s) => [s.line, s.endLine])).toEqual([[1, 3], [5, 7]]);
    // A sentence ending at 52 columns before a 16-letter word: the wrapper could not have fitted it.
    const long = ['One sentence ends on this line, well before the width.', 'Counterintuitively the next one starts with a long word and it goes', 'on to fill the line as a wrapped line does, then it ends there.', '', 'Another block follows here so that the text has two blocks and', 'enough lines to count as wrapped at about sixty-six columns in all', 'of its lines but the last.'];
    expect(paragraphSpans(long.join('\n')).map((s) => [s.line, s.endLine])).toEqual([[1, 3], [5, 7]]);
  });

  it('starts a line after one that ends no sentence but leaves a quarter of a wide column unused, as a byline over its stamp', () => {
    const head = ['By Aurelie Thibodeau', 'Published June 10, 2025 12:04 p.m.', '', ...wrapped];
    expect(paragraphSpans(head.join('\n')).map((s) => [s.line, s.endLine]).slice(0, 2)).toEqual([[1, 1], [2, 2]]);
    // A line wrapped by hand a little short of the width stays in its paragraph.
    const byHand = ['The council said the pool would close at the end of the summer and that', 'Swimmers would be offered places at the new pool when it opens in the', 'spring of next year, a spokesman said.', '', ...wrapped];
    expect(paragraphSpans(byHand.join('\n'))[0]).toMatchObject({ line: 1, endLine: 3 });
  });

  // Found in a quoted e-mail: a headline that filled the width ran on into "By Tomás Ferrada" under it.
  it('keeps a byline a line of its own under a headline that fills the width, and the line under it too', () => {
    const head = ['Desalination brine linked to kelp die-off near Antofagasta, study says', 'By Tomás Ferrada', '10 March 2025 · Andes Metals Report', '', ...wrapped];
    expect(paragraphSpans(head.join('\n')).map((s) => [s.line, s.endLine]).slice(0, 3)).toEqual([[1, 1], [2, 2], [3, 3]]);
    // "By" opening a wrapped line of a sentence is not a byline: lower-case words follow it.
    const prose = ['The plan was approved on Tuesday after a long debate in the chamber, led', 'By far the largest group of residents who had signed the petition.', '', ...wrapped];
    expect(paragraphSpans(prose.join('\n'))[0]).toMatchObject({ line: 1, endLine: 2 });
  });

  it('starts a line after each of three or more short lines in a row in a narrow column, as a menu copied an item a line', () => {
    const column = [
      'The closings will affect about', '430 pupils, who will be reas-', 'signed to Bluff City and to', 'Oakwood Elementary. Board members', 'said the move will save the', 'district about $640,000 a year.', '',
      'Under the plan approved Tuesday,', 'the district will spend $2.1', 'million to add eight classrooms', 'and a second lunchroom at Bluff', 'City, with work to begin soon.',
    ];
    const menu = ['Archive', 'Search', 'Browse', 'Clippings', 'Sign In', ''];
    expect(paragraphSpans([...menu, ...column].join('\n')).map((s) => s.text).slice(0, 5)).toEqual(['Archive', 'Search', 'Browse', 'Clippings', 'Sign In']);
    // One or two short lines in a narrow column may be wraps before a long word: they stay in their paragraph.
    const two = ['The district said', 'Superintendent Karen Lindqvist would', 'decide by Friday which staff stay.', ''];
    expect(paragraphSpans([...two, ...column].join('\n'))[0]?.text).toBe('The district said Superintendent Karen Lindqvist would decide by Friday which staff stay.');
  });

  it('takes each item of a bulleted list for a line of its own, and a hyphen for a bullet only in a list that opens with one', () => {
    const list = ['Related stories', '', '* Council signs off 8.9% rates rise after late-night meeting', '* Ferry terminal car park to be resealed in May', ''];
    expect(paragraphSpans([...list, ...wrapped].join('\n')).map((s) => s.text).slice(0, 3)).toEqual([
      'Related stories',
      '* Council signs off 8.9% rates rise after late-night meeting',
      '* Ferry terminal car park to be resealed in May',
    ]);
    const dashes = ['- Rates rise by 8.9% from July across the', '- Ferry car park resealed in May', ''];
    expect(paragraphSpans([...dashes, ...wrapped].join('\n'))[1]?.text).toBe('- Ferry car park resealed in May');
    // A dash the wrapping moved to a line's start is not a bullet in a paragraph that opens with none.
    const dash = ['The council said the rise was needed to pay for the wharf repairs and the new', '- and long delayed - library, which opens in the spring of next year.', ''];
    expect(paragraphSpans([...dash, ...wrapped].join('\n'))[0]?.text).toBe(`${dash[0]} ${dash[1]}`);
  });

  it('does not join lines when most of them are long (one paragraph per line)', () => {
    const long = 'x'.repeat(120);
    const text = [long, long, long, '', long, long, long].join('\n');
    expect(paragraphSpans(text)).toHaveLength(6);
  });

  it('offsets line numbers and keeps inner runs of spaces', () => {
    expect(paragraphSpans('A  b', 10)).toEqual([{ text: 'A  b', line: 10, endLine: 10, column: 1 }]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(paragraphSpans('')).toEqual([]);
    expect(paragraphSpans(' \n\t\n')).toEqual([]);
  });
});

describe('endsLikeSentence', () => {
  it('is true after closing punctuation, also inside closing quotes or brackets', () => {
    expect(endsLikeSentence('It rained.')).toBe(true);
    expect(endsLikeSentence('Did it rain?  ')).toBe(true);
    expect(endsLikeSentence('“It rained!”')).toBe(true);
    expect(endsLikeSentence('(It rained…)')).toBe(true);
    expect(endsLikeSentence('It rained')).toBe(false);
    expect(endsLikeSentence('It rained:')).toBe(false);
    expect(endsLikeSentence('')).toBe(false);
  });
});
