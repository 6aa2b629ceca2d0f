// The numbers extractor beyond its corpus: parseNumberAt (the API other extractors use), tricky
// spans and values, and adversarial input bounded against normal text of the same size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { parseNumberAt } from '../src/text/numwords.js';
import { makeView } from '../src/text/view.js';
import { assertSchema, assertSpans } from './helpers.js';

/** parseNumberAt on the folded view of `text`, at the norm index of `at` (a substring of text). */
function at(text: string, atText: string) {
  const view = makeView(text);
  const o = text.indexOf(atText);
  if (o < 0) throw new Error(`"${atText}" not in "${text}"`);
  let i = 0;
  while (view.map[i] !== undefined && (view.map[i] as number) < o) i++;
  const r = parseNumberAt(view.norm, i);
  if (!r) return null;
  return { ...r, norm: view.norm.slice(i, r.end), number: view.norm.slice(r.start, r.end) };
}

const nums = (text: string) =>
  extract(text, { kinds: ['numbers'] }).numbers.map((f) => [f.text, f.value, f.ordinal, f.percent] as const);

describe('parseNumberAt', () => {
  it('parses digits at their first digit and returns the norm end', () => {
    const r = at('قتل 44,875 شخصا', '44');
    expect(r).toMatchObject({ value: 44875, ordinal: false, percent: false, form: 'digits', number: '44,875' });
  });
  it('parses Eastern Arabic and Persian digits', () => {
    expect(at('أصيب ١٢٣ شخصا', '١٢٣')?.value).toBe(123);
    expect(at('أصيب ۴۵ شخصا', '۴۵')?.value).toBe(45);
    expect(at('نسبة ٣٫٥ بالمئة', '٣')).toMatchObject({ value: 3.5, percent: true });
  });
  it('parses words from a proclitic and reports where the number starts', () => {
    const r = at('قال إن وثلاثة أطفال', 'وثلاثة');
    expect(r).toMatchObject({ value: 3, norm: 'وثلاثه', number: 'ثلاثه' });
    expect(at('مزود بخمسة محركات', 'بخمسة')).toMatchObject({ value: 5, number: 'خمسه' });
    expect(at('دفع وبثلاثين دينارا', 'وبثلاثين')).toMatchObject({ value: 30, number: 'ثلاثين' });
  });
  it('reads "قبل ثلاثة أيام" as 3 for the dates extractor', () => {
    expect(at('وقع الحادث قبل ثلاثة أيام', 'ثلاثة')).toMatchObject({ value: 3, norm: 'ثلاثه' });
  });
  it('parses compounds with و in Arabic order', () => {
    expect(at('مئة وستة آلاف وأربعمئة وأربعة وخمسون جريحا', 'مئة')?.value).toBe(106454);
    expect(at('ثلاثة آلاف ومئتان', 'ثلاثة')?.value).toBe(3200);
    expect(at('خمسة و عشرون', 'خمسة')?.value).toBe(25);
    expect(at('واحد وعشرون تريليون وثلاث مائة', 'واحد')?.value).toBe(21e12 + 300);
  });
  it('does not join two units, two tens or two hundreds with و', () => {
    expect(at('بين ثلاثة وخمسة', 'ثلاثة')).toMatchObject({ value: 3, norm: 'ثلاثه' });
    expect(at('عشرين وثلاثين', 'عشرين')).toMatchObject({ value: 20, norm: 'عشرين' });
    expect(at('ألف وألفين', 'ألف')).toMatchObject({ value: 1000, norm: 'الف' });
  });
  it('parses mixed digits and scale words', () => {
    expect(at('1.5 مليون', '1.5')).toMatchObject({ value: 1_500_000, form: 'mixed' });
    expect(at('٣ ملايين', '٣')?.value).toBe(3_000_000);
    expect(at('3 آلاف و500 جريح', '3')).toMatchObject({ value: 3500, norm: '3 الاف و500' });
    expect(at('٤ آلاف ٣ مائة و ٢١', '٤')?.value).toBe(4321);
  });
  it('does not read a scale of a larger size after a decimal group', () => {
    expect(at('3 آلاف و1.5 مليون', '3')).toMatchObject({ value: 3000, norm: '3 الاف' });
  });
  it('parses ordinals', () => {
    expect(at('في الخامس والعشرين من يناير', 'الخامس')).toMatchObject({ value: 25, ordinal: true });
    expect(at('الحادي عشر', 'الحادي')).toMatchObject({ value: 11, ordinal: true });
    expect(at('للمرة الثالثة', 'للمرة')).toBeNull();
    expect(at('للمرة الثالثة', 'الثالثة')).toMatchObject({ value: 3, ordinal: true });
    expect(at('الذكرى الـ75', 'الـ75')).toMatchObject({ value: 75, ordinal: true, number: '75' });
  });
  it('parses fractions and percent', () => {
    expect(at('مليون ونصف', 'مليون')?.value).toBe(1_500_000);
    expect(at('ثلاثة أرباع المدينة', 'ثلاثة')?.value).toBe(0.75);
    expect(at('نصف مليون', 'نصف')?.value).toBe(500_000);
    expect(at('خمسون في المئة', 'خمسون')).toMatchObject({ value: 50, percent: true, norm: 'خمسون في المئه' });
    expect(at('الاحتمال 77/100', '77')?.value).toBe(0.77);
  });
  it('parses signs in digits and words', () => {
    expect(at('الحرارة -5 درجات', '-5')).toMatchObject({ value: -5, form: 'digits' });
    expect(at('سالب خمسة', 'سالب')).toMatchObject({ value: -5, form: 'words' });
    expect(at('بين 2014-2015', '2014')?.value).toBe(2014);
  });
  it('returns null where no number starts', () => {
    expect(at('يوم الاثنين', 'الاثنين')).toBeNull();
    expect(at('يوم الأحد', 'الأحد')).toBeNull();
    expect(at('أحد الجنود', 'أحد')).toBeNull();
    expect(at('واحدة من أهم المدن', 'واحدة')).toBeNull();
    expect(at('تشرين الأول', 'الأول')).toBeNull();
    expect(at('ثمن الخبز', 'ثمن')).toBeNull();
    expect(at('عشرات الآلاف', 'عشرات')).toBeNull();
    expect(at('آلاف المتظاهرين', 'آلاف')).toBeNull();
    expect(at('التحالف', 'الف')).toBeNull(); // mid-word
    expect(at('20دولار', '20')).toBeNull();
    expect(at('الساعة 14:30', '14')).toBeNull();
  });
});

