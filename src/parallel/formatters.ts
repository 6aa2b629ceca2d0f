// The formatter of a format name, loaded on demand so one run only loads the formatter it uses
// (table pulls string-width, annotate pulls chalk). Shared by the CLI and the workers,
// so a document formatted in a worker reads exactly as one formatted in the main thread.
//
//   await loadFormatter('jsonl', fo, false)  → the --format jsonl formatter

import type { FormatOptions, Formatter } from '../format/types.js';

export const FORMAT_NAMES = ['json', 'jsonl', 'table', 'csv', 'annotate'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export async function loadFormatter(name: FormatName, fo: FormatOptions, excel: boolean): Promise<Formatter> {
  switch (name) {
    case 'json':
      return (await import('../format/json.js')).jsonFormatter(fo);
    case 'jsonl':
      return (await import('../format/jsonl.js')).jsonlFormatter();
    case 'table':
      return (await import('../format/table.js')).tableFormatter(fo);
    case 'csv':
      return (await import('../format/csv.js')).csvFormatter({ excel });
    case 'annotate':
      return (await import('../format/annotate.js')).annotateFormatter(fo);
  }
}
