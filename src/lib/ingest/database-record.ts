// A story exported from a news database as a "document": fields around the text, tagged ("HD\tSalmon pens…", a
// code and a tab) or labelled ("Length: 391 words"), which state the headline, byline, date and source, and mark
// where the text starts ("LP\t…", a line "Body") and ends (the indexing fields, "End of Document"). What gives a
// record away is its length field: no page prints how many words its story has in a field of its own.
import { authorNames } from './byline.ts';
import { writtenDate } from './dates.ts';
import type { StatedMeta } from './tree.ts';

/** A field line: a code or label, and its value. */
export interface RecordField {
  /** The code or label, lower case ("hd", "length", "load-date"). */
  label: string;
  value: string;
  /** True for a code and a tab ("HD\t…"), false for a label and a colon ("Byline: …"). */
  tagged: boolean;
}

const TAGGED = /^([A-Z]{2,3})\t+(\S.*)$/;
/** A label of one to three words and a colon; some services print "= " after it ("Job Number: = 248113307"). */
const LABELLED = /^(\p{Lu}[\p{L}/-]*(?: [\p{L}/-]+){0,2}):[ \t]*(?:= ?)?(.*)$/u;

/** Reads a line as a record's field, or null. */
export function recordField(line: string): RecordField | null {
  const tagged = TAGGED.exec(line);
  if (tagged) return { label: (tagged[1] as string).toLowerCase(), value: (tagged[2] as string).trim(), tagged: true };
  const labelled = LABELLED.exec(line.trim());
  if (!labelled || /^https?$/i.test(labelled[1] as string)) return null;
  return { label: (labelled[1] as string).toLowerCase(), value: (labelled[2] as string).trim(), tagged: false };
}

/** Labels of a record's length field ("WC\t397 words", "Length: 391 words", "Word count: 812"). */
const LENGTH_LABELS: ReadonlySet<string> = new Set(['wc', 'length', 'word count', 'words']);

/** True for a record's length field: a length label and a count of words. */
export function isLengthField(field: RecordField | null): boolean {
  return field !== null && LENGTH_LABELS.has(field.label) && /^[\d,]+(?:\s+words)?$/i.test(field.value);
}

/** Lines looked at from the top for a record's length field. */
const RECORD_SEARCH = 80;
/** Other fields a record has among those lines besides its length. */
const MIN_FIELDS = 3;

/** True when a text is a database record: a length field and at least MIN_FIELDS other fields near its top. */
export function isDatabaseRecord(lines: readonly string[]): boolean {
  const fields = lines.slice(0, RECORD_SEARCH).map(recordField);
  return fields.some(isLengthField) && fields.filter((f) => f !== null && !isLengthField(f)).length >= MIN_FIELDS;
}

/** What a field states about the story, by its code or label; other fields only describe the record. */
const MEANINGS: Readonly<Record<string, keyof StatedMeta | 'standfirst'>> = {
  hd: 'title', ti: 'title', headline: 'title', title: 'title',
  by: 'author', au: 'author', byline: 'author', author: 'author',
  pd: 'published', 'publication date': 'published', 'publication-date': 'published', date: 'published',
  sn: 'outlet', 'source name': 'outlet', 'publication title': 'outlet', source: 'outlet',
  la: 'language', language: 'language',
  highlight: 'standfirst', lede: 'standfirst', abstract: 'standfirst',
};

/** Codes of a tagged record that carry the story's text: its lead paragraphs and the rest. */
const BODY_TAGS: ReadonlySet<string> = new Set(['lp', 'td', 'tx']);
/** A labelled record's line before the text. */
const BODY_LABEL = /^(?:body|text|full text|article text):?$/i;
/** A rule line: a row of `=`, `-` or `_` setting parts of a text apart. */
const RULE = /^[=_-]{10,}$/;
/** A labelled record's lines after the text: its sections, its indexing fields and its end. */
const AFTER_BODY = /^(?:graphic|graphics|classification|notes|correction|correction-date:.*|load-date:.*|language:.*|publication-type:.*|subject:.*|end of document)$/i;
/** A line ending a labelled record's text: a section or field after it (AFTER_BODY), or a rule setting the next item of an alert apart. */
const afterBody = (line: string) => AFTER_BODY.test(line) || RULE.test(line);
/** An item's number before its headline in an alert of several ("1. Brightwater fined …"). */
const ITEM_NUMBER = /^\d{1,2}\.\s+/;
/** A page footer of a printed export ("Page 1 of 2", "Page 1 of 2 © 2025 …"), wherever it falls. */
const PAGE_FOOTER = /^page \d+ of \d+\b/i;
/** A copyright line in a record's head ("Copyright 2025 …", "© 2025 …", "(c) 2025 …"). */
const COPYRIGHT = /^(?:copyright\b|©|\(c\))/i;

