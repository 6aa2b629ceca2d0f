import { ORDINALS } from './numbers.js';

// Calendar words for the dates extractor: month names of every regional system, Hijri months,
// weekdays, relative-time words and their modifiers. Written unfolded; the extractor folds them.

/** Gregorian months, one entry per spelling. `ambiguous`: the word has another common meaning
 *  ("مارس" practised, "آب"/"أب" father, "نيسان" the car maker, "ماي" my) so it needs a day, a year
 *  or "شهر" next to it. */
export interface MonthWord {
  word: string;
  month: number;
  ambiguous?: boolean;
}

export const GREGORIAN_MONTHS: readonly MonthWord[] = [
  // Egypt, Gulf, Sudan, Libya (and shared)
  { word: 'يناير', month: 1 },
  { word: 'فبراير', month: 2 },
  { word: 'مارس', month: 3, ambiguous: true },
  { word: 'أبريل', month: 4 },
  { word: 'إبريل', month: 4 },
  { word: 'ابريل', month: 4 },
  { word: 'مايو', month: 5 },
  { word: 'يونيو', month: 6 },
  { word: 'يونيه', month: 6 },
  { word: 'يوليو', month: 7 },
  { word: 'يوليه', month: 7 },
  { word: 'أغسطس', month: 8 },
  { word: 'اغسطس', month: 8 },
  { word: 'أغسطوس', month: 8 },
  { word: 'سبتمبر', month: 9 },
  { word: 'أكتوبر', month: 10 },
  { word: 'اكتوبر', month: 10 },
  { word: 'نوفمبر', month: 11 },
  { word: 'ديسمبر', month: 12 },
  // Levant and Iraq (two-word names are in LEVANT_PAIRS)
  { word: 'شباط', month: 2 },
  { word: 'آذار', month: 3 },
  { word: 'نيسان', month: 4, ambiguous: true },
  { word: 'أيار', month: 5 },
  { word: 'حزيران', month: 6 },
  { word: 'تموز', month: 7 },
  { word: 'آب', month: 8, ambiguous: true },
  { word: 'أيلول', month: 9 },
  // Algeria and Tunisia
  { word: 'جانفي', month: 1 },
  { word: 'فيفري', month: 2 },
  { word: 'أفريل', month: 4 },
  { word: 'افريل', month: 4 },
  { word: 'ماي', month: 5, ambiguous: true },
  { word: 'جوان', month: 6, ambiguous: true },
  { word: 'جويلية', month: 7 },
  { word: 'جويليه', month: 7 },
  { word: 'أوت', month: 8, ambiguous: true },
  // Morocco
  { word: 'يوليوز', month: 7 },
  { word: 'غشت', month: 8, ambiguous: true },
  { word: 'شتنبر', month: 9 },
  { word: 'نونبر', month: 11 },
  { word: 'دجنبر', month: 12 },
];

/** Two-word month names: first word → second word → month. "كانون 2" and "تشرين 1" use digits. */
export const GREGORIAN_PAIRS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  كانون: { الثاني: 1, ثاني: 1, '2': 1, الأول: 12, أول: 12, '1': 12 },
  تشرين: { الأول: 10, أول: 10, '1': 10, الثاني: 11, ثاني: 11, '2': 11 },
};

/** Hijri months. All need a day, a year, "شهر" or a preposition next to them ("رجب" and "رمضان"
 *  are also first names, "صفر" is zero, "محرم" forbidden); `strict`: a preposition is not enough. */
export const HIJRI_MONTHS: readonly (MonthWord & { strict?: boolean })[] = [
  { word: 'محرم', month: 1, strict: true },
  { word: 'المحرم', month: 1, strict: true },
  { word: 'صفر', month: 2, strict: true },
  { word: 'رجب', month: 7 },
  { word: 'شعبان', month: 8 },
  { word: 'رمضان', month: 9 },
  { word: 'شوال', month: 10 },
];

export const HIJRI_PAIRS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  ربيع: { الأول: 3, أول: 3, الأولى: 3, الثاني: 4, الآخر: 4, الآخرة: 4, ثاني: 4, آخر: 4 },
  جمادى: { الأولى: 5, الأول: 5, أولى: 5, الآخرة: 6, الثانية: 6, الآخر: 6, الثاني: 6 },
  ذو: { القعدة: 11, الحجة: 12 },
  ذي: { القعدة: 11, الحجة: 12 },
};

