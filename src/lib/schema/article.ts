// The zod schema of a corpus entry (astro/zod), with the types inferred from it.
import { z } from 'astro/zod';
import { ARTICLE_ID } from './id.ts';

/** Where a displayed field came from: parsed from the file, curated by hand, derived by a rule, or unknown (null). */
export const provenanceSchema = z.enum(['text', 'curated', 'derived']).nullable();
export type Provenance = z.output<typeof provenanceSchema>;

/** Kinds of text kept beside the body: present in the file, but not part of the article's own prose. */
export const boilerplateKindSchema = z.enum([
  'caption',
  'title',
  'standfirst',
  'dateline',
  'date',
  'byline',
  'author-bio',
  'license',
  'credit',
  'share',
  'related',
  'subscribe',
  'appeal',
  'read-more',
  'front-matter',
  'other',
]);
export type BoilerplateKind = z.output<typeof boilerplateKindSchema>;

/** One piece of separated boilerplate, in file order. */
export const boilerplateSchema = z.object({ kind: boilerplateKindSchema, text: z.string().min(1) });
export type Boilerplate = z.output<typeof boilerplateSchema>;

/** What the curated metadata file may say about one article file; every field optional. */
export const curatedSchema = z.object({
  outlet: z.string().min(1).optional(),
  published: z.iso.date().optional(),
  source_url: z.url().optional(),
  language: z.string().min(2).optional(),
  kind: z.enum(['wire', 'rewrite', 'report', 'opinion']).optional(),
  wire: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});
export type Curated = z.output<typeof curatedSchema>;

/** One article of the corpus as every later stage sees it: parsed text plus curated metadata, with provenance. */
export const articleSchema = z.object({
  id: z.string().regex(ARTICLE_ID),
  source_file: z.string().min(1),
  title: z.string().min(1),
  title_from: provenanceSchema,
  outlet: z.string().nullable(),
  outlet_from: provenanceSchema,
  published: z.iso.date().nullable(),
  published_from: provenanceSchema,
  author: z.string().nullable(),
  author_from: provenanceSchema,
  license: z.string().nullable(),
  license_from: provenanceSchema,
  language: z.string().nullable(),
  language_from: provenanceSchema,
  kind: z.string().nullable(),
  kind_from: provenanceSchema,
  wire: z.string().nullable(),
  source_url: z.string().nullable(),
  source_url_from: provenanceSchema,
  note: z.string().nullable(),
  dateline: z.string().nullable(),
  /** Body paragraphs, boilerplate removed, crossheads included; `#pN` numbers text paragraphs only (corpus/numbering.ts). */
  paragraphs: z.array(z.string().min(1)).min(1),
  /** Sentences per paragraph; joining a paragraph's sentences with single spaces gives the paragraph back. */
  sentences: z.array(z.array(z.string().min(1)).min(1)),
  /** Indices of body paragraphs that are crossheads (short section headings), rendered as headings. */
  headings: z.array(z.number().int().nonnegative()),
  /** Indices of body paragraphs inside a block quotation (Markdown `>` or HTML `<blockquote>`). */
  quotes: z.array(z.number().int().nonnegative()),
  boilerplate: z.array(boilerplateSchema),
  word_count: z.number().int().nonnegative(),
});
export type Article = z.output<typeof articleSchema>;
