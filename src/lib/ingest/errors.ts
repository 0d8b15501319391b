/** A place in a file: 1-based line and column. */
export interface Place {
  line: number;
  column: number;
}

/** A file the pipeline refuses, with the reason in words a newsroom editor can act on and the place where there is one. */
export class IngestError extends Error {
  readonly file: string;
  readonly reason: string;
  readonly place: Place | null;

  constructor(file: string, reason: string, place: Place | null = null) {
    super(`${file}${place ? `:${place.line}:${place.column}` : ''}: ${reason}`);
    this.name = 'IngestError';
    this.file = file;
    this.reason = reason;
    this.place = place;
  }
}
