// The worker thread entry (dist/worker.js): extracts each document it is sent and formats it with
// the formatter of the CLI run, then posts back the output text and the number of facts.
//   workerData: WorkerSetup; once loaded it posts READY
//   message in: Job { id, text, refDate, first }   → message out: { kind: 'ok', out, facts }
//                                                     or { kind: 'error', message, stack }
// Formatters may keep state between documents only to know whether a document is the first of the
// run (annotate puts a blank line between documents): the first document of the run goes through a
// fresh formatter, every other one through a formatter that has already formatted a document.

import { parentPort, workerData } from 'node:worker_threads';
import { extract, factCount } from '../extract.js';
import type { FormatOptions, Formatter } from '../format/types.js';
import type { Kind, Result } from '../types.js';
import { type FormatName, loadFormatter } from './formatters.js';
import { type Job, READY, type WorkerAnswer } from './pool.js';

export interface WorkerSetup {
  format: FormatName;
  fo: FormatOptions;
  excel: boolean;
  kinds?: Kind[];
  refDate?: string;
}

const setup = workerData as WorkerSetup;
const EMPTY: Result = { input: '', ref_date: null, casualties: [], dates: [], quotes: [], numbers: [] };

let later: Formatter | null = null;

async function formatterFor(first: boolean): Promise<Formatter> {
  if (first) return loadFormatter(setup.format, setup.fo, setup.excel);
  if (!later) {
    later = await loadFormatter(setup.format, setup.fo, setup.excel);
    later.doc(EMPTY, '');
  }
  return later;
}

parentPort?.on('message', async (job: Job) => {
  let answer: WorkerAnswer;
  try {
    const result = extract(job.text, {
      input: job.id,
      refDate: job.refDate ?? setup.refDate ?? null,
      kinds: setup.kinds,
    });
    const f = await formatterFor(job.first === true);
    answer = { kind: 'ok', out: f.doc(result, job.text), facts: factCount(result) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    answer = { kind: 'error', message: e.message, stack: e.stack };
  }
  parentPort?.postMessage(answer);
});
await formatterFor(false);
parentPort?.postMessage(READY);
