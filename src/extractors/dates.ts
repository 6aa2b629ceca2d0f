// Dates: every calendar expression, normalised to ISO and resolved against the reference date.
//
// How it works: the folded view is cut into tokens (words, digit runs, single punctuation marks),
// and at each token a small set of parsers reads a bounded number of tokens forward. Each parser
// yields a candidate {span, grain, calendar, resolve(ref)}; overlapping candidates keep the longer;
// the article's dateline (refiners/dateline.ts) sets ctx.refDate when --ref-date is absent; then
// each candidate is resolved against the reference date. Every step is linear in the tokens.
//
//   "التي بدأت في 7 أكتوبر/تشرين الأول 2023"      → "7 أكتوبر/تشرين الأول 2023" value 2023-10-07
//   "بغداد 26 شوال 1436 هـ الموافق 11 أغسطس 2015" → "26 شوال 1436 هـ" (hijri 1436-10-26) and
//                                                   "11 أغسطس 2015", both value 2015-08-11
//   ref 2024-12-13: "يوم الجمعة" → 2024-12-13 ; "نهاية الأسبوع الماضي" → from 2024-12-06 to 2024-12-08
//
// Decisions (documented in the corpus too):
//   - Weeks start on Saturday. "نهاية الأسبوع" is the weekend Friday–Sunday of that week (it covers
//     both the Friday–Saturday and the Saturday–Sunday weekends of Arab countries); value null.
//   - A weekday with no cue resolves to the most recent such day on or before the reference date;
//     with a future cue in its sentence (سـ/سوف/من المقرر…) to the first on or after it; with
//     الماضي strictly before, with المقبل/القادم strictly after.
//   - A day and month without a year: the occurrence nearest the reference date (the next one with
//     a future cue, the last one with الماضي); relative: true.
//   - A Hijri month without day ("خلال شهر رمضان"): grain month, from/to its first and last
//     Gregorian days in the Hijri year nearest the reference date, value null.
//   - Parts of a month/year ("مطلع أكتوبر 2023", "أواخر العام الماضي"): value is the month/year,
//     from/to narrow it to the first, middle or last third.
//   - Durations ("3 أيام") are not dates; "قبل ثلاثة أيام"/"منذ يومين" are (reference date minus).

import {
  DAY_SUPERLATIVES,
  DAY_WORDS,
  DECADES,
  DEFINITE_UNITS,
  FUTURE_WORDS,
  GENERAL_NOUNS,
  GREGORIAN_ERA,
  GREGORIAN_HOLIDAYS,
  GREGORIAN_MONTHS,
  GREGORIAN_PAIRS,
  HIJRI_ERA,
  HIJRI_HOLIDAYS,
  HIJRI_MONTHS,
  HIJRI_PAIRS,
  MEASURE_NOUNS,
  NAME_LEADS,
  NEXT_MODS,
  NOT_FUTURE_S,
  NOWADAYS_BLOCKERS,
  NUMBER_LEADS,
  ORDINAL_TEEN,
  ORDINAL_TENS,
  ORDINAL_UNITS,
  PART_WORDS,
  PAST_MODS,
  REPORT_VERBS,
  REST_WORDS,
  SAME_PERIOD_NOUNS,
  SAME_WORDS,
  SEASONS,
  SMALL_COUNTS,
  THIS_MODS,
  TODAY_AFTER_BLOCKERS,
  TODAY_LEADS,
  UNIT_WORDS,
  VAGUE_COUNTS,
  WEEKDAY_AFTER_BLOCKERS,
  WEEKDAY_BLOCKERS,
  WEEKDAY_LEADS,
  WEEKDAYS,
  YEAR_DUALS,
  YEAR_EVENT_NOUNS,
  YEAR_FRACTIONS,
  YEAR_NOUNS,
  YEAR_PREPS,
} from '../lexicon/months.js';
import { type DatedSpan, findDateline } from '../refiners/dateline.js';
import {
  addMonths,
  dayNumber,
  dayOf,
  daysInMonth,
  dayToHijri,
  easterDay,
  hijriMonthLength,
  hijriToDay,
  isoDay,
  isoMonth,
  isoYear,
  isValidDay,
  weekday,
  weekStart,
  ymd,
} from '../text/calendar.js';
import { fold, origSpan } from '../text/view.js';
import type { Context, DateFact, Extractor, Grain, NumberFact } from '../types.js';

// ---------- lexicon, folded ----------

/** Every word of every set/map built by setOf/mapOf: a token none of whose forms is here is in none
 *  of them, so wordIn/wordMap answer null for it without looking (Tok.lex). */
const LEX = new Set<string>();
/** A set or map of setOf/mapOf, with its number lexId: bit (lexId & 31) of WordInfo.out[lexId >> 5]
 *  is set once wordIn/wordMap found no form of the word in it (lexicons never change after import). */
type Lexicon = { lexId?: number };
/** How many sets/maps setOf/mapOf made (the first LEX_IDS get a lexId). */
let LEXICONS = 0;
const LEX_IDS = 128;
const register = (x: Set<string> | Map<string, unknown>): void => {
  if (LEXICONS < LEX_IDS) (x as Lexicon).lexId = LEXICONS;
  LEXICONS++;
};
const setOf = (ws: readonly string[]): Set<string> => {
  const s = new Set(ws.map(fold));
  for (const w of s) LEX.add(w);
  register(s);
  return s;
};
const mapOf = <T>(r: Readonly<Record<string, T>>): Map<string, T> => {
  const m = new Map(Object.entries(r).map(([k, v]) => [fold(k), v] as [string, T]));
  for (const w of m.keys()) LEX.add(w);
  register(m);
  return m;
};
interface MonthInfo {
  month: number;
  hijri: boolean;
  ambiguous: boolean;
  strict: boolean;
}
const MONTHS = new Map<string, MonthInfo>();
for (const w of GREGORIAN_MONTHS)
  MONTHS.set(fold(w.word), { month: w.month, hijri: false, ambiguous: !!w.ambiguous, strict: false });
for (const w of HIJRI_MONTHS)
  MONTHS.set(fold(w.word), { month: w.month, hijri: true, ambiguous: true, strict: !!w.strict });
const PAIRS = new Map<string, { hijri: boolean; second: Map<string, number> }>();
for (const [k, v] of Object.entries(GREGORIAN_PAIRS)) PAIRS.set(fold(k), { hijri: false, second: mapOf(v) });
for (const [k, v] of Object.entries(HIJRI_PAIRS)) PAIRS.set(fold(k), { hijri: true, second: mapOf(v) });

const WEEKDAY = mapOf(WEEKDAYS);
const WD_LEADS = setOf(WEEKDAY_LEADS);
const WD_BLOCK = setOf(WEEKDAY_BLOCKERS);
const WD_AFTER_BLOCK = setOf(WEEKDAY_AFTER_BLOCKERS);
const PAST = setOf([...PAST_MODS, 'الماضيين', 'الماضيتين', 'المنصرمين', 'الفائتين', 'الاخيرين', 'الاخيره', 'الاخير']);
const NEXT = setOf([...NEXT_MODS, 'المقبلين', 'القادمين', 'المقبلتين', 'القادمتين']);
const THIS = setOf(THIS_MODS);
const PARTS = mapOf(PART_WORDS);
const UNITS = mapOf(UNIT_WORDS);
const DEF_UNITS = mapOf(DEFINITE_UNITS);
const COUNTS = mapOf(SMALL_COUNTS);
const VAGUE = setOf(VAGUE_COUNTS);
const ORD_UNITS = mapOf(ORDINAL_UNITS);
const ORD_TEEN = setOf(ORDINAL_TEEN);
const ORD_TENS = mapOf(ORDINAL_TENS);
const YEAR_N = setOf(YEAR_NOUNS);
const YEAR_2 = setOf(YEAR_DUALS);
const YEAR_P = setOf(YEAR_PREPS);
const G_ERA = setOf(GREGORIAN_ERA);
const H_ERA = setOf(HIJRI_ERA);
const DAYW = mapOf(DAY_WORDS);
const NOWADAYS = setOf(NOWADAYS_BLOCKERS);
const TODAY_AFTER = setOf(TODAY_AFTER_BLOCKERS);
const FUTURE = setOf(FUTURE_WORDS);
const NOT_FUT = NOT_FUTURE_S.map(fold);
const NAMES = setOf(NAME_LEADS);
const FOLDED = new Map<string, string>();
const F = (w: string): string => {
  let f = FOLDED.get(w);
  if (f === undefined) {
    f = fold(w);
    FOLDED.set(w, f);
  }
  return f;
};
const W_SHAHR = F('شهر');
const W_MIN = F('من');
const W_FI = F('في');
const W_YAWM = F('يوم');
const W_MUWAFIQ = setOf(['الموافق', 'الموافقة', 'موافق']);
const W_QABL = F('قبل');
const W_BAAD = F('بعد');
const W_GHAD = setOf(['غد', 'الغد', 'غدا', 'بكرة', 'بكرا']);
const W_HADHA = setOf(['هذا', 'هذه']);
const W_ALA = F('على');
const FOLD_SIN = fold('س').charCodeAt(0);
const FOLD_WAW = fold('و').charCodeAt(0);
const FOLD_FA = fold('ف').charCodeAt(0);
const W_ILA = F('الى');
const W_HATTA_1 = F('حتى');
const W_TODAY = F('اليوم');
/** Plurals of time units that make "قبل/بعد/منذ PLURAL" vague (Parser.ago). */
const VAGUE_PLURALS = ['ايام', 'اسابيع', 'اشهر', 'شهور', 'سنوات', 'اعوام', 'سنين'];
const W_WA = F('و');
const W_ISNAYN_AHAD = new Set([1, 0]);
const W_TWO_BLOCK = setOf(['كلا', 'بين', 'لدى', 'أحد', 'الواحد', 'من']);

/** Words that may follow a date and start the rest of the clause ("الأربعاء 27 مع …"). */
const FUNCTION_WORDS = setOf([
  'مع',
  'في',
  'من',
  'على',
  'عند',
  'حين',
  'حيث',
  'بعد',
  'قبل',
  'ثم',
  'الى',
  'حتى',
  'بين',
  'خلال',
  'و',
]);
const RANGE_LEADS = setOf(['من', 'بين']);
const RANGE_TO = setOf(['إلى', 'حتى', 'لغاية']);
const W_NOW = setOf(['الآن', 'الان']);
const SEASON = mapOf(SEASONS);
const DECADE = mapOf(DECADES);
const FRACTION = mapOf(YEAR_FRACTIONS);
const REST = setOf(REST_WORDS.filter((w) => !w.includes(' ')));
const DECADE_UNITS = mapOf<number | null>({ العقد: 1, العقدين: 2, العقود: null });
const W_UTLA = setOf(['عطلة']);
const HOLIDAYS = [
  ...HIJRI_HOLIDAYS.flatMap((h) =>
    h.words.map((w) => ({ toks: fold(w).split(' '), hijri: true, m: h.month, d: h.day })),
  ),
  ...GREGORIAN_HOLIDAYS.flatMap((h) =>
    h.words.map((w) => ({ toks: fold(w).split(' '), hijri: false, m: h.month, d: h.day })),
  ),
].sort((a, b) => b.toks.length - a.toks.length);
const W_AKHIR_SET = setOf(['آخر', 'اخر']);
const W_SHAHR_SET = setOf(['شهر']);
const BARE_WEEKDAY = new Map([...WEEKDAY].map(([k, v]) => [k.slice(2), v]));
BARE_WEEKDAY.set(F('أربعا'), 3);
const W_LAST_DEF = setOf(['الأخير', 'الأخيرة']);
const W_NEXT_DAY = setOf(['التالي', 'الآتي', 'الموالي']);
const W_EID = setOf(['عيد']);
const DAY_SUPER = setOf(DAY_SUPERLATIVES);
const TODAY_LEAD = setOf(TODAY_LEADS);
const REPORT = setOf(REPORT_VERBS);
const W_INNA = setOf(['إن', 'أن']);
const W_IDIOM_NEXT = setOf(['وغدا', 'والغد', 'وغداً']);
const W_IDIOM_PREV = setOf(['الأمس', 'أمس', 'البارحة', 'اليوم']);
const W_BAYN = setOf(['بين']);
const W_DUAL_LEADS = setOf(['شهري', 'يومي']);
const W_MUNDH_SET = setOf(['منذ']);
const W_HADI = setOf(['الحادي', 'الحادية', 'حادي']);
const W_FIRST_F = setOf(['الأولى', 'الأول']);
const W_LAST_F = setOf(['الأخيرة']);
const W_ANAPHOR = setOf(['السابق', 'السابقة', 'التالي', 'التالية']);
const EVENT_NOUNS = setOf(YEAR_EVENT_NOUNS);
const W_HATTA = setOf(['حتى', 'لغاية']);
const W_REL_PRON = setOf(['الذي', 'الي', 'اللي']);
const W_YESTERDAY = setOf(['أمس', 'الأمس', 'البارحة', 'امبارح']);
const W_WEEK_BARE = setOf(['أسبوع']);
const NUM_LEADS = setOf(NUMBER_LEADS);
const W_YAWM_SET = setOf(['يوم']);
const HOLIDAY_FIRST = new Set(HOLIDAYS.map((h) => h.toks[0] as string));
const MEASURES = setOf(MEASURE_NOUNS);
const SAME_NOUN = setOf(SAME_PERIOD_NOUNS);
const SAME = setOf(SAME_WORDS);
const GENERAL = setOf(GENERAL_NOUNS);
const CUE_MISC = setOf(['الى', 'حتى', 'أواخر', 'مطلع']);
const YEAR_DEF = setOf(['العام', 'السنة']);
const W_ALSHAHR = setOf(['الشهر']);
const NUMERIC_CUES = setOf(['في', 'يوم', 'منذ', 'حتى', 'بتاريخ', 'تاريخ', 'موعد', 'عند']);
const RANGE_CUES = setOf(['بين', 'من', 'عامي', 'سنتي']);
const W_WEEK = setOf(['الاسبوع']);
const W_AMS_SET = setOf(['أمس', 'الأمس']);
const W_AWWAL_SET = setOf(['أول']);
const W_BAAD_SET = setOf(['بعد']);
const W_LAYLA_SET = setOf(['الليلة']);
const W_ALAWWAL_SET = setOf(['الأول']);
const _W_HADHA_M = setOf(['هذا']);
const W_AKHIRA_SET = setOf(['الأخيرة']);
const AGO_WORDS = setOf(['قبل', 'منذ', 'بعد']);
const W_QALILA_SET = setOf(['قليلة']);

// ---------- tokens ----------

enum K {
  Word = 0,
  Num = 1,
  Punct = 2,
}
interface Tok {
  s: number;
  e: number;
  t: string;
  k: K;
  /** forms(t) of a word (empty for digits and punctuation); null until tokForms() when the word has
   *  no form in any lexicon (see lexFilter). */
  f: Array<[string, number]> | null;
  /** A word with a form in LEX (only such words can be in a set/map given to wordIn/wordMap). */
  lex: boolean;
  /** A word with a form in TRIGGERS (only such words, or number facts, can start a date). */
  trig: boolean;
  /** WordInfo.fut. */
  fut: boolean;
  /** WordInfo.mon. */
  mon: boolean;
  /** WordInfo.g: which matchers of Parser.run() can start at this word. */
  g: number;
}

const NO_FORMS: Array<[string, number]> = [];
/** Words ending in ا after a number that are not a counted noun (Parser.countedNoun). */
const NOT_COUNTED = ['ايضا', 'تقريبا', 'تحديدا', 'حصرا', 'مثلا', 'فقط', 'وحتى', 'والى', 'الى', 'حتى'];
/** No candidate (shared: never pushed to). */
const NO_CANDS: Cand[] = [];

/** The proclitic-free forms of a token (computed on first use for a word outside every lexicon). */
function tokForms(t: Tok): Array<[string, number]> {
  let f = t.f;
  if (f === null) {
    f = forms(t.t);
    t.f = f;
  }
  return f;
}

/** A sentence stop: . ! ? ؟ ؛ or a line break. */
function isStop(c: number): boolean {
  if (c > 0x3f) return c === 0x061f || c === 0x061b;
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a;
}
/** Character classes of the tokenizer: the text is cut as /\p{L}+|[0-9]+|[^\s\p{L}0-9]/gu would cut it. */
const C_LETTER = 1;
const C_DIGIT = 2;
const C_SPACE = 3;
const C_OTHER = 4;
const LETTER_RE = /^\p{L}$/u;
const SPACE_RE = /^\s$/u;
/** Class of each BMP code unit, filled on first sight (0: not yet known). */
const BMP_CLASS = new Uint8Array(0x10000);
function classOf(ch: string): number {
  return LETTER_RE.test(ch) ? C_LETTER : SPACE_RE.test(ch) ? C_SPACE : C_OTHER;
}
/** Class of the code point at norm[i], and its length in code units. */
function classAt(norm: string, i: number): number {
  const c = norm.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return C_DIGIT;
  if (c >= 0x0621 && c <= 0x064a) return C_LETTER;
  if (c === 0x20) return C_SPACE;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < norm.length) {
    const d = norm.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(norm.slice(i, i + 2)) | 8;
  }
  let k = BMP_CLASS[c] as number;
  if (k === 0) {
    k = classOf(String.fromCharCode(c));
    BMP_CLASS[c] = k;
  }
  return k;
}

/** The tokens of the current Parser, by index (the Parser of one run(): extract() is synchronous and
 *  not re-entrant, so these module-level arrays are reused from one text to the next). A token is its
 *  start and end in norm (TOK_S, TOK_E), its kind (TOK_K) and its word's info (TOK_INFO); a Tok object
 *  is made only for the tokens a parser asks for by Parser.tok() (TOK_OBJ, reset per text). */
let TOK_S = new Int32Array(4096);
let TOK_E = new Int32Array(4096);
let TOK_K = new Uint8Array(4096);
let TOK_INFO: WordInfo[] = [];
let TOK_OBJ: Array<Tok | undefined> = [];
/** 1 + index in ctx.numbers of the number fact that starts at the token's start (0: none). */
let TOK_NUM = new Int32Array(4096);
/** The original end of that number fact. */
let TOK_NEND = new Int32Array(4096);
/** 1 + index in Parser.cands of the candidate ranges() sees at the token (0: none). */
let TOK_CI = new Int32Array(4096);
/** Indices of TOK_OBJ set for the current text. */
const TOK_MADE: number[] = [];
/** Above this many tokens, the arrays of one text are not kept for the next. */
const TOK_KEEP = 1 << 18;

function growTokens(n: number): void {
  const cap = Math.max(n, TOK_S.length * 2);
  const s = new Int32Array(cap);
  s.set(TOK_S);
  TOK_S = s;
  const e = new Int32Array(cap);
  e.set(TOK_E);
  TOK_E = e;
  const k = new Uint8Array(cap);
  k.set(TOK_K);
  TOK_K = k;
  TOK_NUM = new Int32Array(cap);
  TOK_NEND = new Int32Array(cap);
  TOK_CI = new Int32Array(cap);
}

/** Cuts `norm` into TOK_S/TOK_E/TOK_K/TOK_INFO and returns the number of tokens; pushes to `starts`
 *  the index of each digit run and each word with a form in TRIGGERS, ascending. */
