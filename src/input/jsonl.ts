// --jsonl: one JSON document per line, streamed (memory stays bounded by the longest line).
//
//   {"id": "a1", "text": "قتل 5 أشخاص", "date": "2024-12-13"}   → Doc {id: "a1", text, refDate: "2024-12-13"}
//   {"text": "..."}  (no id)                                      → Doc {id: "<file>:<line>"}
//
// Fields: `text` (--text-field) must be a string; `id` (--id-field) a string or a number; `date`
// (--date-field) "YYYY-MM-DD", or an ISO date-time whose first 10 characters are one
// ("2024-12-13T08:30:00Z"); null, "" or missing means none. A field name with dots that is not a
// key itself is a path: "meta.date" reads {"meta": {"date": ...}}.
// Problems are reported with "<file>:<line>" and never stop the stream:
//   malformed JSON, not an object, no text          → error, line skipped
//   invalid date                                   → error, document processed without that date
//   line over the size limit                       → error, line skipped
// Bytes: UTF-8 (a BOM is dropped); a stream starting with a UTF-16 BOM is transcoded; a line that is
// not valid UTF-8 is decoded as windows-1256 (noticed once per file) unless it is mostly UTF-8 with
// a few damaged bytes (those are replaced, and counted once per file); --encoding forces one.

import { isValidIsoDate } from '../extract.js';
import { countUtf8Losses, type Encoding, mostlyUtf8 } from './decode.js';
import { splitLines } from './lines.js';
import type { Doc, InputProblem } from './sources.js';

export interface JsonlOptions {
  textField: string;
  idField: string;
  dateField?: string;
  encoding?: Encoding;
  maxDocBytes: number;
}

