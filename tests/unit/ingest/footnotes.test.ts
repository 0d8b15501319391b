import { describe, expect, it } from 'vitest';
import { bareNoteNumber, sourcesListStart, trailingNotes } from '../../../src/lib/ingest/footnotes.ts';

const body = ['The ferry service was cut by a third last year, the operator said.2', 'Passengers on the early crossing were mostly shift workers.1'];

describe('bareNoteNumber', () => {
  it('reads a marker standing alone in figures, brackets or superscript', () => {
    expect(bareNoteNumber('3')).toBe(3);
    expect(bareNoteNumber(' [12] ')).toBe(12);
    expect(bareNoteNumber('(2)')).toBe(2);
    expect(bareNoteNumber('²')).toBe(2);
    expect(bareNoteNumber('¹⁰')).toBe(10);
  });

  it('is no marker for a list number or a line of text', () => {
    expect(bareNoteNumber('1.')).toBeNull();
    expect(bareNoteNumber('1)')).toBeNull();
    expect(bareNoteNumber('2024')).toBeNull();
    expect(bareNoteNumber('1 in 5 riders')).toBeNull();
  });
});

describe('trailingNotes', () => {
  it('finds marker lines each followed by their note, numbered from 1, at the end', () => {
    const notes = ['1', 'Figures exclude the winter timetable.', '2', 'The operator gave the figures on request. They were not published.'];
    expect(trailingNotes([...body, ...notes])).toBe(2);
  });

  it('finds notes that open with a bracketed or superscript marker', () => {
    expect(trailingNotes([...body, '[1] Figures exclude the winter timetable.', '[2] The operator gave the figures on request.'])).toBe(2);
    expect(trailingNotes([...body, '¹ Figures exclude the winter timetable.', '² The operator gave the figures on request.'])).toBe(2);
  });

  it('takes a single note only when the body refers to it', () => {
    expect(trailingNotes(['Passengers were mostly shift workers.1', '1', 'Survey of 300 riders.'])).toBe(1);
    // A page number over the last paragraph of a copied text is no note.
    expect(trailingNotes(['Passengers were mostly shift workers.', '1', 'The ferry will run again in May.'])).toBe(-1);
  });

  it('leaves a numbered list closing the article alone', () => {
    expect(trailingNotes([...body, '1. Check the timetable before you travel.', '2. Buy tickets online to skip the queue.'])).toBe(-1);
    // The same list copied with each number on its own line, in a body that refers to no note (nor as "F1").
    const plain = ['Here are five ways to save on fares, from F1 fans to commuters.', 'Readers wrote in with tips.'];
    expect(trailingNotes([...plain, '1', 'Check the timetable before you travel.', '2', 'Buy tickets online to skip the queue.'])).toBe(-1);
    expect(trailingNotes([...plain, '[1] Check the timetable before you travel.', '[2] Buy tickets online.'])).toBe(-1);
  });

  it('needs the notes numbered in order from 1', () => {
    expect(trailingNotes([...body, '2', 'Figures exclude the winter timetable.', '3', 'Given on request.'])).toBe(-1);
    expect(trailingNotes([...body, '2', 'Figures exclude the winter timetable.', '1', 'Given on request.'])).toBe(-1);
  });

  it('finds nothing in prose that ends with figures', () => {
    expect(trailingNotes([...body, 'The final score was 2', 'Fans left before the whistle.'])).toBe(-1);
    expect(trailingNotes([])).toBe(-1);
  });
});

describe('sourcesListStart', () => {
  const body = ['The video was filmed in Indonesia in 2021, three people who saw the original upload said.', 'The developer said the video had no connection with its project.', 'We rate the claim false.'];
  it('finds a list of sources under its label closing the text, and lines set aside after it', () => {
    const texts = [...body, 'Sources', 'YouTube, “Tanggul jebol,” November 14, 2021', 'Statement to the desk, March 25, 2025', 'Was this article helpful?'];
    expect(sourcesListStart(texts, (i) => i === 6)).toBe(3);
  });

  it('finds a research newsroom’s journal reference, a paper’s citation of several full stops, and its funding line', () => {
    const texts = [...body, 'Journal reference', 'Okafor D, Fonoti L, Marsh T (2025). Reflective roof coatings and cooling energy use: a paired trial. Building and Environment Research 12(3): 100873. doi:10.48217/ber.2025.100873', 'This research was funded by the Tropical Housing Innovation Fund.'];
    expect(sourcesListStart(texts)).toBe(3);
    // A paragraph of several sentences with no DOI or bracketed year is no citation.
    expect(sourcesListStart([...body, 'Reference', 'The council referred to the study twice. It said the findings were clear. Officials agreed.'])).toBe(-1);
  });

  it('finds none under a label in the first half, or over prose, or with nothing under it', () => {
    expect(sourcesListStart(['Sources', ...body, 'Officials met.'])).toBe(-1);
    expect(sourcesListStart([...body, 'Sources', 'Sources close to the talks said the plan had stalled. Two officials confirmed it on Monday, and a third denied it.'])).toBe(-1);
    expect(sourcesListStart([...body, 'References'])).toBe(-1);
  });
});
