// The input layer without the binary: line splitting at every chunk boundary, JSON Lines fields,
// decoding, directory walking.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { decode, mostlyUtf8 } from '../src/input/decode.js';
import { docDate, field, jsonlDocs } from '../src/input/jsonl.js';
import { type Line, splitLines } from '../src/input/lines.js';
import { type Doc, documents, type InputProblem } from '../src/input/sources.js';
import { walkFiles } from '../src/input/walk.js';

async function lines(chunks: (string | Buffer)[], max = 1 << 20): Promise<(string | number)[]> {
  const out: (string | number)[] = [];
  for await (const l of splitLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) {
    out.push(l.tooLong !== undefined ? l.tooLong : (l as Line & { bytes: Buffer }).bytes.toString());
  }
  return out;
}

async function collect<T>(g: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of g) out.push(x);
  return out;
}

describe('splitLines', () => {
  it('splits on LF, drops the CR of CRLF, keeps empty lines and a last line without LF', async () => {
    expect(await lines(['a\r\nb\n\nc'])).toEqual(['a', 'b', '', 'c']);
    expect(await lines(['a\n'])).toEqual(['a']);
    expect(await lines([])).toEqual([]);
  });
  it('gives the same lines whatever the chunk boundaries, even inside a UTF-8 character', async () => {
    const text = 'قتل 5\nأصيب ٣\r\n\nآخر';
    const bytes = Buffer.from(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(await lines([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(['قتل 5', 'أصيب ٣', '', 'آخر']);
    }
    expect(await lines([...bytes].map((b) => Buffer.from([b])))).toEqual(['قتل 5', 'أصيب ٣', '', 'آخر']);
  });
  it('numbers lines from 1 and reports a line over the limit by its size, then goes on', async () => {
    const got: Line[] = [];
    for await (const l of splitLines(Readable.from([Buffer.from('ok\n0123456789'), Buffer.from('ab\nnext')]), 8)) {
      got.push(l);
    }
    expect(got.map((l) => [l.n, l.tooLong ?? l.bytes?.toString()])).toEqual([
      [1, 'ok'],
      [2, 12],
      [3, 'next'],
    ]);
  });
  it('a line of exactly the limit is kept', async () => {
    expect(await lines(['12345678\n123456789\n'], 8)).toEqual(['12345678', 9]);
  });
});

describe('JSON Lines fields', () => {
  it('reads a key, or a dotted path when no key has the dotted name', () => {
    const o = { text: 'نص', meta: { date: '2024-01-02' }, 'a.b': 1 };
    expect(field(o, 'text')).toBe('نص');
    expect(field(o, 'meta.date')).toBe('2024-01-02');
    expect(field(o, 'a.b')).toBe(1);
    expect(field(o, 'meta.none')).toBeUndefined();
    expect(field(o, 'text.length')).toBeUndefined();
  });
  it('takes a date or the date of an ISO date-time; rejects the rest', () => {
    expect(docDate('2024-12-13')).toBe('2024-12-13');
    expect(docDate('2024-12-13T08:30:00Z')).toBe('2024-12-13');
    expect(docDate('2024-12-13 08:30')).toBe('2024-12-13');
    expect(docDate('2024-02-30')).toBeNull();
    expect(docDate('13/12/2024')).toBeNull();
    expect(docDate('2024-12-13x')).toBeNull();
  });
});

async function jsonl(input: string | Buffer, o: Partial<Parameters<typeof jsonlDocs>[2]> = {}) {
  const problems: string[] = [];
  const report = (p: InputProblem) => problems.push(`${p.level} ${p.input}: ${p.message}`);
  const docs = await collect(
    jsonlDocs(
      'in.jsonl',
      Readable.from([Buffer.from(input)]),
      { textField: 'text', idField: 'id', dateField: 'date', maxDocBytes: 1 << 20, ...o },
      report,
    ),
  );
  return { docs, problems };
}

describe('jsonlDocs', () => {
  it('documents with id, text and date; id falls back to <file>:<line>; numeric ids become strings', async () => {
    const { docs, problems } = await jsonl(
      '\uFEFF{"id":"a1","text":"قتل 5","date":"2024-12-13"}\n{"text":"ب"}\n\n  \n{"id":42,"text":"ج","date":null}\n',
    );
    expect(docs).toEqual([
      { id: 'a1', text: 'قتل 5', refDate: '2024-12-13' },
      { id: 'in.jsonl:2', text: 'ب' },
      { id: '42', text: 'ج' },
    ]);
    expect(problems).toEqual([]);
  });
  it('reports each bad line with its number and goes on', async () => {
    const { docs, problems } = await jsonl(
      '{"text":"1"}\n{"text":\n[1,2]\n{"body":"x"}\n{"text":5}\n{"id":true,"text":"6"}\n{"text":"7","date":"2024-13-01"}\n{"text":"8","date":20240101}\n',
    );
    expect(docs.map((d: Doc) => [d.id, d.text, d.refDate])).toEqual([
      ['in.jsonl:1', '1', undefined],
      ['in.jsonl:6', '6', undefined],
      ['in.jsonl:7', '7', undefined],
      ['in.jsonl:8', '8', undefined],
    ]);
    expect(problems).toEqual([
      'error in.jsonl:2: malformed JSON: Unexpected end of JSON input, line skipped',
      'error in.jsonl:3: not a JSON object, line skipped',
      'error in.jsonl:4: no field "text" (--text-field), line skipped',
      'error in.jsonl:5: no string in field "text" (--text-field), line skipped',
      'error in.jsonl:6: field "id" (--id-field) is not a string or a number; "in.jsonl:6" used instead',
      'error in.jsonl:7: invalid date "2024-13-01" in field "date" (expected YYYY-MM-DD); processed without it',
      'error in.jsonl:8: field "date" is not a date string; processed without it',
    ]);
  });
  it('other field names', async () => {
    const { docs } = await jsonl('{"url":"u1","body":"نص","meta":{"published":"2023-10-07T00:00:00+03:00"}}\n', {
      textField: 'body',
      idField: 'url',
      dateField: 'meta.published',
    });
    expect(docs).toEqual([{ id: 'u1', text: 'نص', refDate: '2023-10-07' }]);
  });
  it('UTF-16 with a BOM is transcoded, whatever the line count', async () => {
    const text = '{"text":"قتل ٣"}\n{"text":"ب"}\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect((await jsonl(le)).docs.map((d) => d.text)).toEqual(['قتل ٣', 'ب']);
    expect((await jsonl(be)).docs.map((d) => d.text)).toEqual(['قتل ٣', 'ب']);
  });
  it('a line that is not UTF-8 is read as windows-1256, noticed once for the file', async () => {
    // "قتل" in windows-1256: DE CA E1
    const w = Buffer.concat([
      Buffer.from('{"text":"ok"}\n{"text":"'),
      Buffer.from([0xde, 0xca, 0xe1]),
      Buffer.from('"}\n{"text":"'),
      Buffer.from([0xde, 0xca, 0xe1]),
      Buffer.from('"}\n'),
    ]);
    const { docs, problems } = await jsonl(w);
    expect(docs.map((d) => d.text)).toEqual(['ok', 'قتل', 'قتل']);
    expect(problems).toEqual([
      'notice in.jsonl: not valid UTF-8 from line 2: such lines were decoded as windows-1256 (--encoding forces one)',
    ]);
  });
  it('a UTF-8 line with a damaged byte stays UTF-8; the damage is counted once per file', async () => {
    const bad = Buffer.concat([
      Buffer.from('{"text":"قتل خمسة"}\n{"text":"جرح'),
      Buffer.from([0xd8]),
      Buffer.from(' ستة"}\n'),
    ]);
    const { docs, problems } = await jsonl(bad);
    expect(docs.map((d) => d.text)).toEqual(['قتل خمسة', 'جرح\uFFFD ستة']);
    expect(problems).toEqual([
      'notice in.jsonl: 1 invalid byte sequence(s) in utf-8 replaced with U+FFFD (first on line 2)',
    ]);
  });
  it('--encoding utf-8: invalid bytes replaced and counted once per file', async () => {
    const bad = Buffer.concat([
      Buffer.from('{"text":"a'),
      Buffer.from([0xff]),
      Buffer.from('"}\n{"text":"'),
      Buffer.from([0xc3]),
      Buffer.from('"}\n'),
    ]);
    const { docs, problems } = await jsonl(bad, { encoding: 'utf-8' });
    expect(docs.map((d) => d.text)).toEqual(['a\uFFFD', '\uFFFD']);
    expect(problems).toEqual([
      'notice in.jsonl: 2 invalid byte sequence(s) in utf-8 replaced with U+FFFD (first on line 1)',
    ]);
  });
  it('--encoding windows-1256 and utf-16le (no BOM) are obeyed, silently', async () => {
    const w = Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xde, 0xca, 0xe1]), Buffer.from('"}\n')]);
    expect(await jsonl(w, { encoding: 'windows-1256' })).toEqual({
      docs: [{ id: 'in.jsonl:1', text: 'قتل' }],
      problems: [],
    });
    const u = Buffer.from('{"text":"قتل"}\n{"text":"ب"}', 'utf16le');
    expect((await jsonl(u, { encoding: 'utf-16le' })).docs.map((d) => d.text)).toEqual(['قتل', 'ب']);
  });
  it('a binary stream (NUL bytes) is skipped with one notice', async () => {
    const { docs, problems } = await jsonl(Buffer.from([0x7b, 0x00, 0x7d, 0x0a]));
    expect(docs).toEqual([]);
    expect(problems).toEqual(['notice in.jsonl: binary file (NUL bytes), skipped']);
  });
  it('a line over --max-doc-bytes is an error for that line only', async () => {
    const { docs, problems } = await jsonl(`{"text":"${'x'.repeat(100)}"}\n{"text":"y"}\n`, { maxDocBytes: 50 });
    expect(docs.map((d) => d.text)).toEqual(['y']);
    expect(problems).toEqual([
      'error in.jsonl:1: line of 111 bytes is over the limit of 50 bytes (--max-doc-bytes), skipped',
    ]);
  });
  it('empty input: no document, no problem', async () => {
    expect(await jsonl('')).toEqual({ docs: [], problems: [] });
  });
});

