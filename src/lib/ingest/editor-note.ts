// An editor's note set above a story ("Editor's note: This story is part of our series on …"): the newsroom framing
// the piece, not the story. A note about a correction or an update is not framing: it says why versions of the story
// differ, which is what readers compare, so it stays in the body.

/** The label an editor's note opens with: "Editor's note:", "Editor’s Note —", "Editors' note." */
const NOTE_LABEL = /^\s*(?:\*+\s*)?editors?['’]?s?\s+note\s*[:.–—-]/iu;

/** Words of a note that corrects or updates the story. */
const CORRECTION = /\b(?:correct(?:ed|ion|s)?|earlier version|previous version|misstated|misidentified|updated?|clarif(?:y|ied|ication)|retract(?:ed|ion)?)\b/i;

/** True for an editor's note that frames the story (a series, a warning, a tip line), not one that corrects it. */
export function isFramingNote(text: string): boolean {
  return NOTE_LABEL.test(text) && !CORRECTION.test(text);
}
