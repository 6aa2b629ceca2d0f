// Property tests: random Unicode and random Arabic-like token soup, through extract() and through
// the binary. For any input: no exception, valid JSON, valid schema, and every fact's text is the
// input sliced at its code point offsets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, factCount } from '../src/extract.js';
import type { Result } from '../src/types.js';
import { arqam, assertSchema, assertSpans } from './helpers.js';

const TOKENS = [
  // number words, ordinals, scales
  'واحد',
  'إحدى',
  'اثنان',
  'اثنين',
  'ثلاث',
  'ثلاثة',
  'خمسة',
  'عشرة',
  'أحد عشر',
  'اثنا عشر',
  'عشرون',
  'عشرين',
  'مئة',
  'مائة',
  'مئتان',
  'مائتين',
  'ثلاثمئة',
  'ألف',
  'ألفا',
  'آلاف',
  'ألفين',
  'مليون',
  'ملايين',
  'مليار',
  'الأول',
  'الثانية',
  'الحادي عشر',
  'العشرين',
  'عشرات',
  'مئات',
  'نصف',
  'ربع',
  'بالمئة',
  'في المئة',
  // casualty words
  'قتل',
  'قُتل',
  'قتلى',
  'مقتل',
  'مصرع',
  'شهيدا',
  'شهداء',
  'جرحى',
  'أصيب',
  'إصابة',
  'مصابين',
  'مفقودين',
  'اعتقال',
  'معتقلين',
  'نازح',
  'نزوح',
  'حصيلة',
  'ارتفعت',
  'أشخاص',
  'مدنيين',
  'أطفال',
  'فلسطينيين',
  'بجروح',
  // quotes and speech
  '"',
  '«',
  '»',
  '“',
  '”',
  '„',
  "'",
  '‹',
  '›',
  'قال',
  'أكد',
  'وأضاف',
  'صرح',
  'مصدر',
  'الوزير',
  'المتحدث باسم',
  // months, days, calendars
  'يناير',
  'كانون الثاني',
  'آذار',
  'أبريل/نيسان',
  'رمضان',
  'شوال',
  'جانفي',
  'شتنبر',
  'يوليوز',
  'الاثنين',
  'الخميس',
  'أمس',
  'اليوم',
  'هـ',
  'م',
  'عام',
  'سنة',
  'منذ',
  'حتى',
  'الماضي',
  'الشهر',
  // connectives
  'في',
  'من',
  'و',
  'بين',
  'نحو',
  'أكثر من',
  'قرابة',
  'ما لا يقل عن',
  'على الأقل',
  'إلى',
  'أن',
  'إن',
  // marks
  '\u064e',
  '\u064b',
  '\u0651',
  '\u0652',
  '\u0670',
  'ـ',
  'ــــ',
  '\u200f',
  '\u200e',
  '\u202b',
  '\u202c',
  '\u2067',
  '\u2069',
  '\u061c',
  '\u200d',
  '\u00a0',
  '\ufeff',
  // astral and emoji
  '😀',
  '👨‍👩‍👧',
  '𝟙𝟚',
  '𐌰',
  '🇵🇸',
  // punctuation
  '،',
  '.',
  ':',
  '-',
  '–',
  '؟',
  '!',
  '(',
  ')',
  '/',
  '\n',
  '\r\n',
  '\t',
  '٫',
  '٬',
  '%',
  '٪',
  ',',
];

const WESTERN = '0123456789';
const EASTERN = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

/** A number in one of the three digit scripts, sometimes grouped or with a decimal part. */
const digits = fc
  .tuple(
    fc.nat({ max: 2_000_000 }),
    fc.constantFrom(WESTERN, EASTERN, PERSIAN),
    fc.constantFrom('', ',', '٬', '.'),
    fc.option(fc.nat({ max: 99 })),
  )
  .map(([n, script, sep, dec]) => {
    let s = String(n);
    if (sep) s = s.replace(/(?<=[0-9])(?=(?:[0-9]{3})+$)/g, sep);
    if (dec !== null) s += (script === WESTERN ? '.' : '٫') + String(dec);
    return s.replace(/[0-9]/g, (d) => script[Number(d)] as string);
  });

const soup = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
      { weight: 2, arbitrary: digits },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { maxLength: 60 },
  )
  .chain((toks) =>
    fc
      .array(fc.constantFrom(' ', ' ', ' ', '', '\n', '\u00a0'), { minLength: toks.length, maxLength: toks.length })
      .map((seps) => toks.map((t, i) => t + seps[i]).join('')),
  );

