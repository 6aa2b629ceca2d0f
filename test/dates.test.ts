// The dates extractor beyond its corpus: dateline detection, weekday resolution around the
// reference date, Hijri conversion, periods, and inputs built to make a parser slow.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { findDateline } from '../src/refiners/dateline.js';
import { dayOf, easterDay, hijriToGregorian, isoDay, weekday, weekStart } from '../src/text/calendar.js';
import type { DateFact } from '../src/types.js';

const dates = (text: string, refDate: string | null = null): DateFact[] =>
  extract(text, { refDate, kinds: ['dates'] }).dates;
const one = (text: string, refDate: string | null = null): DateFact => {
  const d = dates(text, refDate);
  expect(d, JSON.stringify(d)).toHaveLength(1);
  return d[0] as DateFact;
};

describe('calendar arithmetic', () => {
  it('knows the weekday of a day (0 = Sunday)', () => {
    expect(weekday(dayOf('2024-12-13') as number)).toBe(5); // Friday
    expect(weekday(dayOf('2013-02-12') as number)).toBe(2); // Tuesday
    expect(weekday(dayOf('2023-10-07') as number)).toBe(6); // Saturday
  });
  it('starts the week on Saturday', () => {
    expect(isoDay(weekStart(dayOf('2024-12-13') as number))).toBe('2024-12-07');
    expect(isoDay(weekStart(dayOf('2024-12-07') as number))).toBe('2024-12-07');
    expect(isoDay(weekStart(dayOf('2024-12-06') as number))).toBe('2024-11-30');
  });
  it('converts Umm al-Qura Hijri dates to Gregorian', () => {
    expect(hijriToGregorian(1436, 10, 26)).toBe('2015-08-11');
    expect(hijriToGregorian(1445, 9, 12)).toBe('2024-03-22');
    expect(hijriToGregorian(1445, 10, 1)).toBe('2024-04-10');
    expect(hijriToGregorian(1446, 1, 1)).toBe('2024-07-07');
    expect(hijriToGregorian(1445, 9, 31)).toBeNull();
  });
  it('computes Western Easter', () => {
    expect(isoDay(easterDay(2013))).toBe('2013-03-31');
    expect(isoDay(easterDay(2024))).toBe('2024-03-31');
    expect(isoDay(easterDay(2025))).toBe('2025-04-20');
  });
  it('rejects impossible dates', () => {
    expect(dayOf('2024-02-30')).toBeNull();
    expect(dates('صدر القرار في 32/13/2024 بحسب الوكالة')).toEqual([]);
    expect(dates('صدر القرار في 31/04/2024 بحسب الوكالة')).toEqual([]);
    expect(dates('وقع الهجوم في 30 فبراير 2024')).toEqual([]);
  });
});

describe('Hijri dates', () => {
  it('pairs a Hijri date and its Gregorian equivalent as two facts with one value', () => {
    const d = dates('الرياض 12 رمضان 1445 هـ الموافق 22 مارس 2024 م - أعلنت الهيئة');
    expect(d.map((x) => [x.text, x.value, x.calendar, x.hijri])).toEqual([
      ['12 رمضان 1445 هـ', '2024-03-22', 'hijri', '1445-09-12'],
      ['22 مارس 2024 م', '2024-03-22', 'gregorian', null],
    ]);
  });
  it('accepts "هـ" glued to the year and "للهجرة"', () => {
    expect(one('في 26 شوال 1436هـ وقعت').value).toBe('2015-08-11');
    expect(one('في 26 شوال 1436 للهجرة وقعت').value).toBe('2015-08-11');
  });
  it('reads the spellings of the two-word months', () => {
    expect(one('في 5 جمادى الآخرة 1445 هـ').hijri).toBe('1445-06-05');
    expect(one('في 5 جمادى الثانية 1445 هـ').hijri).toBe('1445-06-05');
    expect(one('في 3 ربيع الآخر 1446 هـ').hijri).toBe('1446-04-03');
    expect(one('في 3 ربيع الثاني 1446 هـ').hijri).toBe('1446-04-03');
    expect(one('في 7 ذي القعدة 1444 هـ').hijri).toBe('1444-11-07');
  });
  it('does not take first names or "zero" for months', () => {
    expect(dates('قال رجب طيب أردوغان إن بلاده لن تتراجع')).toEqual([]);
    expect(dates('بدأت الشركة من الصفر وبلغت أرباحها صفر دينار')).toEqual([]);
    expect(dates('ألقى المفكر طارق رمضان محاضرة')).toEqual([]);
  });
});

