// The main loop, in three replaceable stages:
//   source (documents, in input order) → process(doc) → sink(outcome), outcomes in input order.
// process() is the only place that extracts; a worker pool can replace it as long as the sink
// still receives outcomes in the order of the documents.

import { extract } from './extract.js';
import type { Doc } from './input/sources.js';
import type { ExtractOptions, Result } from './types.js';

export type Outcome =
  | { doc: Doc; result: Result; error?: undefined }
  | { doc: Doc; result?: undefined; error: unknown };

export type Process = (doc: Doc) => Outcome | Promise<Outcome>;

/** Extraction of one document with the options shared by all documents; a document's own date wins. */
export function extractProcess(o: Pick<ExtractOptions, 'kinds' | 'refDate'>): Process {
  return (doc) => {
    try {
      const result = extract(doc.text, { input: doc.id, refDate: doc.refDate ?? o.refDate ?? null, kinds: o.kinds });
      return { doc, result };
    } catch (error) {
      return { doc, error };
    }
  };
}

/** Runs every document through `process`, one at a time, handing outcomes to `sink` in order. */
export async function runAll(
  docs: AsyncIterable<Doc>,
  process: Process,
  sink: (o: Outcome) => Promise<void>,
): Promise<void> {
  for await (const doc of docs) await sink(await process(doc));
}
