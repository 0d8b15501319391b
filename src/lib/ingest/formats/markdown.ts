// Markdown: remark-parse with YAML front matter. The front matter states fields (validated), the body becomes the
// article tree; raw HTML in the Markdown is dropped with a warning, never passed through.
import type { Root, Yaml } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { IngestError } from '../errors.ts';
import type { ArticleFileData } from '../tree.ts';
import { toArticleTree } from './blocks.ts';
import { readFrontMatter } from './front-matter.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Parses a Markdown article into the article tree, putting its front matter fields on the file's data. */
export function parseMarkdown(text: string, file: VFile): Root {
  const tree = parser.parse(text);
  const data = file.data as unknown as ArticleFileData;
  const yaml = tree.children.find((n): n is Yaml => n.type === 'yaml');
  if (yaml) {
    const front = readFrontMatter(yaml.value, (yaml.position?.start.line ?? 1) + 1);
    if (!front.ok) throw new IngestError(file.path, front.reason, front.place);
    Object.assign(data.meta, front.meta);
    for (const { key, place } of front.ignored) {
      file.message(`front matter field \`${key}\` is not one wirediff reads; it is ignored`, { place, ruleId: 'front-matter', source: 'wirediff' });
    }
  }
  visit(tree, 'html', (node) => {
    if (node.value.trim()) file.message('raw HTML in Markdown is not shown; its text is dropped', { place: node.position, ruleId: 'raw-html', source: 'wirediff' });
  });
  return toArticleTree(tree);
}
