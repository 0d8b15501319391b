// Says where a displayed field came from (text, curated metadata, derived), as article pages show it.
import type { Provenance } from '../schema/article.ts';

/** Says in words where a displayed field came from, e.g. "derived from the first sentence". */
export function provenanceLabel(from: Provenance, field: string): string {
  switch (from) {
    case 'text':
      return 'from the article text';
    case 'curated':
      return 'curated metadata';
    case 'derived':
      return field === 'title' ? 'derived from the first sentence' : 'derived';
    default:
      return 'not stated';
  }
}
