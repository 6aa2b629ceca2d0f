// Number parsing on the folded view (view.ts `norm`): digits in every form the view folds to ASCII,
// number words (src/lexicon/numbers.ts), mixes of both, ordinals, fractions and percent.
//
// Contract of parseNumberAt(norm, i): parse the number that starts exactly at norm index i, where i
// may point at a proclitic ("وثلاثة", "بخمسة", "و106") or at a sign ("-5", "سالب خمسة"). Returns the
// value, the norm END index (exclusive) and whether it is an ordinal, or null when no number starts there.
// A letter at i preceded by a letter is mid-word: null. Extra fields: `start` (norm index where the
// number itself begins, after و/ب/ل proclitics), `percent`, `form`.
//   parseNumberAt("قتل ثلاثة أشخاص", 4)          → { value: 3, end: 9, ordinal: false, start: 4 }
//   parseNumberAt("مئه وسته الاف واربعمئه", 0)     → { value: 106400, end: 22 }
//   parseNumberAt("الخامس والعشرون", 0)           → { value: 25, ordinal: true }
//   parseNumberAt("3 الاف", 0)                    → { value: 3000, form: 'mixed' }
// Work is bounded: at most MAX_ATOMS words are read from i, so scanning a text is linear.

import {
  AWAL_NOT_ORDINAL_NEXT,
  BROKEN_PLURALS,
  COMPOUND_ONLY_ORDINALS,
  COMPOUND_ONLY_UNITS,
  DECIMAL_POINT_WORDS,
  FRACTION_PLURALS,
  FRACTIONS,
  FROM_END,
  FROM_END_LINK,
  HUNDRED,
  HUNDRED_COMPOUND_ONLY,
  HUNDREDS_STEMS,
  MINUS_WORDS,
  MONTH_HEADS,
  NOT_NUMBER_WORDS,
  ONE_OF_NEXT,
  ONE_PRONOUN_BEFORE,
  ORDINAL_NOT_BEFORE,
  ORDINALS,
  PART_WORDS,
  PERCENT_AFTER_FI,
  PERCENT_ONE_WORD,
  SCALES,
  type ScaleForm,
  TEEN_SUFFIX,
  TEENS,
  TENS,
  TWO_HUNDRED,
  TWO_HUNDRED_COMPOUND_ONLY,
  UNIT_FRACTIONS,
  UNITS,
} from '../lexicon/numbers.js';
import { fold } from './view.js';

export type NumberForm = 'digits' | 'words' | 'mixed';

export interface NumberAt {
  value: number;
  /** Norm index just past the number (and its percent marker, if any). */
  end: number;
  ordinal: boolean;
  /** Norm index where the number itself starts (after proclitics و ف ب ل ك). */
  start: number;
  percent: boolean;
  form: NumberForm;
}

/** A parse; `parts` is set when one digit run stands for several numbers ("13/12/2024", "192.168.1.2"). */
export interface NumberParse extends NumberAt {
  parts?: NumberAt[];
}

// ---------------------------------------------------------------- lexicon map

type EntryKind =
  | 'unit'
  | 'teen'
  | 'tens'
  | 'hund'
  | 'scale'
  | 'frac'
  | 'fracPl'
  | 'ord'
  | 'minus'
  | 'point'
  | 'part'
  | 'pct'
  | 'min'
  | 'minPron'
  | 'ala';

interface Entry {
  k: EntryKind;
  v: number;
  form?: ScaleForm;
  compoundOnly?: boolean;
  teenSuffix?: boolean;
  unitFrac?: number;
  hund100?: boolean;
}

const MAP = new Map<string, Entry>();
function put(words: readonly string[], e: Entry): void {
  for (const w of words) {
    const f = fold(w);
    const old = MAP.get(f);
    MAP.set(f, old ? { ...old, ...e, k: old.k, v: old.v } : { ...e });
  }
}
for (const [v, ws] of UNITS) put(ws, { k: 'unit', v });
put(COMPOUND_ONLY_UNITS, { k: 'unit', v: 1, compoundOnly: true });
put(TEEN_SUFFIX, { k: 'unit', v: 10, teenSuffix: true });
for (const [w, f] of UNIT_FRACTIONS) put([w], { k: 'unit', v: 0, unitFrac: f });
for (const [v, ws] of TEENS) put(ws, { k: 'teen', v });
for (const [v, ws] of TENS) put(ws, { k: 'tens', v });
put(HUNDRED, { k: 'hund', v: 100, hund100: true });
put(HUNDRED_COMPOUND_ONLY, { k: 'hund', v: 100, hund100: true, compoundOnly: true });
put(TWO_HUNDRED, { k: 'hund', v: 200 });
put(TWO_HUNDRED_COMPOUND_ONLY, { k: 'hund', v: 200, compoundOnly: true });
for (const [v, stems] of HUNDREDS_STEMS) {
  for (const s of stems)
    put(
      [...HUNDRED, ...HUNDRED_COMPOUND_ONLY].map((h) => s + h),
      { k: 'hund', v: v * 100 },
    );
}
for (const [v, form, ws] of SCALES) put(ws, { k: 'scale', v, form });
for (const [v, ws] of FRACTIONS) put(ws, { k: 'frac', v });
for (const [v, ws] of FRACTION_PLURALS) put(ws, { k: 'fracPl', v });
for (const [v, ws] of ORDINALS) put(ws, { k: 'ord', v });
put(COMPOUND_ONLY_ORDINALS, { k: 'ord', v: 1, compoundOnly: true });
put(MINUS_WORDS, { k: 'minus', v: 0 });
put(DECIMAL_POINT_WORDS, { k: 'point', v: 0 });
put(PART_WORDS, { k: 'part', v: 0 });
put(PERCENT_ONE_WORD, { k: 'pct', v: 0 });
put(['من'], { k: 'min', v: 0 });
put(
  ONE_OF_NEXT.filter((w) => w !== 'من'),
  { k: 'minPron', v: 0 },
);
put(['على'], { k: 'ala', v: 0 });

