export interface SheetOnce {
  /** Takes the next piece of the document; returns what may be sent now. */
  push(piece: string): string;
  /** The rest of the document. */
  end(): string;
}
export function createSheetOnce(): SheetOnce;
