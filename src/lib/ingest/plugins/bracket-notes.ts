// Detector: paragraphs set wholly in square brackets (bracket-note.ts), the notes of whoever passed the story on
// ("[Translated from …]", "[Translator's note: …]", "[PIC: …]"), and a draft's "TK: …" notes, anywhere in the body.
import type { Root } from 'mdast';
import { bracketedNote, draftNote } from '../bracket-note.ts';
import { bodyBlocks, markBlock, unmarkedText } from '../tree.ts';

/** Marks every bracketed note paragraph and draft note as `other`. */
export default function bracketNotes() {
  return (tree: Root) => {
    for (const block of bodyBlocks(tree)) if (block.type === 'paragraph' && (bracketedNote(unmarkedText(block)) || draftNote(unmarkedText(block)))) markBlock(block, 'other');
  };
}
