// The text view every extractor matches against.
//
// `norm` is the original text with, for matching only:
//   - Eastern Arabic (٠-٩) and Persian (۰-۹) digits → ASCII; ٫ → "." ; ٬ → "," ; ٪ → "%"
//   - أ إ آ ٱ → ا ; ى → ي ; ة → ه (so "المئة"/"المئه", "إلى"/"الى" match one pattern)
//   - every kind of space (NBSP, thin space, …) → " "
//   - a lone surrogate (malformed UTF-16) → U+FFFD, one unit for one
//   - diacritics (harakat, tanween, shadda, sukun, dagger alef), tatweel, and invisible
//     formatting marks (ZWNJ, ZWJ, LRM, RLM, bidi embeddings and isolates, BOM, soft hyphen) REMOVED.
// Removal shifts offsets, so `map[i]` holds the original index of norm[i]; `map[norm.length]`
// is the original length. A span [s, e) of norm is [map[s], map[e - 1] + 1) of the original.
//
// Example: "قُتِلَ ٥" → norm "قتل 5", map [0, 2, 4, 6, 7], so norm span [4, 5) is original [7, 8).

export interface TextView {
  readonly text: string;
  readonly norm: string;
  readonly map: Int32Array;
}

/** Characters dropped from the normalised view. */
export function isIgnorable(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // harakat, tanween, shadda, sukun, hamza marks
    c === 0x0670 || // dagger alef
    c === 0x0640 || // tatweel
    (c >= 0x0610 && c <= 0x061a) || // Quranic honorifics and small marks
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e4) ||
    c === 0x06e7 ||
    c === 0x06e8 ||
    (c >= 0x06ea && c <= 0x06ed) ||
    c === 0x00ad || // soft hyphen
    (c >= 0x200b && c <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0x061c || // Arabic letter mark
    c === 0xfeff // BOM / ZWNBSP
  );
}

/** The one-for-one folding of a single UTF-16 unit (after ignorables are removed). */
export function foldUnit(c: number): number {
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30;
  switch (c) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
      return 0x0627; // ا
    case 0x0649: // ى
      return 0x064a; // ي
    case 0x0629: // ة
      return 0x0647; // ه
    case 0x066b: // ٫ Arabic decimal separator
      return 0x2e;
    case 0x066c: // ٬ Arabic thousands separator
      return 0x2c;
    case 0x066a: // ٪
      return 0x25;
    case 0x06cc: // Persian yeh
      return 0x064a;
    case 0x06a9: // Persian kaf
      return 0x0643;
    case 0x00a0:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200a:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0x0009:
      return 0x20;
    default:
      if (c >= 0x2000 && c <= 0x2006) return 0x20;
      return c;
  }
}

/**
 * foldUnit of every UTF-16 unit below U+2070 (Latin, Arabic, the spaces and marks of U+2000–U+206F),
 * DROP for the ignorable ones: one array read per character. Above it, the functions decide.
 */
const DROP = 0xffff;
const TABLE_END = 0x2070;
let FOLD: Uint16Array | null = null;
function foldTable(): Uint16Array {
  const t = new Uint16Array(TABLE_END);
  for (let c = 0; c < TABLE_END; c++) t[c] = c;
  // only the few units of UNFOLDED differ from themselves
  for (let c = 0; c < TABLE_END; c++) {
    if ((c < 0x0600 && c !== 0x09 && c !== 0xa0 && c !== 0xad) || (c > 0x06ff && c < 0x2000)) continue;
    if (UNFOLDED.test(String.fromCharCode(c))) t[c] = isIgnorable(c) ? DROP : foldUnit(c);
  }
  return t;
}

/** Scratch for the folded units: reused by every call (the string is copied out of it). */
let OUT = new Uint16Array(4096);
/** Decodes the folded units into a string in one native call (5x faster than String.fromCharCode.apply). */
const UTF16 = new TextDecoder('utf-16le');

export function makeView(text: string): TextView {
  const n = text.length;
  if (OUT.length < n) OUT = new Uint16Array(Math.max(n, OUT.length * 2));
  const out = OUT;
  const map = new Int32Array(n + 1);
  FOLD ??= foldTable();
  const fold = FOLD;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f: number;
    if (c < TABLE_END) {
      f = fold[c] as number;
      if (f === DROP) continue;
    } else {
      if (isIgnorable(c)) continue;
      f = foldUnit(c);
    }
    out[j] = f;
    map[j] = i;
    j++;
  }
  map[j] = n;
  // A lone surrogate becomes U+FFFD here; neither is a letter, digit or space to any extractor.
  const norm = UTF16.decode(out.subarray(0, j));
  return { text, norm, map: map.subarray(0, j + 1) };
}

/**
 * Every UTF-16 unit that isIgnorable or that foldUnit changes (test/view.test.ts checks this class
 * against the two functions for all 65,536 units): one native test tells a folded word.
 */
export const UNFOLDED =
  /[\u0009\u00A0\u00AD\u0610-\u061A\u061C\u0622-\u0623\u0625\u0629\u0640\u0649\u064B-\u066C\u0670-\u0671\u06A9\u06CC\u06D6-\u06DC\u06DF-\u06E4\u06E7-\u06E8\u06EA-\u06ED\u06F0-\u06F9\u2000-\u200F\u202A-\u202F\u205F\u2066-\u2069\u3000\uFEFF]/;

/** Code units of a folded word being built (reused: fold is not re-entrant). */
const FOLDED: number[] = [];

/** Fold a pattern word or a lexicon entry the same way (for building regexes and comparing words). */
export function fold(s: string): string {
  // Most words are already folded: return them as they are, without building a new string.
  if (!UNFOLDED.test(s)) return s;
  // One table read per unit (the same table as makeView): thousands of lexicon words are folded
  // when the modules load, before V8 has optimised anything.
  FOLD ??= foldTable();
  const t = FOLD;
  const n = s.length;
  FOLDED.length = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < TABLE_END) {
      const f = t[c] as number;
      if (f !== DROP) FOLDED.push(f);
    } else if (!isIgnorable(c)) FOLDED.push(foldUnit(c));
  }
  if (FOLDED.length <= 8192) return String.fromCharCode.apply(null, FOLDED);
  // String.fromCharCode.apply has an argument-count limit
  let r = '';
  for (let k = 0; k < FOLDED.length; k += 8192) r += String.fromCharCode.apply(null, FOLDED.slice(k, k + 8192));
  return r;
}

/** Original-text span of a norm span [s, e). */
export function origSpan(view: TextView, s: number, e: number): { start: number; end: number } {
  if (e <= s) {
    const p = view.map[s] ?? view.text.length;
    return { start: p, end: p };
  }
  return { start: view.map[s] as number, end: (view.map[e - 1] as number) + 1 };
}

/** Norm index of the first norm character at or after original index `o` (binary search). */
export function normIndex(view: TextView, o: number): number {
  const m = view.map;
  let lo = 0;
  let hi = m.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((m[mid] as number) < o) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