/** Weekdays → JavaScript day number (0 = Sunday). Written with ال; the bare form follows "يوم". */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  الأحد: 0,
  الاثنين: 1,
  الإثنين: 1,
  الأثنين: 1,
  الثلاثاء: 2,
  الثلاثا: 2,
  الأربعاء: 3,
  الأربعا: 3,
  الخميس: 4,
  الجمعة: 5,
  السبت: 6,
};

/** Words before a weekday that make it a date: "يوم الجمعة", "صباح الأحد", "ليلة السبت". */
export const WEEKDAY_LEADS: readonly string[] = [
  'يوم',
  'صباح',
  'مساء',
  'ليلة',
  'ليل',
  'فجر',
  'ظهر',
  'عصر',
  'ظهيرة',
  'صبيحة',
  'عشية',
  'نهار',
  'منتصف',
  'منذ',
  'حتى',
];

/** Words before a weekday that make it generic or another word ("صلاة الجمعة", "كلا الاثنين"). */
export const WEEKDAY_BLOCKERS: readonly string[] = [
  'صلاة',
  'صلاه',
  'خطبة',
  'خطيب',
  'صلوات',
  'أيام',
  'كل',
  'كلا',
  'بين',
  'مسجد',
  'جامع',
  'سوق',
  'عطلة',
  'إمام',
];

/** Words after "الاثنين" (the two) or "الأحد" (the one) that show it is not a weekday. */
export const WEEKDAY_AFTER_BLOCKERS: readonly string[] = ['معا', 'معاً', 'منهما', 'منهم', 'كليهما', 'الآخرين'];

/** "الماضي" and friends: the one before the reference date. */
export const PAST_MODS: readonly string[] = [
  'الماضي',
  'الماضية',
  'المنصرم',
  'المنصرمة',
  'الفائت',
  'الفائتة',
  'السابق',
  'السابقة',
  'المنقضي',
  'المنقضية',
  'المنصرم',
  'الماض',
];
/** The one after the reference date. */
export const NEXT_MODS: readonly string[] = [
  'المقبل',
  'المقبلة',
  'القادم',
  'القادمة',
  'التالي',
  'التالية',
  'الجاي',
  'الآتي',
  'الآتية',
];
/** The current one. */
export const THIS_MODS: readonly string[] = ['الجاري', 'الجارية', 'الحالي', 'الحالية', 'هذا', 'هذه'];

/** Period parts: "مطلع الشهر" (start), "منتصف العام" (middle), "أواخر الأسبوع" (end). */
export const PART_WORDS: Readonly<Record<string, 'start' | 'mid' | 'end'>> = {
  مطلع: 'start',
  بداية: 'start',
  بدايات: 'start',
  أوائل: 'start',
  مستهل: 'start',
  منتصف: 'mid',
  أواسط: 'mid',
  وسط: 'mid',
  أواخر: 'end',
  نهاية: 'end',
  نهايات: 'end',
  آخر: 'end',
  ختام: 'end',
};

/** Calendar units, singular, dual and plural. */
export const UNIT_WORDS: Readonly<Record<string, { unit: 'day' | 'week' | 'month' | 'year'; n?: number }>> = {
  يوم: { unit: 'day', n: 1 },
  يوما: { unit: 'day' },
  أيام: { unit: 'day' },
  يومين: { unit: 'day', n: 2 },
  يومان: { unit: 'day', n: 2 },
  أسبوع: { unit: 'week', n: 1 },
  أسبوعا: { unit: 'week' },
  أسابيع: { unit: 'week' },
  أسبوعين: { unit: 'week', n: 2 },
  أسبوعان: { unit: 'week', n: 2 },
  شهر: { unit: 'month', n: 1 },
  شهرا: { unit: 'month' },
  أشهر: { unit: 'month' },
  شهور: { unit: 'month' },
  شهرين: { unit: 'month', n: 2 },
  شهران: { unit: 'month', n: 2 },
  عام: { unit: 'year', n: 1 },
  عاما: { unit: 'year' },
  أعوام: { unit: 'year' },
  عامين: { unit: 'year', n: 2 },
  عامان: { unit: 'year', n: 2 },
  سنة: { unit: 'year', n: 1 },
  سنوات: { unit: 'year' },
  سنين: { unit: 'year' },
  سنتين: { unit: 'year', n: 2 },
  سنتان: { unit: 'year', n: 2 },
};

