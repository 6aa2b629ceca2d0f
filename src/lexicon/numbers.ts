// Arabic number words, as data. Written as in text (hamza, teh marbuta); the parser folds them
// (text/view.ts fold) before use, so "ثلاثة"/"ثلاثه" and "إحدى"/"احدى" are one entry.
//
// Rules that decide what is NOT a number, and why (the parser in text/numwords.ts applies them):
// - أحد / إحدى alone mean "one of" ("أحد الجنود", "إحدى المدن"): no number fact. They count only in
//   compounds: "أحد عشر" → 11, "إحدى وعشرون" → 21. (The casualty extractor may still read
//   "أحد منتسبي" as a count of 1 on its own.)
// - واحد / واحدة followed by من or من+pronoun ("واحدة من أهم", "واحد منهم") is "one of": no fact,
//   unless a number follows من ("واحد من ثلاثة" → 1/3). After أي / كل / لا ("أي واحد") it is a pronoun: no fact.
// - الاثنين / الإثنين is always the weekday Monday, never "the two"; الأحد alone is Sunday
//   ("الأحد عشر" is still the ordinal 11). الثلاثاء، الأربعاء، الخميس are other words and never match.
// - A vague plural without a count (عشرات، مئات، آلاف، ملايين، العديد) is no number.
// - ثمن is read as "price", never 1/8 ("ثمن النفط"); ثمان / ثمانية are 8.
// - خمس، سبع، تسع، عشر are fractions (1/5 …) only right before a definite noun ("خمس السكان");
//   otherwise cardinals ("سبع سنوات" → 7). With ال, "الست" (the lady) is no number.
// - Ordinals after a month head are month names: تشرين الأول، كانون الثاني، ربيع الأول، جمادى الأولى → no fact.
// - أول أمس / أول من أمس is "the day before yesterday": no ordinal.
// - Bare ثانية right after a number is the time unit "second" ("30 ثانية"): no ordinal.
// - صفر next to digits is the Hijri month Safar ("12 صفر 1445"): no number.
// - Times of day "14:30" yield no number; dates "13/12/2024" and "2024-12-13" yield each part.
//   "a/b" is a fraction only where it cannot be a day/month or a year ("٧٧/١٠٠" → 0.77, "-١٢/١٠" → -1.2);
//   "11/10", "3/4", "2023/2024" yield their parts.
// - سبع alone is 7 ("سبع سنوات", "مجموعة السبع"); its "lion" sense is rare in news and not handled.
// - مية/ميه count only inside compounds and percent ("خمسمية", "في المية"): alone they are also "water".
//   متين counts only with a following number ("متين وعشرة" → 210): alone it is the adjective "solid".
// - Definite cardinals: "الثلاثة", "الأربع والعشرين", "الثلاثة عشر" (3 and up) are cardinals; with one or
//   two the definite cardinal word is an ordinal ("الواحد والعشرون" → 21st, "الأحد عشر" → 11th).
//   Definite tens and hundreds are ordinals ("القرن العشرين", "الذكرى المئة").
// - "الـ15" (digits after the article) is an ordinal unless a counted noun follows ("خلال الـ24 ساعة").
// - Numbers inside URLs, and digits glued to Latin letters or hyphenated to a name ("F16", "كوفيد-19"),
//   are not facts. Digits glued to Arabic letters are rejected too ("20دولار"), except the year
//   suffixes م and هـ ("2023م", "1445هـ").

/** Cardinal units 0‑10 (both genders, all cases, common dialect spellings). */
export const UNITS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [0, ['صفر']],
  [1, ['واحد', 'واحدة', 'أحد', 'إحدى', 'واحدا', 'واحداً']],
  [
    2,
    [
      'اثنان',
      'اثنين',
      'اثنتان',
      'اثنتين',
      'اثنا',
      'اثني',
      'اثنى',
      'اثنتا',
      'اثنتي',
      'اثنتى',
      'اتنين',
      'ثنتين',
      'ثنتان',
    ],
  ],
  [3, ['ثلاث', 'ثلاثة', 'تلات', 'تلاتة']],
  [4, ['أربع', 'أربعة']],
  [5, ['خمس', 'خمسة']],
  [6, ['ست', 'ستة']],
  [7, ['سبع', 'سبعة']],
  [8, ['ثمان', 'ثماني', 'ثمانية', 'تمانية', 'تمنية']],
  [9, ['تسع', 'تسعة']],
  [10, ['عشر', 'عشرة']],
];

/** Unit words that count only inside a compound (أحد عشر، إحدى وعشرون). */
export const COMPOUND_ONLY_UNITS: readonly string[] = ['أحد', 'إحدى'];

