// Detector: paragraphs set wholly in square brackets (bracket-note.ts), the notes of whoever passed the story on
// ("[Translated from …]", "[Translator's note: …]"), anywhere in the body.
import type { Root } from 'mdast';
import { bracketedNote } from '../bracket-note.ts';
import { bodyBlocks, markBlock, unmarkedText } from '../tree.ts';

/** Marks every bracketed note paragraph as `other`. */
export default function bracketNotes() {
  return (tree: Root) => {
    for (const block of bodyBlocks(tree)) if (block.type === 'paragraph' && bracketedNote(unmarkedText(block))) markBlock(block, 'other');
  };
}
