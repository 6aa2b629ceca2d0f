// Inputs → documents. A document is { id, text, refDate? }; problems are reported, never thrown,
// so the other inputs are still processed.
//   names → documents(): one document per file (or per line with --jsonl), in the order given;
//   "-" is standard input; a directory is an error unless --recursive walks it (walk.ts).

import { createReadStream } from 'node:fs';
import { decode, type Encoding } from './decode.js';
import { checkReadable, readFile, readHead, stat } from './fsp.js';
import { type JsonlOptions, jsonlDocs } from './jsonl.js';
import { walkFiles } from './walk.js';

export interface Doc {
  id: string;
  text: string;
  refDate?: string | null;
}

export interface InputProblem {
  input: string;
  message: string;
  /** A notice (binary file skipped, bytes replaced) does not change the exit code; an error does. */
  level: 'error' | 'notice';
}

export interface ReadOptions {
  encoding?: Encoding;
  /** Largest document read whole (MAX_DOC_BYTES when not given). */
  maxDocBytes?: number;
}

export interface SourceOptions extends ReadOptions {
  /** Read JSON Lines (one document per line) instead of one document per file. */
  jsonl?: JsonlOptions;
  /** Walk directories instead of reporting them. */
  recursive?: boolean;
  /** Standard input (tests and workers may pass another stream). */
  stdin?: NodeJS.ReadableStream;
}

/** Default limit of one document (one file read whole, or one JSON line): 256 MiB. */
export const MAX_DOC_BYTES = 256 * 1024 * 1024;

/** The whole stream, or the number of bytes it had when that is over `max` (the rest is drained). */
export async function readAll(stream: NodeJS.ReadableStream, max = Number.POSITIVE_INFINITY): Promise<Buffer | number> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    size += b.length;
    if (size <= max) chunks.push(b);
    else chunks.length = 0;
  }
  return size <= max ? Buffer.concat(chunks, size) : size;
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'file too large to read at once (over 2 GiB): split it or use --jsonl';
    default:
      return e?.message ?? String(err);
  }
}

/** The first 8 KiB of the file hold a NUL byte and no UTF-16 byte order mark (as grep decides). */
async function startsBinary(path: string): Promise<boolean> {
  const head = await readHead(path, 8192);
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    return false;
  }
  return head.indexOf(0) !== -1;
}

/** Read one named input ("-" = stdin) as one document. */
export async function readDoc(
  name: string,
  opts: ReadOptions,
  report: (p: InputProblem) => void,
  stdin?: NodeJS.ReadableStream,
): Promise<Doc | null> {
  let bytes: Buffer;
  const max = opts.maxDocBytes ?? MAX_DOC_BYTES;
  const tooBig = (size: number) =>
    report({
      input: name,
      message: `${size} bytes is over the limit of ${max} bytes (--max-doc-bytes), skipped`,
      level: 'error',
    });
  try {
    if (name === '-') {
      const all = await readAll(stdin ?? process.stdin, max);
      if (typeof all === 'number') {
        tooBig(all);
        return null;
      }
      bytes = all;
    } else {
      const st = await stat(name);
      if (st.isDirectory()) {
        report({ input: name, message: 'is a directory (--recursive reads the files in it)', level: 'error' });
        return null;
      }
      if (st.size > max) {
        // A big binary file (an image in a walked directory) is a notice, not an error.
        if (!opts.encoding && (await startsBinary(name))) {
          report({ input: name, message: 'binary file (NUL bytes), skipped', level: 'notice' });
        } else tooBig(st.size);
        return null;
      }
      bytes = await readFile(name);
    }
  } catch (err) {
    report({ input: name, message: describe(err), level: 'error' });
    return null;
  }
  const d = decode(bytes, opts.encoding);
  if (d.binary) {
    report({ input: name, message: 'binary file (NUL bytes), skipped', level: 'notice' });
    return null;
  }
  if (d.replaced > 0) {
    report({
      input: name,
      message: `${d.replaced} invalid byte sequence(s) in ${d.encoding} replaced with U+FFFD`,
      level: 'notice',
    });
  }
  return { id: name, text: d.text };
}

/** Every document of the named inputs, in order. */
export async function* documents(
  names: readonly string[],
  o: SourceOptions,
  report: (p: InputProblem) => void,
): AsyncGenerator<Doc> {
  // process.stdin is created only when read: making it costs a run over files several ms
  const stdin = () => o.stdin ?? process.stdin;
  for (const name of names) {
    if (name !== '-' && o.recursive) {
      let isDir = false;
      try {
        isDir = (await stat(name)).isDirectory();
      } catch {
        // reported below when read
      }
      if (isDir) {
        for await (const file of walkFiles(name, report)) yield* one(file, o, stdin, report);
        continue;
      }
    }
    yield* one(name, o, stdin, report);
  }
}

async function* one(
  name: string,
  o: SourceOptions,
  stdin: () => NodeJS.ReadableStream,
  report: (p: InputProblem) => void,
): AsyncGenerator<Doc> {
  if (!o.jsonl) {
    const doc = name === '-' ? await readDoc(name, o, report, stdin()) : await readDoc(name, o, report);
    if (doc) yield doc;
    return;
  }
  let stream: AsyncIterable<Buffer | string>;
  if (name === '-') stream = stdin() as AsyncIterable<Buffer | string>;
  else {
    try {
      const st = await stat(name);
      if (st.isDirectory()) {
        report({ input: name, message: 'is a directory (--recursive reads the files in it)', level: 'error' });
        return;
      }
      await checkReadable(name);
    } catch (err) {
      report({ input: name, message: describe(err), level: 'error' });
      return;
    }
    stream = createReadStream(name, { highWaterMark: 1 << 20 });
  }
  try {
    yield* jsonlDocs(name, stream, { ...o.jsonl, encoding: o.encoding }, report);
  } catch (err) {
    report({ input: name, message: `read error: ${describe(err)}`, level: 'error' });
  }
}
