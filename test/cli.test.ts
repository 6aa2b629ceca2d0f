// The real built binary, spawned: every format, input mode, encoding, error and exit code.
// Inputs whose facts do not depend on the extractors' fine points: digit-free text for the input
// modes (their output is the document with its input name and ref_date, or the text itself with
// -f annotate), and plain digits with --kinds numbers for the formats.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTPUT_SCHEMA } from '../src/schema.js';
import { arqam, assertSchema, BIN, ROOT } from './helpers.js';

const T = mkdtempSync(join(tmpdir(), 'arqam-cli-'));
afterAll(() => rmSync(T, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const p = join(T, name);
  writeFileSync(p, content);
  return p;
};
/** stderr with the temporary directory written as "T". */
const err = (s: string) => s.split(T).join('T');

const PLAIN = 'السلام عليكم'; // no number, date, quote or casualty
const PLAIN_1256 = Buffer.from([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3, 0x20, 0xda, 0xe1, 0xed, 0xdf, 0xe3]);
const NUMS = 'قتل 5 أشخاص في 2024\n';
const N5 = { kind: 'number', value: 5, ordinal: false, percent: false, form: 'digits', text: '5', start: 4, end: 5 };
const N2024 = { ...N5, value: 2024, text: '2024', start: 15, end: 19 };
const emptyDoc = (input: string, ref_date: string | null = null) => ({
  input,
  ref_date,
  casualties: [],
  dates: [],
  quotes: [],
  numbers: [],
});
const jsonLines = (s: string) =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('flags', () => {
  it('--version prints the version of package.json', () => {
    const r = arqam(['--version']);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '0.1.0\n', '']);
  });
  it('--help documents every format with an example, JSON Lines input, a jq recipe and the exit codes', () => {
    const r = arqam(['--help']);
    expect(r.status).toBe(0);
    for (const want of [
      'Usage: arqam [options] [file...]',
      '-f annotate article.txt',
      '-f json article.txt',
      '-f jsonl a.txt b.txt',
      '-f csv --excel',
      '| jq -r \'select(.kind=="casualty") | [.input, .type, .count] | @tsv\'',
      '--jsonl --id-field url --date-field published',
      'arqam completion bash',
      'Exit status: 0 facts found, 1 no facts found (0 with --no-fail-on-empty), 2 an error',
      '--no-fail-on-empty',
      '-q, --quiet',
      '-R, --recursive',
      '--text-field <name>',
      '--encoding <name>',
      '"csv", "annotate")',
      '(default: 256M)',
    ]) {
      expect(r.stdout).toContain(want);
    }
  });
  it('--schema prints the JSON Schema', () => {
    const r = arqam(['--schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(OUTPUT_SCHEMA);
  });
  it('a bad flag or value: exit 2 with the reason on stderr, nothing on stdout', () => {
    const a = arqam(['--frobnicate']);
    expect([a.status, a.stdout]).toEqual([2, '']);
    expect(a.stderr).toBe("error: unknown option '--frobnicate'\n(run arqam --help for usage)\n");
    const b = arqam(['--format', 'xml']);
    expect(b.status).toBe(2);
    expect(b.stderr.split('\n')[0]).toBe(
      "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are json, jsonl, table, csv, annotate.",
    );
    const c = arqam(['--ref-date', '2024-02-30'], PLAIN);
    expect(c.status).toBe(2);
    expect(c.stderr.split('\n')[0]).toContain('"2024-02-30" is not a date of the form YYYY-MM-DD');
    expect(arqam(['--max-doc-bytes', 'lots'], PLAIN).status).toBe(2);
    const g = arqam(['-r', 'archive/'], PLAIN);
    expect(g.stderr.split('\n')[0]).toBe(
      "error: option '-r, --ref-date <YYYY-MM-DD>' argument 'archive/' is invalid. \"archive/\" is not a date of the form YYYY-MM-DD (-r is --ref-date; -R, --recursive reads a directory)",
    );
  });
  it('JSON Lines field flags without --jsonl, and --excel without csv, are usage errors', () => {
    expect(arqam(['--text-field', 'body'], PLAIN)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'arqam: --text-field only applies to --jsonl input\n(run arqam --help for usage)\n',
    });
    expect(arqam(['--excel', '-f', 'json'], PLAIN).stderr).toBe(
      'arqam: --excel only applies to --format csv\n(run arqam --help for usage)\n',
    );
  });
});

