// --format json: one JSON object per input document (the contract in the README).
// On a terminal it is indented; piped, each document is one line (so several inputs give JSON Lines).
import type { Result } from '../types.js';
import type { FormatOptions, Formatter } from './types.js';

export function jsonFormatter(o: FormatOptions): Formatter {
  return {
    doc: (r: Result) => `${o.tty ? JSON.stringify(r, null, 2) : JSON.stringify(r)}\n`,
  };
}
