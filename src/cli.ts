// The command line: flags, inputs, exit codes. No extraction rules and no formatting here.
// Exit codes (as grep): 0 facts found, 1 none found (0 with --no-fail-on-empty), 2 an error
// (the other inputs are still processed).
// The loop (run.ts): documents (input/) → process (extract) → formatter (format/) → ordered writer.

import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { completionScript, type OptionInfo, SHELLS } from './completion.js';
import { factCount, isValidIsoDate } from './extract.js';
import { escapeControls } from './format/terminal.js';
import type { FormatOptions, Formatter } from './format/types.js';
import { ENCODINGS, type Encoding } from './input/decode.js';
import { type Doc, documents, type InputProblem, MAX_DOC_BYTES } from './input/sources.js';
import { loadFormatter } from './parallel/formatters.js';
import { peekAhead } from './parallel/peek.js';
import { extractProcess, type Outcome, runAll } from './run.js';
import { OUTPUT_SCHEMA } from './schema.js';
import { KINDS, type Kind } from './types.js';

/** Characters of input read ahead before the default --jobs starts worker threads (about 0.5 MB of Arabic). */
const WORKERS_FROM = 250_000;

declare const __ARQAM_VERSION__: string;
const VERSION = typeof __ARQAM_VERSION__ === 'string' ? __ARQAM_VERSION__ : '0.0.0-dev';

export const FORMATS = ['json', 'jsonl', 'table', 'csv', 'annotate'] as const;
export type FormatName = (typeof FORMATS)[number];

const EXAMPLES = `
Formats:
  $ arqam article.txt                          table on a terminal, JSON when piped
  $ arqam -f annotate article.txt              the article with each fact marked, and a legend
  $ arqam -f json article.txt                  one JSON document per input (one line each when piped)
  $ arqam -f jsonl a.txt b.txt                 one fact per line, each with "input" and "kind"
  $ arqam -f csv --excel *.txt > facts.csv     one row per fact; --excel adds a BOM for Excel
  $ arqam --schema > arqam.schema.json         the JSON Schema of -f json

Inputs:
  $ cat article.txt | arqam -                  standard input (also when no file is given)
  $ arqam -R archive/                          every file under a directory, in name order
  $ arqam --jsonl --id-field url --date-field published articles.jsonl
  $ arqam --encoding windows-1256 old.txt      force an encoding (default: detected)

jq:
  $ arqam -f jsonl *.txt | jq -r 'select(.kind=="casualty") | [.input, .type, .count] | @tsv'
  $ arqam article.txt | jq '.casualties[] | {type, count, location}'

Shell completion:
  $ eval "$(arqam completion bash)"            or: source <(arqam completion zsh)

Exit status: 0 facts found, 1 no facts found (0 with --no-fail-on-empty), 2 an error
(one line on stderr naming the input; the other inputs are still processed).
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
  if (isValidIsoDate(v)) return v;
  // "arqam -r archive/" as grep -r: point to -R.
  const hint = /^[0-9-]*$/.test(v) ? '' : ' (-r is --ref-date; -R, --recursive reads a directory)';
  throw new InvalidArgumentError(`"${v}" is not a date of the form YYYY-MM-DD${hint}`);
}

/** "1048576", "64K", "256M", "1G" (binary multiples) → bytes. */
export function parseSize(v: string): number {
  const m = /^([0-9]+)([KMG]?)i?B?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError(`"${v}" is not a size (e.g. 1048576, 64K, 256M, 1G)`);
  const mult = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[(m[2] as string).toUpperCase()] as number;
  const n = Number(m[1]) * mult;
  if (n < 1) throw new InvalidArgumentError('the size must be at least 1 byte');
  return n;
}

/** A message for one line of stderr: at most 300 characters. */
const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 299)}…` : s);

interface Opts {
  format?: FormatName;
  kinds?: Kind[];
  refDate?: string;
  color?: boolean;
  schema?: boolean;
  debug?: boolean;
  encoding?: Encoding;
  jsonl?: boolean;
  textField?: string;
  idField?: string;
  dateField?: string;
  maxDocBytes: number;
  recursive?: boolean;
  excel?: boolean;
  failOnEmpty: boolean;
  quiet?: boolean;
  jobs: number;
  maxTimePerDoc: number;
}

