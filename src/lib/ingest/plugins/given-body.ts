// Detector: the body of a text given to check. A corpus file made of head lines only (caption, headline,
// standfirst) has no story and is refused; a reader who pastes a quotation without its full stop has given exactly
// the text to look for, so in a given text (ArticleFileData.given) such lines are the body.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { BoilerplateKind } from '../../schema/article.ts';
import { bodyBlocks, collapse, fullText, textBlocks, type ArticleFileData } from '../tree.ts';

/** What the head detector takes above the body. */
const HEAD_KINDS: ReadonlySet<BoilerplateKind> = new Set(['caption', 'title', 'standfirst']);

/** In a given text with no body left, turns the head lines back into body, and the headline they made into no title. */
export default function givenBody() {
  return (tree: Root, file: VFile) => {
    const data = file.data as unknown as ArticleFileData;
    if (!data.given || bodyBlocks(tree).length > 0) return;
    for (const block of textBlocks(tree)) {
      const kind = block.data?.boilerplate;
      if (!kind || !HEAD_KINDS.has(kind)) continue;
      if (kind === 'title' && data.meta.title === collapse(fullText(block))) delete data.meta.title;
      const { boilerplate: _kind, label: _label, ...rest } = block.data ?? {};
      block.data = rest;
    }
  };
}