describe('decode', () => {
  it('UTF-8 with and without BOM, UTF-16 LE/BE with BOM, windows-1256 when not UTF-8', () => {
    const s = 'قُتل ٥ أشخاص';
    expect(decode(Buffer.from(s))).toMatchObject({ text: s, encoding: 'utf-8', replaced: 0 });
    expect(decode(Buffer.from(`\uFEFF${s}`))).toMatchObject({ text: s, encoding: 'utf-8' });
    const le = Buffer.from(`\uFEFF${s}`, 'utf16le');
    expect(decode(le)).toMatchObject({ text: s, encoding: 'utf-16le' });
    const be = Buffer.from(le).swap16();
    expect(decode(be)).toMatchObject({ text: s, encoding: 'utf-16be' });
    expect(decode(Buffer.from([0xde, 0xca, 0xe1, 0x20, 0x35]))).toMatchObject({
      text: 'قتل 5',
      encoding: 'windows-1256',
    });
  });
  it('forced UTF-8 replaces invalid bytes and counts only those, not a literal U+FFFD', () => {
    const b = Buffer.concat([Buffer.from('a\uFFFDb'), Buffer.from([0xff, 0xfe, 0x41])]);
    expect(decode(b, 'utf-8')).toMatchObject({ text: 'a\uFFFDb\uFFFD\uFFFDA', replaced: 2 });
  });
  it('UTF-8 with a few damaged bytes stays UTF-8, the damage replaced and counted', () => {
    const b = Buffer.concat([
      Buffer.from('قتل 5 أشخاص'),
      Buffer.from([0xff]),
      Buffer.from(' في حلب'),
      Buffer.from([0xd8]),
    ]);
    expect(decode(b)).toMatchObject({ text: 'قتل 5 أشخاص\uFFFD في حلب\uFFFD', encoding: 'utf-8', replaced: 2 });
    // 3 valid letters for 1 bad byte is under 4 to 1: read as windows-1256.
    expect(decode(Buffer.concat([Buffer.from('قتل'), Buffer.from([0xff])])).encoding).toBe('windows-1256');
    expect(mostlyUtf8('ابجد\uFFFD', 1)).toBe(true);
    expect(mostlyUtf8('abc\uFFFD', 1)).toBe(false);
  });
  it('NUL bytes outside UTF-16: binary', () => {
    expect(decode(Buffer.from([0x61, 0x00, 0x62])).binary).toBe(true);
  });
});