/** Reads field `name` of `o`, or the dotted path `name` when `o` has no such key. */
export function field(o: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(o, name)) return o[name];
  if (!name.includes('.')) return undefined;
  let cur: unknown = o;
  for (const part of name.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    if (!Object.hasOwn(cur as object, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** "2024-12-13" or "2024-12-13T08:30:00Z" → "2024-12-13"; anything else → null. */
export function docDate(v: string): string | null {
  const day = v.length > 10 && /^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ]/.test(v) ? v.slice(0, 10) : v;
  return isValidIsoDate(day) ? day : null;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Chunks of a UTF-16 stream → UTF-8 chunks. */
async function* transcode(first: Buffer, rest: AsyncIterator<Buffer>, enc: 'utf-16le' | 'utf-16be') {
  const d = new TextDecoder(enc, { ignoreBOM: false });
  yield Buffer.from(d.decode(first, { stream: true }));
  for (let r = await rest.next(); !r.done; r = await rest.next())
    yield Buffer.from(d.decode(r.value, { stream: true }));
  yield Buffer.from(d.decode());
}

async function* rejoin(first: Buffer, rest: AsyncIterator<Buffer>) {
  yield first;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

async function* asBuffers(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  for await (const c of stream) yield typeof c === 'string' ? Buffer.from(c) : c;
}

/** Documents of one JSON Lines input named `name` ("-" for stdin). */
export async function* jsonlDocs(
  name: string,
  stream: AsyncIterable<Buffer | string>,
  o: JsonlOptions,
  report: (p: InputProblem) => void,
): AsyncGenerator<Doc> {
  const it = asBuffers(stream)[Symbol.asyncIterator]();
  // The first non-empty chunk decides BOMs and binary.
  let first: Buffer = Buffer.alloc(0);
  for (let r = await it.next(); !r.done; r = await it.next()) {
    first = r.value;
    if (first.length > 0) break;
  }
  if (first.length === 0) return;
  let enc: Encoding | undefined = o.encoding;
  if (!enc && first.length >= 2 && first[0] === 0xff && first[1] === 0xfe) enc = 'utf-16le';
  if (!enc && first.length >= 2 && first[0] === 0xfe && first[1] === 0xff) enc = 'utf-16be';
  if (enc !== 'utf-16le' && enc !== 'utf-16be' && first.subarray(0, 8192).indexOf(0) !== -1) {
    report({ input: name, message: 'binary file (NUL bytes), skipped', level: 'notice' });
    await it.return?.(undefined);
    return;
  }
  const utf16 = enc === 'utf-16le' || enc === 'utf-16be';
  const bytes = utf16 ? transcode(first, it, enc as 'utf-16le' | 'utf-16be') : rejoin(first, it);
  const lineEnc: Encoding | undefined = utf16 ? 'utf-8' : enc;
  const win1256 = new TextDecoder('windows-1256');
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder(lineEnc ?? 'utf-8', { ignoreBOM: true });
  let replaced = 0;
  let firstReplaced = 0;
  let legacyLine = 0;

  for await (const line of splitLines(bytes, o.maxDocBytes)) {
    const where = `${name}:${line.n}`;
    if (line.tooLong !== undefined) {
      report({
        input: where,
        message: `line of ${line.tooLong} bytes is over the limit of ${o.maxDocBytes} bytes (--max-doc-bytes), skipped`,
        level: 'error',
      });
      continue;
    }
    let b = line.bytes;
    if (line.n === 1 && b.subarray(0, 3).equals(UTF8_BOM)) b = b.subarray(3);
    let s: string;
    if (lineEnc) {
      s = lenient.decode(b);
      const lost = lineEnc === 'utf-8' ? countUtf8Losses(b, s) : 0;
      if (lost > 0 && replaced === 0) firstReplaced = line.n;
      replaced += lost;
    } else {
      try {
        s = strict.decode(b);
      } catch {
        s = lenient.decode(b);
        const lost = countUtf8Losses(b, s);
        if (mostlyUtf8(s, lost)) {
          if (replaced === 0) firstReplaced = line.n;
          replaced += lost;
        } else {
          s = win1256.decode(b);
          if (legacyLine === 0) legacyLine = line.n;
        }
      }
    }
    if (s.trim() === '') continue;
    const doc = parseLine(s, where, o, report);
    if (doc) yield doc;
  }
  if (legacyLine > 0) {
    report({
      input: name,
      message: `not valid UTF-8 from line ${legacyLine}: such lines were decoded as windows-1256 (--encoding forces one)`,
      level: 'notice',
    });
  }
  if (replaced > 0) {
    report({
      input: name,
      message: `${replaced} invalid byte sequence(s) in ${lineEnc ?? 'utf-8'} replaced with U+FFFD (first on line ${firstReplaced})`,
      level: 'notice',
    });
  }
}

function parseLine(s: string, where: string, o: JsonlOptions, report: (p: InputProblem) => void): Doc | null {
  let v: unknown;
  try {
    v = JSON.parse(s);
  } catch (err) {
    report({ input: where, message: `malformed JSON: ${(err as Error).message}, line skipped`, level: 'error' });
    return null;
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    report({ input: where, message: 'not a JSON object, line skipped', level: 'error' });
    return null;
  }
  const obj = v as Record<string, unknown>;
  const text = field(obj, o.textField);
  if (typeof text !== 'string') {
    const why = text === undefined ? 'no field' : 'no string in field';
    report({ input: where, message: `${why} "${o.textField}" (--text-field), line skipped`, level: 'error' });
    return null;
  }
  const idv = field(obj, o.idField);
  let id = where;
  if (typeof idv === 'string' || (typeof idv === 'number' && Number.isFinite(idv))) id = String(idv);
  else if (idv !== undefined && idv !== null) {
    report({
      input: where,
      message: `field "${o.idField}" (--id-field) is not a string or a number; "${where}" used instead`,
      level: 'error',
    });
  }
  const doc: Doc = { id, text };
  if (o.dateField) {
    const dv = field(obj, o.dateField);
    if (typeof dv === 'string' && dv !== '') {
      const d = docDate(dv);
      if (d) doc.refDate = d;
      else {
        report({
          input: where,
          message: `invalid date ${JSON.stringify(dv).slice(0, 60)} in field "${o.dateField}" (expected YYYY-MM-DD); processed without it`,
          level: 'error',
        });
      }
    } else if (dv !== undefined && dv !== null && dv !== '') {
      report({
        input: where,
        message: `field "${o.dateField}" is not a date string; processed without it`,
        level: 'error',
      });
    }
  }
  return doc;
}