/** The definite unit words of "الأسبوع الماضي", "الأسبوعين الماضيين", "الأيام الثلاثة الماضية". */
export const DEFINITE_UNITS: Readonly<Record<string, { unit: 'day' | 'week' | 'month' | 'year'; n?: number }>> = {
  الأسبوع: { unit: 'week', n: 1 },
  الاسبوع: { unit: 'week', n: 1 },
  الشهر: { unit: 'month', n: 1 },
  العام: { unit: 'year', n: 1 },
  السنة: { unit: 'year', n: 1 },
  الأسبوعين: { unit: 'week', n: 2 },
  الشهرين: { unit: 'month', n: 2 },
  العامين: { unit: 'year', n: 2 },
  السنتين: { unit: 'year', n: 2 },
  اليومين: { unit: 'day', n: 2 },
  الأيام: { unit: 'day' },
  الأسابيع: { unit: 'week' },
  الأشهر: { unit: 'month' },
  الشهور: { unit: 'month' },
  الأعوام: { unit: 'year' },
  السنوات: { unit: 'year' },
};

/** Small counts for "قبل ثلاثة أيام" when the numbers extractor gave nothing. */
export const SMALL_COUNTS: Readonly<Record<string, number>> = {
  واحد: 1,
  ثلاثة: 3,
  ثلاث: 3,
  أربعة: 4,
  أربع: 4,
  خمسة: 5,
  خمس: 5,
  ستة: 6,
  ست: 6,
  سبعة: 7,
  سبع: 7,
  ثمانية: 8,
  ثماني: 8,
  ثمان: 8,
  تسعة: 9,
  تسع: 9,
  عشرة: 10,
  عشر: 10,
  الثلاثة: 3,
  الثلاث: 3,
  الأربعة: 4,
  الأربع: 4,
  الخمسة: 5,
  الخمس: 5,
  الستة: 6,
  الست: 6,
  السبعة: 7,
  السبع: 7,
  الثمانية: 8,
  التسعة: 9,
  التسع: 9,
  العشرة: 10,
  العشر: 10,
};

/** Vague quantity words: "قبل بضعة أيام", "الأيام القليلة الماضية", "قبل سنوات". */
export const VAGUE_COUNTS: readonly string[] = ['بضعة', 'بضع', 'عدة', 'القليلة', 'الأخيرة', 'قليلة', 'العديدة'];

/** Ordinal day words 1–10, from the numbers lexicon, with or without ال ("الثالث", "ثالث"), and the
 *  Maghrebi "فاتح" (the first: "فاتح يناير"); 11–31 are built from them. */
export const ORDINAL_UNITS: Readonly<Record<string, number>> = Object.fromEntries([
  ...ORDINALS.flatMap(([n, words]) => words.flatMap((w) => [[w, n] as const, [`ال${w}`, n] as const])),
  ['فاتح', 1],
]);
/** "عشر" after a unit ordinal: الحادي عشر = 11. */
export const ORDINAL_TEEN: readonly string[] = ['عشر', 'عشرة'];
/** Tens after "و": الحادي والعشرين = 21. */
export const ORDINAL_TENS: Readonly<Record<string, number>> = {
  العشرين: 20,
  العشرون: 20,
  عشرين: 20,
  عشرون: 20,
  الثلاثين: 30,
  الثلاثون: 30,
  ثلاثين: 30,
  ثلاثون: 30,
};

