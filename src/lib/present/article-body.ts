// The article page's body as a tree: the entry's paragraphs, crossheads and quotations as mdast, turned into hast
// (mdast-util-to-hast) for the page to render node by node. Every text is a text node, so a source's markup is
// shown as the characters it is and never becomes markup on the page.
import type { Blockquote, Heading, Paragraph, Root as Mdast } from 'mdast';
import type { Properties, Root as Hast } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import type { Article } from '../schema/article.ts';
import { paragraphNumbers } from '../corpus/numbering.ts';
import { paragraphId } from '../routes.ts';
import { textDirection } from '../text/direction.ts';

type Body = Pick<Article, 'paragraphs' | 'headings' | 'quotes'>;

/** The body as mdast: numbered paragraphs (with their ¶N self-link), crossheads as headings, quotations grouped. */
export function articleBodyTree(article: Body): Mdast {
  const numbers = paragraphNumbers(article);
  const headings = new Set(article.headings);
  const quotes = new Set(article.quotes);
  const children: Mdast['children'] = [];
  article.paragraphs.forEach((text, i) => {
    const dir = textDirection(text);
    const number = numbers[i] as number;
    const block: Paragraph | Heading = headings.has(i)
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value: text }], data: { hProperties: { className: ['para'], dir } } }
      : {
          type: 'paragraph',
          children: [
            { type: 'link', url: `#${paragraphId(number)}`, children: [{ type: 'text', value: `¶${number}` }], data: { hProperties: { className: ['para-anchor'], ariaLabel: `Paragraph ${number}` } } },
            { type: 'text', value: text },
          ],
          data: { hProperties: { id: paragraphId(number), className: ['para'], dir } },
        };
    const last = children.at(-1);
    if (!quotes.has(i)) children.push(block);
    else if (last?.type === 'blockquote' && quotes.has(i - 1)) last.children.push(block);
    else children.push({ type: 'blockquote', children: [block] } satisfies Blockquote);
  });
  return { type: 'root', children };
}

/** The body as hast, ready to render. */
export function articleBodyHast(article: Body): Hast {
  return toHast(articleBodyTree(article)) as Hast;
}

/** HTML attributes of a hast element's properties (`className` → `class`, `ariaLabel` → `aria-label`). */
export function htmlAttributes(properties: Properties): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    const name = key === 'className' ? 'class' : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    out[name] = Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value);
  }
  return out;
}