describe('formats (digits with --kinds numbers)', () => {
  it('json: one document per input, one line each when piped, valid against the schema', () => {
    const a = file('n1.txt', NUMS);
    const b = file('n2.txt', 'وصل 3\n');
    const r = arqam(['--kinds', 'numbers', '-f', 'json', a, b]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(3);
    const docs = lines.slice(0, 2).map((l) => JSON.parse(l));
    docs.forEach(assertSchema);
    expect(docs).toEqual([
      { ...emptyDoc(a), numbers: [N5, N2024] },
      { ...emptyDoc(b), numbers: [{ ...N5, value: 3, text: '3', start: 4, end: 5 }] },
    ]);
  });
  it('json is the default when piped', () => {
    const r = arqam(['--kinds', 'numbers'], NUMS);
    expect(JSON.parse(r.stdout)).toEqual({ ...emptyDoc('-'), numbers: [N5, N2024] });
  });
  it('jsonl: one fact per line with input and kind', () => {
    const r = arqam(['--kinds', 'numbers', '-f', 'jsonl'], NUMS);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(jsonLines(r.stdout)).toEqual([
      { input: '-', ...N5 },
      { input: '-', ...N2024 },
    ]);
    expect(r.stdout.split('\n')).toHaveLength(3);
  });
  it('csv: header and CRLF rows; --excel starts with a BOM', () => {
    const r = arqam(['--kinds', 'numbers', '-f', 'csv'], NUMS);
    const row = (start: number, end: number, t: string) =>
      ['-', 'number', start, end, t, ...Array(9).fill(''), t, ...Array(12).fill(''), 'false', 'false', 'digits'].join(
        ',',
      );
    expect(r.stdout).toBe(
      'input,kind,start,end,text,type,count,max,qualifier,count_text,group,location,since,reported_by,value,from,to,' +
        'grain,calendar,hijri,relative,speaker_name,speaker_mention,speaker_title,verb,partial,unclosed,ordinal,percent,form\r\n' +
        `${row(4, 5, '5')}\r\n${row(15, 19, '2024')}\r\n`,
    );
    const x = arqam(['--kinds', 'numbers', '-f', 'csv', '--excel'], NUMS);
    expect(x.stdout).toBe(`\uFEFF${r.stdout}`);
  });
  it('csv with no fact: the header alone', () => {
    const r = arqam(['--kinds', 'numbers', '-f', 'csv'], PLAIN);
    expect([r.status, r.stdout.split('\r\n')[1]]).toEqual([1, '']);
  });
  it('table', () => {
    const r = arqam(['--kinds', 'numbers', '-f', 'table'], NUMS);
    expect(r.stdout).toBe(
      [
        '-',
        'numbers (2)',
        '┌───┬───────┬────────┬──────┐',
        '│ # │ value │ form   │ text │',
        '├───┼───────┼────────┼──────┤',
        '│ 1 │ 5     │ digits │ 5    │',
        '│ 2 │ 2024  │ digits │ 2024 │',
        '└───┴───────┴────────┴──────┘',
        '',
        '',
      ].join('\n'),
    );
  });
  it('annotate without colour: markers in brackets, then the legend', () => {
    const r = arqam(['--kinds', 'numbers', '-f', 'annotate'], NUMS);
    expect(r.stdout).toBe(
      [
        '── -',
        'قتل ⟦1⟧5⟦/1⟧ أشخاص في ⟦2⟧2024⟦/2⟧',
        '',
        '[1] number   5 (digits) «5»',
        '[2] number   2024 (digits) «2024»',
        '',
      ].join('\n'),
    );
  });
  it('colour: FORCE_COLOR and --color turn it on, NO_COLOR and --no-color off, the flag wins', () => {
    const esc = (env: NodeJS.ProcessEnv, extra: string[] = []) =>
      arqam(['--kinds', 'numbers', '-f', 'annotate', ...extra], NUMS, env).stdout.includes('\x1b[');
    expect(esc({})).toBe(false);
    expect(esc({ FORCE_COLOR: '1' })).toBe(true);
    expect(esc({ FORCE_COLOR: '0' })).toBe(false);
    expect(esc({}, ['--color'])).toBe(true);
    expect(esc({ NO_COLOR: '1' }, ['--color'])).toBe(true);
    expect(esc({ FORCE_COLOR: '1' }, ['--no-color'])).toBe(false);
    const r = arqam(['--kinds', 'numbers', '-f', 'annotate', '--color'], NUMS);
    expect(r.stdout.split('\n')[1]).toBe(
      'قتل \x1b[33m\x1b[1m[1]\x1b[22m\x1b[39m\x1b[33m\x1b[4m5\x1b[24m\x1b[39m أشخاص في ' +
        '\x1b[33m\x1b[1m[2]\x1b[22m\x1b[39m\x1b[33m\x1b[4m2024\x1b[24m\x1b[39m',
    );
  });
});

describe('terminal safety through the binary', () => {
  // Digit-free sequences (clear screen, window title, bell, CSI), so that 7 is the only number.
  const nasty = 'خبر\x1b[H\x1b[J\x1b]title\x07 عاجل\x9bK\x7f 7\n';
  it('table and annotate never write the control characters of the input', () => {
    for (const f of ['table', 'annotate']) {
      const r = arqam(['--kinds', 'numbers', '-f', f], nasty);
      expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    }
    expect(arqam(['--kinds', 'numbers', '-f', 'annotate'], nasty).stdout.split('\n')[1]).toBe(
      'خبر\\x1b[H\\x1b[J\\x1b]title\\x07 عاجل\\x9bK\\x7f ⟦1⟧7⟦/1⟧',
    );
  });
  it('a file name with an escape sequence is escaped on stderr', () => {
    const r = arqam(['no\x1b[31msuch']);
    expect(r.stderr).toBe('arqam: no\\x1b[31msuch: no such file\n');
  });
});

describe('exit codes and errors', () => {
  it('0 with facts, 1 without, 0 without under --no-fail-on-empty', () => {
    expect(arqam(['--kinds', 'numbers'], NUMS).status).toBe(0);
    const none = arqam(['--kinds', 'numbers'], PLAIN);
    expect([none.status, JSON.parse(none.stdout), none.stderr]).toEqual([1, emptyDoc('-'), '']);
    expect(arqam(['--kinds', 'numbers', '--no-fail-on-empty'], PLAIN).status).toBe(0);
  });
  it('a missing file: one line naming it, the other inputs still processed, exit 2', () => {
    const ok = file('ok.txt', PLAIN);
    const r = arqam(['--kinds', 'numbers', join(T, 'missing.txt'), ok]);
    expect(r.status).toBe(2);
    expect(err(r.stderr)).toBe('arqam: T/missing.txt: no such file\n');
    expect(JSON.parse(r.stdout)).toEqual(emptyDoc(ok));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('--no-fail-on-empty does not hide an error', () => {
    expect(arqam(['--no-fail-on-empty', join(T, 'missing.txt')]).status).toBe(2);
  });
  it('a directory is an error naming it; --recursive (-R) walks it in name order', () => {
    const d = join(T, 'dir');
    mkdirSync(join(d, 'sub'), { recursive: true });
    writeFileSync(join(d, 'b.txt'), PLAIN);
    writeFileSync(join(d, 'a.txt'), PLAIN);
    writeFileSync(join(d, 'sub', 'c.txt'), PLAIN);
    writeFileSync(join(d, 'data.bin'), Buffer.from([0x50, 0x4b, 0x00, 0x01]));
    writeFileSync(join(d, '.hidden'), PLAIN);
    const r = arqam(['--kinds', 'numbers', d]);
    expect([r.status, r.stdout, err(r.stderr)]).toEqual([
      2,
      '',
      'arqam: T/dir: is a directory (--recursive reads the files in it)\n',
    ]);
    const w = arqam(['--kinds', 'numbers', '-R', d]);
    expect(w.status).toBe(1);
    expect(jsonLines(w.stdout).map((x) => err(x.input))).toEqual(['T/dir/a.txt', 'T/dir/b.txt', 'T/dir/sub/c.txt']);
    expect(err(w.stderr)).toBe('arqam: T/dir/data.bin: binary file (NUL bytes), skipped\n');
  });
  it('a binary file is skipped with a one-line notice; it is not an error', () => {
    const b = file('img.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const r = arqam(['--no-fail-on-empty', b]);
    expect([r.status, r.stdout, err(r.stderr)]).toEqual([
      0,
      '',
      'arqam: T/img.bin: binary file (NUL bytes), skipped\n',
    ]);
  });
  it('--quiet prints nothing at all; the exit code still tells', () => {
    expect(arqam(['-q', '--kinds', 'numbers'], NUMS)).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(arqam(['--quiet', '--kinds', 'numbers'], PLAIN)).toEqual({ status: 1, stdout: '', stderr: '' });
    expect(arqam(['-q', join(T, 'missing.txt')])).toEqual({ status: 2, stdout: '', stderr: '' });
    expect(arqam(['-q', '-f', 'csv', '--kinds', 'numbers'], NUMS).stdout).toBe('');
  });
  it('empty input: one empty document, exit 1', () => {
    const r = arqam([], '');
    expect([r.status, JSON.parse(r.stdout), r.stderr]).toEqual([1, emptyDoc('-'), '']);
    expect(arqam(['-f', 'annotate'], '').stdout).toBe('── -\n\n\nno facts\n');
  });
  it('a document over --max-doc-bytes is an error and skipped', () => {
    const big = file('big.txt', 'أ'.repeat(600));
    const r = arqam(['--max-doc-bytes', '1K', big, '-'], PLAIN);
    expect(r.status).toBe(2);
    expect(err(r.stderr)).toBe(
      'arqam: T/big.txt: 1200 bytes is over the limit of 1024 bytes (--max-doc-bytes), skipped\n',
    );
    expect(jsonLines(r.stdout).map((d) => d.input)).toEqual(['-']);
    const bin = file('big.bin', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00]), Buffer.alloc(2000, 1)]));
    const b = arqam(['--max-doc-bytes', '1K', bin]);
    expect([b.status, err(b.stderr)]).toEqual([1, 'arqam: T/big.bin: binary file (NUL bytes), skipped\n']);
  });
  it('a closed pipe (| head -1) ends quietly, without a stack trace', () => {
    const many = file('many.jsonl', Array.from({ length: 30000 }, (_, i) => `{"id":"d${i}","text":"نص"}\n`).join(''));
    const sh = spawnSync(
      'bash',
      ['-c', `node "${BIN}" --jsonl --kinds numbers "${many}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(sh.stdout).toBe(`${JSON.stringify(emptyDoc('d0'))}\n`);
    expect(sh.stderr).toBe('status=1\n');
  });
});

describe('encodings (the decoded text seen through -f annotate)', () => {
  const text = (args: string[], input?: Buffer | string) => {
    const r = arqam(['--kinds', 'numbers', '-f', 'annotate', ...args], input);
    return [r.stdout.split('\n')[1], err(r.stderr)];
  };
  it('UTF-8 with and without BOM', () => {
    expect(text([], PLAIN)).toEqual([PLAIN, '']);
    expect(text([], `\uFEFF${PLAIN}`)).toEqual([PLAIN, '']);
  });
  it('UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.from(`\uFEFF${PLAIN}`, 'utf16le');
    expect(text([file('le.txt', le)])).toEqual([PLAIN, '']);
    expect(text([file('be.txt', Buffer.from(le).swap16())])).toEqual([PLAIN, '']);
  });
  it('windows-1256 detected when the bytes are not UTF-8', () => {
    expect(text([file('w.txt', PLAIN_1256)])).toEqual([PLAIN, '']);
  });
  it('UTF-8 with a damaged byte stays UTF-8: the byte replaced and reported', () => {
    const d = file('damaged.txt', Buffer.concat([Buffer.from('السلام'), Buffer.from([0xc3]), Buffer.from(' عليكم')]));
    expect(text([d])).toEqual([
      'السلام\uFFFD عليكم',
      'arqam: T/damaged.txt: 1 invalid byte sequence(s) in utf-8 replaced with U+FFFD\n',
    ]);
  });
  it('--encoding forces one; invalid bytes are replaced and reported once', () => {
    expect(text(['--encoding', 'windows-1256'], 'ا')).toEqual(['ط§', '']);
    const w = file('w2.txt', PLAIN_1256);
    expect(text(['--encoding', 'utf-8', w])).toEqual([
      '\uFFFD'.repeat(6) + ' ' + '\uFFFD'.repeat(5),
      'arqam: T/w2.txt: 11 invalid byte sequence(s) in utf-8 replaced with U+FFFD\n',
    ]);
    const noBom = file('nobom.txt', Buffer.from(PLAIN, 'utf16le'));
    expect(text([noBom])).toEqual([undefined, 'arqam: T/nobom.txt: binary file (NUL bytes), skipped\n']);
    expect(text(['--encoding', 'utf-16le', noBom])).toEqual([PLAIN, '']);
  });
  it('a 4 MB line without a newline (plain and JSON Lines)', () => {
    const long = `${'بلا '.repeat(512 * 1024)}7`;
    const r = arqam(['--kinds', 'numbers', '-f', 'jsonl'], long);
    expect([r.status, jsonLines(r.stdout)]).toEqual([
      0,
      [{ ...N5, input: '-', value: 7, text: '7', start: long.length - 1, end: long.length }],
    ]);
    const j = arqam(['--jsonl', '--kinds', 'numbers', '-f', 'jsonl'], JSON.stringify({ id: 'L', text: long }));
    expect([j.status, jsonLines(j.stdout).map((f) => [f.input, f.start])]).toEqual([0, [['L', long.length - 1]]]);
  });
});

describe('--jsonl input', () => {
  const lines = [
    '{"id": "a1", "text": "السلام عليكم", "published": "2024-12-13T09:00:00Z"}',
    '{"text": "بلا معرف"}',
    'this is not json',
    '{"id": 7, "text": "نص", "published": "13/12/2024"}',
    '',
    '{"id": "x", "body": "حقل آخر"}',
  ].join('\n');
  it('from stdin: ids, <file>:<line> fallback, per-document date; bad lines reported with their number, exit 2', () => {
    const r = arqam(['--jsonl', '--date-field', 'published', '--kinds', 'numbers'], lines);
    expect(r.status).toBe(2);
    expect(jsonLines(r.stdout)).toEqual([emptyDoc('a1', '2024-12-13'), emptyDoc('-:2'), emptyDoc('7')]);
    expect(r.stderr).toBe(
      [
        `arqam: -:3: malformed JSON: Unexpected token 'h', "this is not json" is not valid JSON, line skipped`,
        'arqam: -:4: invalid date "13/12/2024" in field "published" (expected YYYY-MM-DD); processed without it',
        'arqam: -:6: no field "text" (--text-field), line skipped',
        '',
      ].join('\n'),
    );
  });
  it('from files, with --text-field and --id-field; --ref-date is the fallback of documents without a date', () => {
    const f = file('docs.jsonl', '{"url":"u1","body":"نص"}\n{"url":"u2","body":"آخر","d":"2023-01-02"}\n');
    const g = file('more.jsonl', '{"body":"تقرير"}\r\n');
    const r = arqam(
      ['--jsonl', '--text-field', 'body', '--id-field', 'url', '--date-field', 'd', '-r', '2020-05-05', f, g],
      undefined,
    );
    expect(r.status).toBe(1);
    expect(jsonLines(r.stdout).map((d) => [err(d.input), d.ref_date])).toEqual([
      ['u1', '2020-05-05'],
      ['u2', '2023-01-02'],
      ['T/more.jsonl:1', '2020-05-05'],
    ]);
  });
  it('-f annotate shows each document under its id', () => {
    const r = arqam(
      ['--jsonl', '--kinds', 'numbers', '-f', 'annotate'],
      '{"id":"a","text":"أ"}\n{"id":"b","text":"ب"}\n',
    );
    expect(r.stdout).toBe('── a\nأ\n\nno facts\n\n── b\nب\n\nno facts\n');
  });
  it('facts of each line carry its id (jsonl out)', () => {
    const r = arqam(
      ['--jsonl', '--kinds', 'numbers', '-f', 'jsonl'],
      '{"id":"a","text":"قتل 5 أشخاص في 2024"}\n{"id":"b","text":"وصل 3"}\n',
    );
    expect(jsonLines(r.stdout)).toEqual([
      { input: 'a', ...N5 },
      { input: 'a', ...N2024 },
      { input: 'b', ...N5, value: 3, text: '3' },
    ]);
  });
  it('empty JSON Lines input: nothing, exit 1', () => {
    expect(arqam(['--jsonl'], '')).toEqual({ status: 1, stdout: '', stderr: '' });
  });
  it('UTF-16 JSON Lines with a BOM, and a directory given to --jsonl', () => {
    const u = file('u16.jsonl', Buffer.from('\uFEFF{"id":"w","text":"نص"}\n', 'utf16le'));
    const r = arqam(['--jsonl', '--kinds', 'numbers', u, T]);
    expect(jsonLines(r.stdout)).toEqual([emptyDoc('w')]);
    expect([r.status, err(r.stderr)]).toEqual([2, 'arqam: T: is a directory (--recursive reads the files in it)\n']);
  });
});

describe('completion', () => {
  it('bash: formats, kinds lists, flags and the completion subcommand', () => {
    const script = file('arqam.bash', arqam(['completion', 'bash']).stdout);
    const complete = (words: string[]) =>
      spawnSync(
        'bash',
        [
          '-c',
          `source "${script}"; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _arqam; echo "\${COMPREPLY[*]}"`,
        ],
        { encoding: 'utf8', cwd: T },
      ).stdout;
    expect(complete(['arqam', '--format', ''])).toBe('json jsonl table csv annotate\n');
    expect(complete(['arqam', '-k', 'dates,q'])).toBe('dates,quotes\n');
    expect(complete(['arqam', '--re'])).toBe('--ref-date --recursive\n');
    expect(complete(['arqam', '--no-'])).toBe('--no-fail-on-empty --no-color\n');
    expect(complete(['arqam', 'completion', ''])).toBe('bash zsh\n');
    expect(complete(['arqam', '--encoding', 'w'])).toBe('windows-1256\n');
  });
  it('zsh: an _arguments spec for every option; it loads when zsh is installed', () => {
    const r = arqam(['completion', 'zsh']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('#compdef arqam\n')).toBe(true);
    expect(r.stdout).toContain(
      "'(-f --format)'{-f,--format}'[output format (default\\: table on a terminal, json when piped)]:format:(json jsonl table csv annotate)'",
    );
    expect(r.stdout).toContain(
      "'--date-field[with --jsonl\\: field holding the document'\\''s reference date (YYYY-MM-DD)]:date-field: '",
    );
    const zsh = spawnSync('zsh', ['--version'], { encoding: 'utf8' });
    if (zsh.status === 0) {
      const script = file('_arqam', r.stdout);
      // Loaded outside a completion widget, the script registers itself with compdef.
      const load = spawnSync('zsh', ['-f', '-c', `compdef() { print -r -- "compdef $*" }; source ${script}`], {
        encoding: 'utf8',
      });
      expect([load.stdout, load.stderr]).toEqual(['compdef _arqam arqam\n', '']);
    }
  });
  it('an unknown shell: exit 2', () => {
    expect(arqam(['completion', 'fish'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'arqam: completion: choose a shell: bash or zsh\n',
    });
  });
});

describe('launcher and code cache', () => {
  const A01 = join(ROOT, 'fixtures', 'a01-gaza-school-strike.txt');
  const copy = mkdtempSync(join(tmpdir(), 'arqam-launch-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  const run = (bin: string) =>
    spawnSync(process.execPath, [bin, '--format', 'jsonl', A01], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '' },
    });

  it('the build wrote a code cache that this Node accepts', () => {
    // The same script compiled with the cache must not be rejected (else startup pays full compilation).
    const probe = `
      const { readFileSync } = require('node:fs');
      const { Script } = require('node:vm');
      const src = readFileSync(${JSON.stringify(join(ROOT, 'dist', 'cli.cjs'))}, 'utf8');
      const s = new Script('(function (exports, require, module, __filename, __dirname) {' + src + '\\n})', {
        filename: ${JSON.stringify(join(ROOT, 'dist', 'cli.cjs'))},
        cachedData: readFileSync(${JSON.stringify(join(ROOT, 'dist', 'cli.jsc'))}),
      });
      process.stdout.write(String(s.cachedDataRejected));`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(r.stdout).toBe('false');
  });

  it('a missing or corrupt cache gives the same output', () => {
    const expected = run(BIN);
    expect(expected.status).toBe(0);
    mkdirSync(join(copy, 'bin'));
    mkdirSync(join(copy, 'dist'));
    writeFileSync(join(copy, 'bin', 'arqam.js'), readFileSync(BIN));
    writeFileSync(join(copy, 'dist', 'cli.cjs'), readFileSync(join(ROOT, 'dist', 'cli.cjs')));
    writeFileSync(join(copy, 'bin', 'package.json'), readFileSync(join(ROOT, 'bin', 'package.json')));
    const missing = run(join(copy, 'bin', 'arqam.js'));
    expect([missing.status, missing.stderr, missing.stdout]).toEqual([0, '', expected.stdout]);
    writeFileSync(join(copy, 'dist', 'cli.jsc'), Buffer.alloc(4096, 7));
    const corrupt = run(join(copy, 'bin', 'arqam.js'));
    expect([corrupt.status, corrupt.stderr, corrupt.stdout]).toEqual([0, '', expected.stdout]);
  });
});