/** Words around a lone year that make it a year: "عام 2014", "سنة 2014", "العام 2020". */
export const YEAR_NOUNS: readonly string[] = ['عام', 'العام', 'سنة', 'السنة', 'لعام', 'لسنة', 'بعام', 'بسنة'];
/** "عامي 2014 و2015": two years. */
export const YEAR_DUALS: readonly string[] = ['عامي', 'سنتي', 'العامين', 'السنتين'];
/** Prepositions that make a following 4-digit number a year ("في 2014", "منذ 2011"). */
export const YEAR_PREPS: readonly string[] = [
  'في',
  'منذ',
  'حتى',
  'بحلول',
  'خلال',
  'قبل',
  'بعد',
  'مطلع',
  'أواخر',
  'أوائل',
  'منتصف',
  'نهاية',
  'بداية',
  'ربيع',
  'صيف',
  'خريف',
  'شتاء',
];
/** Words after a number that mark a Gregorian year ("2014م") or a Hijri year ("1436هـ"). */
export const GREGORIAN_ERA: readonly string[] = ['م', 'ميلادي', 'ميلادية', 'للميلاد'];
export const HIJRI_ERA: readonly string[] = ['ه', 'هـ', 'هجري', 'هجرية', 'للهجرة', 'هجريا'];

/** Relative day words: offset from the reference date. */
export const DAY_WORDS: Readonly<Record<string, number>> = {
  اليوم: 0,
  أمس: -1,
  الأمس: -1,
  البارحة: -1,
  غدا: 1,
  الغد: 1,
  غد: 1,
  بكرة: 1,
  بكرا: 1,
};

/** Words before "اليوم"/"الأمس"/"الغد" that make them mean "nowadays"/"the past"/"the future". */
export const NOWADAYS_BLOCKERS: readonly string[] = [
  'عالم',
  'العالم',
  'شباب',
  'جيل',
  'أطفال',
  'أخبار',
  'إنسان',
  'الإنسان',
  'مجتمع',
  'واقع',
  'حلفاء',
  'أعداء',
  'أصدقاء',
  'رجال',
  'نساء',
  'قضايا',
  'تحديات',
  'مشكلات',
  'لغة',
  'روسيا',
  'مصر',
  'المصري',
  'فلسطين',
  'السودان',
  'تركيا',
  'سوريا',
  'العراق',
  'لبنان',
  'ليبيا',
  'نفس',
  'ذلك',
  'ذات',
  'طوال',
  'مدار',
  'جريدة',
  'صحيفة',
  'قناة',
  'موقع',
  'حزب',
  'تيار',
  'بوابة',
];
/** Ordinals and adjectives after "اليوم" that make it a named or counted day ("اليوم الأول", "اليوم العالمي"). */
const DAY_ADJECTIVES = ['الأول', 'الثاني', 'الثالث', 'الأخير', 'الوطني', 'العالمي', 'الدولي'];
/** Words after "اليوم" that make it another day ("اليوم التالي", "اليوم الأول", "اليوم العالمي"). */
export const TODAY_AFTER_BLOCKERS: readonly string[] = ['التالي', ...DAY_ADJECTIVES, 'نفسه', 'ذاته', 'الذي', 'الموعود'];

/** Future markers in the sentence: a weekday or a day-month without a year then points forward. */
export const FUTURE_WORDS: readonly string[] = [
  'سوف',
  'المقرر',
  'المزمع',
  'المرتقب',
  'المنتظر',
  'المتوقع',
  'يعتزم',
  'تعتزم',
  'يعتزمون',
  'يتوقع',
  'ستعقد',
  'سيعقد',
  'غدا',
  'غد',
  'الغد',
  'المقررة',
  'المزمعة',
  'المرتقبة',
  'المنتظرة',
  'المتوقعة',
];
/** Prefixes of words that begin with "س" + an imperfect prefix but are not future verbs
 *  ("سياسة", "سيارة", "سيطرت", "سنوات"). */
export const NOT_FUTURE_S: readonly string[] = [
  'سياس',
  'سيار',
  'سيطر',
  'سياد',
  'سيد',
  'سينا',
  'سيول',
  'سيف',
  'ستين',
  'ستون',
  'ستار',
  'سنة',
  'سنو',
  'سنين',
  'سيناريو',
  'سير',
  'سياق',
  'سياج',
  'سياح',
  'سيبيري',
  'ستراتيج',
  'سنغافور',
  'سنتيم',
  'ستوكهولم',
  'سيراليون',
  'سينم',
  'سيمفون',
  'سيجار',
  'سنيور',
  'ستالين',
  'سيلفي',
  'سيئ',
  'سيئة',
  'سيما',
  'سنا',
  'سنت',
  'ستوديو',
  'سيريلانك',
  'سنجار',
  'سنّة',
  'سنن',
  'سنوي',
  'سيرك',
  'سيك',
  'سنغال',
  'تسن',
];

