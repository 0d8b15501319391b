// A link as view models hand it to pages: short visible text, and words only screen readers hear that say what it
// points at, so links whose visible text repeats on a page ("¶2", "same", one title for several copies) are told apart.

/** A link with its visible text and, for screen readers, what it points at. */
export interface LabelledLink {
  href: string;
  text: string;
  /** Read after the text by screen readers ("of Trump seeks …"), so a link never reads as a bare "¶2". */
  hidden: string;
}