const FOLDED = (ws: readonly string[]) => new Set(ws.map(fold));
const NOT_NUMBER = FOLDED(NOT_NUMBER_WORDS);
const MONTH_HEAD = FOLDED(MONTH_HEADS);
const AWAL_NEXT = FOLDED(AWAL_NOT_ORDINAL_NEXT);
const ONE_PRONOUN = FOLDED(ONE_PRONOUN_BEFORE);
const END_LINK = FOLDED(FROM_END_LINK);
const END_WORD = FOLDED(FROM_END);
const PLURALS = FOLDED(BROKEN_PLURALS);
const PCT_AFTER_FI = FOLDED(PERCENT_AFTER_FI);
const ORD_NOT_BEFORE = new Map(ORDINAL_NOT_BEFORE.map(([a, b]) => [fold(a), fold(b)]));
const COMPOUND_ONLY = FOLDED([...COMPOUND_ONLY_UNITS, ...COMPOUND_ONLY_ORDINALS]);
const W_WAHID = FOLDED(['واحد', 'واحدة', 'واحدا']);
const W_SIFR = fold('صفر');
const W_THANIA = fold('ثانية');
const W_AWAL = fold('أول');
const W_SITT = fold('ست');
const W_FI = fold('في');
const W_MIN = fold('من');
const PREPOSITIONS = FOLDED(['من', 'في', 'على', 'عن', 'منذ', 'حتى', 'إلى', 'بعد', 'قبل', 'خلال', 'مع', 'بين', 'عند']);

/** Proclitic strings, longest first. Flags: conjunction (و ف), preposition (ب ل ك), article (ال, لل). */
const PREFIXES: ReadonlyArray<readonly [string, boolean, boolean, boolean]> = (
  [
    ['وبال', true, true, true],
    ['فبال', true, true, true],
    ['وكال', true, true, true],
    ['ولل', true, true, true],
    ['فلل', true, true, true],
    ['وال', true, false, true],
    ['فال', true, false, true],
    ['بال', false, true, true],
    ['كال', false, true, true],
    ['لل', false, true, true],
    ['وب', true, true, false],
    ['ول', true, true, false],
    ['وك', true, true, false],
    ['فب', true, true, false],
    ['فل', true, true, false],
    ['فك', true, true, false],
    ['ال', false, false, true],
    ['و', true, false, false],
    ['ف', true, false, false],
    ['ب', false, true, false],
    ['ل', false, true, false],
    ['ك', false, true, false],
  ] as const
).map(([p, c, b, d]) => [p, c, b, d] as const);

interface Analysis {
  ent: Entry;
  /** The bare (folded) word without proclitics. */
  base: string;
  /** Characters of proclitic before the reported start (ال stays inside the span). */
  skip: number;
  conj: boolean;
  prep: boolean;
  def: boolean;
}

/** Every lexicon word ends in one of these two-letter endings: a quick "not a number" test. */
const ENDINGS = new Set([...MAP.keys()].map((k) => k.slice(-2)));
/** Proclitic strings by their first letter. */
const PREFIXES_BY_FIRST = new Map<string, typeof PREFIXES>();
for (const pr of PREFIXES) {
  const f = pr[0][0] as string;
  PREFIXES_BY_FIRST.set(f, [...(PREFIXES_BY_FIRST.get(f) ?? []), pr]);
}

function analyze(w: string): Analysis | null {
  if (!ENDING_CODES.has(endingCode(w, 0, w.length)) || NOT_NUMBER.has(w)) return null;
  const e = MAP.get(w);
  if (e) return { ent: e, base: w, skip: 0, conj: false, prep: false, def: false };
  for (const [p, conj, prep, def] of PREFIXES_BY_FIRST.get(w[0] as string) ?? []) {
    if (w.length - p.length < 2 || !w.startsWith(p)) continue;
    const base = w.slice(p.length);
    const ent = MAP.get(base);
    if (!ent) continue;
    // "وال…" keeps "ال" in the span; "لل…" keeps its second ل (the article).
    const skip = def ? p.length - (p.endsWith('لل') ? 1 : 2) : p.length;
    return { ent, base, skip, conj, prep, def };
  }
  return null;
}

// ---------------------------------------------------------------- characters

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5;
}
function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
const LETTER_RE = /\p{L}/u;
function isLetter(c: number): boolean {
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return isLatinLetter(c);
  if (isArabicLetter(c)) return true;
  return LETTER_RE.test(String.fromCharCode(c));
}
function isWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c);
}
/** The last two letters of every number word, as one number each (see `endingCode`). */
const ENDING_CODES = new Set([...ENDINGS].map((e) => endingCode(e, 0, e.length)));
function endingCode(s: string, start: number, end: number): number {
  return end - start >= 2 ? s.charCodeAt(end - 2) * 0x10000 + s.charCodeAt(end - 1) : -s.charCodeAt(start);
}
/**
 * Where a scan for numbers may resume when the word starting at i can start no number: its end, or
 * -1 when it may ("خمسة", "والعشرين", "بـ5"). A word can start one only when it ends like a number
 * word (`analyze`) or is a proclitic glued to digits (`firstAtom`): "قال" → its end.
 */
export function nonNumberWordEnd(s: string, i: number): number {
  const we = wordEnd(s, i);
  if (we === i || isDigit(s.charCodeAt(we)) || ENDING_CODES.has(endingCode(s, i, we))) return -1;
  return we;
}
function wordEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isArabicLetter(s.charCodeAt(j))) j++;
  return j;
}
/**
 * Is the word before i (across at most 3 spaces) a definite plural noun? "خلال السنوات", "للأيام",
 * "المعتقلين" → true; "الذكرى", "القرن", "الدين" → false (see BROKEN_PLURALS).
 */
function definitePluralBefore(s: string, i: number): boolean {
  let e = i;
  while (e > 0 && i - e < 3 && s.charCodeAt(e - 1) === 0x20) e--;
  let b = e;
  while (b > 0 && isArabicLetter(s.charCodeAt(b - 1))) b--;
  if (b === e || isLetter(s.charCodeAt(b - 1)) || isDigit(s.charCodeAt(b - 1))) return false;
  let w = s.slice(b, e);
  if (/^[وفبك]ال/u.test(w)) w = w.slice(1);
  else if (w.startsWith('لل')) w = `ال${w.slice(2)}`;
  if (!w.startsWith('ال')) return false;
  const stem = w.slice(2);
  if (PLURALS.has(stem)) return true;
  if (stem.endsWith('ات')) return stem.length >= 4;
  return (stem.endsWith('ين') || stem.endsWith('ون')) && stem.length >= 5;
}
/** Skip up to 3 plain spaces. */
function skipSp(s: string, i: number): number {
  let j = i;
  while (j < s.length && j - i < 3 && s.charCodeAt(j) === 0x20) j++;
  return j;
}

