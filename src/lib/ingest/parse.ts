import type { Boilerplate } from '../schema/article.ts';

/** Everything the text of one file says about itself, before curated metadata is merged in. */
export interface ParsedText {
  title: string | null;
  outlet: string | null;
  published: string | null;
  author: string | null;
  license: string | null;
  dateline: string | null;
  paragraphs: string[];
  sentences: string[][];
  headings: number[];
  boilerplate: Boilerplate[];
}

/** Splits normalised text into paragraphs and sentences (placeholder until the full detector lands). */
export function parseText(text: string): ParsedText {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const sentences = paragraphs.map((p) => p.split(/(?<=[.!?”"])\s+(?=[A-Z“"])/));
  return {
    title: null,
    outlet: null,
    published: null,
    author: null,
    license: null,
    dateline: null,
    paragraphs,
    sentences,
    headings: [],
    boilerplate: [],
  };
}
