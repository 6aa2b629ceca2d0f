// Inputs → documents. A document is { id, text, refDate? }; problems are reported, never thrown,
// so the other inputs are still processed.

import { readFile, stat } from 'node:fs/promises';
import { decode, type Encoding } from './decode.js';

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
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
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

/** Read one named input ("-" = stdin) as one document. */
export async function readDoc(name: string, opts: ReadOptions, report: (p: InputProblem) => void): Promise<Doc | null> {
  let bytes: Buffer;
  try {
    if (name === '-') {
      bytes = await readAll(process.stdin);
    } else {
      const st = await stat(name);
      if (st.isDirectory()) {
        report({ input: name, message: 'is a directory', level: 'error' });
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
