// --format jsonl: one fact per line: {"input": ..., "kind": ..., ...the fact's fields}.
// Facts come in the order casualties, dates, quotes, numbers, each in text order.
import type { Result } from '../types.js';
import type { Formatter } from './types.js';

export function jsonlFormatter(): Formatter {
  return {
    doc(r: Result) {
      let out = '';
      for (const list of [r.casualties, r.dates, r.quotes, r.numbers]) {
        for (const f of list) out += `${JSON.stringify({ input: r.input, ...f })}\n`;
      }
      return out;
    },
  };
}