/** The word just before index i (skipping up to 3 spaces), folded; digits give "#". */
function prevWord(s: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 3 && s.charCodeAt(j - 1) === 0x20) j--;
  if (j === i && j > 0 && isWordChar(s.charCodeAt(j - 1))) return '';
  if (j > 0 && isDigit(s.charCodeAt(j - 1))) return '#';
  let b = j;
  while (b > 0 && j - b < 24 && isArabicLetter(s.charCodeAt(b - 1))) b--;
  return s.slice(b, j);
}
/** The word starting after index i (skipping up to 3 spaces). */
function nextWord(s: string, i: number): string {
  const j = skipSp(s, i);
  if (j < s.length && isDigit(s.charCodeAt(j))) return '#';
  return s.slice(j, Math.min(wordEnd(s, j), j + 24));
}

// ---------------------------------------------------------------- digits

interface DigitTok {
  s: number;
  e: number;
  value: number;
  int: boolean;
  percent: boolean;
  /** Several numbers in one run ("13/12/2024"). */
  parts?: Array<{ s: number; e: number; value: number }>;
  /** Not a number at all: glued to letters ("20دولار"), a time of day ("14:30"). */
  reject?: boolean;
}

function digitRun(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  return j;
}

/** a × b without binary noise: 4.1 × 10⁶ → 4100000, not 4099999.9999999995. */
function times(a: number, b: number): number {
  return Number((a * b).toPrecision(15));
}

const isYear = (y: number) => y >= 1900 && y <= 2100;

function isDateLike(a: number, b: number): boolean {
  if (isYear(a) || isYear(b)) return true;
  if (a >= 1 && a <= 31 && b >= 1 && b <= 12) return true;
  if (a >= 1 && a <= 12 && b >= 1 && b <= 31) return true;
  if (a >= 1 && a <= 12 && b >= 1900 && b <= 2100) return true;
  if (a >= 1900 && a <= 2100 && b >= 1 && b <= 12) return true;
  return false;
}

/**
 * Scan the digit token at i (a digit, or "." before a digit). Separators: "," "،" "." between digit groups,
 * a single space before 3‑digit groups ("١ ٢٣٤ ٥٦٧"). `signed` tells whether a minus sign precedes.
 */
function scanDigits(s: string, i: number, signed: boolean, inPower = false): DigitTok {
  const n = s.length;
  if (s[i] !== '.') {
    // the common case: a plain run of digits
    const j0 = digitRun(s, i);
    const c = s[j0];
    const sep = (c === ',' || c === '،' || c === '.') && isDigit(s.charCodeAt(j0 + 1));
    if (!sep && c !== ':' && c !== ' ' && c !== 'e' && c !== 'E' && c !== '^' && c !== '/' && c !== '-') {
      return withSuffix(s, { s: i, e: j0, value: Number(s.slice(i, j0)), int: true, percent: false });
    }
  }
  const groups: Array<[number, number]> = [];
  const seps: string[] = [];
  let j = i;
  if (s[i] === '.') {
    // ".77"
    const e = digitRun(s, i + 1);
    groups.push([i, i]);
    seps.push('.');
    groups.push([i + 1, e]);
    j = e;
  } else {
    j = digitRun(s, i);
    groups.push([i, j]);
  }
  while (j + 1 < n) {
    const c = s[j] as string;
    if ((c === ',' || c === '،' || c === '.') && isDigit(s.charCodeAt(j + 1))) {
      const e = digitRun(s, j + 1);
      seps.push(c);
      groups.push([j + 1, e]);
      j = e;
    } else break;
  }
  const glen = (k: number) => (groups[k] as [number, number])[1] - (groups[k] as [number, number])[0];
  const gstr = (k: number) => s.slice((groups[k] as [number, number])[0], (groups[k] as [number, number])[1]);
  let value = Number.NaN;
  let int = false;
  let split = false;
  if (seps.length === 0) {
    // a time of day "14:30" / "9:05:10": no number
    if (glen(0) <= 2 && s[j] === ':' && digitRun(s, j + 1) - (j + 1) === 2) {
      const h = Number(gstr(0));
      const m = Number(s.slice(j + 1, j + 3));
      if (h <= 24 && m <= 59) {
        let e = j + 3;
        if (s[e] === ':' && digitRun(s, e + 1) - (e + 1) === 2) e += 3;
        return { s: i, e, value: 0, int: true, percent: false, reject: true };
      }
    }
    let str = gstr(0);
    // "١ ٢٣٤ ٥٦٧"
    if (glen(0) <= 3) {
      let e = j;
      while (
        s.charCodeAt(e) === 0x20 &&
        digitRun(s, e + 1) === e + 4 &&
        !(s[e + 4] === ',' || s[e + 4] === '.' || s[e + 4] === '/' || s[e + 4] === ':')
      ) {
        str += s.slice(e + 1, e + 4);
        e += 4;
      }
      j = e;
    }
    value = Number(str);
    int = true;
  } else {
    const g0 = gstr(0);
    const allThree = (from: number, to: number) => {
      for (let k = from; k <= to; k++) if (glen(k) !== 3) return false;
      return true;
    };
    const last = seps.length - 1;
    const sameSeps = (to: number) => {
      for (let k = 1; k <= to; k++) if (seps[k] !== seps[0]) return false;
      return true;
    };
    const thousandsHead = glen(0) >= 1 && glen(0) <= 3 && g0 !== '0';
    if (seps.length === 1) {
      if (seps[0] === '،') {
        if (glen(1) === 3 && glen(0) <= 3 && glen(0) >= 1) {
          value = Number(g0 + gstr(1));
          int = true;
        } else split = true;
      } else if (seps[0] === ',' && glen(1) === 3 && glen(0) >= 1 && glen(0) <= 3 && g0 !== '0') {
        value = Number(g0 + gstr(1));
        int = true;
      } else {
        value = Number(`${g0 || '0'}.${gstr(1)}`);
      }
    } else if (sameSeps(last) && allThree(1, last + 1) && glen(0) >= 1 && glen(0) <= 3) {
      // "1,234,567" / "1.234.567"
      let str = g0;
      for (let k = 1; k <= last + 1; k++) str += gstr(k);
      value = Number(str);
      int = true;
    } else if (
      thousandsHead &&
      sameSeps(last - 1) &&
      allThree(1, last) &&
      seps[last] !== seps[0] &&
      (seps[last] === '.' || seps[last] === ',')
    ) {
      // "1,234.56", "1.234,56", "12،220,13"
      let str = g0;
      for (let k = 1; k <= last; k++) str += gstr(k);
      value = Number(`${str}.${gstr(last + 1)}`);
    } else split = true;
  }
  if (split) {
    const parts = groups.filter(([a, b]) => b > a).map(([a, b]) => ({ s: a, e: b, value: Number(s.slice(a, b)) }));
    return withSuffix(s, { s: i, e: j, value: parts[0]?.value ?? 0, int: true, percent: false, parts });
  }
  // exponent "١e١٠", "١٢,٣٢e+١٤"
  if ((s[j] === 'e' || s[j] === 'E') && !isLetter(s.charCodeAt(j - 1))) {
    let k = j + 1;
    if (s[k] === '+' || s[k] === '-') k++;
    const e = digitRun(s, k);
    if (e > k) {
      value *= 10 ** Number(s.slice(j + 1, e));
      j = e;
      int = Number.isInteger(value);
    }
  }
  // power "١,١^٢٣", "٢,٥^-١" (one level: the exponent has no power of its own)
  if (!inPower) {
    let k = j;
    while (k < n && k - j < 2 && s[k] === '-') k++;
    if (s[k] === '^') {
      k++;
      let m = k;
      while (m < n && m - k < 2 && (s[m] === '+' || s[m] === '-')) m++;
      if (isDigit(s.charCodeAt(m))) {
        const ex = scanDigits(s, m, false, true);
        if (!ex.reject && !ex.parts) {
          value = value ** (s[m - 1] === '-' ? -ex.value : ex.value);
          j = ex.e;
          int = Number.isInteger(value);
        }
      }
    }
  }
  // slash: a fraction "٧٧/١٠٠", or a date "13/12/2024" split into its parts
  if (int && seps.length === 0 && s[j] === '/' && isDigit(s.charCodeAt(j + 1))) {
    const b0 = j + 1;
    const b1 = digitRun(s, b0);
    const a = value;
    const b = Number(s.slice(b0, b1));
    if (s[b1] === '/' && isDigit(s.charCodeAt(b1 + 1))) {
      const c1 = digitRun(s, b1 + 1);
      const parts = [
        { s: i, e: groups[0]?.[1] ?? j, value: a },
        { s: b0, e: b1, value: b },
        { s: b1 + 1, e: c1, value: Number(s.slice(b1 + 1, c1)) },
      ];
      return withSuffix(s, { s: i, e: c1, value: a, int: true, percent: false, parts });
    }
    if (b !== 0 && (signed || !isDateLike(a, b))) {
      value = a / b;
      j = b1;
      int = false;
    } else {
      const parts = [
        { s: i, e: j, value: a },
        { s: b0, e: b1, value: b },
      ];
      return withSuffix(s, { s: i, e: b1, value: a, int: true, percent: false, parts });
    }
  }
  return withSuffix(s, { s: i, e: j, value, int, percent: false });
}