/** Words before a date that make it part of a name ("مدينة 6 أكتوبر", "شارع 26 يوليو"). */
export const NAME_LEADS: readonly string[] = [
  'مدينة',
  'شارع',
  'ميدان',
  'جسر',
  'كوبري',
  'محور',
  'حي',
  'جامعة',
  'مستشفى',
  'نادي',
  'ساحة',
  'مطار',
  'قناة',
  'صحيفة',
  'جريدة',
  'مؤسسة',
  'لواء',
  'كتيبة',
];

/** Seasons → first month (winter runs December–February). */
export const SEASONS: Readonly<Record<string, number>> = {
  الربيع: 3,
  ربيع: 3,
  الصيف: 6,
  صيف: 6,
  الخريف: 9,
  خريف: 9,
  الشتاء: 12,
  شتاء: 12,
};

/** Islamic holidays as Hijri month and day (Umm al-Qura). */
export const HIJRI_HOLIDAYS: ReadonlyArray<{ words: readonly string[]; month: number; day: number }> = [
  { words: ['عيد الفطر'], month: 10, day: 1 },
  { words: ['عيد الأضحى', 'عيد الاضحى'], month: 12, day: 10 },
  { words: ['رأس السنة الهجرية'], month: 1, day: 1 },
  { words: ['المولد النبوي'], month: 3, day: 12 },
  { words: ['يوم عرفة', 'يوم عرفات'], month: 12, day: 9 },
];
/** Fixed Gregorian holidays: month and day. */
export const GREGORIAN_HOLIDAYS: ReadonlyArray<{ words: readonly string[]; month: number; day: number }> = [
  { words: ['عيد الميلاد المجيد', 'عيد الميلاد'], month: 12, day: 25 },
  { words: ['رأس السنة الميلادية'], month: 1, day: 1 },
];

/** Decades: "السبعينيات" → 1970. */
export const DECADES: Readonly<Record<string, number>> = {
  العشرينيات: 1920,
  العشرينات: 1920,
  الثلاثينيات: 1930,
  الثلاثينات: 1930,
  الأربعينيات: 1940,
  الأربعينات: 1940,
  الخمسينيات: 1950,
  الخمسينات: 1950,
  الستينيات: 1960,
  الستينات: 1960,
  السبعينيات: 1970,
  السبعينات: 1970,
  الثمانينيات: 1980,
  الثمانينات: 1980,
  التسعينيات: 1990,
  التسعينات: 1990,
};

/** Quarters and halves of a year: "الربع الثالث", "النصف الأول". */
export const YEAR_FRACTIONS: Readonly<Record<string, number>> = { الربع: 3, النصف: 6 };

/** "بقية الأسبوع", "باقي العام": from the reference date to the end of the period. */
export const REST_WORDS: readonly string[] = ['بقية', 'باقي', 'ما تبقى من'];

/** Superlatives after "اليوم" make it "the … day", not today ("اليوم الأكثر ازدحاما"). */
export const DAY_SUPERLATIVES: readonly string[] = [
  'الأكثر',
  'الأشد',
  'الأكبر',
  'الأسوأ',
  'الأفضل',
  'الأطول',
  'الأقصر',
  'الأهم',
  'الأخطر',
  'الأعنف',
  'الأصعب',
  'الأدمى',
  'الأعلى',
  'الأقل',
  ...DAY_ADJECTIVES,
];

/** Words just before a bare "اليوم" that make it today: "فجر اليوم", "حتى اليوم", "من اليوم". */
export const TODAY_LEADS: readonly string[] = [
  'فجر',
  'صباح',
  'مساء',
  'ظهر',
  'عصر',
  'ليل',
  'ظهيرة',
  'حتى',
  'منذ',
  'من',
  'هذا',
  'نهاية',
  'مطلع',
  'بداية',
  'طيلة',
  'خلال',
];

