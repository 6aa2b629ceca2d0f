// Casualty attachment (since / reported_by / location) with stubbed context, and linear time on hostile input.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { parseDigits } from '../src/extractors/casualties/counts.js';
import { casualtiesExtractor } from '../src/extractors/casualties.js';
import { makeView } from '../src/text/view.js';
import type { CasualtyFact, Context, DateFact } from '../src/types.js';

/** A context with no numbers and the given dates, so the casualty extractor is tested alone. */
function ctxOf(text: string, dates: Array<{ text: string; value: string | null }> = []): Context {
  const ds: DateFact[] = dates.map((d) => {
    const start = text.indexOf(d.text);
    if (start < 0) throw new Error(`date text not found: ${d.text}`);
    return {
      kind: 'date',
      value: d.value,
      from: null,
      to: null,
      grain: 'day',
      calendar: 'gregorian',
      hijri: null,
      relative: false,
      text: d.text,
      start,
      end: start + d.text.length,
    };
  });
  return { text, view: makeView(text), refDate: null, numbers: [], dates: ds, casualties: [], quotes: [] };
}

function run(text: string, dates: Array<{ text: string; value: string | null }> = []): CasualtyFact[] {
  return casualtiesExtractor.run(ctxOf(text, dates));
}

describe('since', () => {
  const seed =
    'أكثر من 44,875 فلسطينياً لقد قتلوا و106,454 جريحًا في الحرب الإسرائيلية على غزة، التي بدأت في 7 أكتوبر/تشرين الأول 2023، بحسب وزارة الصحة في غزة.';
  it('takes the date after "التي بدأت في" for every figure of the sentence', () => {
    const got = run(seed, [{ text: '7 أكتوبر/تشرين الأول 2023', value: '2023-10-07' }]);
    expect(got.map((f) => [f.type, f.count, f.since])).toEqual([
      ['killed', 44875, '2023-10-07'],
      ['injured', 106454, '2023-10-07'],
    ]);
  });
  it('takes the date after "منذ"', () => {
    const t = 'قتل أكثر من 350 شخصا منذ 8 أكتوبر 2023 في جنوب لبنان.';
    const got = run(t, [{ text: '8 أكتوبر 2023', value: '2023-10-08' }]);
    expect(got).toHaveLength(1);
    expect(got[0]?.since).toBe('2023-10-08');
  });
  it('ignores a date with no start cue', () => {
    const t = 'قتل 5 أشخاص في 8 أكتوبر 2023 في حلب.';
    const got = run(t, [{ text: '8 أكتوبر 2023', value: '2023-10-08' }]);
    expect(got.map((f) => [f.count, f.since])).toEqual([[5, null]]);
  });
  it('ignores a start date in another sentence', () => {
    const t = 'بدأت الحرب منذ 8 أكتوبر 2023. قتل 5 أشخاص في حلب.';
    const got = run(t, [{ text: '8 أكتوبر 2023', value: '2023-10-08' }]);
    expect(got.map((f) => [f.count, f.since])).toEqual([[5, null]]);
  });
  it('starts a month-only or year-only start on its first day', () => {
    const t = 'نزح 10 ملايين شخص منذ أبريل 2023.';
    const got = run(t, [{ text: 'أبريل 2023', value: '2023-04' }]);
    expect(got.map((f) => [f.count, f.since])).toEqual([[10000000, '2023-04-01']]);
    const y = run('قتل 17 مدنيا منذ بداية العام.', [{ text: 'العام', value: '2022' }]);
    expect(y.map((f) => [f.count, f.since])).toEqual([[17, '2022-01-01']]);
  });
  it('reaches a start cue several words before the date', () => {
    const t = 'ومنذ اندلاع الحرب بين الجيش والدعم السريع في 15 أبريل 2023، قتل عشرات الآلاف.';
    const got = run(t, [{ text: '15 أبريل 2023', value: '2023-04-15' }]);
    expect(got.map((f) => [f.count, f.since])).toEqual([[null, '2023-04-15']]);
  });
  it('does not read figures inside a date as counts', () => {
    const t = 'اعتقال 7 أكتوبر 2023 شكل نقطة تحول.';
    expect(run(t, [{ text: '7 أكتوبر 2023', value: '2023-10-07' }])).toEqual([]);
  });
});