/** Percent sign and glued letters after a digit token. */
function withSuffix(s: string, t: DigitTok): DigitTok {
  let e = t.e;
  if (!t.parts) {
    if (s[e] === '%' && !isDigit(s.charCodeAt(e + 1))) {
      t.percent = true;
      e++;
    } else if (s[e] === ' ' && s[e + 1] === '%' && !isWordChar(s.charCodeAt(e + 2))) {
      t.percent = true;
      e += 2;
    }
  }
  const c = s.charCodeAt(e);
  if (isLetter(c)) {
    // "2023م", "1445هـ" (the view drops the tatweel): a suffix, not part of the number
    const suffix = (c === 0x0645 || c === 0x0647) && !isLetter(s.charCodeAt(e + 1));
    if (!suffix || t.percent) {
      let k = e;
      while (k < s.length && isLetter(s.charCodeAt(k))) k++;
      t.e = k;
      t.reject = true;
      return t;
    }
  }
  t.e = e;
  return t;
}

// ---------------------------------------------------------------- atoms

interface Atom {
  /** Start including proclitics. */
  ps: number;
  /** Start of the number itself. */
  s: number;
  e: number;
  conj: boolean;
  prep: boolean;
  def: boolean;
  ent: Entry | null;
  base: string;
  d: DigitTok | null;
}

const MAX_ATOMS = 24;
const PROCLITIC_ONLY = new Set(PREFIXES.map(([p]) => p));

function digitAtomAt(s: string, q: number, conj: boolean, signed: boolean): Atom | null {
  const d = scanDigits(s, q, signed);
  if (d.reject || d.parts) return null;
  return { ps: q, s: q, e: d.e, conj, prep: false, def: false, ent: null, base: '', d };
}

/**
 * Number atoms from a first one, read lazily (each after spaces and an optional "و") up to MAX_ATOMS,
 * so a parse reads only as far as its grammar looks.
 */
class Atoms {
  private readonly list: Atom[];
  private p: number;
  private done = false;
  constructor(
    private readonly s: string,
    first: Atom,
  ) {
    this.list = [first];
    this.p = first.e;
  }
  get(k: number): Atom | undefined {
    while (!this.done && this.list.length <= k) {
      if (this.list.length >= MAX_ATOMS || !this.readNext()) this.done = true;
    }
    return this.list[k];
  }
  private readNext(): boolean {
    const s = this.s;
    const A = this.list;
    const p = this.p;
    // nothing continues a number after its percent sign
    if (A[A.length - 1]?.d?.percent) return false;
    let q = skipSp(s, p);
    let conj = false;
    if (s[q] === 'و' && s[q + 1] === ' ') {
      conj = true;
      q = skipSp(s, q + 1);
    } else if (s[q] === 'و' && isDigit(s.charCodeAt(q + 1)) && q > p) {
      conj = true;
      q++;
    }
    if (q === p) return false;
    const c = s.charCodeAt(q);
    if (isDigit(c)) {
      if (A[A.length - 1]?.d && !conj) return false;
      const a = digitAtomAt(s, q, conj, false);
      if (!a) return false;
      A.push(a);
      this.p = a.e;
      return !a.d?.percent;
    }
    if (!isArabicLetter(c)) return false;
    const we = wordEnd(s, q);
    const w = s.slice(q, we);
    if (w === W_FI && !conj) {
      const q2 = skipSp(s, we);
      const we2 = wordEnd(s, q2);
      if (q2 > we && PCT_AFTER_FI.has(s.slice(q2, we2))) {
        A.push({ ps: q, s: q, e: we2, conj, prep: false, def: false, ent: { k: 'pct', v: 0 }, base: w, d: null });
      }
      return false;
    }
    const an = analyze(w);
    if (!an) return false;
    A.push({
      ps: q,
      s: q + an.skip,
      e: we,
      conj: conj || an.conj,
      prep: an.prep,
      def: an.def,
      ent: an.ent,
      base: an.base,
      d: null,
    });
    this.p = we;
    return an.ent.k !== 'pct';
  }
}

