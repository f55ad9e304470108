import type { RegistryErrorCode, registryImportLimits } from '@shsw/shared';

export type ReadLimits = { readonly [K in keyof typeof registryImportLimits]: number };

/** One non-empty row of the file as text cells; `tooLong` lists the cells over the character limit. */
export interface SheetRow {
  /** The row number a person sees (CSV: the line, XLSX: the sheet's row; the header is usually 1). */
  row: number;
  cells: string[];
  tooLong: number[];
}

/** The rows of a file and how much of it has been read so far (0–1, for the progress bar). */
export interface RowSource {
  rows: AsyncIterable<SheetRow>;
  share(): number;
}

/**
 * A file that cannot be imported as a whole: over a limit, or unreadable. Reading stops at once,
 * so the code says where it stopped; row 0 means the file itself rather than one of its rows.
 */
export class FileProblem extends Error {
  constructor(
    readonly code: RegistryErrorCode,
    message: string,
    readonly row = 0,
    readonly column = '',
  ) {
    super(message);
    this.name = 'FileProblem';
  }
}

/** Only this many columns are read from a row; a registry has four and a few more at most. */
export const MAX_COLUMNS = 64;

/** Spreadsheet column letters for a 0-based index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Counts non-empty rows as they are read and refuses the first one past the limit (the header
 * plus `maxRows` data rows), so a file of a million rows stops at row 200,002.
 */
export class RowCounter {
  private seen = 0;

  constructor(private readonly maxRows: number) {}

  count(row: number): void {
    this.seen += 1;
    if (this.seen > this.maxRows + 1) {
      throw new FileProblem('too_many_rows', `more than ${this.maxRows} data rows: row ${row} is one too many`, row);
    }
  }
}

export const isEmptyRow = (cells: readonly string[]) => cells.every((c) => c === '');

/** Errors that pass through the readers unchanged: a problem already named, or a stop for shutdown. */
export const passThrough = (err: unknown) =>
  err instanceof FileProblem || (err instanceof Error && err.name === 'AbortError');

/**
 * Called by the readers after each piece of input (a stored chunk, an inflated block): the job
 * rests there in proportion to its work and stops there when shut down.
 */
export type Pace = () => Promise<void>;