/** Where a record's text is, by line, and what its fields state. */
export interface RecordLayout {
  /** First line of the text, and the line after its last. */
  bodyStart: number;
  bodyEnd: number;
  /** Lines of the text that belong to the record: page footers, the headline repeated as a running head. */
  furniture: Set<number>;
  /** Lines of the head by what they are: the headline, byline and standfirst lines. */
  roles: Map<number, 'title' | 'byline' | 'standfirst'>;
  meta: StatedMeta;
}

/** The headline, source and date printed above a labelled record's fields: the run of unlabelled lines just over them. */
function printedHead(lines: readonly string[], firstField: number): { title?: number; outlet?: string; published?: string } {
  // Rules round an item's headline ("=====" / "1. Brightwater fined …" / "=====") are passed over.
  const passed = (line: string) => line === '' || COPYRIGHT.test(line) || RULE.test(line);
  let end = firstField;
  while (end > 0 && passed(lines[end - 1]?.trim() ?? '')) end -= 1;
  let start = end;
  while (start > 0 && (lines[start - 1]?.trim() ?? '') !== '' && !RULE.test(lines[start - 1]?.trim() ?? '') && recordField(lines[start - 1] as string) === null) start -= 1;
  if (start === end) return {};
  const run = lines.slice(start, end).map((l) => l.trim());
  const dated = run.findIndex((l, i) => i > 0 && l.split(/\s+/).length <= 6 && writtenDate(l) !== null);
  const outlet = run[1] !== undefined && dated !== 1 ? run[1].replace(/\s*\([^)]*\)$/, '') : undefined;
  return { title: start, ...(outlet ? { outlet } : {}), ...(dated > 0 ? { published: writtenDate(run[dated] as string) as string } : {}) };
}

/** Reads a field into the story's fields and the head line's role. */
function readField(field: RecordField, at: number, layout: RecordLayout): void {
  const meaning = MEANINGS[field.label];
  if (!meaning || field.value === '') return;
  if (meaning === 'standfirst') {
    layout.roles.set(at, 'standfirst');
    return;
  }
  if (layout.meta[meaning] !== undefined) return;
  if (meaning === 'published') {
    const date = writtenDate(field.value);
    if (date) layout.meta.published = date;
    return;
  }
  // A source's medium in brackets is the service's note ("The Munster Examiner (Print)"), not the outlet's name.
  layout.meta[meaning] = meaning === 'author' ? authorNames(field.value) : meaning === 'language' ? field.value.toLowerCase() : meaning === 'outlet' ? field.value.replace(/\s*\([^)]*\)$/, '') : field.value;
  if (meaning === 'title') layout.roles.set(at, 'title');
  if (meaning === 'author') layout.roles.set(at, 'byline');
}

/**
 * The layout of a database record (isDatabaseRecord), or null when its text cannot be found: the lines of a tagged
 * record's body codes and the untagged lines after them, or a labelled record's lines between its "Body" line and
 * its first section or indexing field after the text.
 */
export function recordLayout(lines: readonly string[]): RecordLayout | null {
  const fields = lines.map(recordField);
  const tagged = fields.some((f) => f?.tagged && BODY_TAGS.has(f.label));
  const lengthAt = fields.findIndex(isLengthField);
  const bodyStart = tagged
    ? fields.findIndex((f) => f?.tagged === true && BODY_TAGS.has(f.label))
    : lines.findIndex((l, i) => i > lengthAt && BODY_LABEL.test(l.trim())) + 1;
  if (bodyStart <= 0 && !tagged) return null;
  let bodyEnd = lines.length;
  for (let i = bodyStart + 1; i < lines.length; i++) {
    const f = fields[i];
    if (tagged ? f?.tagged === true && !BODY_TAGS.has(f.label) : afterBody((lines[i] as string).trim())) {
      bodyEnd = i;
      break;
    }
  }
  const layout: RecordLayout = { bodyStart, bodyEnd, furniture: new Set(), roles: new Map(), meta: {} };
  for (let i = 0; i < bodyStart; i++) {
    const f = fields[i];
    if (f) readField(f, i, layout);
  }
  if (!tagged) {
    // The fields run up from the length field; the headline, source and date stand over them.
    let firstField = lengthAt;
    while (firstField > 0 && (fields[firstField - 1] !== null || (lines[firstField - 1] as string).trim() === '')) firstField -= 1;
    const head = printedHead(lines, firstField);
    if (head.title !== undefined && layout.meta.title === undefined) {
      layout.meta.title = (lines[head.title] as string).trim().replace(ITEM_NUMBER, '');
      layout.roles.set(head.title, 'title');
    }
    if (head.outlet && layout.meta.outlet === undefined) layout.meta.outlet = head.outlet;
    if (head.published && layout.meta.published === undefined) layout.meta.published = head.published;
  }
  const title = layout.meta.title?.trim();
  for (let i = bodyStart; i < bodyEnd; i++) {
    const line = (lines[i] as string).trim();
    if (PAGE_FOOTER.test(line) || (title !== undefined && line === title)) layout.furniture.add(i);
  }
  return layout;
}