/** The second word of a teen: "ثلاثة عشر", "إحدى عشرة". */
export const TEEN_SUFFIX: readonly string[] = ['عشر', 'عشرة'];

/** Units that double as fractions before a definite noun: "خمس السكان" → 1/5. */
export const UNIT_FRACTIONS: ReadonlyArray<readonly [string, number]> = [
  ['خمس', 1 / 5],
  ['سبع', 1 / 7],
  ['تسع', 1 / 9],
  ['عشر', 1 / 10],
];

/** Egyptian one-word teens: "حداشر" → 11. */
export const TEENS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [11, ['حداشر', 'احداشر']],
  [12, ['اتناشر', 'اطناشر', 'اثناشر']],
  [13, ['تلتاشر', 'تلطاشر']],
  [14, ['اربعتاشر', 'اربعطاشر']],
  [15, ['خمستاشر', 'خمسطاشر']],
  [16, ['ستاشر', 'سطاشر']],
  [17, ['سبعتاشر', 'سبعطاشر']],
  [18, ['تمنتاشر', 'تمنطاشر', 'ثمنتاشر']],
  [19, ['تسعتاشر', 'تسعطاشر']],
];

export const TENS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [20, ['عشرون', 'عشرين']],
  [30, ['ثلاثون', 'ثلاثين', 'تلاتين']],
  [40, ['أربعون', 'أربعين']],
  [50, ['خمسون', 'خمسين']],
  [60, ['ستون', 'ستين']],
  [70, ['سبعون', 'سبعين']],
  [80, ['ثمانون', 'ثمانين', 'تمانين']],
  [90, ['تسعون', 'تسعين']],
];

/** Spellings of "hundred"; ميه/مية only inside compounds or percent ("خمسمية", "في المية"). */
export const HUNDRED: readonly string[] = ['مئة', 'مائة'];
export const HUNDRED_COMPOUND_ONLY: readonly string[] = ['مية', 'ميه'];
export const TWO_HUNDRED: readonly string[] = ['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مائتا', 'مئتي', 'مائتي'];
/** "متين" is also the adjective "solid": 200 only when a number follows ("متين وعشرة"). */
export const TWO_HUNDRED_COMPOUND_ONLY: readonly string[] = ['متين', 'ميتين'];
/** Stems glued to مئة/مائة/مية for 300‑900: "ثلاثمائة", "تلتمية", "ثمانمئة". */
export const HUNDREDS_STEMS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [3, ['ثلاث', 'ثلث', 'تلت', 'تلات']],
  [4, ['أربع']],
  [5, ['خمس']],
  [6, ['ست']],
  [7, ['سبع']],
  [8, ['ثمان', 'ثماني', 'ثمن', 'تمن']],
  [9, ['تسع']],
];

export type ScaleForm = 'sing' | 'dual' | 'plural';
/** Scale words: singular (also accusative ألفا), dual (= 2 × scale alone), plural (needs a count). */
export const SCALES: ReadonlyArray<readonly [number, ScaleForm, readonly string[]]> = [
  [1e3, 'sing', ['ألف', 'ألفا', 'ألفاً']],
  [1e3, 'dual', ['ألفان', 'ألفين', 'ألفي']],
  [1e3, 'plural', ['آلاف', 'ألوف']],
  [1e6, 'sing', ['مليون', 'مليونا']],
  [1e6, 'dual', ['مليونان', 'مليونين', 'مليوني']],
  [1e6, 'plural', ['ملايين']],
  [1e9, 'sing', ['مليار', 'مليارا', 'بليون', 'بليونا']],
  [1e9, 'dual', ['ملياران', 'مليارين', 'ملياري', 'بليونين']],
  [1e9, 'plural', ['مليارات', 'بلايين']],
  [1e12, 'sing', ['ترليون', 'تريليون', 'ترليونا', 'تريليونا']],
  [1e12, 'dual', ['ترليونان', 'ترليونين', 'تريليونان', 'تريليونين']],
  [1e12, 'plural', ['ترليونات', 'تريليونات']],
  [12, 'sing', ['دزينة']],
  [12, 'dual', ['دزينتان', 'دزينتين']],
  [12, 'plural', ['دزينات']],
];

/** Fractions that stand alone: "نصف" 0.5, "ثلثي السكان" 2/3. */
export const FRACTIONS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1 / 2, ['نصف']],
  [1 / 3, ['ثلث']],
  [1 / 4, ['ربع']],
  [1 / 6, ['سدس']],
  [2 / 3, ['ثلثان', 'ثلثين', 'ثلثي', 'ثلثا']],
];