/** Any code points, now and then a lone surrogate. */
const unicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({
    unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('\ud83d', '\ude00')),
    maxLength: 100,
  }),
);

const refDate = fc.option(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

function checkResult(text: string, r: Result): void {
  const round = JSON.parse(JSON.stringify(r));
  assertSchema(round);
  assertSpans(text, round);
}

describe('extract() on any input', () => {
  it('Arabic-like token soup: valid schema, exact spans', () => {
    fc.assert(
      fc.property(soup, refDate, (text, ref) => {
        checkResult(text, extract(text, { refDate: ref }));
      }),
      { numRuns: 200 },
    );
  });
  it('random Unicode, lone surrogates included: valid schema, exact spans', () => {
    fc.assert(
      fc.property(unicode, (text) => {
        checkResult(text, extract(text));
      }),
      { numRuns: 200 },
    );
  });
});

/** The text the CLI sees once the string went through UTF-8: no leading BOM (decoding drops it). */
const asRead = (s: string) =>
  Buffer.from(s)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
/** No NUL: a NUL byte makes a file binary, which is skipped on purpose. */
const noNul = (s: string) => s.replace(/\0/g, ' ');

describe('the binary on any input', () => {
  it('plain text on stdin: exit 0 or 1, one JSON document, valid schema, exact spans', () => {
    fc.assert(
      fc.property(fc.oneof(soup, unicode).map(noNul), (raw) => {
        const r = arqam(['-f', 'json'], raw);
        expect([r.stderr, [0, 1].includes(r.status as number)]).toEqual(['', true]);
        const doc = JSON.parse(r.stdout);
        expect(r.stdout.split('\n')).toHaveLength(2);
        checkResult(asRead(raw), doc);
        expect(r.status).toBe(factCount(doc) > 0 ? 0 : 1);
      }),
      { numRuns: 6 },
    );
  });
  it('JSON Lines batches: one document per line in order, each valid with exact spans', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(soup, unicode), { minLength: 1, maxLength: 12 }), (texts) => {
        const input = texts.map((text, i) => JSON.stringify({ id: `d${i}`, text })).join('\n');
        const r = arqam(['--jsonl', '-f', 'json', '--no-fail-on-empty'], input);
        expect([r.status, r.stderr]).toEqual([0, '']);
        const docs = r.stdout
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l));
        expect(docs.map((d) => d.input)).toEqual(texts.map((_, i) => `d${i}`));
        // JSON.stringify writes lone surrogates as \u escapes, so the CLI sees the very same string.
        for (const [i, d] of docs.entries()) checkResult(texts[i] as string, d);
      }),
      { numRuns: 6 },
    );
  });
  it('table, annotate and csv: no crash, no raw control character, one CSV row per fact', () => {
    fc.assert(
      fc.property(
        fc.array(soup, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('table', 'annotate', 'csv'),
        (texts, format) => {
          const input = texts.map((text, i) => JSON.stringify({ id: `d${i}`, text })).join('\n');
          const r = arqam(['--jsonl', '-f', format, '--no-fail-on-empty'], input);
          expect([r.status, r.stderr]).toEqual([0, '']);
          if (format === 'csv') {
            const facts = texts.reduce((n, t) => n + factCount(extract(t)), 0);
            // A row ends with CRLF outside quotes; a quoted field may hold CR and LF.
            const rows = r.stdout.match(/(?:"(?:[^"]|"")*"|[^",\r\n]*)(?:,(?:"(?:[^"]|"")*"|[^",\r\n]*))*\r\n/g) ?? [];
            expect(rows.length).toBe(facts + 1);
          } else {
            // Tabs and line breaks are layout, kept in the annotated article; every other control is escaped.
            expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
          }
        },
      ),
      { numRuns: 5 },
    );
  });
});

it('the soup covers every digit script and the marks, and yields facts', () => {
  const sample = fc.sample(soup, { numRuns: 300, seed: 42 }).join('');
  for (const ch of ['5', '٥', '۵', '\u064e', 'ـ', '\u200f', '😀', '«', 'قتل']) expect(sample).toContain(ch);
  // The spans checked above are real ones: the soup yields plenty of facts.
  const facts = fc.sample(soup, { numRuns: 100, seed: 7 }).reduce((n, t) => n + factCount(extract(t)), 0);
  expect(facts).toBeGreaterThan(100);
});
