// Detector: an editor's note above the story's first line is the newsroom's framing, kept beside the body, so the
// dateline and first paragraph are read from the story itself.
import type { Root } from 'mdast';
import { isFramingNote } from '../editor-note.ts';
import { bodyBlocks, markBlock, unmarkedText } from '../tree.ts';

/** Most editor's notes a story opens with (one, sometimes a second on content). */
const MAX_NOTES = 2;

/** Marks the leading editor's notes that frame the story as `other`. */
export default function editorNote() {
  return (tree: Root) => {
    for (const block of bodyBlocks(tree).slice(0, MAX_NOTES)) {
      if (!isFramingNote(unmarkedText(block))) return;
      markBlock(block, 'other');
    }
  };
}
