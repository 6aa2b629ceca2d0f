import type { Result } from '../types.js';

export interface FormatOptions {
  /** Writing to a terminal (pretty JSON, table widths). */
  tty: boolean;
  /** Colour level 0-3 (0: none). */
  color: 0 | 1 | 2 | 3;
  /** Terminal width in columns. */
  columns: number;
}

/** A formatter turns results into text; it never extracts and never writes. */
export interface Formatter {
  begin?(): string;
  doc(r: Result, sourceText: string): string;
  end?(): string;
}