function parseCount(v: string): number {
  if (!/^[0-9]+$/.test(v.trim()) || Number(v) < 1) throw new InvalidArgumentError(`"${v}" is not a whole number ≥ 1`);
  return Number(v);
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

function makeFormatter(name: FormatName, fo: FormatOptions, excel: boolean): Promise<Formatter> {
  return loadFormatter(name, fo, excel);
}

/**
 * Is standard output a terminal? node:tty costs a run about 4 ms to load, so it is asked only when
 * descriptor 1 is a character device other than /dev/null (files and pipes are not terminals).
 */
function stdoutIsTTY(): boolean {
  try {
    const st = fstatSync(1);
    if (!st.isCharacterDevice()) return false;
    if (process.platform !== 'win32' && statSync('/dev/null').rdev === st.rdev) return false;
  } catch {
    return false;
  }
  const tty: typeof import('node:tty') = createRequire(import.meta.url)('node:tty');
  return tty.isatty(1);
}

/**
 * Standard output, written straight to file descriptor 1 in blocks of up to 64 KiB: no stream object
 * (creating process.stdout costs a one-article run several ms). A blocking write is the back-pressure.
 * When the descriptor is non-blocking and full (EAGAIN), the rest goes through process.stdout, which
 * waits for 'drain'. A closed pipe (| head) ends the process quietly with the status so far.
 */
class Output {
  private buf = '';
  private stream: NodeJS.WriteStream | null = null;
  constructor() {
    process.on('exit', () => this.flushSync());
  }
  private closed(): never {
    process.exit(process.exitCode ?? 0);
  }
  private flushSync(): void {
    if (this.stream !== null || this.buf === '') return;
    let data = Buffer.from(this.buf);
    this.buf = '';
    while (data.length > 0) {
      try {
        data = data.subarray(writeSync(1, data));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') this.closed();
        if (code !== 'EAGAIN') throw err;
        this.toStream().write(data);
        return;
      }
    }
  }
  private toStream(): NodeJS.WriteStream {
    if (this.stream === null) {
      this.stream = process.stdout;
      this.stream.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') this.closed();
        throw err;
      });
    }
    return this.stream;
  }
  async write(s: string): Promise<void> {
    if (s === '') return;
    if (this.stream === null) {
      this.buf += s;
      if (this.buf.length >= 0x10000) this.flushSync();
      if (this.stream === null) return;
      s = '';
    }
    const stream = this.stream;
    if (s !== '' && !stream.write(s)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('close', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
      });
    } else if (s === '' && stream.writableNeedDrain) {
      await new Promise<void>((resolve) => stream.once('drain', resolve));
    }
  }
  /** Writes what is buffered (before the process may be told to exit). */
  flush(): void {
    this.flushSync();
  }
}

function program(): Command {
  return new Command()
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
    .option('-R, --recursive', 'read every file under the directories given (sorted; hidden and binary files skipped)')
    .option('--jsonl', 'the inputs are JSON Lines: one document per line, e.g. {"id": "a1", "text": "..."}')
    .option('--text-field <name>', 'with --jsonl: field holding the text (default: text)')
    .option('--id-field <name>', 'with --jsonl: field reported as "input" (default: id, else <file>:<line>)')
    .option('--date-field <name>', "with --jsonl: field holding the document's reference date (YYYY-MM-DD)")
    .addOption(
      new Option('--max-doc-bytes <size>', 'largest document (a file, or a line with --jsonl); larger ones are skipped')
        .argParser(parseSize)
        .default(MAX_DOC_BYTES, '256M'),
    )
    .option(
      '-j, --jobs <n>',
      'worker threads for several documents (default: the number of cores, used once 250,000 characters are read ahead; 1: the main thread only)',
      parseCount,
      availableParallelism(),
    )
    .option(
      '--max-time-per-doc <ms>',
      'time budget of one document on a worker thread; over it, the document is reported and skipped (a run in the main thread has a budget only when this is given)',
      parseCount,
      30000,
    )
    .option('--excel', 'with --format csv: begin with a UTF-8 BOM so Excel reads Arabic correctly')
    .option('--no-fail-on-empty', 'exit 0, not 1, when no fact is found')
    .option('-q, --quiet', 'print nothing; only the exit status tells the result')
    .option('--color', 'force colour (also FORCE_COLOR=1)')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .option('--schema', 'print the JSON Schema of the output and exit')
    .option('--debug', 'print stack traces of internal errors, and whether worker threads are used')
    .version(VERSION, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run arqam --help for usage)')
    .exitOverride();
}

/** The options as the completion scripts see them. */
function optionInfo(cmd: Command): OptionInfo[] {
  const info: OptionInfo[] = cmd.options.map((o) => ({
    short: o.short,
    long: o.long as string,
    description: o.description,
    takesValue: o.required || o.optional,
    choices: o.argChoices,
    list: o.long === '--kinds' ? KINDS : undefined,
  }));
  info.push({ short: '-h', long: '--help', description: 'display help', takesValue: false });
  return info;
}

export async function main(argv: string[]): Promise<number> {
  const out = new Output();
  try {
    return await runCli(argv, out);
  } finally {
    out.flush();
  }
}