/** Plural fractions, counted: "ثلاثة أرباع" 0.75, "خمسة أثمان" 0.625. */
export const FRACTION_PLURALS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1 / 3, ['أثلاث']],
  [1 / 4, ['أرباع']],
  [1 / 5, ['أخماس']],
  [1 / 6, ['أسداس']],
  [1 / 7, ['أسباع']],
  [1 / 8, ['أثمان']],
  [1 / 9, ['أتساع']],
  [1 / 10, ['أعشار']],
];

/** Ordinal words 1‑10 (masculine, feminine, short forms). */
export const ORDINALS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['أول', 'أولى', 'حادي', 'حادية']],
  [2, ['ثاني', 'ثانية', 'ثان']],
  [3, ['ثالث', 'ثالثة']],
  [4, ['رابع', 'رابعة']],
  [5, ['خامس', 'خامسة']],
  [6, ['سادس', 'سادسة']],
  [7, ['سابع', 'سابعة']],
  [8, ['ثامن', 'ثامنة']],
  [9, ['تاسع', 'تاسعة']],
  [10, ['عاشر', 'عاشرة']],
];
/** Ordinals that need a following part: "الحادي عشر", "الحادي والعشرون". */
export const COMPOUND_ONLY_ORDINALS: readonly string[] = ['حادي', 'حادية'];

/** "سالب خمسة" → -5. */
export const MINUS_WORDS: readonly string[] = ['سالب', 'ناقص'];
/** "واحد فاصلة خمسة" → 1.5. */
export const DECIMAL_POINT_WORDS: readonly string[] = ['فاصلة'];
/** "عشرين أجزاء من خمسة وعشرين" → 20/25. */
export const PART_WORDS: readonly string[] = ['جزء', 'أجزاء'];

/** Percent after a number: "50 في المئة", "ثلاثين بالمئة". (The sign % / ٪ is handled with the digits.) */
export const PERCENT_ONE_WORD: readonly string[] = ['بالمئة', 'بالمائة', 'بالمية', 'بالمئه'];
export const PERCENT_AFTER_FI: readonly string[] = ['المئة', 'المائة', 'المية'];

/** Words before which a following ordinal is part of a month name: "تشرين الأول". */
export const MONTH_HEADS: readonly string[] = ['تشرين', 'كانون', 'ربيع', 'جمادى', 'جماد'];
/** "أول أمس": not an ordinal. */
export const AWAL_NOT_ORDINAL_NEXT: readonly string[] = ['أمس', 'البارحة'];
/** "الثانية إلى الأخير" (second to last) counts from the end: no ordinal position. */
export const FROM_END_LINK: readonly string[] = ['إلى', 'الى', 'من'];
export const FROM_END: readonly string[] = ['الأخير', 'الأخيرة', 'آخر', 'النهاية'];
/** "أي واحد", "كل واحد": a pronoun, not a count. */
export const ONE_PRONOUN_BEFORE: readonly string[] = ['أي', 'كل', 'لا', 'ولا', 'لكل', 'بكل'];
/** "واحد من", "واحدة منهم": "one of". */
export const ONE_OF_NEXT: readonly string[] = ['من', 'منهم', 'منهن', 'منها', 'منه', 'منا', 'منكم', 'منهما', 'منكما'];
/** Whole words that look like proclitic + number and are not: "لست" ("I am not"). */
export const NOT_NUMBER_WORDS: readonly string[] = ['لست', 'لستم', 'لسنا'];
/**
 * Broken plurals after which a definite tens word is a cardinal adjective, not an ordinal:
 * "السنوات العشرين الماضية" (the twenty years), "الأيام الثلاثين". Sound plurals (…ات, …ين, …ون) are
 * told by their ending; a singular noun keeps the ordinal: "الذكرى العشرين", "القرن العشرين".
 */
export const BROKEN_PLURALS: readonly string[] = [
  'أيام',
  'أعوام',
  'سنين',
  'أشهر',
  'شهور',
  'أسابيع',
  'عقود',
  'قرون',
  'ليالي',
  'دقائق',
  'ثواني',
  'أشخاص',
  'ضحايا',
  'رهائن',
  'أسرى',
  'جنود',
  'قتلى',
  'جرحى',
  'أطفال',
  'دول',
  'مدن',
  'قرى',
];
/** Phrases where an ordinal word is a name: "ثاني أكسيد الكربون", "رابعة العدوية". */
export const ORDINAL_NOT_BEFORE: ReadonlyArray<readonly [string, string]> = [
  ['ثاني', 'أكسيد'],
  ['رابعة', 'العدوية'],
];