// ---------------------------------------------------------------- grammar

const plain = (a: Atom | undefined): a is Atom => !!a && !a.def && !a.prep;
/** Plain, except that the first atom may carry a preposition ("بخمسة", "بألفين"). */
const plainAt = (A: Atoms, k: number): boolean => {
  const a = A.get(k);
  return !!a && !a.def && (!a.prep || k === 0);
};

interface Val {
  v: number;
  k: number;
}

/** Units, teens, tens, "unit و tens": "خمسة وعشرون", "ثلاثة عشر", "حداشر". */
function sub100(A: Atoms, k: number): (Val & { unitLast: boolean }) | null {
  const a = A.get(k);
  if (!a || !plainAt(A, k) || !a.ent) return null;
  const e = a.ent;
  if (e.k === 'unit' && !e.teenSuffix && e.v >= 1 && e.v <= 9) {
    const n = A.get(k + 1);
    if (plain(n) && !n.conj && n.ent?.teenSuffix) return { v: 10 + e.v, k: k + 2, unitLast: false };
    if (plain(n) && n.conj && n.ent?.k === 'tens') return { v: e.v + n.ent.v, k: k + 2, unitLast: false };
    if (e.compoundOnly || COMPOUND_ONLY.has(a.base)) return null;
    return { v: e.v, k: k + 1, unitLast: true };
  }
  if (e.k === 'unit' && e.teenSuffix) return { v: 10, k: k + 1, unitLast: true };
  if (e.k === 'teen' || e.k === 'tens') return { v: e.v, k: k + 1, unitLast: false };
  return null;
}

/** After a hundred: "و" + sub100 (or digits), or without و in Egyptian style ("متين واحد وعشرين"). */
function afterHundred(A: Atoms, k: number): (Val & { unitLast: boolean }) | null {
  const a = A.get(k);
  if (!plain(a)) return null;
  if (a.d) {
    if (a.conj && a.d.int && a.d.value < 100) return { v: a.d.value, k: k + 1, unitLast: true };
    return null;
  }
  const e = a.ent;
  if (!e) return null;
  if (!a.conj && !(e.k === 'unit' || e.k === 'teen' || e.k === 'tens')) return null;
  return sub100(A, k);
}

interface Group extends Val {
  hasHund: boolean;
  unitLast: boolean;
  unitLastValue: number;
}

/** A number below 1000 in words, or a digit token ("٣ مئة و ٢١" → 321). */
function group(A: Atoms, k: number): Group | null {
  const a = A.get(k);
  if (!a || a.def || (a.prep && k > 0)) return null;
  if (a.d) {
    let v = a.d.value;
    let kk = k + 1;
    let hasHund = false;
    let unitLast = false;
    let unitLastValue = 0;
    const n = A.get(kk);
    if (a.d.int && v >= 1 && v <= 9 && plain(n) && !n.conj && n.ent?.hund100) {
      v *= 100;
      kk++;
      hasHund = true;
      const sub = afterHundred(A, kk);
      if (sub) {
        v += sub.v;
        kk = sub.k;
        unitLast = sub.unitLast;
        unitLastValue = sub.v;
      }
    }
    return { v, k: kk, hasHund, unitLast, unitLastValue };
  }
  const e = a.ent;
  if (!e) return null;
  let v = 0;
  let kk = k;
  if (e.k === 'hund') {
    v = e.v;
    kk = k + 1;
  } else if (e.k === 'unit' && e.v >= 1 && e.v <= 9 && !e.compoundOnly) {
    const n = A.get(k + 1);
    if (plain(n) && !n.conj && n.ent?.hund100 && !n.ent.compoundOnly) {
      v = e.v * 100;
      kk = k + 2;
    }
  }
  if (kk > k) {
    const sub = afterHundred(A, kk);
    if (sub) return { v: v + sub.v, k: sub.k, hasHund: true, unitLast: sub.unitLast, unitLastValue: sub.v };
    if (e.compoundOnly) return null;
    return { v, k: kk, hasHund: true, unitLast: false, unitLastValue: 0 };
  }
  const sub = sub100(A, k);
  if (!sub) return null;
  return { v: sub.v, k: sub.k, hasHund: false, unitLast: sub.unitLast, unitLastValue: sub.v };
}

interface Cardinal extends Val {
  lastScale: number;
  /** The value of the trailing "و + unit" when a hundred or scale came before ("مئة وثلاثة"). */
  tailUnit: number;
  atoms: number;
}

function scaleAt(A: Atoms, k: number, allowDual: boolean): Entry | null {
  const a = A.get(k);
  if (!a || !plainAt(A, k) || a.ent?.k !== 'scale') return null;
  if (a.ent.form === 'dual' && !allowDual) return null;
  return a.ent;
}

/** A whole cardinal in words and/or digits, with scales and و‑joined groups. */
function cardinal(A: Atoms, k0: number): Cardinal | null {
  let k = k0;
  let total = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let tailUnit = 0;
  let first = true;
  for (;;) {
    const a = A.get(k);
    if (!a) break;
    if (!first && !a.conj && !(lastScale >= 1000 && startsHundreds(A, k))) break;
    let val = 0;
    let scale = 1;
    let kk = k;
    let unitTail = 0;
    const g = group(A, k);
    if (g && !first && (a.d ? !a.d.int : false)) break;
    if (g) {
      val = g.v;
      kk = g.k;
      unitTail = g.unitLast && (g.hasHund || !first) ? g.unitLastValue : 0;
      const sc = scaleAt(A, kk, false);
      if (sc && !first && sc.v >= lastScale) break;
      if (sc && !A.get(kk)?.conj && sc.v < lastScale) {
        val = times(val, sc.v);
        scale = sc.v;
        kk++;
        unitTail = 0;
      }
    } else {
      const sc = scaleAt(A, k, true);
      if (!sc || sc.form === 'plural' || sc.v >= lastScale) break;
      val = (sc.form === 'dual' ? 2 : 1) * sc.v;
      scale = sc.v;
      kk = k + 1;
    }
    // "ألف مليون" → 10^9
    for (
      let big = scaleAt(A, kk, false);
      big && scale > 1 && big.v > scale && !A.get(kk)?.conj;
      big = scaleAt(A, kk, false)
    ) {
      val = times(val, big.v);
      scale = big.v;
      kk++;
    }
    if (!first && val >= lastScale) break;
    total += val;
    k = kk;
    tailUnit = unitTail;
    lastScale = scale;
    first = false;
    if (scale < 1000) break;
  }
  if (first) return null;
  return { v: total, k, lastScale, tailUnit, atoms: k - k0 };
}