function tokenize(norm: string, starts: number[]): number {
  for (let x = 0; x < TOK_MADE.length; x++) TOK_OBJ[TOK_MADE[x] as number] = undefined;
  TOK_MADE.length = 0;
  if (TOK_S.length > TOK_KEEP) {
    TOK_S = new Int32Array(4096);
    TOK_E = new Int32Array(4096);
    TOK_K = new Uint8Array(4096);
    TOK_NUM = new Int32Array(4096);
    TOK_NEND = new Int32Array(4096);
    TOK_CI = new Int32Array(4096);
    TOK_INFO = [];
    TOK_OBJ = [];
  }
  let count = 0;
  const n = norm.length;
  let i = 0;
  while (i < n) {
    const c0 = norm.charCodeAt(i);
    if (c0 === 0x20) {
      i++;
      continue;
    }
    let k = classAt(norm, i);
    const len = k & 8 ? 2 : 1;
    k &= 7;
    if (k === C_SPACE) {
      i += len;
      continue;
    }
    const s = i;
    i += len;
    // a word's hash (see wordHash), as it is read
    let h = 0;
    if (k === C_LETTER) {
      h = len === 2 ? (Math.imul(c0, 31) + norm.charCodeAt(s + 1)) | 0 : c0;
      while (i < n) {
        const c = norm.charCodeAt(i);
        if (c >= 0x0621 && c <= 0x064a) {
          h = (Math.imul(h, 31) + c) | 0;
          i++;
          continue;
        }
        const k2 = classAt(norm, i);
        if ((k2 & 7) !== k) break;
        h = (Math.imul(h, 31) + c) | 0;
        if (k2 & 8) {
          h = (Math.imul(h, 31) + norm.charCodeAt(i + 1)) | 0;
          i += 2;
        } else i++;
      }
    } else if (k === C_DIGIT) {
      while (i < n) {
        const c = norm.charCodeAt(i);
        if (c < 0x30 || c > 0x39) break;
        i++;
      }
    }
    if (count === TOK_S.length) growTokens(count + 1);
    TOK_S[count] = s;
    TOK_E[count] = i;
    if (k === C_LETTER) {
      const info = maybeLex(norm, s, i, h) ? wordInfo(norm, s, i, h) : PLAIN_WORD;
      if (info.trig) starts.push(count);
      TOK_K[count] = K.Word;
      TOK_INFO[count] = info;
    } else {
      if (k === C_DIGIT) starts.push(count);
      TOK_K[count] = k === C_DIGIT ? K.Num : K.Punct;
      TOK_INFO[count] = NOT_A_WORD;
    }
    count++;
  }
  TOK_NUM.fill(0, 0, count);
  TOK_CI.fill(0, 0, count);
  return count;
}

interface WordInfo {
  /** The word (empty in PLAIN_WORD). */
  w: string;
  f: Array<[string, number]> | null;
  lex: boolean;
  trig: boolean;
  /** A form is a future word or a future verb ("سيزور"): see Parser.isFutureCue. */
  fut: boolean;
  /** A form is a month name or the first word of a two-word one (MONTHS, PAIRS). */
  mon: boolean;
  /** G_* bits: the matchers of Parser.run() whose first-token test this word passes (a superset). */
  g: number;
  /** The lexIds of the sets/maps none of its forms is in, as far as known (see Lexicon), LEX_IDS bits. */
  out: Int32Array;
}
/** WordInfo.out of the words that are in no lexicon (never written: wordIn/wordMap stop at lex). */
const NO_LEX = new Int32Array(LEX_IDS >> 5);
/** The info of a word none of whose forms is in any lexicon (its forms are computed on demand). */
const PLAIN_WORD: WordInfo = { w: '', f: null, lex: false, trig: false, fut: false, mon: false, g: 0, out: NO_LEX };

/** The info of a digit run or a punctuation mark. */
const NOT_A_WORD: WordInfo = {
  w: '',
  f: NO_FORMS,
  lex: false,
  trig: false,
  fut: false,
  mon: false,
  g: 0,
  out: NO_LEX,
};

/** A hash of `s` read backwards (from its last code unit), so that the hashes of all the suffixes of a
 *  word come out of one pass over it. */
/** A polynomial hash of `s` (h = h * 31 + code unit, modulo 2^32): the hash of a suffix of a word
 *  comes from the word's and its prefix's (see suffixHash), so one pass over the word gives them all. */
function wordHash(s: string): number {
  let h = 0;
  for (let j = 0; j < s.length; j++) h = (Math.imul(h, 31) + s.charCodeAt(j)) | 0;
  return h;
}
/** 31^k modulo 2^32, k < 256. */
const POW31 = new Int32Array(256);
POW31[0] = 1;
for (let k = 1; k < 256; k++) POW31[k] = Math.imul(POW31[k - 1] as number, 31);
function pow31(k: number): number {
  if (k < 256) return POW31[k] as number;
  let p = POW31[255] as number;
  for (let j = 255; j < k; j++) p = Math.imul(p, 31);
  return p;
}
/** wordHash of the suffix of length `rest` of a word with hash `h` whose prefix before it hashes to `pre`. */
function suffixHash(h: number, pre: number, rest: number): number {
  return (h - Math.imul(pre, pow31(rest))) | 0;
}
/** wordHash("ال"). */
const H_AL = (Math.imul(0x0627, 31) + 0x0644) | 0;
const LEX_BITS = 18;
/** Bloom filter (two hashes) of the wordHash of every word wordInfo() looks for: LEX, TRIGGERS, FUTURE,
 *  MONTHS, PAIRS. Built on first use, once every lexicon of the module exists. */
let LEX_FILTER: Int32Array | null = null;
function lexFilter(): Int32Array {
  const bits = new Int32Array(1 << (LEX_BITS - 5));
  const put = (w: string): void => {
    const r = wordHash(w);
    const h = Math.imul(r, 0x9e3779b1) >>> (32 - LEX_BITS);
    bits[h >>> 5] = (bits[h >>> 5] as number) | (1 << (h & 31));
    const h2 = Math.imul(r, 0x85ebca6b) >>> (32 - LEX_BITS);
    bits[h2 >>> 5] = (bits[h2 >>> 5] as number) | (1 << (h2 & 31));
  };
  for (const xs of [LEX, TRIGGERS, FUTURE, MONTHS.keys(), PAIRS.keys()]) for (const w of xs) put(w);
  return bits;
}
/** Are both bits of wordHash `r` set in the filter? */
function inFilter(bits: Int32Array, r: number): boolean {
  const k = Math.imul(r, 0x9e3779b1) >>> (32 - LEX_BITS);
  if (((bits[k >>> 5] as number) & (1 << (k & 31))) === 0) return false;
  const k2 = Math.imul(r, 0x85ebca6b) >>> (32 - LEX_BITS);
  return ((bits[k2 >>> 5] as number) & (1 << (k2 & 31))) !== 0;
}
const WAW = 0x0648; // و
const FA = 0x0641; // ف
const BA = 0x0628; // ب
const LAM = 0x0644; // ل
const KAF = 0x0643; // ك
const SIN = 0x0633; // س
/** Can the word norm[s, e), whose wordHash is `h`, have a form (see forms()) in a lexicon, or be a
 *  future verb? False means certainly not. Its forms are itself, some of its suffixes from offsets 1
 *  and 2, and "ال" + its suffix from 2 or 3, by its first letters. */
function maybeLex(norm: string, s: number, e: number, h: number): boolean {
  if (LEX_FILTER === null) LEX_FILTER = lexFilter();
  const bits = LEX_FILTER;
  // a future verb "سيـ/ستـ/سنـ" of at least five letters at offset 0..2 (see newWordInfo's fut)
  for (let o = s; o <= s + 2 && o + 5 <= e; o++) {
    if (norm.charCodeAt(o) === SIN) {
      const c = norm.charCodeAt(o + 1);
      if (c === 0x064a || c === 0x062a || c === 0x0646) return true;
    }
  }
  if (inFilter(bits, h)) return true;
  // which suffixes are forms (see forms()): from 1 after و/ف/ب/ل/ك, from 2 after و/ف + ب/ل/ك,
  // "ال" + the suffix from 2 after لل, from 3 after و/ف + لل
  const len = e - s;
  if (len < 3) return false;
  const c0 = norm.charCodeAt(s);
  const c1 = norm.charCodeAt(s + 1);
  const wf = c0 === WAW || c0 === FA;
  if ((wf || c0 === BA || c0 === LAM || c0 === KAF) && inFilter(bits, suffixHash(h, c0, len - 1))) return true;
  const pre2 = (Math.imul(c0, 31) + c1) | 0;
  if (c0 === LAM && c1 === LAM) {
    const x = suffixHash(h, pre2, len - 2);
    if (inFilter(bits, (Math.imul(H_AL, pow31(len - 2)) + x) | 0)) return true;
  }
  if (len < 4 || !wf) return false;
  if ((c1 === BA || c1 === LAM || c1 === KAF) && inFilter(bits, suffixHash(h, pre2, len - 2))) return true;
  if (c1 === LAM && norm.charCodeAt(s + 2) === LAM) {
    const x = suffixHash(h, (Math.imul(pre2, 31) + LAM) | 0, len - 3);
    if (inFilter(bits, (Math.imul(H_AL, pow31(len - 3)) + x) | 0)) return true;
  }
  return false;
}

/** wordInfo() by the word's wordHash, direct-mapped (a small integer index: no string hashing); a word
 *  whose slot another word holds is recomputed and takes the slot. Bounded: WORD_SLOTS entries. */
const WORD_SLOTS = 1 << 15;
const WORD_HASHES = new Int32Array(WORD_SLOTS);
let WORD_INFOS: Array<WordInfo | undefined> = [];

/** Is `w` the text norm[s, e)? */
function sameText(w: string, norm: string, s: number, e: number): boolean {
  if (w.length !== e - s) return false;
  for (let j = 0; j < w.length; j++) if (w.charCodeAt(j) !== norm.charCodeAt(s + j)) return false;
  return true;
}

/** A word's forms (shared, never mutated) and whether one is in LEX / TRIGGERS. */
function wordInfo(norm: string, s: number, e: number, h: number): WordInfo {
  const slot = (h ^ (h >>> 15)) & (WORD_SLOTS - 1);
  const info = WORD_INFOS[slot];
  if (info !== undefined && WORD_HASHES[slot] === h && sameText(info.w, norm, s, e)) return info;
  return newWordInfo(norm.slice(s, e), h, slot);
}
/** wordInfo() of a word not in its slot: computed, and put there. */
function newWordInfo(w: string, h: number, slot: number): WordInfo {
  const f = forms(w);
  let lex = false;
  let trig = false;
  for (let j = 0; j < f.length; j++) {
    const x = (f[j] as [string, number])[0];
    if (!lex && LEX.has(x)) lex = true;
    if (!trig && TRIGGERS.has(x)) trig = true;
  }
  let fut = false;
  for (const [x] of f) {
    if (FUTURE.has(x)) fut = true;
    else if (x.length >= 5 && x[0] === 'س' && 'يتن'.includes(x[1] as string) && !NOT_FUT.some((p) => x.startsWith(p)))
      fut = true;
    if (fut) break;
  }
  let mon = false;
  for (const [x] of f) if (MONTHS.has(x) || PAIRS.has(x)) mon = true;
  const out = lex ? new Int32Array(LEX_IDS >> 5) : NO_LEX;
  const info = { w, f, lex, trig, fut, mon, g: gateBits(w, f, mon), out };
  if (WORD_INFOS.length === 0) WORD_INFOS = new Array<WordInfo | undefined>(WORD_SLOTS).fill(undefined);
  WORD_INFOS[slot] = info;
  WORD_HASHES[slot] = h;
  return info;
}

// Matchers of Parser.run() by the test their first word must pass (see each matcher's first lines).
const G_DAYWORD = 1; // dayWord: أول / قبل (exact) / بعد / الليلة / DAYW
const G_WEEKDAY = 2; // weekdayAt: WEEKDAY
const G_PERIOD = 4; // period: PARTS / هذا / DEF_UNITS / DECADE_UNITS
const G_AGO = 8; // ago: AGO_WORDS
const G_DAYONLY = 16; // dayOnly: يوم (exact)
const G_EXPLICIT = 32; // explicit: day() (ORD_UNITS / ORD_TENS / a number fact) or month() (شهر / t.mon)
const G_LONELY = 64; // lonelyYear: YEAR_N / YEAR_2
const G_HOLIDAY = 128; // holiday: HOLIDAY_FIRST
const G_SEASON = 256; // season: هذا / SEASON
const G_FRACTION = 512; // fraction: FRACTION
const G_DECADE = 1024; // decade: DECADE (with or without ال)
const G_SAME = 2048; // samePeriod: SAME_NOUN
const G_REST = 4096; // rest: REST
const G_COUNT = 8192; // countPeriod: آخر / COUNTS
const G_NTHWD = 16384; // nthWeekday: ORD_UNITS / آخر / ثان (exact) / WEEKDAY
const G_LASTDAY = 32768; // lastDay: آخر / اليوم (exact)
const G_DUAL = 65536; // dualPeriod: W_DUAL_LEADS
const G_NTHWEEK = 131072; // nthWeek: ORD_UNITS / آخر / الاسبوع
const G_EASTER = 262144; // easter: عيد
const G_COMPOUND = 524288; // compound: UNITS
const G_RANGE = 1048576; // a range in ranges(): RANGE_LEADS, or a day() word (ORD_UNITS / ORD_TENS)

/** The G_* bits of word `w` with forms `f`. */
function gateBits(w: string, f: Array<[string, number]>, mon: boolean): number {
  let g = 0;
  if (w === W_QABL) g |= G_DAYWORD;
  if (w === W_YAWM) g |= G_DAYONLY;
  if (w === F('ثان')) g |= G_NTHWD;
  if (w === W_TODAY) g |= G_LASTDAY;
  if (mon) g |= G_EXPLICIT;
  for (const [x] of f) {
    if (W_AWWAL_SET.has(x) || W_BAAD_SET.has(x) || W_LAYLA_SET.has(x) || DAYW.has(x)) g |= G_DAYWORD;
    if (WEEKDAY.has(x)) g |= G_WEEKDAY | G_NTHWD;
    if (PARTS.has(x) || DEF_UNITS.has(x) || DECADE_UNITS.has(x)) g |= G_PERIOD;
    if (W_HADHA.has(x)) g |= G_PERIOD | G_SEASON;
    if (AGO_WORDS.has(x)) g |= G_AGO;
    if (ORD_TENS.has(x)) g |= G_EXPLICIT | G_RANGE;
    if (W_SHAHR_SET.has(x)) g |= G_EXPLICIT;
    if (ORD_UNITS.has(x)) g |= G_EXPLICIT | G_NTHWD | G_NTHWEEK | G_RANGE;
    if (RANGE_LEADS.has(x)) g |= G_RANGE;
    if (YEAR_N.has(x) || YEAR_2.has(x)) g |= G_LONELY;
    if (HOLIDAY_FIRST.has(x)) g |= G_HOLIDAY;
    if (SEASON.has(x)) g |= G_SEASON;
    if (FRACTION.has(x)) g |= G_FRACTION;
    if (DECADE.has(x) || DECADE.has(`ال${x}`)) g |= G_DECADE;
    if (SAME_NOUN.has(x)) g |= G_SAME;
    if (REST.has(x)) g |= G_REST;
    if (COUNTS.has(x)) g |= G_COUNT;
    if (W_AKHIR_SET.has(x)) g |= G_COUNT | G_NTHWD | G_LASTDAY | G_NTHWEEK;
    if (W_DUAL_LEADS.has(x)) g |= G_DUAL;
    if (W_WEEK.has(x)) g |= G_NTHWEEK;
    if (W_EID.has(x)) g |= G_EASTER;
    if (UNITS.has(x)) g |= G_COMPOUND;
  }
  return g;
}

/** The forms of a word without its proclitics, with how many leading characters to drop from the span:
 *  "وبالأمس" → ["وبالامس" 0, "بالامس" 1, "الامس" 2]. */
function forms(t: string): Array<[string, number]> {
  const out: Array<[string, number]> = [[t, 0]];
  if ((t[0] === 'و' || t[0] === 'ف') && t.length > 2) {
    const b = t.slice(1);
    out.push([b, 1]);
    pushStem(out, t, 0);
    pushStem(out, b, 1);
  } else pushStem(out, t, 0);
  return out;
}

/** The form of base `b` (itself `c` characters into the word) without ب/ل/ك, if any. */
function pushStem(out: Array<[string, number]>, b: string, c: number): void {
  if (b.length < 3) return;
  if (b.startsWith('بال') || b.startsWith('كال')) out.push([`ال${b.slice(3)}`, c + 1]);
  else if (b.startsWith('لل')) out.push([`ال${b.slice(2)}`, c]);
  else if (b[0] === 'ب' || b[0] === 'ل' || b[0] === 'ك') out.push([b.slice(1), c + 1]);
}

// ---------- candidates ----------

type Tense = 'past' | 'future' | 'none';
interface Resolved {
  value: string | null;
  from: string | null;
  to: string | null;
}
/** Year and month of a month candidate, the year taken from a following lone year when there is one. */
function monthOf(M: Cand, yr: Cand | undefined, ref: number | null, tense: Tense): [number, number] | null {
  let v = M.resolve(ref, tense).value;
  const y = yr?.resolve(ref, tense).value;
  if (v && y) v = `${y}-${v.slice(5, 7)}`;
  if (v?.length !== 7) return null;
  return v.split('-').map(Number) as [number, number];
}
interface Cand {
  s: number;
  e: number;
  grain: Grain;
  calendar: 'gregorian' | 'hijri';
  hijri: string | null;
  relative: boolean;
  resolve: (ref: number | null, tense: Tense) => Resolved;
  /** ISO day of a full explicit date (a dateline candidate). */
  abs?: string;
  /** Month and day of a Gregorian date written without a year (a range borrows the other end's year). */
  md?: { m: number; d: number };
  /** The candidate names a month ("نوفمبر", "22 هذا الشهر"): a bare day before it can borrow it. */
  monthly?: boolean;
  /** The month number of a Gregorian month-grain candidate ("نوفمبر", "نوفمبر 2024"). */
  mon?: number;
  /** "العام السابق", "الشهر التالي": the year/month before/after the one just named in the sentence
   *  ("خلال عام 2024، بزيادة عن العام السابق" → 2023); without one, the reference date's. */
  anaphor?: number;
  /** "الشهر نفسه من سنة 2023": the month named before, in this candidate's year. */
  sameMonthOf?: Cand;
  /** "اليوم الخميس 21 تشرين الثاني 2024": today's date written out, a reference date. */
  today?: boolean;
}

const R = (value: string | null, from: string | null = null, to: string | null = null): Resolved => ({
  value,
  from,
  to,
});
const NONE = (): Resolved => R(null);

/** The occurrence of month/day (no year) nearest `ref`; "future" → on or after, "past" → on or before. */
/** Without a tense cue a date without a year is in the reference year, unless that is more than
 *  about nine months away (then the nearest occurrence: "في يناير" written in December). */
const SAME_YEAR_DAYS = 275;
/** News reports past events: a date without a year more than three months ahead is last year's. */
const AHEAD_DAYS = 92;
const SAME_YEAR_MONTHS = 9;

function nearestMonthDay(ref: number, m: number, d: number, dir: Tense): number | null {
  const y0 = ymd(ref).y;
  if (dir === 'none' && isValidDay(y0, m, d)) {
    const same = dayNumber(y0, m, d);
    if (same <= ref ? ref - same <= SAME_YEAR_DAYS : same - ref <= AHEAD_DAYS) return same;
    if (same > ref) dir = 'past';
  }
  let best: number | null = null;
  for (let y = y0 - 1; y <= y0 + 1; y++) {
    if (!isValidDay(y, m, d)) continue;
    const day = dayNumber(y, m, d);
    if (dir === 'future' && day < ref) continue;
    if (dir === 'past' && day > ref) continue;
    if (best === null) best = day;
    else if (dir === 'future' ? day < best : dir === 'past' ? day > best : Math.abs(day - ref) < Math.abs(best - ref))
      best = day;
  }
  return best;
}