describe('walkFiles and documents', () => {
  const root = mkdtempSync(join(tmpdir(), 'arqam-walk-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'b'));
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, 'a.txt'), 'أ');
  writeFileSync(join(root, 'b', 'c.txt'), 'ج');
  writeFileSync(join(root, 'b.txt'), 'ب');
  writeFileSync(join(root, '.hidden'), 'x');
  writeFileSync(join(root, '.git', 'HEAD'), 'x');
  writeFileSync(join(root, 'z.bin'), Buffer.from([1, 0, 2]));
  symlinkSync(join(root, 'b'), join(root, 'link-dir'));
  symlinkSync(join(root, 'a.txt'), join(root, 'link-file'));

  it('depth first, sorted by name, hidden entries and links to directories left out', async () => {
    const got = await collect(walkFiles(root, () => {}));
    expect(got.map((p) => p.slice(root.length + 1))).toEqual(['a.txt', 'b/c.txt', 'b.txt', 'link-file', 'z.bin']);
  });
  it('documents(): a directory is an error without --recursive; with it, its text files (binary noticed)', async () => {
    const problems: string[] = [];
    const report = (p: InputProblem) => problems.push(`${p.level} ${p.input.replace(root, 'R')}: ${p.message}`);
    expect(await collect(documents([root], {}, report))).toEqual([]);
    expect(problems).toEqual(['error R: is a directory (--recursive reads the files in it)']);
    problems.length = 0;
    const docs = await collect(documents([root], { recursive: true }, report));
    expect(docs.map((d) => [d.id.replace(root, 'R'), d.text])).toEqual([
      ['R/a.txt', 'أ'],
      ['R/b/c.txt', 'ج'],
      ['R/b.txt', 'ب'],
      ['R/link-file', 'أ'],
    ]);
    expect(problems).toEqual(['notice R/z.bin: binary file (NUL bytes), skipped']);
  });
});