function startsHundreds(A: Atoms, k: number): boolean {
  const a = A.get(k);
  if (!plain(a)) return false;
  if (a.ent?.k === 'hund') return true;
  const n = A.get(k + 1);
  return !!(a.d?.int || a.ent?.k === 'unit') && plain(n) && !n.conj && !!n.ent?.hund100;
}

/** Ordinals: "الثالث", "ثالث", "الحادي عشر", "الخامس والعشرون", "الواحد والعشرون", "العشرين", "المئة والخامسة". */
function ordinal(A: Atoms, k: number): Val | null {
  const a = A.get(k);
  if (!a?.ent) return null;
  const e = a.ent;
  const n = A.get(k + 1);
  if (e.k === 'ord') {
    let v = e.v;
    let kk = k + 1;
    if (n && !n.def && !n.conj && n.ent?.teenSuffix) {
      v += 10;
      kk++;
    } else if (n?.conj && n.ent?.k === 'tens' && !n.prep) {
      v += n.ent.v;
      kk++;
    } else if (e.compoundOnly || COMPOUND_ONLY.has(a.base)) return null;
    return { v, k: kk };
  }
  if (!a.def) return null;
  // Only one and two take the cardinal word in a definite ordinal ("الواحد والعشرون", "الأحد عشر",
  // "الاثنا عشر"); "الساعات الأربع والعشرين" is a definite cardinal.
  if (e.k === 'unit' && e.v >= 1 && e.v <= 2 && !e.teenSuffix) {
    if (n && !n.def && !n.conj && n.ent?.teenSuffix) return { v: 10 + e.v, k: k + 2 };
    if (n?.conj && n.ent?.k === 'tens' && !n.prep) return { v: e.v + n.ent.v, k: k + 2 };
    return null;
  }
  if (e.k === 'tens' || e.k === 'teen') return { v: e.v, k: k + 1 };
  if (e.k === 'hund' && !e.compoundOnly) {
    let v = e.v;
    let kk = k + 1;
    const m = A.get(kk);
    if (m?.conj && (m.def || m.ent?.k === 'ord') && !m.prep) {
      const sub = ordinal(A, kk);
      if (sub) {
        v += sub.v;
        kk = sub.k;
      }
    }
    return { v, k: kk };
  }
  return null;
}

function unitFracOf(a: Atom | undefined): number {
  return a?.ent?.unitFrac ?? 0;
}

function formOf(A: Atoms, from: number, to: number): NumberForm {
  let d = false;
  let w = false;
  for (let k = from; k < to; k++) {
    const a = A.get(k) as Atom;
    if (a.ent?.k === 'pct') continue;
    if (a.d) d = true;
    else w = true;
  }
  return d && w ? 'mixed' : d ? 'digits' : 'words';
}

function isNumberWord(w: string): boolean {
  if (w === '#') return true;
  const an = w ? analyze(w) : null;
  if (!an) return false;
  const k = an.ent.k;
  return k === 'unit' || k === 'teen' || k === 'tens' || k === 'hund' || k === 'scale';
}

// ---------------------------------------------------------------- entry points

/** The first atom at i: digits (after a glued proclitic), a number word, or a minus word. */
function firstAtom(s: string, i: number): { atom: Atom; def: boolean } | null {
  const c = s.charCodeAt(i);
  if (isDigit(c) || (c === 0x2e && isDigit(s.charCodeAt(i + 1)))) {
    const a = digitAtomAt(s, i, false, false);
    return a ? { atom: a, def: false } : null;
  }
  if (!isArabicLetter(c) || isLetter(s.charCodeAt(i - 1))) return null;
  const we = wordEnd(s, i);
  const w = s.slice(i, we);
  if (isDigit(s.charCodeAt(we)) && PROCLITIC_ONLY.has(w)) {
    // "و106", "بـ5", "الـ15"
    const a = digitAtomAt(s, we, false, false);
    if (!a) return null;
    a.ps = i;
    return { atom: a, def: w.endsWith('ال') || w.endsWith('لل') };
  }
  const an = analyze(w);
  if (!an) return null;
  return {
    atom: {
      ps: i,
      s: i + an.skip,
      e: we,
      conj: an.conj,
      prep: an.prep,
      def: an.def,
      ent: an.ent,
      base: an.base,
      d: null,
    },
    def: an.def,
  };
}

/**
 * "الـ15" is an ordinal ("الذكرى الـ75 لاستقلاله", "الـ7 من أكتوبر", "القمة الـ33") unless a counted noun
 * follows ("خلال الـ24 ساعة الماضية", "الـ100 يوم الأولى"): then it is a definite cardinal.
 */
function definiteDigitsOrdinal(s: string, r: NumberParse): boolean {
  if (r.percent || r.form !== 'digits' || !Number.isInteger(r.value) || r.value <= 0) return false;
  const nw = nextWord(s, r.end);
  if (!nw || nw === '#' || s.slice(r.end, skipSp(s, r.end)).length === 0) return true;
  if (PREPOSITIONS.has(nw)) return true;
  return /^(?:[وف]?(?:ال|لل|بال)|لا)/.test(nw);
}

/** End of the digit token at i (with glued letters or a time of day): where a scan resumes after a failed parse. */
export function digitTokenEnd(s: string, i: number): number {
  if (!isDigit(s.charCodeAt(i))) return i + 1;
  return Math.max(i + 1, scanDigits(s, i, false).e);
}