describe('weekday resolution (reference Friday 2024-12-13)', () => {
  const F = '2024-12-13';
  it('a weekday in a past sentence is the most recent such day on or before the reference', () => {
    expect(one('أعلن الجيش الجمعة مقتل ثلاثة', F).value).toBe('2024-12-13');
    expect(one('أعلن الجيش السبت مقتل ثلاثة', F).value).toBe('2024-12-07');
    expect(one('أعلن الجيش الخميس مقتل ثلاثة', F).value).toBe('2024-12-12');
  });
  it('a future cue points to the first such day on or after the reference', () => {
    expect(one('سيزور الوزير القاهرة الجمعة', F).value).toBe('2024-12-13');
    expect(one('سيزور الوزير القاهرة السبت', F).value).toBe('2024-12-14');
    expect(one('من المقرر أن يصل الوفد الخميس', F).value).toBe('2024-12-19');
    expect(one('سوف تعقد الجلسة الأربعاء', F).value).toBe('2024-12-18');
  });
  it('الماضي is strictly before and المقبل/القادم strictly after', () => {
    expect(one('عقد الاجتماع الجمعة الماضي', F).value).toBe('2024-12-06');
    expect(one('يعقد الاجتماع الجمعة المقبل', F).value).toBe('2024-12-20');
    expect(one('يعقد الاجتماع الأحد القادم', F).value).toBe('2024-12-15');
  });
  it('a weekday within a named week', () => {
    expect(one('التقى الوفدان الاثنين من الأسبوع الماضي', F).value).toBe('2024-12-02');
    expect(one('يصل الوفد الأسبوع المقبل يوم الأحد', F).value).toBe('2024-12-15');
  });
  it('a weekday with a date takes the date', () => {
    expect(one('وقعت الاشتباكات الأحد 8 ديسمبر 2024 في حماة', F).value).toBe('2024-12-08');
  });
  it('a weekday and a yearless date choose the year where they agree', () => {
    expect(one('الخميس 15 اغسطس', '2013-02-12').value).toBe('2013-08-15');
  });
  it('includes "يوم" but not "صباح"/"مساء" in the span', () => {
    expect(one('وصل صباح يوم الأحد', F).text).toBe('يوم الأحد');
    expect(one('وصل مساء الأحد', F).text).toBe('الأحد');
  });
  it('keeps the other senses of the weekday words out', () => {
    expect(dates('أدى آلاف المصلين صلاة الجمعة', F)).toEqual([]);
    expect(dates('خرج الاثنين معا من المبنى', F)).toEqual([]);
    expect(dates('أصيب كلا الاثنين بجروح', F)).toEqual([]);
  });
  it('without a reference date a weekday has value null', () => {
    const d = one('أعلن الجيش الأحد مقتل خمسة');
    expect(d.value).toBeNull();
    expect(d.relative).toBe(true);
  });
});

