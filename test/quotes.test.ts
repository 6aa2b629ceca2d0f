// The quotes extractor beyond its corpus: mark pairing edge cases, alias resolution,
// and linear time on adversarial input.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { pairMarks } from '../src/extractors/quotes/pairing.js';
import { canon, sameToken } from '../src/refiners/speakers.js';
import type { QuoteFact } from '../src/types.js';

const quotes = (text: string): QuoteFact[] => extract(text, { kinds: ['quotes'] }).quotes;
const noAttribution = (): number => -1;

describe('pairMarks', () => {
  const spans = (s: string) =>
    pairMarks(s, noAttribution).map((p) => ({ text: s.slice(p.open + 1, p.end), unclosed: p.unclosed }));

  it('pairs curly, straight, guillemet and single-guillemet marks by type', () => {
    expect(spans('قال: “أ ب” ثم "ج د" ثم «ه و» ثم ‹ز ح›')).toEqual([
      { text: 'أ ب', unclosed: false },
      { text: 'ج د', unclosed: false },
      { text: 'ه و', unclosed: false },
      { text: 'ز ح', unclosed: false },
    ]);
  });

  it('keeps a nested quote inside the outer one', () => {
    expect(spans('قال: “أن تقول حماس “نعم” للاتفاق”.')).toEqual([
      { text: 'أن تقول حماس “نعم” للاتفاق', unclosed: false },
    ]);
    expect(spans('قال: «قلنا “لا” ثم غادرنا».')).toEqual([{ text: 'قلنا “لا” ثم غادرنا', unclosed: false }]);
  });

  it('reads direction from neighbours, so RTL-reversed ”…“ pairs', () => {
    expect(spans('قال: ”بيتي تهدم“.')).toEqual([{ text: 'بيتي تهدم', unclosed: false }]);
  });

  it('ends an unclosed quote at the end of its paragraph', () => {
    expect(spans('قال: “أولا ثانيا\nسطر آخر.')).toEqual([{ text: 'أولا ثانيا', unclosed: true }]);
  });

  it('continues on the next line only when that line closes the quote first', () => {
    expect(spans('قال: “سنبدأ الترميم\nفي الأسبوع المقبل”.')).toEqual([
      { text: 'سنبدأ الترميم\nفي الأسبوع المقبل', unclosed: false },
    ]);
    expect(spans('قال: “سنبدأ الترميم.\nفي الأسبوع المقبل”.')).toEqual([{ text: 'سنبدأ الترميم.', unclosed: true }]);
  });

  it('ends an unclosed quote where the attribution callback says a new one starts', () => {
    const s = 'قال: “أولا. وقال زيد: “ثانيا”.';
    const at = s.indexOf('وقال');
    const out = pairMarks(s, (_pos, lower) => (at >= lower ? at : -1));
    expect(out.map((p) => [s.slice(p.open + 1, p.end), p.unclosed])).toEqual([
      ['أولا. ', true],
      ['ثانيا', false],
    ]);
  });

  it('ignores stray closing marks, inches and apostrophes', () => {
    expect(spans('شاشة 55" وأنبوب 12" فقط')).toEqual([]);
    expect(spans("It's the minister's office")).toEqual([]);
    expect(spans('نص” بلا فتح')).toEqual([]);
  });

  it('drops single quotes that never close', () => {
    expect(spans("قال: 'لن نستسلم")).toEqual([]);
    expect(spans("قال: 'لن نستسلم'.")).toEqual([{ text: 'لن نستسلم', unclosed: false }]);
  });
});

describe('name tokens', () => {
  it('treats hamza variants and one inserted letter in long names as the same name', () => {
    expect(canon('رئيس')).toBe('رييس');
    expect(canon('مسؤول')).toBe('مسوول');
    expect(sameToken('اردوغان', 'اردوغان')).toBe(true);
    expect(sameToken('بلينكن', 'بلينكين')).toBe(true);
    expect(sameToken('دوجاريك', 'دوجريك')).toBe(true);
  });
  it('keeps short names apart', () => {
    expect(sameToken('محمد', 'احمد')).toBe(false);
    expect(sameToken('علي', 'ولي')).toBe(false);
    expect(sameToken('حسن', 'حسين')).toBe(false);
  });
});