/** Full parse at norm index i, with the parts of a split digit run. */
export function parseNumberDetailed(s: string, i: number): NumberParse | null {
  if (i < 0 || i >= s.length) return null;
  const c = s.charCodeAt(i);
  let sign = 1;
  let signStart = -1;
  let pctBefore = -1;
  let p = i;
  // "-5", "−5" (not "2014-2015", not "COVID-19")
  if ((c === 0x2d || c === 0x2212) && !isWordChar(s.charCodeAt(i - 1)) && s[i - 1] !== '-') {
    const n = s.charCodeAt(i + 1);
    if (!(isDigit(n) || (n === 0x2e && isDigit(s.charCodeAt(i + 2))))) return null;
    sign = -1;
    signStart = i;
    p = i + 1;
  } else if (c === 0x25 && isDigit(s.charCodeAt(i + 1)) && !isWordChar(s.charCodeAt(i - 1)) && s[i - 1] !== '%') {
    // "%50" as typed right to left
    pctBefore = i;
    p = i + 1;
  }
  const cp = s.charCodeAt(p);
  if (isDigit(cp) || cp === 0x2e) {
    if (cp === 0x2e && (isDigit(s.charCodeAt(p - 1)) || isLetter(s.charCodeAt(p - 1)))) return null;
    // digits right after a Latin letter are a name or code ("F16", "H5N1")
    if (isLatinLetter(s.charCodeAt(p - 1))) return null;
    if (isDigit(s.charCodeAt(p - 1))) return null;
    // "كوفيد-19", "إف-16": a hyphenated name
    if (s[p - 1] === '-' && isLetter(s.charCodeAt(p - 2))) return null;
    const d = scanDigits(s, p, sign < 0);
    if (d.reject) return null;
    let ordinalDigits = false;
    if (p >= 2 && s[p - 1] === 'ل' && s[p - 2] === 'ا' && !isLetter(s.charCodeAt(p - 3))) ordinalDigits = true;
    if (p >= 2 && s[p - 1] === 'ل' && (s[p - 2] === 'ا' || s[p - 2] === 'ل')) {
      const b = p - 2;
      let k = b;
      while (k > 0 && isArabicLetter(s.charCodeAt(k - 1)) && b - k < 3) k--;
      const pre = s.slice(k, p);
      if (PROCLITIC_ONLY.has(pre) && (pre.endsWith('ال') || pre.endsWith('لل'))) ordinalDigits = true;
    }
    if (d.parts) {
      const parts: NumberAt[] = d.parts.map((q) => ({
        value: q.value,
        start: q.s,
        end: q.e,
        ordinal: false,
        percent: false,
        form: 'digits',
      }));
      const f = parts[0] as NumberAt;
      return { ...f, parts };
    }
    if (pctBefore >= 0 && d.percent) return null;
    const atom: Atom = { ps: p, s: p, e: d.e, conj: false, prep: false, def: false, ent: null, base: '', d };
    const r = finishCardinal(s, atom, sign, signStart >= 0 ? signStart : pctBefore >= 0 ? pctBefore : p);
    if (!r) return null;
    if (pctBefore >= 0) {
      if (r.end !== d.e || r.percent) return null;
      r.percent = true;
    }
    if (ordinalDigits && definiteDigitsOrdinal(s, r)) r.ordinal = true;
    return r;
  }
  const fa = firstAtom(s, i);
  if (!fa) return null;
  let first = fa.atom;
  if (first.d) {
    const r = finishCardinal(s, first, 1, first.s);
    if (r && fa.def && definiteDigitsOrdinal(s, r)) r.ordinal = true;
    return r;
  }
  if (first.ent?.k === 'minus') {
    // "سالب خمسة", "ناقص مائة على خمسة وثلاثون"
    const q = skipSp(s, first.e);
    if (q === first.e) return null;
    const nx = firstAtom(s, q);
    if (!nx || nx.atom.conj || nx.atom.def || nx.atom.prep || nx.atom.ent?.k === 'minus') return null;
    sign = -1;
    signStart = first.s;
    first = nx.atom;
    p = q;
  }
  return finishCardinal(s, first, sign, signStart >= 0 ? signStart : first.s, sign < 0);
}

