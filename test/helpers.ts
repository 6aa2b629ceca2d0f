import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { OUTPUT_SCHEMA } from '../src/schema.js';
import type { Result } from '../src/types.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/arqam.js', import.meta.url));

const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: true });
const validate = ajv.compile(OUTPUT_SCHEMA as object);

/** Throws with ajv's messages unless `doc` matches the output schema. */
export function assertSchema(doc: unknown): void {
  if (!validate(doc)) throw new Error(`schema: ${ajv.errorsText(validate.errors)}`);
}

/** Throws unless every fact's text is the input sliced at its code point offsets. */
export function assertSpans(text: string, r: Result): void {
  const cps = [...text];
  for (const list of [r.casualties, r.dates, r.quotes, r.numbers]) {
    for (const f of list) {
      if (!(f.start >= 0 && f.end >= f.start && f.end <= cps.length)) {
        throw new Error(`bad span ${f.start}-${f.end} for ${f.kind} "${f.text}"`);
      }
      const slice = cps.slice(f.start, f.end).join('');
      if (slice !== f.text) throw new Error(`${f.kind} text "${f.text}" ≠ slice "${slice}" at ${f.start}-${f.end}`);
    }
  }
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real built CLI. */
export function arqam(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, ...env },
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
