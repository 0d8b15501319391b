// The zod schema of the glossary (content/glossary.yaml): terms and the names outlets use for them.
import { z } from 'astro/zod';

/** One glossary term and the names outlets use for it. */
export const termSchema = z.object({
  // A slug holds a letter: pages of the terms index are numbered (/terms/2/).
  slug: z.string().regex(/^(?=[a-z0-9-]*[a-z])[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  description: z.string().min(1),
  aliases: z.array(z.string().min(2)).min(1),
});
export type Term = z.output<typeof termSchema>;

/** The glossary file: a list of terms with unique slugs. */
export const glossarySchema = z.array(termSchema).refine((terms) => new Set(terms.map((t) => t.slug)).size === terms.length, {
  message: 'term slugs must be unique',
});
export type Glossary = z.output<typeof glossarySchema>;