describe('numbers extractor: tricky cases', () => {
  it('reads the seed sentence with the month name and its ordinal left alone', () => {
    expect(
      nums('أكثر من 44,875 فلسطينياً لقد قتلوا و106,454 جريحًا في الحرب التي بدأت في 7 أكتوبر/تشرين الأول 2023'),
    ).toEqual([
      ['44,875', 44875, false, false],
      ['106,454', 106454, false, false],
      ['7', 7, false, false],
      ['2023', 2023, false, false],
    ]);
  });
  it('keeps tanween and harakat of the last word in the span', () => {
    expect(nums('قُتِلَ ثلاثةٌ وعشرونَ')).toEqual([['ثلاثةٌ وعشرونَ', 23, false, false]]);
    expect(nums('قتل 44 ألفاً')).toEqual([['44 ألفاً', 44000, false, false]]);
  });
  it('splits dates, IP addresses and lists, and skips times of day', () => {
    expect(nums('13/12/2024')).toEqual([
      ['13', 13, false, false],
      ['12', 12, false, false],
      ['2024', 2024, false, false],
    ]);
    expect(nums('192.168.1.2').map((f) => f[1])).toEqual([192, 168, 1, 2]);
    expect(nums('1,2,3').map((f) => f[1])).toEqual([1, 2, 3]);
    expect(nums('عند 14:30 و09:15:20')).toEqual([]);
  });
  it('reads thousands and decimal separators', () => {
    expect(nums('1,234.56 و1.234,56 و12،220,13 و1.234.567 و٠,٠٨').map((f) => f[1])).toEqual([
      1234.56, 1234.56, 12220.13, 1234567, 0.08,
    ]);
  });
  it('emits nothing inside URLs', () => {
    expect(nums('المصدر http://example.org/a/2024/55?id=30%25 قتل 4')).toEqual([['4', 4, false, false]]);
  });
  it('reads Hijri and Gregorian year suffixes', () => {
    expect(nums('1445هـ الموافق 2024م').map((f) => f[0])).toEqual(['1445', '2024']);
  });
});