describe('relative periods (reference Friday 2024-12-13)', () => {
  const F = '2024-12-13';
  it('"نهاية الأسبوع الماضي" is the weekend Friday–Sunday of the previous week', () => {
    expect(one('سقطت دمشق في نهاية الأسبوع الماضي', F)).toMatchObject({
      value: null,
      from: '2024-12-06',
      to: '2024-12-08',
      relative: true,
    });
  });
  it('counted periods end at the reference date', () => {
    expect(one('ما رأيناه في الأسبوعين الماضيين', F)).toMatchObject({ from: '2024-11-29', to: '2024-12-13' });
    expect(one('خلال الأيام الخمسة المقبلة', F)).toMatchObject({ from: '2024-12-13', to: '2024-12-18' });
  });
  it('"قبل" and "منذ" count back, "بعد" forward', () => {
    expect(one('وقع الحادث قبل ثلاثة أيام', F).value).toBe('2024-12-10');
    expect(one('تصل المساعدات بعد أسبوعين', F).value).toBe('2024-12-27');
    expect(one('وقع الحادث قبل عشر سنوات', F)).toMatchObject({ value: '2014', grain: 'year' });
  });
  it('a count before another event is not a date', () => {
    expect(dates('أغلقت المراكز قبل ثلاثة أيام من الانتخابات', F)).toEqual([]);
    expect(dates('عاد التيار بعد يومين على العاصفة', F)).toEqual([]);
  });
  it("a date without a year more than three months ahead is last year's; within three months, this year's", () => {
    expect(one('بدأت الحرب في 8 تشرين الأول', '2024-03-28').value).toBe('2023-10-08');
    expect(one('تجرى الانتخابات في 15 مايو', '2024-03-28').value).toBe('2024-05-15');
    expect(one('بدأت الاحتجاجات في 20 يناير', '2024-03-28').value).toBe('2024-01-20');
  });
  it('"منذ" before a yearless date points to the past', () => {
    expect(one('يحاصر الجيش المدينة منذ 20 مايو', '2024-03-28').value).toBe('2023-05-20');
  });
});

describe('the dateline sets the reference date', () => {
  it('reads "city - d/m/yyyy -" and resolves relative dates against it', () => {
    const r = extract('دمشق - 13/12/2024 - أعلنت السلطات أمس رفع حظر التجول', { kinds: ['dates'] });
    expect(r.ref_date).toBe('2024-12-13');
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([
      ['13/12/2024', '2024-12-13'],
      ['أمس', '2024-12-12'],
    ]);
  });
  it('reads a Hijri dateline with its Gregorian equivalent', () => {
    const r = extract('بغداد 26 شوال 1436 هـ الموافق 11 أغسطس 2015\nقتل ثلاثة أشخاص الاثنين', { kinds: ['dates'] });
    expect(r.ref_date).toBe('2015-08-11');
    expect(r.dates.at(-1)).toMatchObject({ text: 'الاثنين', value: '2015-08-10' });
  });
  it('reads a dateline on the line after the headline', () => {
    const r = extract('الحرارة تلامس 50 درجة حتى السبت\nأبوظبي - الأربعاء 17 يوليو 2024 - توقع المركز', {
      kinds: ['dates'],
    });
    expect(r.ref_date).toBe('2024-07-17');
    expect(r.dates[0]).toMatchObject({ text: 'السبت', value: '2024-07-20' });
  });
  it('"اليوم" with a full date gives the reference date when there is no dateline', () => {
    const r = extract(
      'موسكو (وكالات) - أعلنت وزارة الدفاع الروسية اليوم الخميس 21 تشرين الثاني/نوفمبر 2024 أن قواتها تقدمت، بعد معارك أمس',
      { kinds: ['dates'] },
    );
    expect(r.ref_date).toBe('2024-11-21');
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([
      ['اليوم الخميس 21 تشرين الثاني/نوفمبر 2024', '2024-11-21'],
      ['أمس', '2024-11-20'],
    ]);
  });
  it('reads the agency form "city في date /agency/"', () => {
    const r = extract(
      'مصرع 3 أشخاص في انقلاب حافلة\nأزيلال في 15 يوليوز 2024 /ومع/ - لقي ثلاثة أشخاص مصرعهم مساء أمس',
      {
        kinds: ['dates'],
      },
    );
    expect(r.ref_date).toBe('2024-07-15');
    expect(r.dates.at(-1)).toMatchObject({ text: 'أمس', value: '2024-07-14' });
  });
  it('a date mentioned in a sentence is not a dateline', () => {
    expect(extract('بدأت الحرب في 7 أكتوبر 2023 وما زالت مستمرة', { kinds: ['dates'] }).ref_date).toBeNull();
    expect(extract('عنوان\nنص\nفقرة\nدمشق 13/12/2024', { kinds: ['dates'] }).ref_date).toBeNull();
  });
  it('--ref-date wins over the dateline', () => {
    const r = extract('دمشق - 13/12/2024 - أعلنت السلطات أمس', { kinds: ['dates'], refDate: '2025-01-01' });
    expect(r.ref_date).toBe('2025-01-01');
    expect(r.dates[1]?.value).toBe('2024-12-31');
  });
  it('findDateline keeps only the first date of a line', () => {
    const text = 'بغداد 5 مارس 2024 و6 مارس 2024';
    expect(
      findDateline(text, [
        { start: 6, end: 17, iso: '2024-03-05' },
        { start: 19, end: 30, iso: '2024-03-06' },
      ]),
    ).toBe('2024-03-05');
  });
});