async function runCli(argv: string[], out: Output): Promise<number> {
  const cmd = program();

  if (argv[0] === 'completion') {
    const script = completionScript(argv[1] ?? '', optionInfo(cmd));
    if (script === null || argv.length > 2) {
      process.stderr.write(`arqam: completion: choose a shell: ${SHELLS.join(' or ')}\n`);
      return 2;
    }
    await out.write(script);
    return 0;
  }

  try {
    cmd.parse(argv, { from: 'user' });
  } catch (err) {
    const c = (err as { code?: string }).code;
    if (c === 'commander.helpDisplayed' || c === 'commander.version' || c === 'commander.help') return 0;
    return (err as { exitCode?: number }).exitCode === 0 ? 0 : 2;
  }
  const opts = cmd.opts<Opts>();

  if (opts.schema) {
    await out.write(`${JSON.stringify(OUTPUT_SCHEMA, null, 2)}\n`);
    return 0;
  }
  const usage = (msg: string) => {
    process.stderr.write(`arqam: ${msg}\n(run arqam --help for usage)\n`);
    return 2;
  };
  if (!opts.jsonl) {
    for (const [flag, v] of [
      ['--text-field', opts.textField],
      ['--id-field', opts.idField],
      ['--date-field', opts.dateField],
    ] as const) {
      if (v !== undefined) return usage(`${flag} only applies to --jsonl input`);
    }
  }

  const tty = stdoutIsTTY();
  const format: FormatName = opts.format ?? (tty ? 'table' : 'json');
  if (opts.excel && format !== 'csv') return usage('--excel only applies to --format csv');
  const fo: FormatOptions = {
    tty,
    color: colorLevel(opts.color, tty, process.env),
    columns: (tty ? process.stdout.columns : 0) || Number(process.env.COLUMNS) || 100,
  };
  const formatter = await makeFormatter(format, fo, Boolean(opts.excel));
  const quiet = Boolean(opts.quiet);
  const write = (s: string) => (quiet ? Promise.resolve() : out.write(s));

  let errors = 0;
  let found = 0;
  const status = () => (errors > 0 ? 2 : found > 0 || !opts.failOnEmpty ? 0 : 1);
  const report = (p: InputProblem) => {
    if (p.level === 'error') errors++;
    if (!quiet) process.stderr.write(`arqam: ${escapeControls(p.input)}: ${escapeControls(clip(p.message))}\n`);
  };

  const files = cmd.args.length > 0 ? cmd.args : ['-'];
  const docs = documents(
    files,
    {
      encoding: opts.encoding,
      recursive: opts.recursive,
      maxDocBytes: opts.maxDocBytes,
      jsonl: opts.jsonl
        ? {
            textField: opts.textField ?? 'text',
            idField: opts.idField ?? 'id',
            dateField: opts.dateField,
            maxDocBytes: opts.maxDocBytes,
          }
        : undefined,
    },
    report,
  );
  const sink = async (o: Outcome) => {
    if (o.result) {
      found += factCount(o.result);
      await write(formatter.doc(o.result, o.doc.text));
    } else {
      errors++;
      const e = o.error;
      if (!quiet) {
        const msg = clip(e instanceof Error ? e.message : String(e));
        process.stderr.write(`arqam: ${escapeControls(o.doc.id)}: internal error: ${escapeControls(msg)}\n`);
        if (opts.debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
      }
    }
    process.exitCode = status();
  };

  if (formatter.begin) await write(formatter.begin());
  // Worker threads, in input order: for a time budget (only a worker can be stopped), for several
  // documents under an explicit --jobs of 2 or more, and by default once the input is big enough to
  // repay starting them (WORKERS_FROM characters read ahead). Else everything is extracted here,
  // which keeps a run over one or a few articles fast. --jobs 1 never starts a worker.
  const budget = cmd.getOptionValueSource('maxTimePerDoc') === 'cli';
  const explicitJobs = cmd.getOptionValueSource('jobs') === 'cli';
  let chars = 0;
  const peek = await peekAhead(docs, (seen) => {
    chars += (seen[seen.length - 1] as Doc).text.length;
    return seen.length >= 2 && (explicitJobs || chars >= WORKERS_FROM);
  });
  const pooled = budget || (peek.stopped && opts.jobs > 1);
  if (opts.debug) {
    process.stderr.write(
      `arqam: ${pooled ? `${opts.jobs} worker thread${opts.jobs > 1 ? 's' : ''}` : 'main thread only'}\n`,
    );
  }
  if (pooled) {
    const { runPool } = await import('./parallel/run.js');
    const setup = { format, fo, excel: Boolean(opts.excel), kinds: opts.kinds, refDate: opts.refDate };
    const script = new URL('./worker.js', import.meta.url);
    await runPool(peek.items, { jobs: opts.jobs, maxTimeMs: opts.maxTimePerDoc, script, setup }, async (doc, r) => {
      if (r.kind === 'ok') {
        found += r.facts;
        await write(r.out);
      } else {
        errors++;
        const msg =
          r.kind === 'timeout'
            ? `over the time budget of ${r.ms} ms (--max-time-per-doc), skipped`
            : `internal error: ${clip(r.message)}`;
        if (!quiet) process.stderr.write(`arqam: ${escapeControls(doc.id)}: ${escapeControls(msg)}\n`);
        if (!quiet && opts.debug && r.kind === 'error' && r.stack) process.stderr.write(`${r.stack}\n`);
      }
      process.exitCode = status();
    });
  } else await runAll(peek.items, extractProcess({ kinds: opts.kinds, refDate: opts.refDate }), sink);
  if (formatter.end) await write(formatter.end());
  return status();
}