/** Grammar over the atoms from `first`; `start` is where the reported span begins. */
function finishCardinal(s: string, first: Atom, sign: number, start: number, signWord = false): NumberParse | null {
  const A = new Atoms(s, first);
  const a = A.get(0) as Atom;
  const base = a.base;
  const done = (v: number, k: number, ordinal: boolean, percentAllowed = true): NumberParse | null => {
    let end = (A.get(k - 1) as Atom).e;
    let percent = !!(A.get(k - 1) as Atom).d?.percent;
    const n = A.get(k);
    if (percentAllowed && !ordinal && !percent && n?.ent?.k === 'pct' && !n.conj) {
      percent = true;
      end = n.e;
      k++;
    }
    const value = sign * v;
    if (!Number.isFinite(value)) return null;
    const f = formOf(A, 0, k);
    return { value, start, end, ordinal, percent, form: signWord && f === 'digits' ? 'mixed' : f };
  };
  if (!a.d && a.ent) {
    const e = a.ent;
    // ordinals
    if (e.k === 'ord' || a.def) {
      if (sign < 0) return null;
      const o = ordinal(A, 0);
      if (o) {
        // "السنوات العشرين الماضية": after a definite plural, a definite tens word counts
        if (e.k === 'tens' && a.def && definitePluralBefore(s, a.ps)) return done(o.v, o.k, false);
        if (!ordinalAllowed(s, A, o.k)) return null;
        return done(o.v, o.k, true, false);
      }
      if (e.k === 'ord') return null;
      // "الثلاثة", "الخمس", "الأربع والعشرين", "الثلاثة عشر": a definite cardinal (never الاثنين Monday,
      // الأحد Sunday, الواحد, الست)
      if (e.k === 'unit' && !e.teenSuffix && e.v >= 3 && e.v <= 9 && base !== W_SITT) {
        const n = A.get(1);
        if (n && !n.def && !n.conj && n.ent?.teenSuffix) return done(10 + e.v, 2, false);
        if (n?.conj && n.def && n.ent?.k === 'tens' && !n.prep) return done(e.v + n.ent.v, 2, false);
        return done(e.v, 1, false);
      }
      if (e.k === 'unit' && e.teenSuffix) return done(10, 1, false);
      return null;
    }
    if (a.prep && a.ent.k === 'pct') return null;
    if (e.k === 'frac') {
      // "نصف", "ربع مليون", "ثلثي السكان"
      let v = e.v;
      let k = 1;
      const sc = scaleAt(A, 1, false);
      if (sc && !A.get(1)?.conj && sc.form === 'sing') {
        v = times(v, sc.v);
        k = 2;
      }
      return done(v, k, false);
    }
    if (e.k === 'part') return partOf(A, 0, 1, done);
    if (e.k === 'min' || e.k === 'minPron' || e.k === 'ala' || e.k === 'pct' || e.k === 'point' || e.k === 'minus')
      return null;
    if (e.k === 'fracPl') return null;
    if (e.k === 'scale' && e.form === 'plural') return null;
    // "خمس السكان" → 1/5
    if (e.unitFrac && !A.get(1)) {
      const nw = nextWord(s, a.e);
      if (nw.startsWith('ال') && nw.length > 3 && !isNumberWord(nw)) return done(e.unitFrac, 1, false);
    }
  }
  // zero: "صفر" but not the month Safar ("12 صفر 1445")
  if (base === W_SIFR) {
    const pw = prevWord(s, a.ps);
    if (pw === '#' || A.get(1)?.d || nextWord(s, a.e) === '#') return null;
    return done(0, 1, false);
  }
  if (a.ent?.k === 'unit' && a.ent.v === 0 && !a.ent.teenSuffix && !a.ent.unitFrac) return null;
  const c = cardinal(A, 0);
  if (!c) return null;
  let v = c.v;
  const k = c.k;
  const n = A.get(k);
  // "واحد" alone: not "أي واحد", not "واحدة من أهم", not "واحد منهم"
  if (c.atoms === 1 && W_WAHID.has(base) && !a.d) {
    const pw = prevWord(s, a.ps);
    if (ONE_PRONOUN.has(pw)) return null;
    if (n?.ent?.k === 'minPron' && !n.conj) return null;
    if (nextWord(s, a.e) === W_MIN && !(n?.ent?.k === 'min' && cardinal(A, k + 1))) return null;
  }
  // fractions after the count: "ثلاثة أرباع", "ثلاث وعشرون خمس"
  if (plain(n) && !n.conj && n.ent?.k === 'fracPl' && c.lastScale < 1000) {
    const f = n.ent.v;
    v = c.tailUnit ? v - c.tailUnit + c.tailUnit * f : v * f;
    return done(v, k + 1, false);
  }
  if (plain(n) && !n.conj && (n.ent?.k === 'frac' || unitFracOf(n)) && c.lastScale < 1000 && v >= 11 && !a.d) {
    return done(v * (n.ent?.k === 'frac' ? n.ent.v : unitFracOf(n)), k + 1, false);
  }
  // "مليون ونصف", "خمسة وربع", "مئة وثلاثة أرباع"
  if (plain(n) && n.conj && n.ent?.k === 'frac') {
    return done(v + n.ent.v * (c.lastScale > 1 && Number.isFinite(c.lastScale) ? c.lastScale : 1), k + 1, false);
  }
  if (plain(n) && n.conj) {
    const m = A.get(k + 1);
    const cnt = n.d ? n.d.value : n.ent?.k === 'unit' && !n.ent.compoundOnly ? n.ent.v : 0;
    if (cnt > 0 && plain(m) && !m.conj && m.ent?.k === 'fracPl') {
      return done(
        v + cnt * m.ent.v * (c.lastScale > 1 && Number.isFinite(c.lastScale) ? c.lastScale : 1),
        k + 2,
        false,
      );
    }
  }
  // "واحد فاصلة خمسة" → 1.5
  if (plain(n) && !n.conj && n.ent?.k === 'point' && Number.isInteger(v) && c.lastScale === 1) {
    const d = cardinal(A, k + 1);
    if (d && Number.isInteger(d.v) && !A.get(k + 1)?.conj) {
      const digits = A.get(k + 1)?.d
        ? s.slice((A.get(k + 1) as Atom).s, (A.get(k + 1) as Atom).e).replace(/[^0-9]/g, '')
        : String(d.v);
      return done(v + Number(`0.${digits}`), d.k, false);
    }
  }
  // "عشرين أجزاء من خمسة وعشرين", "مائتان وثلاثة جزء من مائة"
  if (plain(n) && !n.conj && n.ent?.k === 'part') {
    const r = partOf(A, k, v, done);
    if (r) return r;
  }
  // "واحد من ثلاثة", "١ على ٣", "واحد على عشرين": one in N
  if (v === 1 && c.atoms === 1 && plain(n) && !n.conj && (n.ent?.k === 'min' || n.ent?.k === 'ala')) {
    const d = cardinal(A, k + 1);
    if (d && !A.get(k + 1)?.conj && d.v !== 0) return done(1 / d.v, d.k, false);
  }
  return done(v, c.k, false);
}

/** "جزء من مئة", "X أجزاء من Y": X / Y. */
function partOf(
  A: Atoms,
  kPart: number,
  x: number,
  done: (v: number, k: number, ordinal: boolean) => NumberParse | null,
): NumberParse | null {
  const m = A.get(kPart + 1);
  if (!plain(m) || m.conj || m.ent?.k !== 'min') return null;
  const d = cardinal(A, kPart + 2);
  if (!d || A.get(kPart + 2)?.conj || d.v === 0) return null;
  return done(x / d.v, d.k, false);
}

/** Context rules for ordinals (lexicon/numbers.ts). */
function ordinalAllowed(s: string, A: Atoms, k: number): boolean {
  const a = A.get(0) as Atom;
  const last = A.get(k - 1) as Atom;
  const link = nextWord(s, last.e);
  if (END_LINK.has(link)) {
    const q = skipSp(s, last.e);
    if (END_WORD.has(nextWord(s, q + link.length))) return false;
  }
  if (k === 1) {
    const pw = prevWord(s, a.ps);
    if (a.def && MONTH_HEAD.has(pw)) return false;
    const nw = nextWord(s, a.e);
    if (a.base === W_AWAL) {
      if (AWAL_NEXT.has(nw)) return false;
      if (nw === W_MIN && AWAL_NEXT.has(nextWord(s, skipSp(s, a.e) + 2))) return false;
    }
    if (ORD_NOT_BEFORE.get(a.base) === nw) return false;
    if (a.base === W_THANIA && !a.def && (pw === '#' || isNumberWord(pw))) return false;
    if (a.ent?.k === 'hund' && (pw === W_FI || a.prep)) return false;
  }
  return true;
}

/** The stable entry point other extractors use: see the contract at the top of this file. */
export function parseNumberAt(norm: string, i: number): NumberAt | null {
  const r = parseNumberDetailed(norm, i);
  if (!r) return null;
  const { parts: _parts, ...one } = r;
  return one;
}