function nearestMonth(ref: number, m: number, dir: Tense): { y: number; m: number } {
  const r = ymd(ref);
  const idx = r.y * 12 + r.m - 1;
  if (dir === 'none' && (m <= r.m ? r.m - m <= SAME_YEAR_MONTHS : m - r.m <= 3)) return { y: r.y, m };
  if (dir === 'none' && m > r.m) dir = 'past';
  let best = -1;
  for (let y = r.y - 1; y <= r.y + 1; y++) {
    const c = y * 12 + m - 1;
    if (dir === 'future' && c < idx) continue;
    if (dir === 'past' && c > idx) continue;
    if (best < 0) best = c;
    else if (dir === 'future' ? c < best : dir === 'past' ? c > best : Math.abs(c - idx) < Math.abs(best - idx))
      best = c;
  }
  return { y: Math.floor(best / 12), m: (best % 12) + 1 };
}

function nearestHijri(ref: number, hm: number, hd: number, dir: Tense): { hy: number; day: number } | null {
  const h = dayToHijri(ref);
  const same = hijriToDay(h.y, hm, hd);
  if (dir === 'none' && same !== null) {
    if (same <= ref ? ref - same <= SAME_YEAR_DAYS : same - ref <= AHEAD_DAYS) return { hy: h.y, day: same };
    if (same > ref) dir = 'past';
  }
  let best: { hy: number; day: number } | null = null;
  for (let hy = h.y - 1; hy <= h.y + 1; hy++) {
    const day = hijriToDay(hy, hm, hd);
    if (day === null) continue;
    if (dir === 'future' && day < ref) continue;
    if (dir === 'past' && day > ref) continue;
    if (
      best === null ||
      (dir === 'future'
        ? day < best.day
        : dir === 'past'
          ? day > best.day
          : Math.abs(day - ref) < Math.abs(best.day - ref))
    )
      best = { hy, day };
  }
  return best;
}

function hijriMonthRange(hy: number, hm: number): [number, number] | null {
  const a = hijriToDay(hy, hm, 1);
  if (a === null) return null;
  return [a, a + hijriMonthLength(hy, hm) - 1];
}

/** The weekday `wd` relative to `ref`: "past" → on or before, "future" → on or after,
 *  "before"/"after" → strictly. */
function weekdayFrom(ref: number, wd: number, dir: 'past' | 'future' | 'before' | 'after'): number {
  const cur = weekday(ref);
  if (dir === 'past' || dir === 'before') {
    let back = (cur - wd + 7) % 7;
    if (back === 0 && dir === 'before') back = 7;
    return ref - back;
  }
  let fwd = (wd - cur + 7) % 7;
  if (fwd === 0 && dir === 'after') fwd = 7;
  return ref + fwd;
}

/** Day in the Saturday-start week `ws` that falls on weekday `wd`. */
const inWeek = (ws: number, wd: number): number => ws + ((wd + 1) % 7);

type Part = 'start' | 'mid' | 'end';
function partOfMonth(y: number, m: number, p: Part): [string, string] {
  const last = daysInMonth(y, m);
  const [a, b] = p === 'start' ? [1, 10] : p === 'mid' ? [11, 20] : [21, last];
  return [isoDay(dayNumber(y, m, a)), isoDay(dayNumber(y, m, b))];
}
function partOfYear(y: number, p: Part): [string, string] {
  const [a, b] = p === 'start' ? [1, 4] : p === 'mid' ? [5, 8] : [9, 12];
  return [isoDay(dayNumber(y, a, 1)), isoDay(dayNumber(y, b, daysInMonth(y, b)))];
}
function partOfWeek(ws: number, p: Part): [string, string] {
  // start: Saturday–Monday; mid: Monday–Wednesday; end: the weekend Friday–Sunday.
  const [a, b] = p === 'start' ? [0, 2] : p === 'mid' ? [2, 4] : [6, 8];
  return [isoDay(ws + a), isoDay(ws + b)];
}

// ---------- the parser over one text ----------

/** Every word that can begin a date expression (folded, without proclitics). A word token whose
 *  forms are all outside this set, and that starts no number fact, cannot start a match: run() skips it. */
const TRIGGERS: Set<string> = (() => {
  const t = new Set<string>();
  const add = (xs: Iterable<string>) => {
    for (const x of xs) {
      t.add(x);
      if (x.startsWith('ال')) t.add(x.slice(2));
      else t.add(`ال${x}`);
    }
  };
  add(MONTHS.keys());
  add(PAIRS.keys());
  add(WEEKDAY.keys());
  add(BARE_WEEKDAY.keys());
  add(DAYW.keys());
  add(PARTS.keys());
  add(DEF_UNITS.keys());
  add(DECADE_UNITS.keys());
  add(UNITS.keys());
  add(COUNTS.keys());
  add(ORD_UNITS.keys());
  add(ORD_TENS.keys());
  add(YEAR_N);
  add(YEAR_2);
  add(SEASON.keys());
  add(DECADE.keys());
  add(FRACTION.keys());
  add(REST);
  add(SAME_NOUN);
  add(HOLIDAY_FIRST);
  add(W_DUAL_LEADS);
  add(W_HADHA);
  add(AGO_WORDS);
  add(W_AKHIR_SET);
  add(W_SHAHR_SET);
  add(W_WEEK_BARE);
  add(W_LAYLA_SET);
  add(['اول', 'ثان', 'يوم', 'غد', 'بعد', 'قبل', 'من', 'بين', 'عيد', 'فاتح'].map(fold));
  return t;
})();

class Parser {
  /** Number of tokens (see TOK_S). */
  readonly n: number;
  readonly cands: Cand[] = [];

  constructor(
    readonly ctx: Context,
    readonly norm: string,
  ) {
    const starts: number[] = [];
    this.n = tokenize(norm, starts);
    // Each number fact on the token it starts at (facts come in text order: one forward cursor).
    const more: number[] = [];
    let ti = 0;
    let prev = -1;
    const nums = ctx.numbers;
    const map = ctx.view.map;
    let cur = 0;
    for (let x = 0; x < nums.length; x++) {
      const n = nums[x] as NumberFact;
      const s = normStart(ctx, n.start, cur);
      cur = s;
      // an empty norm span (normStart(n.end) <= s) has no norm character at or after n.end
      if ((map[s] as number) >= n.end) continue;
      if (s < prev) ti = this.indexAfter(s);
      prev = s;
      while (ti < this.n && (TOK_S[ti] as number) < s) ti++;
      if (ti >= this.n || TOK_S[ti] !== s) continue;
      if (TOK_NUM[ti] === 0 && TOK_K[ti] === K.Word && !(TOK_INFO[ti] as WordInfo).trig) more.push(ti);
      TOK_NUM[ti] = x + 1;
      TOK_NEND[ti] = n.end;
    }
    if (more.length > 1) stableSort(more, ascending);
    this.starts = mergeSorted(starts, more);
  }
  /** Indices of the tokens where a date can start (digits, TRIGGERS words, number facts), ascending. */
  readonly starts: number[];

  /** The number fact that starts at token i (the last given), undefined when none. */
  fact(i: number): NumberFact | undefined {
    const x = i < 0 || i >= this.n ? 0 : (TOK_NUM[i] as number);
    return x === 0 ? undefined : this.ctx.numbers[x - 1];
  }
  /** The norm end of fact(i). */
  factEnd(i: number): number {
    return normStart(this.ctx, TOK_NEND[i] as number, TOK_S[i] as number);
  }
  /** Token i (made on first use), undefined outside the text. */
  tok(i: number): Tok | undefined {
    if (i < 0 || i >= this.n) return undefined;
    const o = TOK_OBJ[i];
    if (o !== undefined) return o;
    const s = TOK_S[i] as number;
    const e = TOK_E[i] as number;
    const info = TOK_INFO[i] as WordInfo;
    const { f, lex, trig, fut, mon, g } = info;
    const t = info.w !== '' ? info.w : this.norm.slice(s, e);
    const made: Tok = { s, e, t, k: TOK_K[i] as K, f, lex, trig, fut, mon, g };
    while (TOK_OBJ.length < i) TOK_OBJ.push(undefined);
    TOK_OBJ[i] = made;
    TOK_MADE.push(i);
    return made;
  }
  /** Start of token i (which must exist). */
  sAt(i: number): number {
    return TOK_S[i] as number;
  }
  /** End of token i (which must exist). */
  eAt(i: number): number {
    return TOK_E[i] as number;
  }
  /** Kind of token i, -1 outside the text. */
  kAt(i: number): number {
    return i < 0 || i >= this.n ? -1 : (TOK_K[i] as number);
  }
  /** Text of token i, undefined outside the text. */
  tAt(i: number): string | undefined {
    if (i < 0 || i >= this.n) return undefined;
    const o = TOK_OBJ[i];
    if (o !== undefined) return o.t;
    const w = (TOK_INFO[i] as WordInfo).w;
    return w !== '' ? w : this.norm.slice(TOK_S[i], TOK_E[i]);
  }
  /** Does token i (which must exist) start with `w`? */
  startsWith(i: number, w: string): boolean {
    const s = TOK_S[i] as number;
    if ((TOK_E[i] as number) - s < w.length) return false;
    for (let j = 0; j < w.length; j++) if (w.charCodeAt(j) !== this.norm.charCodeAt(s + j)) return false;
    return true;
  }
  /** Is token i the text `w` (compared in place)? */
  textIs(i: number, w: string): boolean {
    return sameText(w, this.norm, TOK_S[i] as number, TOK_E[i] as number);
  }
  /** The first form of word i (a word of a lexicon) that drops `cut` characters, else its text. */
  formAt(i: number, cut: number): string {
    const fs = (TOK_INFO[i] as WordInfo).f;
    if (fs !== null)
      for (let x = 0; x < fs.length; x++)
        if ((fs[x] as [string, number])[1] === cut) return (fs[x] as [string, number])[0];
    return this.tAt(i) as string;
  }
  /** Folded word at i without proclitics, when it is in `set`/`map`. */
  wordIn(i: number, set: Set<string>): [string, number] | null {
    if (i < 0 || i >= this.n) return null;
    const info = TOK_INFO[i] as WordInfo;
    if (!info.lex) return null;
    const id = (set as Lexicon).lexId;
    if (id !== undefined && ((info.out[id >> 5] as number) & (1 << (id & 31))) !== 0) return null;
    const fs = info.f as Array<[string, number]>;
    for (let x = 0; x < fs.length; x++) if (set.has((fs[x] as [string, number])[0])) return fs[x] as [string, number];
    if (id !== undefined) info.out[id >> 5] = (info.out[id >> 5] as number) | (1 << (id & 31));
    return null;
  }
  wordMap<T>(i: number, map: Map<string, T>): [T, number] | null {
    if (i < 0 || i >= this.n) return null;
    const info = TOK_INFO[i] as WordInfo;
    if (!info.lex) return null;
    const id = (map as Lexicon).lexId;
    if (id !== undefined && ((info.out[id >> 5] as number) & (1 << (id & 31))) !== 0) return null;
    const fs = info.f as Array<[string, number]>;
    for (let x = 0; x < fs.length; x++) {
      const f = fs[x] as [string, number];
      const v = map.get(f[0]);
      if (v !== undefined) return [v, f[1]];
    }
    if (id !== undefined) info.out[id >> 5] = (info.out[id >> 5] as number) | (1 << (id & 31));
    return null;
  }
  is(i: number, w: string): boolean {
    return i >= 0 && i < this.n && TOK_K[i] === K.Word && this.textIs(i, w);
  }
  isPunct(i: number, chars: string): boolean {
    if (i < 0 || i >= this.n || TOK_K[i] !== K.Punct) return false;
    const s = TOK_S[i] as number;
    if ((TOK_E[i] as number) - s !== 1) return false;
    const c = this.norm.charCodeAt(s);
    for (let j = 0; j < chars.length; j++) if (chars.charCodeAt(j) === c) return true;
    return false;
  }
  /** No space between token i-1 and i. */
  glued(i: number): boolean {
    return i >= 1 && i < this.n && TOK_E[i - 1] === TOK_S[i];
  }
  /** Is token i the end of a clause (end of text, punctuation other than "/-", or a line break)? */
  clauseEnd(i: number): boolean {
    if (i < 0 || i >= this.n) return true;
    if (TOK_K[i] === K.Punct && !this.isPunct(i, '/-')) return true;
    if (i === 0) return false;
    const norm = this.norm;
    for (let p = TOK_E[i - 1] as number, q = TOK_S[i] as number; p < q; p++)
      if (norm.charCodeAt(p) === 0x0a) return true;
    return false;
  }

  // --- pieces ---