describe('numbers extractor: adversarial input runs in time comparable to normal text', () => {
  const SIZE = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  const time = (text: string) => {
    const t0 = performance.now();
    const r = extract(text, { kinds: ['numbers'] });
    return { ms: performance.now() - t0, count: r.numbers.length };
  };
  const normal = time(fill('قتل 12 شخصا وأصيب ثلاثون آخرون في 3 هجمات منفصلة يوم الاثنين في مدينة الموصل. '));
  // Generous: 10× normal text of the same size plus a second of slack for a loaded machine.
  const bound = normal.ms * 10 + 1000;
  it.each([
    ['1,1,1,…', fill('1,'), 524288],
    ['و + number words', fill('وثلاثة '), 149796],
    ['tatweel line', fill('ـ'), 0],
    ['a digit run', fill('1'), 0],
    ['scale words', fill('ألف '), 262144],
    ['signs', fill('-'), 0],
    ['powers', fill('1^'), 262144],
    ['slashes', fill('1/'), 524288],
    ['colons', fill('1:'), 524288],
    ['proclitic glued to digits', fill('و5'), 1],
    ['article glued to digits', fill('الـ5'), 1],
  ] as const)('%s', (_name, text, count) => {
    const r = time(text);
    expect(r.count).toBe(count);
    expect(r.ms).toBeLessThan(bound);
  });
});

describe('numbers extractor: properties on random news-like text', () => {
  const pieces = [
    'ثلاثة',
    'وثلاثين',
    'عشر',
    'عشرة',
    'ألف',
    'آلاف',
    'مليون',
    'ونصف',
    'مئة',
    'مائتين',
    'أحد',
    'إحدى',
    'واحدة',
    'من',
    'الأول',
    'الثاني',
    'تشرين',
    'كانون',
    'الاثنين',
    'الخامس',
    'والعشرين',
    'في',
    'المئة',
    'بالمئة',
    'سالب',
    'فاصلة',
    'على',
    'جزء',
    'أرباع',
    'خمس',
    'ثمن',
    'الـ',
    'ال',
    'و',
    '%',
    '٪',
    '-',
    '−',
    '/',
    ':',
    ',',
    '.',
    '،',
    '٫',
    '٬',
    '44,875',
    '1.5',
    '١٢٣',
    '۴۵',
    '2024',
    '13/12/2024',
    '14:30',
    '0',
    '٠',
    'e',
    '^',
    'ـ',
    'ً',
    'ٌ',
    '\u200f',
    '\u202a',
    ' ',
    ' ',
    ' ',
    '\n',
    'قتل',
    'شخصا',
    'السكان',
    'http://x.y/1',
    'F',
    '😀',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));
  it('spans are the original text, in order, without overlap, with finite values', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = extract(t, { kinds: ['numbers'] });
        assertSchema(r);
        assertSpans(t, r);
        let last = 0;
        for (const f of r.numbers) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(Number.isFinite(f.value)).toBe(true);
          last = f.end;
        }
      }),
      { numRuns: 3000 },
    );
  });
  it('parseNumberAt never throws and ends after it starts', () => {
    fc.assert(
      fc.property(text, fc.nat(200), (t, k) => {
        const norm = makeView(t).norm;
        const i = norm.length === 0 ? 0 : k % norm.length;
        const r = parseNumberAt(norm, i);
        if (r) {
          expect(r.end).toBeGreaterThan(i);
          expect(r.start).toBeGreaterThanOrEqual(i);
          expect(r.end).toBeLessThanOrEqual(norm.length);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