/** Past verbs of reporting that often stand before "اليوم": "قال اليوم", "أعلن اليوم". */
export const REPORT_VERBS: readonly string[] = [
  'قال',
  'أعلن',
  'أكد',
  'ذكر',
  'أفاد',
  'أوضح',
  'أضاف',
  'صرح',
  'بدأ',
  'وصل',
  'عاد',
  'غادر',
  'زار',
  'التقى',
  'أجرى',
  'عقد',
  'شهد',
  'جرى',
  'تم',
  'صدر',
  'نشر',
  'أصدر',
  'استقبل',
  'افتتح',
  'وقع',
  'قتل',
  'أصيب',
  'اعتقل',
  'أعدم',
  'انطلق',
  'انطلقت',
  'أعلنت',
  'قالت',
  'أكدت',
  'ذكرت',
  'أفادت',
  'بدأت',
  'وصلت',
  'عادت',
  'شهدت',
  'جرت',
  'صدرت',
  'نشرت',
];

/** Event nouns before a bare year make it a year: "زلزال 2023", "انتخابات 2021", "مونديال 2022". */
export const YEAR_EVENT_NOUNS: readonly string[] = [
  'زلزال',
  'انتخابات',
  'حرب',
  'أحداث',
  'ثورة',
  'دستور',
  'موازنة',
  'ميزانية',
  'مونديال',
  'كأس',
  'أولمبياد',
  'تعداد',
  'فيضانات',
  'فيضان',
  'إعصار',
  'موسم',
  'بطولة',
  'نسخة',
  'دورة',
  'قمة',
  'انتفاضة',
  'نكسة',
  'نكبة',
  'مجزرة',
  'هجمات',
  'انقلاب',
  'اتفاق',
  'اتفاقية',
  'أزمة',
  'احتجاجات',
  'مظاهرات',
  'استفتاء',
  'خطة',
  'رؤية',
  'تقرير',
  'إحصاءات',
  'بيانات',
];

/** Nouns before "13/2" that make it a reference number, not a date ("المادة 13/2", "القرار 5/12"). */
export const NUMBER_LEADS: readonly string[] = [
  'المادة',
  'مادة',
  'القرار',
  'قرار',
  'رقم',
  'البند',
  'بند',
  'الفقرة',
  'فقرة',
  'القانون',
  'قانون',
  'الملف',
  'ملف',
  'العدد',
  'عدد',
  'الآية',
  'آية',
  'المرسوم',
  'مرسوم',
  'الدعوى',
  'دعوى',
  'القضية',
  'قضية',
  'نتيجة',
  'بنتيجة',
];

/** Nouns after "1500-2000" that make it an amount, not a range of years. */
export const MEASURE_NOUNS: readonly string[] = [
  'دولار',
  'دينار',
  'ريال',
  'جنيه',
  'درهم',
  'يورو',
  'ليرة',
  'شيكل',
  'طن',
  'كيلوغرام',
  'كيلو',
  'كيلومتر',
  'متر',
  'لتر',
  'برميل',
  'شخص',
  'قتيل',
  'جريح',
  'منزل',
  'عائلة',
  'أسرة',
  'طالب',
  'مقاتل',
  'عنصر',
  'جندي',
];

/** "الشهر نفسه من سنة 2023", "الفترة المماثلة من العام الماضي": the same part of another year. */
export const SAME_PERIOD_NOUNS: readonly string[] = ['الشهر', 'الفترة', 'الربع', 'الأسبوع', 'اليوم'];
export const SAME_WORDS: readonly string[] = [
  'نفسه',
  'نفسها',
  'ذاته',
  'ذاتها',
  'المماثل',
  'المماثلة',
  'المقابل',
  'المقابلة',
];

/** Nouns after which "العام" is the adjective "general/public": "النائب العام الحالي" is not this year. */
export const GENERAL_NOUNS: readonly string[] = [
  'النائب',
  'المدعي',
  'الأمين',
  'المدير',
  'الرأي',
  'القطاع',
  'المال',
  'الشأن',
  'الصالح',
  'النظام',
  'الإضراب',
  'العفو',
  'الطريق',
  'المؤتمر',
  'الحشد',
  'الدين',
  'الإنفاق',
  'التعليم',
  'الأمن',
  'المستشفى',
  'الادعاء',
  'الاتحاد',
  'الموظف',
  'الأمانة',
  'المفتش',
  'القائد',
  'المرشد',
  'المراقب',
  'المنسق',
  'المقرر',
  'الإطار',
  'الوضع',
  'الاستياء',
  'الغضب',
];