describe('spans and overlaps', () => {
  it('gives facts in text order without overlaps', () => {
    const d = dates('في 7 أكتوبر 2023 ثم في 8 أكتوبر 2023 وفي عام 2024', '2024-12-13');
    expect(d.map((x) => x.text)).toEqual(['7 أكتوبر 2023', '8 أكتوبر 2023', 'عام 2024']);
    for (let i = 1; i < d.length; i++)
      expect((d[i] as DateFact).start).toBeGreaterThanOrEqual((d[i - 1] as DateFact).end);
  });
  it('keeps tanween and the tatweel of "هـ" inside the span', () => {
    expect(one('تبدأ الامتحانات غداً', '2024-12-13').text).toBe('غداً');
    expect(one('في 1 محرم 1446 هـ').text).toBe('1 محرم 1446 هـ');
  });
  it('does not take a lone four-digit number for a year', () => {
    expect(dates('نقلت الشاحنات 2015 طنا من القمح')).toEqual([]);
    expect(dates('بلغ عدد الطلاب 2014 طالبا')).toEqual([]);
  });
});

describe('hostile inputs cost about what normal text costs', { timeout: 120_000 }, () => {
  const N = 60_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  const NORMAL = fill(
    'أعلنت وزارة الصحة اليوم الخميس 12 ديسمبر 2024 أن 15 شخصا قتلوا منذ الأسبوع الماضي، وقال المتحدث إن الوفد سيصل الأحد المقبل إلى بغداد بعد أن زار دمشق في 3 تشرين الأول. ',
  );
  const HOSTILE: Record<string, string> = {
    'the weekday word, 200k times': 'الجمعة '.repeat(200_000),
    'day-month pairs without space': fill('13/12/'),
    'long runs of digits and dashes': fill('1-2-3-4-5-6-7-8-9-'),
    'range openers that never close': fill('من 4 إلى من 4 إلى '),
    'ago words without units': fill('قبل قبل منذ بعد '),
    'dual years chained': fill('عامي 2014 و2015 و'),
    'month names with slashes': fill('أكتوبر/تشرين الأول/'),
    'relative words without modifiers': fill('الأسبوع الشهر العام اليوم أمس '),
    'Hijri months and era marks': fill('رمضان شوال هـ 1445 '),
    'a single 60k-digit number': '7'.repeat(N),
  };
  const cost = (text: string): number => {
    const t: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      dates(text, '2024-12-13');
      t.push((performance.now() - t0) / text.length);
    }
    return t.sort((a, b) => a - b)[1] as number;
  };
  dates(NORMAL, '2024-12-13');
  const normal = cost(NORMAL);
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`${name}: per character at most 10x normal text`, () => {
      const ratio = cost(text) / normal;
      expect(ratio, `${ratio.toFixed(2)}x`).toBeLessThanOrEqual(10);
    });
  }
});