  /** A day of the month 1–31: digits, an ordinal word ("الرابع", "الحادي والعشرين") or a number fact. */
  day(i: number): { d: number; next: number; cut: number } | null {
    const d = this.dayAt(i);
    return d < 0 ? null : { d, next: this.dNext, cut: this.dCut };
  }
  /** day() without an object: the day, or -1; its next and cut in dNext and dCut. */
  dayAt(i: number): number {
    if (i < 0 || i >= this.n) return -1;
    const k = TOK_K[i];
    if (k === K.Num) {
      const s = TOK_S[i] as number;
      const len = (TOK_E[i] as number) - s;
      if (len > 2) return -1;
      const norm = this.norm;
      const d =
        len === 1 ? norm.charCodeAt(s) - 0x30 : (norm.charCodeAt(s) - 0x30) * 10 + norm.charCodeAt(s + 1) - 0x30;
      if (d < 1 || d > 31) return -1;
      this.dNext = i + 1;
      this.dCut = 0;
      return d;
    }
    if (k !== K.Word) return -1;
    const u = this.wordMap(i, ORD_UNITS);
    if (u) {
      let d = u[0];
      let next = i + 1;
      if (this.wordIn(next, ORD_TEEN) && d < 10) {
        d += 10;
        next++;
      } else {
        const tens = this.wordMap(next, ORD_TENS);
        if (tens && this.startsWith(next, W_WA) && d < 10) {
          d += tens[0];
          next++;
        }
      }
      if (d === 1 && next === i + 1 && this.wordIn(i, W_HADI)) return -1; // "الحادي" alone
      // "ثالث يوم من شهر عشرة"
      if (next === i + 1 && !this.startsWith(i, 'ال') && this.is(next, W_YAWM) && this.is(next + 1, W_MIN)) next++;
      if (d > 31) return -1;
      this.dNext = next;
      this.dCut = u[1];
      return d;
    }
    const tens = this.wordMap(i, ORD_TENS);
    if (tens) {
      this.dNext = i + 1;
      this.dCut = tens[1];
      return tens[0];
    }
    const n = this.fact(i);
    if (n && Number.isInteger(n.value) && n.value >= 1 && n.value <= 31) {
      this.dNext = this.indexAfter(this.factEnd(i));
      this.dCut = 0;
      return n.value;
    }
    return -1;
  }
  /** See dayAt(). */
  dNext = 0;
  dCut = 0;
  /** Index of the first token starting at or after `normPos` (binary search). */
  indexAfter(normPos: number): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((TOK_S[mid] as number) < normPos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A month name (one or two words). */
  month(
    i: number,
  ): { m: number; hijri: boolean; ambiguous: boolean; strict: boolean; next: number; cut: number } | null {
    if (i < 0 || i >= this.n || TOK_K[i] !== K.Word) return null;
    const num = this.monthNumber(i);
    if (num !== null) return { m: num, hijri: false, ambiguous: false, strict: false, next: i + 2, cut: 0 };
    const info = TOK_INFO[i] as WordInfo;
    if (!info.mon) return null;
    const fs = info.f as Array<[string, number]>;
    for (let x = 0; x < fs.length; x++) {
      const [f, cut] = fs[x] as [string, number];
      const pair = PAIRS.get(f);
      if (pair) {
        const nt = this.tAt(i + 1);
        if (nt !== undefined) {
          const second = pair.second.get(nt);
          if (second !== undefined)
            return { m: second, hijri: pair.hijri, ambiguous: false, strict: false, next: i + 2, cut };
        }
        continue;
      }
      const mi = MONTHS.get(f);
      if (mi) return { m: mi.month, hijri: mi.hijri, ambiguous: mi.ambiguous, strict: mi.strict, next: i + 1, cut };
    }
    return null;
  }

  /** "شهر 3", "شهر عشرة": a month by its number (Gulf and Levantine usage). */
  monthNumber(i: number): number | null {
    if (!this.wordIn(i, W_SHAHR_SET)) return null;
    const nt = this.tAt(i + 1);
    if (nt === undefined) return null;
    const nk = TOK_K[i + 1];
    let v: number | null = null;
    if (nk === K.Num && nt.length <= 2) v = Number(nt);
    else if (nk === K.Word && !nt.startsWith('ال')) v = COUNTS.get(nt) ?? null;
    if (v === null || v < 1 || v > 12 || nt === F('واحد')) return null;
    // "شهر 3 مرات" is not a month
    if ((this.wordMap(i + 2, UNITS) && this.kAt(i + 3) !== K.Num) || this.countedNoun(i + 2)) return null;
    return v;
  }

  /** A year: 3–4 digits or a number fact 1000–2100, with an optional era word. */
  year(i: number, min: number, max: number): { y: number; next: number; era: 'g' | 'h' | null } | null {
    if (i < 0 || i >= this.n) return null;
    let y: number;
    let next: number;
    if (TOK_K[i] === K.Num) {
      const s = TOK_S[i] as number;
      const len = (TOK_E[i] as number) - s;
      if (len < 3 || len > 4) return null;
      const norm = this.norm;
      y = 0;
      for (let q = s; q < s + len; q++) y = y * 10 + norm.charCodeAt(q) - 0x30;
      next = i + 1;
    } else {
      const n = this.fact(i);
      if (!n || !Number.isInteger(n.value) || n.ordinal) return null;
      y = n.value;
      next = this.indexAfter(this.factEnd(i));
    }
    if (y < min || y > max) return null;
    // a following digit group ("2024/5", "1.5") is not part of a year
    if (this.isPunct(next, '/.,٫') && this.kAt(next + 1) === K.Num && this.glued(next + 1)) return null;
    let era: 'g' | 'h' | null = null;
    if (this.wordIn(next, H_ERA) && (TOK_E[next] as number) - (TOK_S[next] as number) <= 7) {
      era = 'h';
      next++;
    } else if (this.wordIn(next, G_ERA)) {
      era = 'g';
      next++;
    }
    return { y, next, era };
  }

  /** "[،,] [من] [عام|سنة] YEAR" after a month; returns the year and the index after it. */
  yearAfterMonth(i: number, hijri: boolean): { y: number; next: number; era: 'g' | 'h' | null } | null {
    let j = i;
    if (this.isPunct(j, ',،.')) j++;
    if (this.is(j, W_MIN)) j++;
    if (this.wordIn(j, YEAR_N)) j++;
    return this.year(j, hijri ? 1 : 1000, 2100);
  }

  // --- parsers ---

  /** DAY [من|-|/|.] [شهر] MONTH [/MONTH | (MONTH)] [YEAR] ; MONTH [DAY] [YEAR]. */
  explicit(i: number): Cand | null {
    if (i < 0 || i >= this.n) return null;
    // name leads: "مدينة 6 أكتوبر"
    if (this.wordIn(i - 1, NAMES)) return null;
    const day = this.dayAt(i);
    let j: number;
    let d: number | null = null;
    let cut = 0;
    let mon: ReturnType<Parser['month']> = null;
    if (day >= 0) {
      j = this.dNext;
      cut = this.dCut;
      if (this.isPunct(j, '-/.')) j++;
      else if (this.is(j, W_MIN)) j++;
      if (this.wordIn(j, W_SHAHR_SET) && this.monthNumber(j) === null) j++;
      mon = this.month(j);
      if (!mon) return this.dayOfRelativeMonth(i, day, j, cut);
      // (a strict Hijri month such as "صفر" after an ordinal word is kept: "الثاني من صفر")
      d = day;
      j = mon.next;
    } else {
      mon = this.month(i);
      if (!mon) return null;
      // "مدينة 6 أكتوبر": a number before a month that did not take it as its day
      if (this.kAt(i - 1) === K.Num && mon.cut === 0) return null;
      cut = mon.cut;
      j = mon.next;
    }
    const m = mon.m;
    // paired month: "أكتوبر/تشرين الأول", "تشرين الأول (أكتوبر)", "آذار - مارس"
    if (this.isPunct(j, '/-')) {
      const m2 = this.month(j + 1);
      if (m2 && m2.hijri === mon.hijri) j = m2.next;
    } else if (this.isPunct(j, '(')) {
      const m2 = this.month(j + 1);
      if (m2 && this.isPunct(m2.next, ')')) j = m2.next + 1;
    }
    // month-first day: "يناير 1", "سبتمبر 10, 2001", "مايو الحادي عشر"
    if (d === null) {
      const dd = this.dayAt(j);
      if (dd >= 0 && !(TOK_K[j] === K.Num && (TOK_E[j] as number) - (TOK_S[j] as number) > 2)) {
        const next = this.dNext;
        const y = this.yearAfterMonth(next, mon.hijri);
        if (y || this.clauseEnd(next)) {
          d = dd;
          j = next;
        }
      }
    }
    const y = this.yearAfterMonth(j, mon.hijri);
    if (y) j = y.next;
    // ambiguous month words need a day, a year or "شهر" before them
    const s = this.sAt(i) + cut;
    const prevShahr = this.is(i - 1, W_SHAHR);
    if (d === null && !y) {
      if (mon.ambiguous && !prevShahr && (mon.strict || !this.monthCue(i - 1))) return null;
      if (!mon.ambiguous && !prevShahr && !this.monthCue(i - 1) && this.looksGenitive(i - 1)) return null;
    }
    let start = s;
    if (d === null && !prevShahr && this.wordIn(i - 1, W_HADHA)) start = this.sAt(i - 1);
    // "يوم 14 دجنبر 2024": the span takes "يوم"
    if (d !== null && cut === 0 && this.wordIn(i - 1, W_YAWM_SET)) {
      start = this.sAt(i - 1) + (this.wordIn(i - 1, W_YAWM_SET)?.[1] ?? 0);
    }
    if (prevShahr && d === null) {
      start = this.sAt(i - 1);
      if (this.wordIn(i - 2, W_HADHA)) start = this.sAt(i - 2);
    }
    const e = this.eAt(j - 1);
    return this.monthCand(start, e, mon.hijri, m, d, y, j);
  }

  /** Cue words before a bare month name: "في يناير", "خلال شهر", "منذ أكتوبر". */
  monthCue(i: number): boolean {
    return !!this.wordIn(i, YEAR_P) || !!this.wordIn(i, W_HADHA) || this.is(i, W_MIN) || !!this.wordIn(i, CUE_MISC);
  }
  /** A bare unambiguous month after a noun is still a month ("هجمات سبتمبر"); no filter for now. */
  looksGenitive(_i: number): boolean {
    return false;
  }

  monthCand(
    s: number,
    e: number,
    hijri: boolean,
    m: number,
    d: number | null,
    y: { y: number; era: 'g' | 'h' | null } | null,
    next: number,
  ): Cand | null {
    // "الماضي"/"المقبل" after a month without a year: "سبتمبر الماضي", "يونيو القادم"
    let dir: Tense | null = null;
    if (!y) {
      if (this.wordIn(next, PAST)) dir = 'past';
      else if (this.wordIn(next, NEXT)) dir = 'future';
      const nx = this.is(next, W_MIN) ? next + 1 : next;
      const hadhaYear = this.wordIn(nx, W_HADHA) && this.wordIn(nx + 1, YEAR_DEF);
      if (dir) e = this.eAt(next);
      else if (
        hadhaYear ||
        (this.wordIn(nx, YEAR_DEF) &&
          (this.wordIn(nx + 1, PAST) || this.wordIn(nx + 1, NEXT) || this.wordIn(nx + 1, THIS)))
      ) {
        // "يونيو العام المقبل", "أبريل/نيسان من العام الماضي", "مارس من هذا العام"
        const shift = hadhaYear || this.wordIn(nx + 1, THIS) ? 0 : this.wordIn(nx + 1, NEXT) ? 1 : -1;
        e = this.eAt(nx + 1);
        return {
          s,
          e,
          grain: d === null ? 'month' : 'day',
          calendar: hijri ? 'hijri' : 'gregorian',
          hijri: null,
          relative: true,
          resolve: (ref) => {
            if (ref === null || hijri) return NONE();
            const yy = ymd(ref).y + shift;
            if (d === null) return R(isoMonth(yy, m));
            return isValidDay(yy, m, d) ? R(isoDay(dayNumber(yy, m, d))) : NONE();
          },
        };
      }
    }
    if (!hijri) {
      if (y && y.era === 'h') return null;
      if (y) {
        if (d === null)
          return {
            s,
            e,
            grain: 'month',
            calendar: 'gregorian',
            hijri: null,
            relative: false,
            monthly: true,
            mon: m,
            resolve: () => R(isoMonth(y.y, m)),
          };
        if (!isValidDay(y.y, m, d)) return null;
        const iso = isoDay(dayNumber(y.y, m, d));
        return {
          s,
          e,
          grain: 'day',
          calendar: 'gregorian',
          hijri: null,
          relative: false,
          resolve: () => R(iso),
          abs: iso,
          monthly: true,
        };
      }
      if (d === null)
        return {
          s,
          e,
          grain: 'month',
          calendar: 'gregorian',
          hijri: null,
          relative: true,
          monthly: true,
          mon: m,
          resolve: (ref, tense) => {
            if (ref === null) return NONE();
            // "ديسمبر الماضي" written in December is last year's
            const r = nearestMonth(
              dir === 'past' ? addMonths(ref, -1) : dir === 'future' ? addMonths(ref, 1) : ref,
              m,
              dir ?? tense,
            );
            return R(isoMonth(r.y, r.m));
          },
        };
      if (d > 31 || (m === 2 && d > 29) || ([4, 6, 9, 11].includes(m) && d > 30)) return null;
      return {
        s,
        e,
        grain: 'day',
        calendar: 'gregorian',
        hijri: null,
        relative: true,
        md: { m, d },
        monthly: true,
        resolve: (ref, tense) => {
          if (ref === null) return NONE();
          const r = nearestMonthDay(ref, m, d, dir ?? tense);
          return R(r === null ? null : isoDay(r));
        },
      };
    }
    // Hijri
    if (y && y.era === 'g') return null;
    if (y && y.y >= 1700) {
      // "رمضان 2019": the Hijri month that starts in that Gregorian year
      const yy = y.y;
      return {
        s,
        e,
        grain: d === null ? 'month' : 'day',
        calendar: 'hijri',
        hijri: null,
        relative: false,
        resolve: () => {
          const probe = dayToHijri(dayNumber(yy, 7, 1));
          for (let hy = probe.y - 1; hy <= probe.y + 1; hy++) {
            const st = hijriToDay(hy, m, d ?? 1);
            if (st !== null && ymd(st).y === yy) {
              if (d !== null) return R(isoDay(st));
              const rg = hijriMonthRange(hy, m);
              return rg ? R(null, isoDay(rg[0]), isoDay(rg[1])) : NONE();
            }
          }
          return NONE();
        },
      };
    }
    if (y) {
      const hy = y.y;
      if (d === null) {
        const rg = hijriMonthRange(hy, m);
        if (!rg) return null;
        return {
          s,
          e,
          grain: 'month',
          calendar: 'hijri',
          hijri: `${isoYear(hy)}-${String(m).padStart(2, '0')}`,
          relative: false,
          resolve: () => R(null, isoDay(rg[0]), isoDay(rg[1])),
        };
      }
      const day = hijriToDay(hy, m, d);
      if (day === null) return null;
      const iso = isoDay(day);
      return {
        s,
        e,
        grain: 'day',
        calendar: 'hijri',
        hijri: `${isoYear(hy)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        relative: false,
        resolve: () => R(iso),
        abs: iso,
      };
    }
    if (d === null)
      return {
        s,
        e,
        grain: 'month',
        calendar: 'hijri',
        hijri: null,
        relative: true,
        resolve: (ref, tense) => {
          if (ref === null) return NONE();
          const r = nearestHijri(ref, m, 1, dir ?? tense);
          if (!r) return NONE();
          const rg = hijriMonthRange(r.hy, m);
          return rg ? R(null, isoDay(rg[0]), isoDay(rg[1])) : NONE();
        },
      };
    return {
      s,
      e,
      grain: 'day',
      calendar: 'hijri',
      hijri: null,
      relative: true,
      resolve: (ref, tense) => {
        if (ref === null) return NONE();
        const r = nearestHijri(ref, m, d, dir ?? tense);
        return R(r ? isoDay(r.day) : null);
      },
    };
  }

  /** "20 من الشهر المقبل", "31 من هذا الشهر", "العاشر من الشهر الجاري". */
  dayOfRelativeMonth(i: number, d: number, j: number, cut: number): Cand | null {
    let k = j;
    if (this.is(k, W_FI)) k++;
    // an ordinal word needs "من"/"في" before the month: "المرحلة الثانية الشهر المقبل" is not a day
    if (this.kAt(i) === K.Word && k === j && !this.is(j - 1, W_MIN)) return null;
    let shift: number | null = null;
    if (this.wordIn(k, W_HADHA) && this.is(k + 1, F('الشهر'))) {
      shift = 0;
      k += 2;
    } else if (this.wordIn(k, W_ALSHAHR)) {
      if (this.wordIn(k + 1, PAST)) shift = -1;
      else if (this.wordIn(k + 1, NEXT)) shift = 1;
      else if (this.wordIn(k + 1, THIS)) shift = 0;
      k += 2;
    }
    if (shift === null) return null;
    const sh = shift;
    // "يوم 15 من الشهر الجاري": the span takes "يوم"
    const yawm = cut === 0 && this.wordIn(i - 1, W_YAWM_SET);
    return {
      s: yawm ? this.sAt(i - 1) + (yawm as [string, number])[1] : this.sAt(i) + cut,
      e: this.eAt(k - 1),
      grain: 'day',
      calendar: 'gregorian',
      hijri: null,
      relative: true,
      monthly: true,
      resolve: (ref) => {
        if (ref === null) return NONE();
        const r = ymd(addMonths(dayNumber(ymd(ref).y, ymd(ref).m, 1), sh));
        return isValidDay(r.y, r.m, d) ? R(isoDay(dayNumber(r.y, r.m, d))) : NONE();
      },
    };
  }

  /** 13/12/2024, 13-12-2024, 13.12.2024, 2024-12-13, 2024/12/13, 3/2015, 2015/3, and (after a cue) 22/4. */
  numeric(i: number): Cand | null {
    // the shape first: digits, one of "/-." and digits, glued
    if (this.kAt(i) !== K.Num || (this.glued(i) && this.kAt(i - 1) !== K.Word)) return null;
    if (!this.isPunct(i + 1, '/-.') || !this.glued(i + 1) || !this.glued(i + 2) || this.kAt(i + 2) !== K.Num)
      return null;
    return this.numericDate(i);
  }
  numericDate(i: number): Cand | null {
    const a = this.tok(i);
    if (!a || a.k !== K.Num || (this.glued(i) && this.kAt(i - 1) !== K.Word)) return null;
    const sep = this.tok(i + 1);
    if (!sep || sep.k !== K.Punct || !'/-.'.includes(sep.t) || !this.glued(i + 1) || !this.glued(i + 2)) return null;
    const b = this.tok(i + 2);
    if (!b || b.k !== K.Num) return null;
    const three = this.isPunct(i + 3, sep.t) && this.glued(i + 3) && this.kAt(i + 4) === K.Num && this.glued(i + 4);
    const mk = (endTok: number, grain: Grain, iso: string, rel = false, res?: Cand['resolve']): Cand => ({
      s: a.s,
      e: this.eAt(endTok),
      grain,
      calendar: 'gregorian',
      hijri: null,
      relative: rel,
      resolve: res ?? (() => R(iso)),
      abs: grain === 'day' && !rel ? iso : undefined,
    });
    if (three) {
      const c = this.tok(i + 4) as Tok;
      // more groups ("1/2/3/4", an IP or a phone number) are not dates
      if (this.isPunct(i + 5, '/-.') && this.glued(i + 5) && this.kAt(i + 6) === K.Num) return null;
      if (a.t.length === 4) {
        const [y, m, d] = [Number(a.t), Number(b.t), Number(c.t)];
        if (y < 1000 || !isValidDay(y, m, d) || c.t.length > 2) return null;
        return mk(i + 4, 'day', isoDay(dayNumber(y, m, d)));
      }
      if (a.t.length > 2 || b.t.length > 2) return null;
      let y = Number(c.t);
      if (c.t.length === 2) y += y <= 50 ? 2000 : 1900;
      else if (c.t.length !== 4) return null;
      let [d, m] = [Number(a.t), Number(b.t)];
      if (!isValidDay(y, m, d)) [d, m] = [m, d];
      if (!isValidDay(y, m, d)) return null;
      return mk(i + 4, 'day', isoDay(dayNumber(y, m, d)));
    }
    if (sep.t === '.') return null; // "4.22" is a decimal number
    // more digits after: "2014-2015" is a range of years, "1/2/" noise
    if (this.isPunct(i + 3, '/-.') && this.glued(i + 3)) return null;
    if (a.t.length === 4 || b.t.length === 4) {
      const [y, m] = a.t.length === 4 ? [Number(a.t), Number(b.t)] : [Number(b.t), Number(a.t)];
      if ((a.t.length === 4 ? b.t.length : a.t.length) > 2 || m < 1 || m > 12 || y < 1900 || y > 2100) return null;
      return mk(i + 2, 'month', isoMonth(y, m));
    }
    if (a.t.length > 2 || b.t.length > 2) return null;
    // day/month without a year only after a cue ("في 22/4", "يوم 13/12", "بتاريخ 5/6"), or with "/"
    // at the end of a clause ("سأعود 22/04"); "d/m, yyyy" takes the year
    let [d, m] = [Number(a.t), Number(b.t)];
    if (m > 12 && d <= 12) [d, m] = [m, d];
    if (m < 1 || m > 12 || d < 1 || d > 31 || (m === 2 && d > 29)) return null;
    if (this.isPunct(i + 3, ',') && this.kAt(i + 4) === K.Num) {
      const yt = this.tAt(i + 4) as string;
      const y = yt.length === 4 ? Number(yt) : yt.length === 2 ? 2000 + Number(yt) : 0;
      if (y >= 1900 && y <= 2100 && isValidDay(y, m, d) && this.clauseEnd(i + 5))
        return mk(i + 4, 'day', isoDay(dayNumber(y, m, d)));
    }
    const cue = !!this.wordIn(i - 1, NUMERIC_CUES) || !!this.wordMap(i - 1, WEEKDAY);
    if (
      !cue &&
      !(sep.t === '/' && this.clauseEnd(i + 3) && !this.isPunct(i - 1, '/-.') && !this.wordIn(i - 1, NUM_LEADS))
    )
      return null;
    return mk(i + 2, 'day', '', true, (ref, tense) => {
      if (ref === null) return NONE();
      const r = nearestMonthDay(ref, m, d, tense);
      return R(r === null ? null : isoDay(r));
    });
  }

  /** A lone year with a cue: "عام 2014", "العام 2020", "في 2014", "منذ 2011", "2014م", "1436 هـ",
   *  and "عامي 2014 و2015" (two). */
  lonelyYear(i: number): Cand[] {
    if (i < 0 || i >= this.n) return NO_CANDS;
    const ts = TOK_S[i] as number;
    const noun = this.wordIn(i, YEAR_N);
    const dual = !noun && this.wordIn(i, YEAR_2);
    if (noun || dual) {
      const y = this.year(i + 1, 1000, 2100) ?? this.year(i + 1, 1, 1600);
      if (!y) return NO_CANDS;
      if (y.era === null && (y.y < 1000 || this.countedNoun(y.next))) return NO_CANDS;
      const first = this.yearCand(ts + (noun ? noun[1] : (dual as [string, number])[1]), this.eAt(y.next - 1), y);
      if (!first) return NO_CANDS;
      const out = [first];
      if (dual) {
        // "و2015" or "و 2015"
        let j = y.next;
        if (this.is(j, W_WA)) j++;
        const y2 = this.kAt(j) === K.Num && this.tAt(j - 1) === W_WA ? this.year(j, 1000, 2100) : null;
        if (y2) {
          const c2 = this.yearCand(this.sAt(j), this.eAt(y2.next - 1), y2);
          if (c2) out.push(c2);
        }
      }
      return out;
    }
    if (TOK_K[i] !== K.Num || (TOK_E[i] as number) - ts !== 4) return NO_CANDS;
    const y = this.year(i, 1000, 2100) ?? this.year(i, 1, 1600);
    if (!y) return NO_CANDS;
    if (y.era !== null) {
      const c = this.yearCand(ts, this.eAt(y.next - 1), y);
      return c ? [c] : NO_CANDS;
    }
    if (y.y < 1900 || y.y > 2100) return NO_CANDS;
    // a preposition or a period word before it: "في 2014", "منذ 2011", "مطلع 2024", "صيف 2016"
    const prev = this.wordIn(i - 1, YEAR_P) ?? this.wordIn(i - 1, EVENT_NOUNS);
    const part = this.wordMap(i - 1, PARTS);
    const yearAfterWa = this.is(i - 1, W_WA) && this.wordIn(i - 3, YEAR_P);
    if (!prev && !part && !yearAfterWa && !this.rangeYear(i)) return NO_CANDS;
    if (this.countedNoun(y.next)) return NO_CANDS;
    if (this.glued(i) && this.kAt(i - 1) === K.Word && this.tAt(i - 1) !== W_WA) return NO_CANDS;
    if (part) {
      const p = part[0];
      const yy = y.y;
      return [
        {
          s: this.sAt(i - 1) + part[1],
          e: this.eAt(i),
          grain: 'year',
          calendar: 'gregorian',
          hijri: null,
          relative: false,
          resolve: () => {
            const [a, b] = partOfYear(yy, p);
            return R(isoYear(yy), a, b);
          },
        },
      ];
    }
    const c = this.yearCand(ts, this.eAt(y.next - 1), y);
    return c ? [c] : NO_CANDS;
  }

  /** "بين 2014 و2016", "من 2014 إلى 2016": the second year of a range. */
  rangeYear(i: number): boolean {
    if (i < 1 || i > this.n) return false;
    if (
      this.textIs(i - 1, W_WA) ||
      this.textIs(i - 1, W_ILA) ||
      this.textIs(i - 1, W_HATTA_1) ||
      this.textIs(i - 1, '-')
    ) {
      return (
        this.kAt(i - 2) === K.Num &&
        (TOK_E[i - 2] as number) - (TOK_S[i - 2] as number) === 4 &&
        Number(this.tAt(i - 2)) >= 1900 &&
        !!this.wordIn(i - 3, RANGE_CUES) &&
        !this.wordIn(i + 1, MEASURES)
      );
    }
    return false;
  }

  yearCand(s: number, e: number, y: { y: number; era: 'g' | 'h' | null }): Cand | null {
    if (y.era === 'h') {
      if (y.y < 1 || y.y > 1600) return null;
      const hy = y.y;
      const a = hijriToDay(hy, 1, 1);
      const b = hijriToDay(hy + 1, 1, 1);
      return {
        s,
        e,
        grain: 'year',
        calendar: 'hijri',
        hijri: isoYear(hy),
        relative: false,
        resolve: () => (a !== null && b !== null ? R(null, isoDay(a), isoDay(b - 1)) : NONE()),
      };
    }
    if (y.y < 1000 || y.y > 2100) return null;
    const iso = isoYear(y.y);
    return { s, e, grain: 'year', calendar: 'gregorian', hijri: null, relative: false, resolve: () => R(iso) };
  }

  /** "2015 شخصا", "2014 حالة": a counted noun after the number means it is a count. */
  countedNoun(i: number): boolean {
    if (this.kAt(i) !== K.Word || this.clauseEnd(i)) return false;
    const w = this.tAt(i) as string;
    if (NOT_COUNTED.includes(w)) return false;
    return w.endsWith('ا') && w.length >= 3 && !w.startsWith('ال');
  }

  /** Weekdays, alone or with a date, a modifier or a week: "يوم الجمعة", "الأحد الماضي",
   *  "الأربعاء، 22 يناير", "الجمعة من الأسبوع المقبل", "الخميس 21". */
  weekdayAt(i: number): Cand | null {
    const w = this.wordMap(i, WEEKDAY);
    if (!w) return null;
    const wd = w[0];
    // the word must carry "ال" (after proclitics): "جمعة" alone is a name
    const bare = this.formAt(i, w[1]);
    if (!bare.startsWith('ال')) return null;
    const ts = this.sAt(i);
    const te = this.eAt(i);
    let s = ts + w[1];
    const lead = this.wordIn(i - 1, WD_LEADS);
    if (!lead) {
      if (this.wordIn(i - 1, WD_BLOCK)) return null;
      if (W_ISNAYN_AHAD.has(wd)) {
        if (this.wordIn(i - 1, W_TWO_BLOCK) && !this.wordMap(i + 2, WEEKDAY) && !this.wordMap(i + 1, WEEKDAY))
          return null;
        if (this.wordIn(i + 1, WD_AFTER_BLOCK)) return null;
      }
    }
    if (lead && lead[0] === W_YAWM) s = this.sAt(i - 1) + lead[1];
    if (this.wordIn(i - 1, W_HADHA) || (lead && lead[0] === W_YAWM && this.wordIn(i - 2, W_HADHA))) {
      s = this.sAt(lead && lead[0] === W_YAWM ? i - 2 : i - 1);
    }
    // a date after it: "الأربعاء، 22 يناير 2025", "الخميس الموافق 14 شباط"
    let j = i + 1;
    if (this.isPunct(j, ',،-')) j++;
    if (this.wordIn(j, W_MUWAFIQ) || this.is(j, W_YAWM) || this.is(j, W_FI)) j++;
    const ex = this.explicit(j) ?? this.numeric(j);
    if (ex && ex.grain === 'day') return this.weekdayWithDate(ex, s, wd, this.kAt(j) === K.Word);
    // "الخميس 21", "الجمعة في الثانية والعشرين"; an ordinal word alone is "the n-th" ("الأحد السادس")
    let k = i + 1;
    if (this.is(k, W_FI)) k++;
    let dd = this.day(k);
    // "السبت السادس عشر" is a day of the month; "الأحد السادس" alone is "the sixth Sunday"
    if (dd && k === i + 1 && this.kAt(k) !== K.Num && dd.next === k + 1) dd = null;
    if (dd && (this.clauseEnd(dd.next) || this.wordIn(dd.next, FUNCTION_WORDS))) {
      const d = dd.d;
      return {
        s,
        e: this.eAt(dd.next - 1),
        grain: 'day',
        calendar: 'gregorian',
        hijri: null,
        relative: true,
        resolve: (ref, tense) => {
          if (ref === null) return NONE();
          // the nearest day d that falls on weekday wd
          let best: number | null = null;
          for (let k2 = -12; k2 <= 12; k2++) {
            const r = ymd(addMonths(dayNumber(ymd(ref).y, ymd(ref).m, 1), k2));
            if (!isValidDay(r.y, r.m, d)) continue;
            const day = dayNumber(r.y, r.m, d);
            if (weekday(day) !== wd) continue;
            if (tense === 'future' && day < ref) continue;
            if (best === null || Math.abs(day - ref) < Math.abs(best - ref)) best = day;
          }
          return R(best === null ? null : isoDay(best));
        },
      };
    }
    // "السبت الثاني" (of this month): ordinals 1–5 at a clause end
    const ord = this.wordMap(i + 1, ORD_UNITS);
    if (ord && ord[0] <= 5 && ord[0] >= 1 && this.clauseEnd(i + 2)) {
      const n = ord[0];
      return {
        s,
        e: this.eAt(i + 1),
        grain: 'day',
        calendar: 'gregorian',
        hijri: null,
        relative: true,
        resolve: (ref) => {
          if (ref === null) return NONE();
          const { y, m } = ymd(ref);
          const first = dayNumber(y, m, 1);
          const day = first + ((wd - weekday(first) + 7) % 7) + 7 * (n - 1);
          return ymd(day).m === m ? R(isoDay(day)) : NONE();
        },
      };
    }
    // modifiers and weeks
    let e = te;
    let mode: 'past' | 'future' | 'before' | 'after' | 'week' | null = null;
    let weekShift = 0;
    k = i + 1;
    if (this.wordIn(k, PAST)) {
      mode = 'before';
      e = this.eAt(k);
    } else if (this.wordIn(k, NEXT)) {
      mode = 'after';
      e = this.eAt(k);
    } else {
      if (this.is(k, W_MIN)) k++;
      const wk = this.weekRef(k);
      if (wk) {
        mode = 'week';
        weekShift = wk.shift;
        e = wk.e;
      }
    }
    const m0 = mode;
    const shift = weekShift;
    return {
      s,
      e,
      grain: 'day',
      calendar: 'gregorian',
      hijri: null,
      relative: true,
      resolve: (ref, tense) => {
        if (ref === null) return NONE();
        if (m0 === 'week') return R(isoDay(inWeek(weekStart(ref) + 7 * shift, wd)));
        const dir = m0 ?? (tense === 'future' ? 'future' : 'past');
        return R(isoDay(weekdayFrom(ref, wd, dir)));
      },
    };
  }

  /** A weekday with a date: the date's value; a date without a year takes the year in which it falls
   *  on that weekday; "الثلاثاء الثالث من شهر أيلول" (a Wednesday) is the third Tuesday of the month. */
  weekdayWithDate(ex: Cand, s: number, wd: number, ordinalWord: boolean): Cand {
    const md = ex.md;
    return respan(ex, s, ex.today, (ref, tense) => {
      const r = ex.resolve(ref, tense);
      if (md && ref !== null) {
        const y0 = ymd(ref).y;
        let best: number | null = null;
        for (const y of [y0, y0 + 1, y0 - 1]) {
          if (!isValidDay(y, md.m, md.d)) continue;
          const day = dayNumber(y, md.m, md.d);
          if (weekday(day) === wd && (best === null || Math.abs(day - ref) < Math.abs(best - ref))) best = day;
        }
        if (best !== null) return R(isoDay(best));
      }
      const v = r.value;
      if (v && v.length === 10 && ordinalWord) {
        const day = dayOf(v);
        if (day !== null && weekday(day) !== wd) {
          const { y, m, d } = ymd(day);
          if (d <= 5) {
            const first = dayNumber(y, m, 1);
            const nth = first + ((wd - weekday(first) + 7) % 7) + 7 * (d - 1);
            if (ymd(nth).m === m) return R(isoDay(nth));
          }
        }
      }
      return r;
    });
  }

  /** "هذا الأسبوع", "الأسبوع المقبل", "الأسبوع الماضي" at i → week shift and end. */
  weekRef(i: number): { shift: number; e: number; next: number } | null {
    if (this.wordIn(i, W_HADHA) && this.wordIn(i + 1, W_WEEK)) return { shift: 0, e: this.eAt(i + 1), next: i + 2 };
    if (this.wordIn(i, W_WEEK)) {
      if (this.wordIn(i + 1, PAST)) return { shift: -1, e: this.eAt(i + 1), next: i + 2 };
      if (this.wordIn(i + 1, NEXT)) return { shift: 1, e: this.eAt(i + 1), next: i + 2 };
      if (this.wordIn(i + 1, THIS)) return { shift: 0, e: this.eAt(i + 1), next: i + 2 };
    }
    return null;
  }

  /** اليوم، أمس، الأمس، غدا، بعد غد، أول أمس، الليلة الماضية, with "يوم" and a following weekday. */
  dayWord(i: number): Cand | null {
    if (this.kAt(i) !== K.Word) return null;
    const ts = this.sAt(i);
    let off: number | null = null;
    let s = ts;
    let e = this.eAt(i);
    let j = i + 1;
    // "أول أمس", "أول من أمس", "قبل أمس", "قبل يوم أمس", "بعد غد", "بعد الغد"
    const isAms = (k: number) => !!this.wordIn(k, W_AMS_SET);
    if (this.wordIn(i, W_AWWAL_SET) && (isAms(i + 1) || (this.is(i + 1, W_MIN) && isAms(i + 2)))) {
      off = -2;
      j = isAms(i + 1) ? i + 2 : i + 3;
    } else if (this.is(i, W_QABL) && (isAms(i + 1) || (this.is(i + 1, W_YAWM) && isAms(i + 2)))) {
      off = -2;
      j = isAms(i + 1) ? i + 2 : i + 3;
    } else if (this.wordIn(i, W_BAAD_SET) && this.wordIn(i + 1, W_GHAD)) {
      off = 2;
      j = i + 2;
    } else if (this.wordIn(i, W_LAYLA_SET) && this.wordIn(i + 1, PAST)) {
      off = -1;
      j = i + 2;
    } else {
      const dw = this.wordMap(i, DAYW);
      if (!dw) return null;
      off = dw[0];
      s = ts + dw[1];
      const bare = this.formAt(i, dw[1]);
      if (isAms(i) && this.wordIn(i + 1, W_ALAWWAL_SET)) {
        off = -2;
        j = i + 2;
      }
      // "اليوم الذي بعد الغد", "اليوم الذي قبل أمس", "اليوم القبل البارحة"
      if (bare === W_TODAY) {
        let q = i + 1;
        if (this.wordIn(q, W_REL_PRON)) q++;
        const before = this.is(q, W_QABL) || this.is(q, F('القبل'));
        const afterW = this.is(q, W_BAAD);
        if ((before && this.wordIn(q + 1, W_YESTERDAY)) || (afterW && this.wordIn(q + 1, W_GHAD))) {
          return {
            s,
            e: this.eAt(q + 1),
            grain: 'day',
            calendar: 'gregorian',
            hijri: null,
            relative: true,
            resolve: (ref) => (ref === null ? NONE() : R(isoDay(ref + (before ? -2 : 2)))),
          };
        }
      }
      // "اليوم الثالث من أكتوبر": the day is the date
      if (bare === W_TODAY) {
        const ex = this.explicit(i + 1);
        if (ex && ex.grain === 'day') return respan(ex, s, ex.today, ex.resolve);
        if (this.wordIn(i + 1, PAST)) {
          off = -1;
          j = i + 2;
        }
        // "في اليوم التالي": the day after the event told, not after the reference date → value null
        if (this.wordIn(i + 1, W_NEXT_DAY) && !this.wordIn(i - 1, NOWADAYS))
          return {
            s,
            e: this.eAt(i + 1),
            grain: 'day',
            calendar: 'gregorian',
            hijri: null,
            relative: true,
            resolve: NONE,
          };
      }
      if (bare === F('غد') && !this.is(i - 1, W_YAWM) && !this.is(i - 1, W_MIN) && !this.wordMap(i + 1, WEEKDAY))
        return null;
      // "الأمس واليوم", "اليوم وغدا"
      if (this.wordIn(i - 1, W_IDIOM_PREV) && this.tAt(i)?.startsWith(W_WA)) return null;
      // "90% عام 2019 إلى 68% اليوم": after a figure, "اليوم" is "nowadays"
      if (bare === W_TODAY && (this.kAt(i - 1) === K.Num || this.isPunct(i - 1, '%'))) return null;
      // "اليوم"/"الأمس"/"الغد" can mean nowadays/the past/the future
      if (bare.startsWith('ال')) {
        if (this.wordIn(i - 1, NOWADAYS)) return null;
        // "اليوم العالمي", "اليوم الأكثر ازدحاما", "اليوم السابع" (a newspaper, or the seventh day)
        if (this.wordIn(i + 1, TODAY_AFTER) || this.wordIn(i + 1, DAY_SUPER) || this.wordMap(i + 1, ORD_UNITS))
          return null;
        // "اليوم وغدا": an idiom for "always"
        if (this.wordIn(i + 1, W_IDIOM_NEXT)) return null;
        if (bare === W_TODAY && off === 0 && j === i + 1 && !this.todayContext(i)) return null;
      }
      // "يوم أمس", "يوم غد"
      if (this.is(i - 1, W_YAWM) && bare !== W_TODAY) s = this.sAt(i - 1);
      if (bare === F('غد') && this.is(i - 1, W_BAAD)) return null;
      if (bare === F('الغد') && this.is(i - 1, W_BAAD)) return null;
    }
    if ((off === 2 || off === -2) && this.is(i - 1, W_YAWM) && s === ts) s = this.sAt(i - 1);
    e = this.eAt(j - 1);
    // "اليوم الأحد", "أمس الأحد", "أمس الاثنين 12 يناير", "اليوم 6 مايو"
    let k = j;
    if (this.isPunct(k, ',،')) k++;
    // a date in apposition after a comma stays a fact of its own: "اليوم، الخامس عشر من أيار"
    const exd = k === j ? (this.explicit(k) ?? this.numeric(k)) : null;
    if (exd && exd.grain === 'day') return respan(exd, s, off === 0, exd.resolve);
    const wd = this.wordMap(k, WEEKDAY);
    if (wd) {
      const wc = this.weekdayAt(k);
      const o = off;
      if (wc)
        return respan(wc, s, off === 0, (ref, tense) =>
          wc.resolve(ref, tense).value && !wc.relative
            ? wc.resolve(ref, tense)
            : ref === null
              ? NONE()
              : R(isoDay(ref + o)),
        );
    }
    const o = off;
    return {
      s,
      e,
      grain: 'day',
      calendar: 'gregorian',
      hijri: null,
      relative: true,
      resolve: (ref) => (ref === null ? NONE() : R(isoDay(ref + o))),
    };
  }

  /** Definite periods: "الأسبوع الماضي", "هذا الشهر", "العام المقبل", "نهاية الأسبوع الماضي",
   *  "الأسبوعين الماضيين", "الأيام الثلاثة الماضية", "مطلع الشهر الجاري", and
   *  a part of a named month or year: "منتصف مارس", "أواخر عام 2023". */
  period(i: number): Cand | null {
    let k = i;
    let part: Part | null = null;
    let s = i >= 0 && i < this.n ? this.sAt(i) : 0;
    const p = this.wordMap(k, PARTS);
    if (p) {
      part = p[0];
      s += p[1];
      k++;
      if (this.is(k, W_MIN)) k++;
      // "منتصف مارس", "أواخر شهر آذار 2023", "مطلع عام 2024", "نهاية العام"
      if (this.is(k, W_SHAHR)) k++;
      const mon = this.month(k);
      if (mon) {
        const c = this.explicit(k);
        if (c && c.grain === 'month' && c.calendar === 'gregorian') {
          const pp = part;
          return respan(c, s, c.today, (ref, tense) => {
            const r = c.resolve(ref, tense);
            if (!r.value) return r;
            const [y, m] = r.value.split('-').map(Number) as [number, number];
            const [a, b] = partOfMonth(y, m, pp);
            return R(r.value, a, b);
          });
        }
        return null;
      }
      if (this.wordIn(k, YEAR_N)) {
        const y = this.year(k + 1, 1900, 2100);
        if (y && y.era !== 'h') {
          const yy = y.y;
          const pp = part;
          return {
            s,
            e: this.eAt(y.next - 1),
            grain: 'year',
            calendar: 'gregorian',
            hijri: null,
            relative: false,
            resolve: () => {
              const [a, b] = partOfYear(yy, pp);
              return R(isoYear(yy), a, b);
            },
          };
        }
      }
    }
    let hadha = false;
    if (this.wordIn(k, W_HADHA)) {
      hadha = true;
      if (!part) s = this.sAt(k);
      k++;
    }
    let u = this.wordMap(k, DEF_UNITS);
    // "النائب العام الحالي": "العام" is "general" here
    if (u && u[0].unit === 'year' && this.wordIn(k - 1, GENERAL)) return null;
    // "العقد الماضي", "العقدين الماضيين": decades are ten years
    let mult = 1;
    if (!u) {
      const dec = this.wordMap(k, DECADE_UNITS);
      if (!dec || part) return null;
      u = [dec[0] === null ? { unit: 'year' } : { unit: 'year', n: dec[0] }, dec[1]];
      mult = 10;
    }
    if (!part && !hadha) s = this.sAt(k) + u[1];
    const unit = u[0].unit;
    let n = u[0].n ?? null;
    let j = k + 1;
    let vague = false;
    // "الأسبوع بعد القادم"
    let after = 0;
    if (n === 1 && this.is(j, W_BAAD) && this.wordIn(j + 1, NEXT)) {
      after = 1;
      j++;
    }
    // "الأيام الثلاثة الماضية", "الأشهر الستة المقبلة", "الأيام القليلة الماضية", "الأشهر 3 القادمة"
    if (u[0].n === undefined) {
      const c = this.wordMap(j, COUNTS);
      if (c) {
        n = c[0];
        j++;
      } else if (this.kAt(j) === K.Num && (TOK_E[j] as number) - (TOK_S[j] as number) <= 3) {
        n = Number(this.tAt(j));
        j++;
      } else if (this.wordIn(j, VAGUE)) {
        vague = true;
        j++;
      } else if (this.fact(j)) {
        n = (this.fact(j) as NumberFact).value;
        j = this.indexAfter(this.factEnd(j));
      }
    }
    // "الأشهر الثلاثة الأولى من 2024", "الأشهر الستة الأخيرة من العام الماضي"
    if (unit === 'month' && n !== null && n <= 12 && !part && (this.wordIn(j, W_FIRST_F) || this.wordIn(j, W_LAST_F))) {
      const first = !!this.wordIn(j, W_FIRST_F);
      let q = j + 1;
      if (this.is(q, W_MIN)) q++;
      const yc = this.wordIn(q, YEAR_N) || this.wordIn(q, W_HADHA) ? (this.period(q) ?? this.lonelyYear(q)[0]) : null;
      const y = yc ? null : this.year(q, 1900, 2100);
      if (yc?.grain === 'year' || (y && y.era !== 'h')) {
        const N = n;
        return {
          s,
          e: yc ? yc.e : this.eAt((y as { next: number }).next - 1),
          grain: 'month',
          calendar: 'gregorian',
          hijri: null,
          relative: !!yc?.relative,
          resolve: (ref, tense) => {
            const yy = y ? y.y : Number(yc?.resolve(ref, tense).value ?? Number.NaN);
            if (!Number.isFinite(yy)) return NONE();
            const [m1, m2] = first ? [1, N] : [13 - N, 12];
            return R(null, isoDay(dayNumber(yy, m1, 1)), isoDay(dayNumber(yy, m2, daysInMonth(yy, m2))));
          },
        };
      }
    }
    let dir: -1 | 0 | 1 | null = hadha ? 0 : null;
    if (dir === null) {
      if (this.wordIn(j, PAST)) dir = -1;
      else if (this.wordIn(j, NEXT)) dir = 1;
      else if (this.wordIn(j, THIS)) dir = 0;
      if (dir !== null) j++;
      else if (vague && j - 1 >= 0 && j - 1 < this.n && this.wordIn(j - 1, W_AKHIRA_SET)) dir = -1; // "الأيام الأخيرة"
    }
    if (dir === null) {
      // a part with a bare unit: "نهاية الأسبوع", "مطلع الشهر", "منتصف العام"
      if (part && n === 1) dir = 0;
      else return null;
    }
    const e = this.eAt(j - 1);
    const d0 = dir + (dir > 0 ? after : 0);
    if (mult !== 1 && n !== null) {
      n *= mult;
      if (u[0].n === 1) vague = false;
    }
    // "عطلة نهاية الأسبوع"
    if (part === 'end' && unit === 'week' && this.wordIn(i - 1, W_UTLA)) s = this.sAt(i - 1);
    const single = n === 1 && !vague && u[0].n === 1 && mult === 1;
    const pp = part;
    // a weekday after "الأسبوع المقبل [يوم] الجمعة"
    if (single && unit === 'week' && !pp) {
      let q = j;
      if (this.is(q, W_YAWM)) q++;
      const wd = this.wordMap(q, WEEKDAY);
      if (wd) {
        const wdn = wd[0];
        return {
          s,
          e: this.eAt(q),
          grain: 'day',
          calendar: 'gregorian',
          hijri: null,
          relative: true,
          resolve: (ref) => (ref === null ? NONE() : R(isoDay(inWeek(weekStart(ref) + 7 * d0, wdn)))),
        };
      }
    }
    const grain: Grain = unit;
    const anaphor = single && (unit === 'year' || unit === 'month') && this.wordIn(j - 1, W_ANAPHOR) ? d0 : undefined;
    return {
      anaphor,
      s,
      e,
      grain,
      calendar: 'gregorian',
      hijri: null,
      relative: true,
      resolve: (ref) => {
        if (ref === null || vague) return NONE();
        if (single) {
          if (unit === 'week') {
            const ws = weekStart(ref) + 7 * d0;
            const [a, b] = pp ? partOfWeek(ws, pp) : [isoDay(ws), isoDay(ws + 6)];
            return R(null, a, b);
          }
          if (unit === 'month') {
            const r = ymd(addMonths(dayNumber(ymd(ref).y, ymd(ref).m, 1), d0));
            if (!pp) return R(isoMonth(r.y, r.m));
            const [a, b] = partOfMonth(r.y, r.m, pp);
            return R(isoMonth(r.y, r.m), a, b);
          }
          if (unit === 'year') {
            const y = ymd(ref).y + d0;
            if (!pp) return R(isoYear(y));
            const [a, b] = partOfYear(y, pp);
            return R(isoYear(y), a, b);
          }
          return R(isoDay(ref + d0));
        }
        if (n === null) return NONE();
        const back = (x: number): number =>
          unit === 'day' ? ref - x : unit === 'week' ? ref - 7 * x : addMonths(ref, -(unit === 'month' ? x : 12 * x));
        const fwd = (x: number): number =>
          unit === 'day' ? ref + x : unit === 'week' ? ref + 7 * x : addMonths(ref, unit === 'month' ? x : 12 * x);
        if (d0 <= 0) return R(null, isoDay(back(n)), isoDay(ref));
        return R(null, isoDay(ref), isoDay(fwd(n)));
      },
    };
  }

  /** "قبل ثلاثة أيام", "منذ يومين", "قبل أسبوع", "بعد أسبوعين", "قبل سنوات" (value null),
   *  "3 أيام القادمة", "آخر 3 سنوات". */
  ago(i: number): Cand | null {
    const w = this.wordIn(i, AGO_WORDS);
    if (!w) return null;
    const ts = this.sAt(i);
    const sign = w[0] === W_BAAD ? 1 : -1;
    let j = i + 1;
    let n: number | null = null;
    let vague = false;
    if (j >= this.n) return null;
    if (TOK_K[j] === K.Num && (TOK_E[j] as number) - (TOK_S[j] as number) <= 3) {
      n = Number(this.tAt(j));
      j++;
    } else if (this.fact(j) !== undefined) {
      const nn = this.fact(j) as NumberFact;
      if (nn.ordinal || !Number.isInteger(nn.value)) return null;
      n = nn.value;
      j = this.indexAfter(this.factEnd(j));
    } else if (this.wordMap(j, COUNTS)) {
      n = (this.wordMap(j, COUNTS) as [number, number])[0];
      j++;
    } else if (this.wordIn(j, VAGUE)) {
      vague = true;
      j++;
    }
    const u = this.wordMap(j, UNITS);
    if (!u) return null;
    if (n === null && !vague) {
      if (u[0].n !== undefined) n = u[0].n;
      else if (VAGUE_PLURALS.includes(this.tAt(j) ?? '')) vague = true;
      else return null;
    }
    // "قبل ثلاثة أيام من الانتخابات", "بعد يومين على الهجوم": relative to another event
    // "بعد سنة ثقيلة": an adjective after the unit makes it a noun phrase, not a date
    if (n !== null && this.kAt(j + 1) === K.Word) {
      const adj = this.tAt(j + 1) as string;
      if (!adj.startsWith('ال') && adj.endsWith('ه') && this.tAt(j)?.endsWith('ه')) return null;
    }
    let fromNow = false;
    if (this.is(j + 1, W_MIN) && this.wordIn(j + 2, W_NOW)) fromNow = true;
    else if (this.is(j + 1, W_MIN) || (sign > 0 && this.is(j + 1, W_ALA))) return null;
    // "قليلة" after the plural: "قبل أيام قليلة"
    let end = fromNow ? j + 2 : j;
    if (this.wordIn(j + 1, W_QALILA_SET)) {
      vague = true;
      end = j + 1;
    }
    // "بعد يومين" only with a future cue is a date after the reference; keep both directions
    const unit = u[0].unit;
    const nn = n;
    return {
      s: ts + w[1],
      e: this.eAt(end),
      grain: unit === 'year' ? 'year' : 'day',
      calendar: 'gregorian',
      hijri: null,
      relative: true,
      resolve: (ref) => {
        if (ref === null || vague || nn === null) return NONE();
        const x = sign * nn;
        const day =
          unit === 'day' ? ref + x : unit === 'week' ? ref + 7 * x : addMonths(ref, unit === 'month' ? x : 12 * x);
        // "قبل عشر سنوات" → the year; days, weeks and months → the day
        return R(unit === 'year' ? isoYear(ymd(day).y) : isoDay(day));
      },
    };
  }

  /** "يوم 27" (of this month). */
  dayOnly(i: number): Cand | null {
    if (!this.is(i, W_YAWM)) return null;
    const d = this.day(i + 1);
    if (!d || this.kAt(i + 1) !== K.Num || !this.clauseEnd(d.next)) return null;
    const dd = d.d;
    return {
      s: this.sAt(i),
      e: this.eAt(d.next - 1),
      grain: 'day',
      calendar: 'gregorian',
      hijri: null,
      relative: true,
      resolve: (ref, tense) => {
        if (ref === null) return NONE();
        const { y, m } = ymd(ref);
        let best: number | null = null;
        for (let k = -1; k <= 1; k++) {
          const r = ymd(addMonths(dayNumber(y, m, 1), k));
          if (!isValidDay(r.y, r.m, dd)) continue;
          const day = dayNumber(r.y, r.m, dd);
          if (tense === 'future' && day < ref) continue;
          if (tense !== 'future' && day > ref && k > 0) continue;
          if (best === null || Math.abs(day - ref) < Math.abs(best - ref)) best = day;
        }
        return R(best === null ? null : isoDay(best));
      },
    };
  }

  /** "عيد الفطر", "عيد الأضحى 2013", "رأس السنة الهجرية", "عيد الميلاد 2020". */
  holiday(i: number): Cand | null {
    const t = this.tok(i);
    if (!t || t.k !== K.Word) return null;
    const fs = tokForms(t);
    let first = false;
    for (let x = 0; x < fs.length && !first; x++) if (HOLIDAY_FIRST.has((fs[x] as [string, number])[0])) first = true;
    if (!first) return null;
    for (const h of HOLIDAYS) {
      let ok = true;
      let cut = 0;
      // the first word by its forms ("وعيد"), the others as written
      const h0 = h.toks[0] as string;
      let f: [string, number] | undefined;
      for (let x = 0; x < fs.length && f === undefined; x++) if ((fs[x] as [string, number])[0] === h0) f = fs[x];
      if (f) cut = f[1];
      else ok = false;
      for (let q = 1; q < h.toks.length && ok; q++) {
        if (i + q >= this.n || !this.textIs(i + q, h.toks[q] as string)) ok = false;
      }
      if (!ok) continue;
      let j = i + h.toks.length;
      const y = this.yearAfterMonth(j, h.hijri);
      if (y) j = y.next;
      const { m, d, hijri } = h;
      return {
        s: t.s + cut,
        e: this.eAt(j - 1),
        grain: 'day',
        calendar: hijri ? 'hijri' : 'gregorian',
        hijri: null,
        relative: !y,
        resolve: (ref, tense) => {
          if (y && !hijri) return isValidDay(y.y, m, d) ? R(isoDay(dayNumber(y.y, m, d))) : NONE();
          if (y && hijri && (y.era === 'h' || y.y < 1700)) {
            const day = hijriToDay(y.y, m, d);
            return R(day === null ? null : isoDay(day));
          }
          if (y && hijri) {
            const probe = dayToHijri(dayNumber(y.y, 7, 1));
            for (let hy = probe.y - 1; hy <= probe.y + 1; hy++) {
              const day = hijriToDay(hy, m, d);
              if (day !== null && ymd(day).y === y.y) return R(isoDay(day));
            }
            return NONE();
          }
          if (ref === null) return NONE();
          if (hijri) {
            const r = nearestHijri(ref, m, d, tense);
            return R(r ? isoDay(r.day) : null);
          }
          const r = nearestMonthDay(ref, m, d, tense);
          return R(r === null ? null : isoDay(r));
        },
      };
    }
    return null;
  }

  /** "عيد الفصح", "عيد الفصح 2013": Western Easter Sunday. */
  easter(i: number): Cand | null {
    const w = this.wordIn(i, W_EID);
    if (!w || !this.is(i + 1, F('الفصح'))) return null;
    let j = i + 2;
    const y = this.yearAfterMonth(j, false);
    if (y && y.era !== 'h') j = y.next;
    const Y = y && y.era !== 'h' ? y.y : null;
    return {
      s: this.sAt(i) + w[1],
      e: this.eAt(j - 1),
      grain: 'day',
      calendar: 'gregorian',
      hijri: null,
      relative: Y === null,
      resolve: (ref) => {
        const yy = Y ?? (ref === null ? null : ymd(ref).y);
        return yy === null ? NONE() : R(isoDay(easterDay(yy)));
      },
    };
  }

  /** "هذا الصيف", "الربيع القادم", "صيف 2016", "شتاء العام الماضي". */
  season(i: number): Cand | null {
    let k = i;
    const hadha = !!this.wordIn(k, W_HADHA);
    if (hadha) k++;
    const se = this.wordMap(k, SEASON);
    if (!se) return null;
    const m0 = se[0];
    let dir: number | null = hadha ? 0 : null;
    let year: number | null = null;
    let j = k + 1;
    if (dir === null) {
      if (this.wordIn(j, PAST)) dir = -1;
      else if (this.wordIn(j, NEXT)) dir = 1;
      else if (this.wordIn(j, THIS)) dir = 0;
      if (dir !== null) j++;
      else {
        let q = j;
        if (this.wordIn(q, YEAR_N)) q++;
        const y = this.year(q, 1900, 2100);
        if (y && y.era !== 'h') {
          year = y.y;
          j = y.next;
        } else return null;
      }
    }
    const s = hadha ? this.sAt(i) : this.sAt(k) + se[1];
    const span = (y: number): Resolved => {
      const a = dayNumber(y, m0, 1);
      const b = addMonths(a, 3) - 1;
      // "صيف 2022": the value is the year, from/to the season
      return R(year !== null ? isoYear(y) : null, isoDay(a), isoDay(b));
    };
    const yy = year;
    const dd = dir;
    return {
      s,
      e: this.eAt(j - 1),
      grain: 'month',
      calendar: 'gregorian',
      hijri: null,
      relative: yy === null,
      resolve: (ref) => {
        if (yy !== null) return span(yy);
        if (ref === null || dd === null) return NONE();
        const y0 = ymd(ref).y;
        const starts = [y0 - 2, y0 - 1, y0, y0 + 1].map((y) => ({
          y,
          a: dayNumber(y, m0, 1),
          b: addMonths(dayNumber(y, m0, 1), 3) - 1,
        }));
        const pick =
          dd < 0
            ? [...starts].reverse().find((x) => x.b < ref)
            : dd > 0
              ? starts.find((x) => x.a > ref)
              : (starts.find((x) => x.a <= ref && ref <= x.b) ?? starts.find((x) => x.y === y0));
        return pick ? span(pick.y) : NONE();
      },
    };
  }

  /** "الربع الثالث من عام 2016", "النصف الأول من العام الجاري". */
  fraction(i: number): Cand | null {
    const fr = this.wordMap(i, FRACTION);
    if (!fr) return null;
    const ord = this.wordMap(i + 1, ORD_UNITS);
    if (!ord) return null;
    const len = fr[0];
    const nth = ord[0];
    if (nth < 1 || nth * len > 12) return null;
    let j = i + 2;
    if (this.is(j, W_MIN)) j++;
    let yr: number | null = null;
    let shift: number | null = null;
    if (this.wordIn(j, W_HADHA) && this.wordIn(j + 1, YEAR_DEF)) {
      shift = 0;
      j += 2;
    } else if (
      this.wordIn(j, YEAR_DEF) &&
      (this.wordIn(j + 1, PAST) || this.wordIn(j + 1, NEXT) || this.wordIn(j + 1, THIS))
    ) {
      shift = this.wordIn(j + 1, PAST) ? -1 : this.wordIn(j + 1, NEXT) ? 1 : 0;
      j += 2;
    } else if (this.wordIn(j, YEAR_DEF) && this.is(j - 1, W_MIN) && !this.year(j + 1, 1900, 2100)) {
      // "الربع الأول من العام": the reference year
      shift = 0;
      j += 1;
    } else {
      if (this.wordIn(j, YEAR_N)) j++;
      const y = this.year(j, 1900, 2100);
      if (!y || y.era === 'h') return null;
      yr = y.y;
      j = y.next;
    }
    const Y = yr;
    const sh = shift;
    return {
      s: this.sAt(i) + fr[1],
      e: this.eAt(j - 1),
      grain: 'month',
      calendar: 'gregorian',
      hijri: null,
      relative: Y === null,
      resolve: (ref) => {
        const y = Y ?? (ref === null ? null : ymd(ref).y + (sh ?? 0));
        if (y === null) return NONE();
        const m1 = (nth - 1) * len + 1;
        const m2 = nth * len;
        return R(isoYear(y), isoDay(dayNumber(y, m1, 1)), isoDay(dayNumber(y, m2, daysInMonth(y, m2))));
      },
    };
  }

  /** "الشهر نفسه من سنة 2023" (the month named before, in 2023), "الفترة المماثلة من العام الماضي". */
  samePeriod(i: number): Cand | null {
    const n = this.wordIn(i, SAME_NOUN);
    if (!n || !this.wordIn(i + 1, SAME) || !this.is(i + 2, W_MIN)) return null;
    const q = i + 3;
    const Y = this.wordIn(q, YEAR_N) && this.year(q + 1, 1900, 2100) ? this.lonelyYear(q)[0] : this.period(q);
    if (Y?.grain !== 'year') return null;
    return {
      s: this.sAt(i) + n[1],
      e: Y.e,
      grain: n[0] === F('الشهر') ? 'month' : 'day',
      calendar: 'gregorian',
      hijri: null,
      relative: Y.relative,
      sameMonthOf: n[0] === F('الشهر') ? Y : undefined,
      resolve: NONE,
    };
  }

  /** "السبعينيات" → 1970–1979. */
  decade(i: number): Cand | null {
    const t = this.tok(i);
    if (!t || t.k !== K.Word) return null;
    for (const [f, cut] of tokForms(t)) {
      const y0 = DECADE.get(f) ?? DECADE.get(`ال${f}`);
      if (y0 === undefined) continue;
      // "في الخمسينيات من عمره" is an age
      if (this.is(i + 1, W_MIN) && this.tAt(i + 2)?.includes(F('عمر'))) return null;
      // "ثمانينيات القرن الماضي", "السبعينيات من القرن التاسع عشر"
      let e = t.e;
      let y = y0;
      let q = i + 1;
      if (this.is(q, W_MIN)) q++;
      if (this.is(q, F('القرن'))) {
        const c = this.tok(q + 1);
        if (c && (this.wordIn(q + 1, PAST) || this.is(q + 1, F('العشرين')))) e = c.e;
        else if (c && this.is(q + 1, F('التاسع')) && this.is(q + 2, F('عشر'))) {
          e = this.eAt(q + 2);
          y -= 100;
        }
      }
      return {
        s: t.s + cut,
        e,
        grain: 'year',
        calendar: 'gregorian',
        hijri: null,
        relative: false,
        resolve: () => R(null, `${y}-01-01`, `${y + 9}-12-31`),
      };
    }
    return null;
  }

  /** "بقية الأسبوع", "باقي العام", "بقية هذا الشهر": from the reference date to the period's end. */
  rest(i: number): Cand | null {
    const w = this.wordIn(i, REST);
    if (!w) return null;
    let k = i + 1;
    if (this.wordIn(k, W_HADHA)) k++;
    const u = this.wordMap(k, DEF_UNITS);
    if (u?.[0].n !== 1) return null;
    let j = k + 1;
    if (this.wordIn(j, THIS)) j++;
    const unit = u[0].unit;
    return {
      s: this.sAt(i) + w[1],
      e: this.eAt(j - 1),
      grain: unit,
      calendar: 'gregorian',
      hijri: null,
      relative: true,
      resolve: (ref) => {
        if (ref === null) return NONE();
        const { y, m } = ymd(ref);
        const end =
          unit === 'week'
            ? weekStart(ref) + 6
            : unit === 'month'
              ? dayNumber(y, m, daysInMonth(y, m))
              : unit === 'year'
                ? dayNumber(y, 12, 31)
                : ref;
        return R(null, isoDay(ref), isoDay(end));
      },
    };
  }

  /** "3 أيام القادمة", "آخر 3 سنوات", "خلال آخر ثلاثة أشهر": a period ending or starting at the reference date. */
  countPeriod(i: number): Cand | null {
    let k = i;
    const last = !!this.wordIn(k, W_AKHIR_SET);
    if (last) k++;
    if (k >= this.n) return null;
    let n: number | null = null;
    if (TOK_K[k] === K.Num && (TOK_E[k] as number) - (TOK_S[k] as number) <= 3) n = Number(this.tAt(k));
    else {
      const c = this.wordMap(k, COUNTS);
      if (c) n = c[0];
    }
    if (n === null || n < 1) return null;
    const u = this.wordMap(k + 1, UNITS);
    if (!u || u[0].n !== undefined) return null;
    let dir = last ? -1 : 0;
    let j = k + 2;
    if (!last) {
      if (this.wordIn(j, PAST)) dir = -1;
      else if (this.wordIn(j, NEXT)) dir = 1;
      else return null;
      j++;
    }
    const unit = u[0].unit;
    const N = n;
    const D = dir;
    return {
      s: this.sAt(i),
      e: this.eAt(j - 1),
      grain: unit,
      calendar: 'gregorian',
      hijri: null,
      relative: true,
      resolve: (ref) => {
        if (ref === null) return NONE();
        const x = D * N;
        const other =
          unit === 'day' ? ref + x : unit === 'week' ? ref + 7 * x : addMonths(ref, unit === 'month' ? x : 12 * x);
        return D < 0 ? R(null, isoDay(other), isoDay(ref)) : R(null, isoDay(ref), isoDay(other));
      },
    };
  }

  /** "أول يوم جمعة من يوليو", "ثالث ثلاثاء في أيلول 2014", "آخر اثنين من الشهر القادم",
   *  "الاثنين الأخير من شهر آذار": the n-th (or last) weekday of a month. */
  nthWeekday(i: number): Cand | null {
    let nth: number | null = null;
    let wd: number | null = null;
    let j: number;
    const ord = this.wordMap(i, ORD_UNITS);
    const last = this.wordIn(i, W_AKHIR_SET);
    if ((ord && ord[0] <= 5 && !this.tAt(i)?.startsWith('ال')) || last || this.is(i, F('ثان'))) {
      nth = last ? -1 : ord ? ord[0] : 2;
      j = i + 1;
      if (this.is(j, W_YAWM)) j++;
      const w = this.tok(j);
      const wdn = w && w.k === K.Word ? BARE_WEEKDAY.get(w.t) : undefined;
      if (wdn === undefined) return null;
      wd = wdn;
      j++;
    } else {
      const w = this.wordMap(i, WEEKDAY);
      if (!w) return null;
      wd = w[0];
      const o = this.wordMap(i + 1, ORD_UNITS);
      if (this.wordIn(i + 1, W_LAST_DEF)) nth = -1;
      else if (o && o[0] <= 5) nth = o[0];
      else return null;
      j = i + 2;
    }
    let k = j;
    if (this.is(k, W_MIN) || this.is(k, W_FI)) k++;
    if (this.wordIn(k, W_SHAHR_SET) && this.monthNumber(k) === null && !this.wordIn(k + 1, W_HADHA)) k++;
    const tk = this.tok(k);
    if (!tk) return null;
    // "بأيلول": the preposition glued to the month
    const M = this.explicit(k) ?? this.period(k);
    if (M?.grain !== 'month') return null;
    if (this.tAt(j)?.startsWith('ب') && j === k && M.s !== tk.s + 1) return null;
    const glued = this.tAt(j)?.startsWith('ب') && (M.s === this.sAt(j) + 1 || this.is(j, F('بشهر')));
    if (!(this.is(j, W_MIN) || this.is(j, W_FI) || glued)) return null;
    const { e, yr } = this.withFollowingYear(M);
    const W = wd;
    const N = nth;
    return {
      s: this.sAt(i) + (this.wordMap(i, WEEKDAY)?.[1] ?? 0),
      e,
      grain: 'day',
      calendar: 'gregorian',
      hijri: null,
      relative: M.relative && !yr,
      resolve: (ref, tense) => {
        const ym = monthOf(M, yr, ref, tense);
        if (!ym) return NONE();
        const [y, m] = ym;
        if (N > 0) {
          const first = dayNumber(y, m, 1);
          const day = first + ((W - weekday(first) + 7) % 7) + 7 * (N - 1);
          return ymd(day).m === m ? R(isoDay(day)) : NONE();
        }
        const lastDay = dayNumber(y, m, daysInMonth(y, m));
        return R(isoDay(lastDay - ((weekday(lastDay) - W + 7) % 7)));
      },
    };
  }

  /** "آخر يوم من شهر تشرين الأول 2015", "اليوم الأخير من الشهر": the month's last day. */
  lastDay(i: number): Cand | null {
    let j: number;
    if (this.wordIn(i, W_AKHIR_SET) && this.is(i + 1, W_YAWM)) j = i + 2;
    else if (this.is(i, W_TODAY) && this.wordIn(i + 1, W_LAST_DEF)) j = i + 2;
    else return null;
    let k = j;
    if (this.is(k, W_MIN) || this.is(k, W_FI)) k++;
    if (this.wordIn(k, W_SHAHR_SET) && this.monthNumber(k) === null) k++;
    const M = this.explicit(k) ?? this.period(k);
    if (M?.grain !== 'month' || M.calendar !== 'gregorian') return null;
    if (k === j && !(this.tAt(j)?.startsWith('ب') && M.s === this.sAt(j) + 1) && !this.is(j, F('بشهر'))) return null;
    const { e, yr } = this.withFollowingYear(M);
    return {
      s: this.sAt(i),
      e,
      grain: 'day',
      calendar: 'gregorian',
      hijri: null,
      relative: M.relative && !yr,
      resolve: (ref, tense) => {
        const ym = monthOf(M, yr, ref, tense);
        if (!ym) return NONE();
        const [yy, m] = ym;
        return R(isoDay(dayNumber(yy, m, daysInMonth(yy, m))));
      },
    };
  }

  /** A month candidate and the lone year that may follow it ("أكتوبر في سنة 2014", "بعام 2014"). */
  withFollowingYear(M: Cand): { e: number; yr: Cand | undefined } {
    let q = this.tokIndexAt(M.e);
    if (this.is(q, W_FI)) q++;
    const yr = M.relative ? this.lonelyYear(q)[0] : undefined;
    return { e: yr ? yr.e : M.e, yr };
  }

  /** "الأسبوع الأول من شهر أكتوبر 2014", "أول أسبوع بشهر أكتوبر", "آخر أسبوع في سبتمبر لعام 2014":
   *  the n-th (or last) full Saturday–Friday week inside the month. */
  nthWeek(i: number): Cand | null {
    let nth: number | null = null;
    let j: number;
    const ord = this.wordMap(i, ORD_UNITS);
    if ((ord && ord[0] <= 5 && !this.tAt(i)?.startsWith('ال')) || this.wordIn(i, W_AKHIR_SET)) {
      if (!this.wordIn(i + 1, W_WEEK_BARE)) return null;
      nth = ord ? ord[0] : -1;
      j = i + 2;
    } else if (this.wordIn(i, W_WEEK)) {
      const o = this.wordMap(i + 1, ORD_UNITS);
      if (this.wordIn(i + 1, W_LAST_DEF)) nth = -1;
      else if (o && o[0] <= 5) nth = o[0];
      else return null;
      j = i + 2;
    } else return null;
    let k = j;
    if (this.is(k, W_MIN) || this.is(k, W_FI)) k++;
    if (this.wordIn(k, W_SHAHR_SET) && this.monthNumber(k) === null && !this.wordIn(k + 1, W_HADHA)) k++;
    const M = this.explicit(k) ?? this.period(k);
    if (M?.grain !== 'month' || M.calendar !== 'gregorian') return null;
    if (k === j && !this.is(j, F('بشهر')) && !(this.tAt(j)?.startsWith('ب') && M.s === this.sAt(j) + 1)) return null;
    const { e, yr } = this.withFollowingYear(M);
    const N = nth;
    return {
      s: this.sAt(i),
      e,
      grain: 'week',
      calendar: 'gregorian',
      hijri: null,
      relative: M.relative && !yr,
      resolve: (ref, tense) => {
        const ym = monthOf(M, yr, ref, tense);
        if (!ym) return NONE();
        const [yy, m] = ym;
        const first = dayNumber(yy, m, 1);
        const last = dayNumber(yy, m, daysInMonth(yy, m));
        const firstSat = first + ((6 - weekday(first) + 7) % 7);
        const ws = N > 0 ? firstSat + 7 * (N - 1) : weekStart(last) - (weekStart(last) + 6 > last ? 7 : 0);
        if (ws + 6 > last || ws < first) return NONE();
        return R(null, isoDay(ws), isoDay(ws + 6));
      },
    };
  }

  /** "2 عام و 21 يوما من الآن", "شهر و 21 يوم من الآن": the reference date minus (or, with a
   *  future cue, plus) the sum. */
  compound(i: number): Cand | null {
    // the first part: a unit, or a number of up to three digits and a unit
    if (this.kAt(i) === K.Num && (TOK_E[i] as number) - (TOK_S[i] as number) <= 3) {
      if (!this.wordMap(i + 1, UNITS)) return null;
    } else if (!this.wordMap(i, UNITS)) return null;
    return this.compoundAt(i);
  }
  compoundAt(i: number): Cand | null {
    // the parts, summed: years and months in months, weeks and days in days
    let parts = 0;
    let months = 0;
    let days = 0;
    let j = i;
    for (let g = 0; g < 4; g++) {
      if (g > 0) {
        if (this.is(j, W_WA) || this.isPunct(j, ',،')) j++;
        else if (this.tAt(j)?.[0] === W_WA && this.kAt(j) === K.Word && (this.tAt(j)?.length ?? 0) > 1) {
          // "وشهر": handled by the unit lookup through its proclitic
        } else if (!(this.kAt(j) === K.Num)) break;
      }
      let n: number | null = null;
      if (j >= this.n) break;
      if (TOK_K[j] === K.Num && (TOK_E[j] as number) - (TOK_S[j] as number) <= 3) {
        n = Number(this.tAt(j));
        j++;
      }
      const u = this.wordMap(j, UNITS);
      if (!u) {
        if (n !== null) j--;
        break;
      }
      const unit = u[0].unit;
      const pn = n ?? u[0].n ?? 1;
      if (unit === 'year') months += 12 * pn;
      else if (unit === 'month') months += pn;
      else if (unit === 'week') days += 7 * pn;
      else days += pn;
      parts++;
      j++;
    }
    if (parts < 2 || !this.is(j, W_MIN) || !this.wordIn(j + 1, W_NOW)) return null;
    return fromNow(this.sAt(i), this.eAt(j + 1), months, days);
  }

  run(): void {
    const starts = this.starts;
    for (let si = 0; si < starts.length; si++) {
      const i = starts[si] as number;
      const k = TOK_K[i];
      if (k === K.Punct) continue;
      const info = TOK_INFO[i] as WordInfo;
      const nf = TOK_NUM[i] !== 0;
      if (k === K.Word && !info.trig && !nf) continue;
      if (k === K.Num) {
        this.add(this.numeric(i));
        this.add(this.explicit(i));
        for (const c of this.lonelyYear(i)) this.add(c);
        this.add(this.compound(i));
        this.add(this.countPeriod(i));
      } else {
        // each matcher only where its first-word test can pass (Tok.g); same calls, same order
        const g = info.g;
        if (g & G_DAYWORD) this.add(this.dayWord(i));
        if (g & G_WEEKDAY) this.add(this.weekdayAt(i));
        if (g & G_PERIOD) this.add(this.period(i));
        if (g & G_AGO) this.add(this.ago(i));
        if (g & G_DAYONLY) this.add(this.dayOnly(i));
        if (g & G_EXPLICIT || nf) this.add(this.explicit(i));
        if (g & G_LONELY) for (const c of this.lonelyYear(i)) this.add(c);
        if (g & G_HOLIDAY) this.add(this.holiday(i));
        if (g & G_SEASON) this.add(this.season(i));
        if (g & G_FRACTION) this.add(this.fraction(i));
        if (g & G_DECADE) this.add(this.decade(i));
        if (g & G_SAME) this.add(this.samePeriod(i));
        if (g & G_REST) this.add(this.rest(i));
        if (g & G_COUNT) this.add(this.countPeriod(i));
        if (g & G_NTHWD) this.add(this.nthWeekday(i));
        if (g & G_LASTDAY) this.add(this.lastDay(i));
        if (g & G_DUAL) this.add(this.dualPeriod(i));
        if (g & G_NTHWEEK) this.add(this.nthWeek(i));
        if (g & G_EASTER) this.add(this.easter(i));
        if (g & G_COMPOUND) this.add(this.compound(i));
      }
    }
    this.ranges();
  }

  /** Keeps a non-empty candidate. */
  add(c: Cand | null): void {
    if (c && c.e > c.s) this.cands.push(c);
  }

  /** Index of the first token at or after norm position `p`. */
  tokIndexAt(p: number): number {
    return this.indexAfter(p);
  }

  /** A bare "اليوم" means today after a time word or a reporting verb, or before punctuation or
   *  "إن"; after a noun or an imperfect verb it usually means nowadays ("جيشنا اليوم أقوى"). */
  todayContext(i: number): boolean {
    if (this.wordMap(i + 1, WEEKDAY)) return true;
    // "اليوم، يبلغ عدد اللاجئين…" opening a sentence is "nowadays"
    const pv = this.tok(i - 1);
    if (!pv && !this.tok(i + 1)) return true; // the word alone
    if (!pv || (pv.k === K.Punct && '.!?؟؛:«"“'.includes(pv.t)) || this.norm.slice(pv.e, this.tok(i)?.s).includes('\n'))
      return false;
    if (this.wordIn(i + 1, DAY_SUPER)) return false;
    if (this.wordIn(i - 1, TODAY_LEAD) || this.wordIn(i - 1, REPORT)) return true;
    if (this.clauseEnd(i + 1) || this.wordIn(i + 1, W_INNA)) return true;
    // a past verb up to three words back in the clause: "أعلنت السلطات اليوم رفع الحظر"
    for (let b = i - 1; b >= Math.max(0, i - 3); b--) {
      const p = this.tok(b);
      if (!p || p.k !== K.Word) return false;
      if (this.wordIn(b, REPORT)) return true;
      const f = tokForms(p).map((x) => x[0]);
      if (
        f.some(
          (w) =>
            !w.startsWith('ال') &&
            (w.endsWith('وا') || (w.endsWith('ت') && w.length >= 4)) &&
            !'يتن'.includes(w[0] as string),
        )
      )
        return true;
    }
    return false;
  }

  /** Ranges: "من 4 إلى 22 يناير 2017", "بين 15 و19 نوفمبر", "19-20 نوفمبر", "نوفمبر بين 15 و19",
   *  "من 2 أكتوبر إلى 22 أكتوبر", "الجمعة حتى الأحد", "اليوم حتى الغد" → one period, from/to. */
  ranges(): void {
    // Tok.ci: 1 + index in cands of the candidate that starts nearest the start of the token, within
    // its first three characters; of those starting there, the longest (the first of equals)
    const cands = this.cands;
    const withCand: number[] = [];
    for (let x = 0; x < cands.length; x++) {
      const c = cands[x] as Cand;
      let ti = this.indexAfter(c.s);
      if (ti >= this.n || TOK_S[ti] !== c.s) ti--;
      if (ti < 0 || c.s - (TOK_S[ti] as number) > 2 || c.s >= (TOK_E[ti] as number)) continue;
      const k = TOK_CI[ti] as number;
      const o = k === 0 ? undefined : (cands[k - 1] as Cand);
      if (!o || c.s < o.s || (c.s === o.s && c.e - c.s > o.e - o.s)) {
        if (k === 0) withCand.push(ti);
        TOK_CI[ti] = x + 1;
      }
    }
    const out: Cand[] = [];
    // a range starts at a number, a RANGE_LEADS or day() word (all TRIGGERS), a number fact or a candidate
    // (this.starts and withCand merged, ascending, without repeats)
    const starts = this.starts;
    stableSort(withCand, ascending);
    let si = 0;
    let wi = 0;
    let last = -1;
    while (si < starts.length || wi < withCand.length) {
      const x = si < starts.length ? (starts[si] as number) : Number.POSITIVE_INFINITY;
      const y = wi < withCand.length ? (withCand[wi] as number) : Number.POSITIVE_INFINITY;
      const i = Math.min(x, y);
      if (x === i) si++;
      if (y === i) wi++;
      if (i === last) continue;
      last = i;
      // no range starts here: not a number, no word of RANGE_LEADS or day(), no candidate at it
      if (TOK_K[i] !== K.Num && !((TOK_INFO[i] as WordInfo).g & G_RANGE) && TOK_NUM[i] === 0 && TOK_CI[i] === 0)
        continue;
      const lead = this.wordIn(i, RANGE_LEADS);
      const a = lead ? i + 1 : i;
      const A = this.candAt(a);
      let bare = -1;
      let afterA: number;
      if (A && A.grain === 'day' && A.s <= this.sAt(a) + 2) afterA = this.tokIndexAt(A.e);
      else if (A && A.grain === 'month' && A.monthly && A.calendar === 'gregorian') {
        if (!this.monthRange(A, lead ? i : null, out) && !lead) this.monthFirstRange(a, A, out);
        continue;
      } else if (this.yearRange(lead ? i : null, a, out)) {
        continue;
      } else {
        if (A) continue;
        bare = this.dayAt(a);
        if (bare < 0) continue;
        afterA = this.dNext;
      }
      let b = afterA;
      if (b >= this.n) continue;
      let conn: 'dash' | 'to' | 'and' | null = null;
      if (this.isPunct(b, '-')) {
        conn = 'dash';
        b++;
      } else if (this.wordIn(b, RANGE_TO)) {
        conn = 'to';
        b++;
      } else if (this.textIs(b, W_WA)) {
        conn = 'and';
        b++;
      }
      const B = this.candAt(b);
      if (!B || b >= this.n || B.grain !== 'day') continue;
      if (conn === null && this.startsWith(b, W_WA) && B.s === this.sAt(b) + 1) conn = 'and';
      if (conn === null || (conn === 'and' && lead?.[0] !== F('بين'))) continue;
      if (bare >= 0) {
        if (!B.monthly) continue;
        if (!lead && conn !== 'dash' && conn !== 'to') continue;
      } else if (A) {
        if (!lead && !(A.relative && !A.md && B.relative && !B.md)) continue;
      }
      const start = lead && (bare >= 0 || A?.monthly) ? this.sAt(i) + lead[1] : bare >= 0 ? this.sAt(a) : (A as Cand).s;
      out.push(dayRange(start, A, B, bare >= 0 ? bare : null));
    }
    for (const c of out) this.cands.push(c);
  }

  /** The candidate ranges() sees at token i (see TOK_CI), or null. */
  candAt(i: number): Cand | null {
    const k = i < 0 || i >= this.n ? 0 : (TOK_CI[i] as number);
    return k === 0 ? null : (this.cands[k - 1] as Cand);
  }

  /** "جوان إلى أوت", "من يناير حتى مارس 2024", "بين مارس ومايو": one period of whole months. */
  monthRange(A: Cand, lead: number | null, out: Cand[]): boolean {
    let b = this.tokIndexAt(A.e);
    if (b >= this.n) return false;
    if (this.isPunct(b, '-') || this.wordIn(b, RANGE_TO)) b++;
    else if (!(lead !== null && this.wordIn(lead, W_BAYN) && this.startsWith(b, W_WA))) return false;
    const B = this.month(b) ? (this.candAt(b) ?? this.explicit(b)) : null;
    if (B?.grain !== 'month' || B.calendar !== 'gregorian' || A.mon === undefined || B.mon === undefined) return false;
    const am = A.mon;
    const bm = B.mon;
    out.push({
      s: lead !== null ? this.sAt(lead) + (this.wordIn(lead, RANGE_LEADS)?.[1] ?? 0) : A.s,
      e: B.e,
      grain: 'month',
      calendar: 'gregorian',
      hijri: null,
      relative: A.relative && B.relative,
      resolve: (ref, tense) => {
        const bv = B.resolve(ref, tense).value;
        let av = A.resolve(ref, tense).value;
        if (!bv) return NONE();
        const by = Number(bv.slice(0, 4));
        if (A.relative && !B.relative) av = isoMonth(am <= bm ? by : by - 1, am);
        else if (A.relative && B.relative && av) {
          const ay = Number(av.slice(0, 4));
          const yB = bm >= am ? ay : ay + 1;
          const to = isoDay(dayNumber(yB, bm, daysInMonth(yB, bm)));
          return R(null, `${av}-01`, to);
        }
        if (!av) return NONE();
        const [ay, amm] = av.split('-').map(Number) as [number, number];
        const [yb, mb] = bv.split('-').map(Number) as [number, number];
        if (ay * 12 + amm > yb * 12 + mb) return NONE();
        return R(null, isoDay(dayNumber(ay, amm, 1)), isoDay(dayNumber(yb, mb, daysInMonth(yb, mb))));
      },
    });
    return true;
  }

  /** "من 1798 إلى 1970", "بين 2011 و2013": one period of whole years (the lead word is left out). */
  yearRange(lead: number | null, a0: number, out: Cand[]): boolean {
    // "(1975-1990)": without a lead word only two years joined by a dash
    if (lead === null && !(this.isPunct(a0 + 1, '-') && this.glued(a0 + 1) && this.glued(a0 + 2))) return false;
    // "بين عامي 2016 و2019": the dual noun belongs to the span
    const dual = lead !== null && this.wordIn(a0, YEAR_2) && this.wordIn(lead, W_BAYN);
    const a = dual ? a0 + 1 : a0;
    const start = dual ? this.sAt(a0) + (dual as [string, number])[1] : undefined;
    if (this.kAt(a) !== K.Num || (TOK_E[a] as number) - (TOK_S[a] as number) !== 4) return false;
    const y1 = Number(this.tAt(a));
    let b = a + 1;
    const bayn = lead !== null && !!this.wordIn(lead, W_BAYN);
    if (this.isPunct(b, '-') || this.wordIn(b, RANGE_TO) || (bayn && this.is(b, W_WA))) b++;
    else return false;
    if (this.kAt(b) !== K.Num || (TOK_E[b] as number) - (TOK_S[b] as number) !== 4) return false;
    const y2 = Number(this.tAt(b));
    if (y1 < 1000 || y2 > 2100 || y2 <= y1 || this.countedNoun(b + 1) || this.wordMap(b + 1, UNITS)) return false;
    if (this.wordIn(b + 1, MEASURES)) return false;
    // two years and a noun after them: only plausible years ("بين 2014 و2016 تضاعف", not "من 1500 إلى 2000 …")
    const nounAfter = this.kAt(b + 1) === K.Word && !this.clauseEnd(b + 1) && !this.wordIn(b + 1, FUNCTION_WORDS);
    if (lead === null ? y1 < 1800 : nounAfter && y1 < 1900) return false;
    out.push(yearSpan(start ?? this.sAt(a), this.eAt(b), y1, y2));
    return true;
  }

  /** "شهري جويلية وأوت", "يومي الثلاثاء والأربعاء": a pair as one period. */
  dualPeriod(i: number): Cand | null {
    const w = this.wordIn(i, W_DUAL_LEADS);
    if (!w) return null;
    const t = this.tok(i) as Tok;
    if (w[0] === F('شهري')) {
      const m1 = this.month(i + 1);
      if (!m1 || m1.hijri) return null;
      const m2 = this.tAt(m1.next)?.[0] === W_WA ? this.month(m1.next) : null;
      if (!m2 || m2.hijri || m2.cut < 1) return null;
      let j = m2.next;
      const y = this.yearAfterMonth(j, false);
      if (y) j = y.next;
      const [a, b] = [m1.m, m2.m];
      return {
        s: t.s + w[1],
        e: this.eAt(j - 1),
        grain: 'month',
        calendar: 'gregorian',
        hijri: null,
        relative: !y,
        resolve: (ref, tense) => {
          let ya: number;
          if (y) ya = b >= a ? y.y : y.y - 1;
          else if (ref === null) return NONE();
          else ya = nearestMonth(ref, a, tense).y;
          const yb = b >= a ? ya : ya + 1;
          return R(null, isoDay(dayNumber(ya, a, 1)), isoDay(dayNumber(yb, b, daysInMonth(yb, b))));
        },
      };
    }
    const w1 = this.wordMap(i + 1, WEEKDAY);
    const w2 = this.tAt(i + 2)?.[0] === W_WA ? this.wordMap(i + 2, WEEKDAY) : null;
    if (!w1 || !w2 || w2[1] < 1) return null;
    const [d1, d2] = [w1[0], w2[0]];
    // "يومي السبت والأحد الماضيين"
    const past = !!this.wordIn(i + 3, PAST);
    const next = !past && !!this.wordIn(i + 3, NEXT);
    return {
      s: t.s + w[1],
      e: this.eAt(past || next ? i + 3 : i + 2),
      grain: 'day',
      calendar: 'gregorian',
      hijri: null,
      relative: true,
      resolve: (ref, tense) => {
        if (ref === null) return NONE();
        if (next || (tense === 'future' && !past)) {
          const a = weekdayFrom(ref, d1, next ? 'after' : 'future');
          return R(null, isoDay(a), isoDay(weekdayFrom(a, d2, 'after')));
        }
        const b = weekdayFrom(ref, d2, past ? 'before' : 'past');
        return R(null, isoDay(weekdayFrom(b, d1, 'before')), isoDay(b));
      },
    };
  }

  /** "نوفمبر بين 15 و19", "تموز 13 الى 15", "يوليو 13-15". */
  monthFirstRange(a: number, M: Cand, out: Cand[]): void {
    let k = this.tokIndexAt(M.e);
    if (this.wordIn(k, RANGE_LEADS)) k++;
    const d1 = this.day(k);
    if (!d1) return;
    let b = d1.next;
    if (this.isPunct(b, '-') || this.wordIn(b, RANGE_TO) || this.is(b, W_WA)) b++;
    else if (!(this.tAt(b)?.[0] === W_WA && this.kAt(b) === K.Word)) return;
    let d2 = this.day(b);
    if (!d2 && this.tAt(b)?.[0] === W_WA) {
      // "والتاسع عشر": the ordinal glued to "و"
      const t = this.tok(b) as Tok;
      const u = ORD_UNITS.get(t.t.slice(1));
      if (u !== undefined) {
        let d = u;
        let next = b + 1;
        if (this.wordIn(next, ORD_TEEN)) {
          d += 10;
          next++;
        }
        d2 = { d, next, cut: 1 };
      }
    }
    if (!d2 || d2.d < d1.d) return;
    const [x, y2] = [d1.d, d2.d];
    out.push({
      s: M.s,
      e: this.eAt(d2.next - 1),
      grain: 'day',
      calendar: 'gregorian',
      hijri: null,
      relative: M.relative,
      resolve: (ref, tense) => {
        const v = M.resolve(ref, tense).value;
        if (!v) return NONE();
        const [y, m] = v.split('-').map(Number) as [number, number];
        if (!isValidDay(y, m, x) || !isValidDay(y, m, y2)) return NONE();
        return R(null, isoDay(dayNumber(y, m, x)), isoDay(dayNumber(y, m, y2)));
      },
    });
    void a;
  }

  /** Future cue in the sentence around norm position [s, e). */
  tense(s: number, e: number): Tense {
    // "منذ 8 تشرين الأول": since → the past
    const ti = this.indexAfter(s);
    if (this.wordIn(ti - 1, W_MUNDH_SET) || this.wordIn(ti, W_MUNDH_SET)) return 'past';
    // "حتى السبت": until → forward (a past "until" says "حتى السبت الماضي")
    if (this.wordIn(ti - 1, W_HATTA) || this.wordIn(ti, W_HATTA)) return 'future';
    // the sentence around the span, at most 160 characters before it and 80 after it
    const norm = this.norm;
    let a = Math.max(s - 160, 0);
    for (let p = s - 1; p >= a; p--) {
      if (isStop(norm.charCodeAt(p))) {
        a = p + 1;
        break;
      }
    }
    let b = Math.min(e + 80, norm.length);
    for (let p = Math.min(e, norm.length); p < b; p++) {
      if (isStop(norm.charCodeAt(p))) {
        b = p;
        break;
      }
    }
    const ib = this.indexAfter(b);
    for (let i = this.indexAfter(a); i < ib; i++) if (this.isFutureCue(i)) return 'future';
    return 'none';
  }

  /** "سوف", "من المقرر", "سيزور", "سأعود" (the original has the hamza of سأ). */
  isFutureCue(i: number): boolean {
    if (TOK_K[i] !== K.Word) return false;
    if ((TOK_INFO[i] as WordInfo).fut) return true;
    // the original starts with س, or و/ف and س: so does the folded word
    const c = this.norm.charCodeAt(TOK_S[i] as number);
    if (c !== FOLD_SIN && c !== FOLD_WAW && c !== FOLD_FA) return false;
    const text = this.ctx.text;
    const o = this.ctx.view.map[TOK_S[i] as number] ?? 0;
    const o2 = text.charCodeAt(o) === 0x0648 || text.charCodeAt(o) === 0x0641 ? o + 1 : o;
    return text.charCodeAt(o2) === 0x0633 && text.charCodeAt(o2 + 1) === 0x0623 && text.charCodeAt(o2 + 2) !== 0x0644;
  }
}

/** The union of two ascending lists of indices, ascending, without repeats (`a` itself when b is empty). */
function mergeSorted(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  stableSort(b, ascending);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    const v = Math.min(x, y);
    if (x === v) i++;
    if (y === v) j++;
    if (out.length === 0 || out[out.length - 1] !== v) out.push(v);
  }
  return out;
}

/** Tatweel and Arabic combining marks. */
function isMark(c: number): boolean {
  return c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670;
}

function normStart(ctx: Context, orig: number, from: number): number {
  // the first norm index whose original index is at least `orig` (the last one if none): a search
  // forward from `from` (facts come in text order), over everything when the answer is before it
  const m = ctx.view.map;
  const last = m.length - 1;
  let lo = from;
  if (lo > last || (lo > 0 && (m[lo - 1] as number) >= orig)) lo = 0;
  let hi = lo;
  let step = 1;
  while (hi < last && (m[hi] as number) < orig) {
    lo = hi + 1;
    hi = Math.min(last, hi + step);
    step *= 2;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((m[mid] as number) < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "2 عام و 21 يوما من الآن": the reference date minus (a future cue: plus) months and days. */
function fromNow(s: number, e: number, months: number, days: number): Cand {
  return {
    s,
    e,
    grain: 'day',
    calendar: 'gregorian',
    hijri: null,
    relative: true,
    resolve: (ref, tense) => {
      if (ref === null) return NONE();
      const sign = tense === 'future' ? 1 : -1;
      return R(isoDay(addMonths(ref, sign * months) + sign * days));
    },
  };
}

/** Candidate `c` starting at `s` instead, with `today` and `resolve` (a copy of every field). */
function respan(c: Cand, s: number, today: boolean | undefined, resolve: Cand['resolve']): Cand {
  return {
    s,
    e: c.e,
    grain: c.grain,
    calendar: c.calendar,
    hijri: c.hijri,
    relative: c.relative,
    resolve,
    abs: c.abs,
    md: c.md,
    monthly: c.monthly,
    mon: c.mon,
    anaphor: c.anaphor,
    sameMonthOf: c.sameMonthOf,
    today,
  };
}

/** "من 1798 إلى 1970": years y1 to y2. */
function yearSpan(s: number, e: number, y1: number, y2: number): Cand {
  return {
    s,
    e,
    grain: 'year',
    calendar: 'gregorian',
    hijri: null,
    relative: false,
    resolve: () => R(null, `${y1}-01-01`, `${y2}-12-31`),
  };
}

/** "من 4 إلى 22 يناير 2017": a range of days from A (or the bare day `bd` of B's month) to B. */
function dayRange(start: number, A: Cand | null, B: Cand, bd: number | null): Cand {
  const AA = A;
  return {
    s: start,
    e: B.e,
    grain: 'day',
    calendar: B.calendar,
    hijri: null,
    relative: B.relative || (!!AA && AA.relative),
    resolve: (ref, tense) => {
      const to = B.resolve(ref, tense).value;
      if (to?.length !== 10) return NONE();
      let from: string | null = null;
      if (bd !== null) {
        const [y, m] = to.split('-').map(Number) as [number, number];
        from = isValidDay(y, m, bd) ? isoDay(dayNumber(y, m, bd)) : null;
      } else if (AA) {
        if (AA.md && !B.md) {
          const y = Number(to.slice(0, 4));
          from = isValidDay(y, AA.md.m, AA.md.d) ? isoDay(dayNumber(y, AA.md.m, AA.md.d)) : null;
        } else from = AA.resolve(ref, tense).value;
      }
      if (from?.length !== 10 || from > to) return NONE();
      return R(null, from, to);
    },
  };
}

/** Keep the longer of overlapping candidates; then text order. */
function selectCands(cands: Cand[]): Cand[] {
  if (cands.length === 0) return [];
  // (sorted in place: the Parser's list is not used after this)
  const sorted = stableSort(cands, longerFirst);
  const kept: Cand[] = [];
  if (cands.length <= 32) {
    // few candidates: test each against those kept (a character taken ⇔ an overlap with one of them)
    for (const c of sorted) {
      let free = true;
      for (const k of kept) {
        if (k.s < c.e && c.s < k.e && k.s < k.e && c.s < c.e) {
          free = false;
          break;
        }
      }
      if (free) kept.push(c);
    }
    return stableSort(kept, byStart);
  }
  // candidates span a bounded number of tokens, so marking their characters keeps this linear
  // (taken[k - lo]: character k, over the stretch [lo, hi) the candidates cover)
  let lo = (cands[0] as Cand).s;
  let hi = lo;
  for (const c of cands) {
    if (c.s < lo) lo = c.s;
    if (c.e > hi) hi = c.e;
  }
  if (TAKEN.length < hi - lo + 1) TAKEN = new Uint8Array(Math.max(hi - lo + 1, TAKEN.length * 2));
  const taken = TAKEN;
  taken.fill(0, 0, hi - lo + 1);
  for (const c of sorted) {
    let free = true;
    for (let k = c.s; k < c.e && free; k++) if (taken[k - lo]) free = false;
    if (!free) continue;
    kept.push(c);
    taken.fill(1, c.s - lo, c.e - lo);
  }
  if (TAKEN.length > 1 << 20) TAKEN = new Uint8Array(4096);
  return stableSort(kept, byStart);
}
/** selectCands' characters taken (reused). */
let TAKEN = new Uint8Array(4096);
const longerFirst = (a: Cand, b: Cand): number => b.e - b.s - (a.e - a.s) || a.s - b.s;
const byStart = (a: Cand, b: Cand): number => a.s - b.s;
const ascending = (a: number, b: number): number => a - b;

/** Scratch of stableSort (reused). */
const SORT_TMP: unknown[] = [];
/** Sorts `a` in place as Array.prototype.sort does (stable), without its allocations; returns `a`. */
function stableSort<T>(a: T[], cmp: (x: T, y: T) => number): T[] {
  const n = a.length;
  const RUN = 16;
  // insertion sort of runs of RUN (stable: an element moves only past greater ones)
  for (let r = 0; r < n; r += RUN) {
    const end = Math.min(r + RUN, n);
    for (let i = r + 1; i < end; i++) {
      const x = a[i] as T;
      let j = i - 1;
      while (j >= r && cmp(a[j] as T, x) > 0) {
        a[j + 1] = a[j] as T;
        j--;
      }
      a[j + 1] = x;
    }
  }
  if (n <= RUN) return a;
  // bottom-up merges (stable: ties take the left run first)
  const tmp = SORT_TMP as T[];
  for (let w = RUN; w < n; w *= 2) {
    for (let lo = 0; lo + w < n; lo += 2 * w) {
      const mid = lo + w;
      const hi = Math.min(lo + 2 * w, n);
      if (cmp(a[mid - 1] as T, a[mid] as T) <= 0) continue;
      for (let k = lo; k < mid; k++) tmp[k - lo] = a[k] as T;
      let i = 0;
      let j = mid;
      let k = lo;
      const nl = mid - lo;
      while (i < nl && j < hi) {
        if (cmp(a[j] as T, tmp[i] as T) < 0) a[k++] = a[j++] as T;
        else a[k++] = tmp[i++] as T;
      }
      while (i < nl) a[k++] = tmp[i++] as T;
    }
  }
  if (SORT_TMP.length > 4096) SORT_TMP.length = 0;
  return a;
}

export const datesExtractor: Extractor<DateFact> = {
  kind: 'dates',
  run(ctx: Context): DateFact[] {
    const norm = ctx.view.norm;
    const p = new Parser(ctx, norm);
    p.run();
    const kept = selectCands(p.cands);
    if (ctx.refDate === null) {
      const full: DatedSpan[] = [];
      for (const c of kept) {
        if (!c.abs) continue;
        const { start, end } = origSpan(ctx.view, c.s, c.e);
        full.push({ start, end, iso: c.abs });
      }
      // no full date, no dateline
      const iso = full.length === 0 ? null : findDateline(ctx.text, full);
      // without a dateline, "اليوم الخميس 21 تشرين الثاني/نوفمبر 2024" tells the date of writing
      const today = iso ? undefined : kept.find((c) => c.today && c.abs);
      if (iso) ctx.refDate = iso;
      else if (today?.abs) ctx.refDate = today.abs;
    }
    const ref = ctx.refDate === null ? null : dayOf(ctx.refDate);
    let last: { value: string; e: number } | null = null;
    return kept.map((c) => {
      const { start, end: end0 } = origSpan(ctx.view, c.s, c.e);
      let end = end0;
      // keep the marks that belong to the last letter: "غداً", "1436 هـ"
      while (end < ctx.text.length && isMark(ctx.text.charCodeAt(end))) end++;
      let r = c.resolve(ref, c.relative ? p.tense(c.s, c.e) : 'none');
      if (
        c.anaphor !== undefined &&
        last &&
        (c.grain === 'year' || last.value.length >= 7) &&
        !/[.!?؟\n]/u.test(norm.slice(last.e, c.s))
      ) {
        const v = last.value;
        if (c.grain === 'year') r = R(isoYear(Number(v.slice(0, 4)) + c.anaphor));
        else {
          const mm = ymd(addMonths(dayNumber(Number(v.slice(0, 4)), Number(v.slice(5, 7)), 1), c.anaphor));
          r = R(isoMonth(mm.y, mm.m));
        }
      }
      if (c.sameMonthOf && last && last.value.length >= 7 && !/[.!?؟\n]/u.test(norm.slice(last.e, c.s))) {
        const y = c.sameMonthOf.resolve(ref, 'none').value;
        if (y) r = R(`${y.slice(0, 4)}-${last.value.slice(5, 7)}`);
      }
      if (r.value && c.anaphor === undefined && !c.sameMonthOf) last = { value: r.value, e: c.e };
      return {
        kind: 'date',
        value: r.value,
        from: r.from,
        to: r.to,
        grain: c.grain,
        calendar: c.calendar,
        hijri: c.hijri,
        relative: c.relative,
        text: ctx.text.slice(start, end),
        start,
        end,
      };
    });
  },
};