describe('alias resolution', () => {
  const who = (text: string) => quotes(text).map((q) => [q.speaker?.name ?? null, q.speaker?.mention ?? null]);

  it('resolves a surname-only mention to the full name introduced with a title', () => {
    expect(
      who('وقال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات مستمرة. وقال بلينكن: "لدينا فرصة حقيقية".'),
    ).toEqual([['أنتوني بلينكن', 'بلينكن']]);
  });

  it('resolves hamza and spelling variants', () => {
    expect(who('استقبل الرئيس رجب طيب أردوغان ضيفه. وقال إردوغان: "لن نسمح بذلك أبدا".')).toEqual([
      ['رجب طيب أردوغان', 'إردوغان'],
    ]);
    expect(who('التقى وزير الخارجية أنتوني بلينكن نظيره. وقال بلينكين: "نأمل في التوصل إلى اتفاق".')).toEqual([
      ['أنتوني بلينكن', 'بلينكين'],
    ]);
  });

  it('resolves a title-only mention to the person holding that title', () => {
    expect(who('وصل وزير الدفاع الأردني يوسف الحنيطي إلى بغداد. وقال الوزير: "التعاون العسكري مستمر".')).toEqual([
      ['يوسف الحنيطي', 'الوزير'],
    ]);
  });

  it('does not take the addressee for the speaker', () => {
    expect(
      who('التقى بلينكن وزير الخارجية التركي هاكان فيدان. وقال فيدان لبلينكن إن "أنقرة ملتزمة بالتهدئة".'),
    ).toEqual([['هاكان فيدان', 'فيدان']]);
  });

  it('keeps two people with different surnames apart', () => {
    expect(
      who('وقال وزير الصحة سامي حداد: "الوضع صعب جدا". وقال وزير المالية كريم سلوم: "الميزانية لا تكفي لذلك".'),
    ).toEqual([
      ['سامي حداد', 'سامي حداد'],
      ['كريم سلوم', 'كريم سلوم'],
    ]);
  });

  it('gives a paragraph that is only a quote to the last speaker', () => {
    expect(who('وقال محافظ البصرة أسعد العيداني: "المياه ستصل خلال أيام".\n"نعمل ليلا ونهارا من أجل ذلك".')).toEqual([
      ['أسعد العيداني', 'أسعد العيداني'],
      ['أسعد العيداني', 'أسعد العيداني'],
    ]);
  });
});

describe('the seed article', () => {
  it('does not give the nested “نعم” a quote of its own', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../shared/seed/blinken-baghdad.txt', import.meta.url), 'utf8');
    const qs = quotes(text);
    expect(qs.some((q) => q.text === 'نعم')).toBe(false);
    expect(qs.filter((q) => q.speaker?.name === 'أنتوني بلينكن').length).toBe(10);
    expect(qs.find((q) => q.text.startsWith('تركيا لن تسمح'))?.speaker?.name).toBe('رجب طيب أردوغان');
    expect(qs.find((q) => q.text === 'في أسرع وقت ممكن')?.speaker?.name).toBe('هاكان فيدان');
  });
});

describe('linear time on adversarial input', () => {
  const time = (f: () => unknown): number => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  // Normal news text of about the same size as each adversarial input.
  const normal = (size: number): string => {
    const unit = 'وقال وزير الصحة سامي حداد للصحفيين: "الوضع صعب جدا في المستشفيات". وأضاف أن الفرق تعمل.\n';
    return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  };
  const check = (bad: string): void => {
    const base = time(() => quotes(normal(bad.length)));
    const t = time(() => quotes(bad));
    expect(t).toBeLessThan(base * 10 + 2000);
  };

  it('100,000 opening quotes and no closing one', () => {
    const bad = `وقال الوزير: ${'“كلام '.repeat(100_000)}`;
    check(bad);
    const qs = quotes(bad);
    expect(qs.length).toBe(1);
    expect(qs[0]?.unclosed).toBe(true);
  }, 60_000);

  it('a 1 MB paragraph of alternating marks', () => {
    check('“”'.repeat(500_000));
    check('“ا” '.repeat(250_000));
  }, 60_000);

  it('100,000 attributions opening quotes after an unclosed one', () => {
    check('“بداية '.concat('وقال زيد: “نعم '.repeat(100_000)));
  }, 60_000);

  it('200,000 speech verbs and title words in a row', () => {
    check('وقال '.repeat(200_000));
    check('وزير الخارجية '.repeat(100_000));
  }, 60_000);

  it('100,000 bracketed short forms after body names', () => {
    check('قوات سوريا الديمقراطية (قسد) '.repeat(100_000));
    check('(قسد)'.repeat(100_000));
  }, 60_000);
});
