// --format csv: one row per fact, RFC 4180 (CRLF line ends; a field with a comma, a quote, CR or
// LF is quoted, quotes doubled), one header row. UTF-8; with --excel a BOM first so Excel reads it
// as UTF-8.
// Columns: input, kind, start, end, text, then the union of the fields of every kind, nested ones
// flattened with "_" (speaker.name → speaker_name). A field a kind does not have is empty; null
// is empty; booleans are true/false. Facts in the order casualties, dates, quotes, numbers.
//
//   input,kind,start,end,text,type,count,...
//   a.txt,number,4,5,5,,,...,5,false,false,digits

import type { Fact, Result } from '../types.js';
import type { Formatter } from './types.js';

export const CSV_COLUMNS = [
  'input',
  'kind',
  'start',
  'end',
  'text',
  // casualty
  'type',
  'count',
  'max',
  'qualifier',
  'count_text',
  'group',
  'location',
  'since',
  'reported_by',
  // date (value is shared with number)
  'value',
  'from',
  'to',
  'grain',
  'calendar',
  'hijri',
  'relative',
  // quote
  'speaker_name',
  'speaker_mention',
  'speaker_title',
  'verb',
  'partial',
  'unclosed',
  // number
  'ordinal',
  'percent',
  'form',
] as const;

/** One RFC 4180 field. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A fact as flat columns: {speaker: {name}} → {speaker_name}. */
export function flatten(f: Fact): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k2, v2] of Object.entries(v as Record<string, unknown>)) out[`${k}_${k2}`] = v2;
    } else out[k] = v;
  }
  return out;
}

export function csvFormatter(o: { excel: boolean }): Formatter {
  return {
    begin: () => `${o.excel ? '\uFEFF' : ''}${CSV_COLUMNS.join(',')}\r\n`,
    doc(r: Result) {
      let out = '';
      for (const list of [r.casualties, r.dates, r.quotes, r.numbers] as Fact[][]) {
        for (const f of list) {
          const row: Record<string, unknown> = { ...flatten(f), input: r.input };
          out += `${CSV_COLUMNS.map((c) => csvField(row[c])).join(',')}\r\n`;
        }
      }
      return out;
    },
  };
}
