// The command line: flags, inputs, exit codes. No extraction rules here.
// Exit codes (as grep): 0 facts found, 1 none found, 2 an error (other inputs still processed).

import { Command, InvalidArgumentError, Option } from 'commander';
import { extract, factCount, isValidIsoDate } from './extract.js';
import { jsonFormatter } from './format/json.js';
import { jsonlFormatter } from './format/jsonl.js';
import { tableFormatter } from './format/table.js';
import type { FormatOptions, Formatter } from './format/types.js';
import { ENCODINGS, type Encoding } from './input/decode.js';
import { type InputProblem, readDoc } from './input/sources.js';
import { OUTPUT_SCHEMA } from './schema.js';
import { KINDS, type Kind } from './types.js';

declare const __ARQAM_VERSION__: string;
const VERSION = typeof __ARQAM_VERSION__ === 'string' ? __ARQAM_VERSION__ : '0.0.0-dev';

export const FORMATS = ['json', 'jsonl', 'table'] as const;
export type FormatName = (typeof FORMATS)[number];

const EXAMPLES = `
Examples:
  $ arqam article.txt                         table on a terminal, JSON when piped
  $ arqam article.txt | jq '.casualties'      every casualty count with its evidence
  $ arqam --kinds dates --ref-date 2024-12-13 article.txt
  $ arqam --format jsonl a.txt b.txt | jq -r 'select(.kind=="casualty") | [.input,.type,.count] | @tsv'
  $ cat article.txt | arqam --format json -
  $ arqam --schema > arqam.schema.json

Exit status: 0 facts found, 1 no facts found, 2 an error (the other inputs are still processed).
`;

function parseKinds(v: string): Kind[] {
  const out: Kind[] = [];
  for (const raw of v.split(',')) {
    const k = raw.trim();
    if (k === '') continue;
    if (!(KINDS as readonly string[]).includes(k)) {
      throw new InvalidArgumentError(`unknown kind "${k}" (choose from ${KINDS.join(', ')})`);
    }
    out.push(k as Kind);
  }
  if (out.length === 0) throw new InvalidArgumentError('no kind given');
  return out;
}

function parseRefDate(v: string): string {
  if (!isValidIsoDate(v)) throw new InvalidArgumentError(`"${v}" is not a date of the form YYYY-MM-DD`);
  return v;
}

interface Opts {
  format?: FormatName;
  kinds?: Kind[];
  refDate?: string;
  color?: boolean;
  schema?: boolean;
  debug?: boolean;
  encoding?: Encoding;
}

/** Colour level from flags and the environment (NO_COLOR, FORCE_COLOR), as https://no-color.org asks. */
export function colorLevel(flag: boolean | undefined, isTTY: boolean, env: NodeJS.ProcessEnv): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (flag === true) return 2;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return 2;
}

function makeFormatter(name: FormatName, fo: FormatOptions): Formatter {
  switch (name) {
    case 'json':
      return jsonFormatter(fo);
    case 'jsonl':
      return jsonlFormatter();
    case 'table':
      return tableFormatter(fo);
  }
}

class Output {
  private closed = false;
  constructor(private readonly stream: NodeJS.WriteStream) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') {
        this.closed = true;
        // The reader went away (| head): end quietly.
        process.exit(process.exitCode ?? 0);
      }
      throw err;
    });
  }
  get isClosed(): boolean {
    return this.closed;
  }
  async write(s: string): Promise<void> {
    if (this.closed || s === '') return;
    if (!this.stream.write(s)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('close', done);
      });
    }
  }
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('arqam')
    .description('Extract casualty counts, dates, quotes and numbers from Arabic news text, each with its exact span.')
    .argument('[file...]', 'input files; none or "-" reads standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped)').choices(
        FORMATS,
      ),
    )
    .option('-k, --kinds <list>', `kinds to extract, comma-separated (default: all: ${KINDS.join(',')})`, parseKinds)
    .option(
      '-r, --ref-date <YYYY-MM-DD>',
      'reference date for relative dates (default: the dateline of the article)',
      parseRefDate,
    )
    .addOption(new Option('--encoding <name>', 'force the input encoding (default: detected)').choices(ENCODINGS))
    .option('--color', 'force colour (also FORCE_COLOR=1)')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .option('--schema', 'print the JSON Schema of the output and exit')
    .option('--debug', 'print stack traces of internal errors')
    .version(VERSION, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run arqam --help for usage)')
    .exitOverride();

  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    const code = (err as { exitCode?: number; code?: string }).exitCode ?? 2;
    const c = (err as { code?: string }).code;
    if (c === 'commander.helpDisplayed' || c === 'commander.version' || c === 'commander.help') return 0;
    return code === 0 ? 0 : 2;
  }
  const opts = program.opts<Opts>();
  const files = program.args.length > 0 ? program.args : ['-'];
  const out = new Output(process.stdout);

  if (opts.schema) {
    await out.write(`${JSON.stringify(OUTPUT_SCHEMA, null, 2)}\n`);
    return 0;
  }

  const tty = Boolean(process.stdout.isTTY);
  const format: FormatName = opts.format ?? (tty ? 'table' : 'json');
  const fo: FormatOptions = {
    tty,
    color: colorLevel(opts.color, tty, process.env),
    columns: process.stdout.columns || Number(process.env.COLUMNS) || 100,
  };
  const formatter = makeFormatter(format, fo);

  let errors = 0;
  let found = 0;
  const report = (p: InputProblem) => {
    if (p.level === 'error') errors++;
    process.stderr.write(`arqam: ${p.input}: ${p.message}\n`);
  };

  if (formatter.begin) await out.write(formatter.begin());
  for (const name of files) {
    const doc = await readDoc(name, { encoding: opts.encoding }, report);
    if (!doc) continue;
    try {
      const r = extract(doc.text, { input: doc.id, refDate: opts.refDate ?? doc.refDate ?? null, kinds: opts.kinds });
      found += factCount(r);
      await out.write(formatter.doc(r, doc.text));
    } catch (err) {
      errors++;
      const msg = err instanceof Error ? err.message : String(err);
      process.stderr.write(`arqam: ${name}: internal error: ${msg}\n`);
      if (opts.debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    }
    process.exitCode = errors > 0 ? 2 : found > 0 ? 0 : 1;
  }
  if (formatter.end) await out.write(formatter.end());
  return errors > 0 ? 2 : found > 0 ? 0 : 1;
}