describe('reported_by', () => {
  it('prefers a prepositional cue over a reporting verb', () => {
    const got = run('قال مسؤول إن 12 شخصا قتلوا، بحسب وزارة الداخلية.');
    expect(got[0]?.reported_by).toBe('وزارة الداخلية');
  });
  it('takes the subject of a reporting verb after it', () => {
    expect(run('أعلنت الشرطة اعتقال 20 شخصا.')[0]?.reported_by).toBe('الشرطة');
    expect(run('وقال مصدر أمني إن 4 جنود قتلوا.')[0]?.reported_by).toBe('مصدر أمني');
  });
  it('takes the subject before a reporting verb followed by إن', () => {
    expect(run('لكن الدفاع المدني السوري قال إن 13 شخصا قتلوا.')[0]?.reported_by).toBe('الدفاع المدني السوري');
  });
  it('starts at the body named after other words', () => {
    const got = run('ارتفعت الحصيلة إلى 50 قتيلا وفقا لآخر حصيلة أعلنتها وزارة الصحة.');
    expect(got.map((f) => [f.count, f.reported_by])).toEqual([[50, 'وزارة الصحة']]);
  });
  it('is null without a source in the sentence', () => {
    expect(run('قالت وزارة الصحة في بيان. وقتل 5 أشخاص.')[0]?.reported_by).toBeNull();
  });
  describe('a figure inside a quote is reported by its speaker, named near it', () => {
    const sources = (t: string) => extract(t).casualties.map((c) => [c.count, c.reported_by]);
    it("the speaker's full name, also where the sentence gives only a short form", () => {
      expect(
        sources(
          'وأكد المتحدث باسم الشرطة سامي العتيبي أن الحملة مستمرة. وأضاف العتيبي أن الدوريات "اعتقلت 9 مشتبهين في حي الملز" خلال ليلة واحدة.',
        ),
      ).toEqual([[9, 'سامي العتيبي']]);
    });
    it('«وقال: "…"» right after the speaker was named in the paragraph', () => {
      expect(
        sources(
          'قال رئيس البلدية عمر الحسيني إن الأضرار كبيرة. وأضاف: «أصيب 14 شخصا بجروح طفيفة ونقلوا إلى المستشفى».',
        ),
      ).toEqual([[14, 'عمر الحسيني']]);
    });
    it('not when the speaker was named in an earlier paragraph', () => {
      expect(
        sources(
          'وقال وزير الصحة أحمد سالم إن الوضع صعب للغاية في المستشفيات.\nوأضاف: "قتل 7 أشخاص في القصف الأخير ولا تزال الفرق تبحث عن مفقودين".',
        ),
      ).toEqual([[7, null]]);
    });
    it('not over a source the quote itself names', () => {
      expect(sources('وقال النائب محمد علي حسن: "بحسب وزارة الصحة قتل 20 شخصا في الهجوم، وهذا رقم أولي".')).toEqual([
        [20, 'وزارة الصحة'],
      ]);
    });
  });
});

describe('location', () => {
  it('takes the place after the phrase, with its head noun', () => {
    expect(run('قتل 5 أشخاص في قطاع غزة.')[0]?.location).toBe('قطاع غزة');
    expect(run('أصيب 3 أشخاص بمدينة حلب.')[0]?.location).toBe('مدينة حلب');
    expect(run('قتل 4 جنود شمال شرقي سوريا.')[0]?.location).toBe('شمال شرقي سوريا');
  });
  it('prefers a named place over the war it happened in', () => {
    expect(run('قتل 30 شخصا في الحرب الإسرائيلية على غزة.')[0]?.location).toBe('غزة');
  });
  it('does not take a place from the source phrase', () => {
    expect(run('قتل 5 أشخاص، بحسب وزارة الصحة في غزة.')[0]?.location).toBeNull();
  });
  it('takes the frame "وفي X،" for every figure of the sentence', () => {
    const got = run('وفي أم درمان، قتل شخصان وأصيب 7 آخرون في سوق صابرين.');
    expect(got.map((f) => f.location)).toEqual(['أم درمان', 'أم درمان']);
  });
});

describe('figures', () => {
  it('parses separators: commas group thousands, a dot before 3 digits groups unless scaled', () => {
    expect(parseDigits('44,875', false)).toBe(44875);
    expect(parseDigits('1.500', false)).toBe(1500);
    expect(parseDigits('1.5', true)).toBe(1.5);
    expect(parseDigits('1,234.5', false)).toBe(1234.5);
    expect(parseDigits('12', false)).toBe(12);
  });
  it('spans and count_text are slices of the original with its marks', () => {
    const t = 'قُتِلَ ٥ أشـخاصٍ، وأُصيبَ ١٢ آخرون.';
    const got = run(t);
    for (const f of got) {
      expect(t.slice(f.start, f.end)).toBe(f.text);
    }
    expect(got.map((f) => [f.type, f.count, f.count_text, f.group])).toEqual([
      ['killed', 5, '٥', 'أشـخاصٍ'],
      ['injured', 12, '١٢', 'آخرون'],
    ]);
  });
  it('gives one fact per figure even when several triggers reach it', () => {
    const got = run('وارتفع عدد الشهداء إلى 120 شهيدا.');
    expect(got.map((f) => [f.count, f.text])).toEqual([[120, 'عدد الشهداء إلى 120 شهيدا']]);
  });
  it('runs in the whole pipeline with astral characters before the toll (code point offsets)', () => {
    const t = '😀 قتل 5 أشخاص.';
    const r = extract(t, { kinds: ['casualties'] });
    const f = r.casualties[0] as CasualtyFact;
    expect([...t].slice(f.start, f.end).join('')).toBe('قتل 5 أشخاص');
  });
});

describe('linear time on hostile input', () => {
  const MB = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const time = (text: string): number => {
    const t0 = performance.now();
    casualtiesExtractor.run(ctxOf(text));
    return performance.now() - t0;
  };
  const normal = fill(
    'قال مسؤول محلي إن 5 أشخاص قتلوا وأصيب 12 آخرون في قصف على بلدة في ريف حلب، بحسب المرصد السوري لحقوق الإنسان. ' +
      'وتحدث الوزير عن الاقتصاد والتعليم والصحة في مؤتمر صحفي عقده في العاصمة يوم الاثنين. ',
  );
  const base = time(normal);
  const cases: Array<[string, string]> = [
    ['casualty words with no numbers', fill('قتلى وجرحى مقتل إصابة استشهاد حصيلة القتلى عدد الضحايا ')],
    ['"قتل و" repeated', fill('قتل و')],
    ['a figure after every trigger', fill('قتل 5 ')],
    ['toll heads with no figure', fill('حصيلة القتلى ')],
    ['parts with no figure', fill('، بينهم ')],
    ['digits and commas', fill('1,')],
    ['one long sentence of coordinated figures', fill('و3 مدنيين ')],
    ['opening quotes', fill('«')],
    ['qualifiers', fill('أكثر من ما لا يقل عن ')],
  ];
  for (const [name, text] of cases) {
    it(`${name}: within 15x normal text of the same size`, () => {
      const t = time(text);
      expect(t).toBeLessThan(base * 15 + 1500);
    });
  }
});
