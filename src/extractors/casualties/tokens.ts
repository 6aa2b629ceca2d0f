// Tokens of the normalised view for the casualty parser: words, numbers (digits with , or . inside)
// and single punctuation marks, with norm spans. One linear pass.
//   "قتل 5 و106,454 جريحا." → قتل | 5 | و | 106,454 | جريحا | .
import { fold } from '../../text/view.js';

/** A token. The objects are reused from one text to the next (`tokenize`): none is kept past a run. */
export class Tok {
  /** Norm span. */
  s = 0;
  e = 0;
  /** Folded text. */
  v = '';
  k: 'w' | 'n' | 'p' = 'p';
  /** No space between this token and the previous one ("و106" → "106" is glued). */
  glued = false;
  /** Memo of what the lexicons say about this word (`info`), filled on first use; null: no lexicon bits (`bits`). */
  w: WordInfo | null | undefined = undefined;
}

// The tokens are those of /[\p{L}\p{M}]+|[0-9]+(?:[.,][0-9]+)*|[^\s\p{L}\p{M}0-9]|\n/gu, cut by a scan over code
// units classed once each (a table filled on first sight from the same character classes).
const LETTER = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;
const C_LETTER = 1;
const C_SPACE = 2;
const C_DIGIT = 3;
const C_OTHER = 4;
const C_SURROGATE = 5;
/** Class of each code unit, 0 until first seen. */
const CLASS = new Uint8Array(65536);

function classOf(c: number): number {
  let k = CLASS[c] as number;
  if (k === 0) {
    if (c >= 0xd800 && c <= 0xdfff) k = C_SURROGATE;
    else if (c >= 0x30 && c <= 0x39) k = C_DIGIT;
    else {
      const ch = String.fromCharCode(c);
      k = LETTER.test(ch) ? C_LETTER : SPACE.test(ch) && c !== 10 ? C_SPACE : C_OTHER;
    }
    CLASS[c] = k;
  }
  return k;
}

/** Length (1 or 2) of the code point at i and whether it is a letter or mark, for a surrogate code unit. */
function astral(norm: string, i: number): { len: number; letter: boolean } {
  const c = norm.charCodeAt(i);
  if (c <= 0xdbff && i + 1 < norm.length) {
    const d = norm.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return { len: 2, letter: LETTER.test(norm.slice(i, i + 2)) };
  }
  return { len: 1, letter: false };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Token objects of the last text, reused by the next (at most POOL_MAX kept). */
const POOL: Tok[] = [];
const POOL_MAX = 1 << 14;
export function tokenize(norm: string): Tok[] {
  const n = norm.length;
  let count = 0;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    const c = norm.charCodeAt(i);
    let cls = classOf(c);
    if (cls === C_SPACE) {
      i++;
      continue;
    }
    const s = i;
    let k: Tok['k'];
    if (cls === C_SURROGATE) {
      const a = astral(norm, i);
      if (!a.letter) {
        i += a.len;
        put(count++, norm, s, i, 'p', prevEnd);
        prevEnd = i;
        continue;
      }
      cls = C_LETTER;
    }
    if (cls === C_LETTER) {
      // A run of letters and marks (astral ones too); its first unit decides the kind (a high surrogate: 'p').
      k = c >= 0xd800 && c <= 0xdfff ? 'p' : 'w';
      while (i < n) {
        const d = norm.charCodeAt(i);
        const dc = classOf(d);
        if (dc === C_LETTER) i++;
        else if (dc === C_SURROGATE) {
          const a = astral(norm, i);
          if (!a.letter) break;
          i += a.len;
        } else break;
      }
    } else if (cls === C_DIGIT) {
      k = 'n';
      i++;
      while (i < n && isDigit(norm.charCodeAt(i))) i++;
      // (?:[.,][0-9]+)*
      while (i + 1 < n) {
        const sep = norm.charCodeAt(i);
        if ((sep !== 0x2e && sep !== 0x2c) || !isDigit(norm.charCodeAt(i + 1))) break;
        i += 2;
        while (i < n && isDigit(norm.charCodeAt(i))) i++;
      }
    } else {
      k = 'p';
      i++;
    }
    put(count++, norm, s, i, k, prevEnd);
    prevEnd = i;
  }
  const out = POOL.slice(0, count);
  if (POOL.length > POOL_MAX) POOL.length = POOL_MAX;
  return out;
}

/** Token `at` of the text being cut, in a pooled object. */
function put(at: number, norm: string, s: number, e: number, k: Tok['k'], prevEnd: number): void {
  let t = POOL[at];
  if (t === undefined) {
    t = new Tok();
    POOL.push(t);
  }
  t.s = s;
  t.e = e;
  t.v = norm.slice(s, e);
  t.k = k;
  t.glued = s === prevEnd;
  t.w = undefined;
}

/** Kinds in `TokIndex.kind`. */
export const K_WORD = 1;
export const K_NUM = 2;
export const K_PUNCT = 3;
/** Punctuation that ends a sentence (`isSentenceEnd`). */
export const K_END = 4;

/** Per-token facts in flat arrays, so the passes over the text read no token object until a gate lets one through:
 * the kind and the lexicon bits of each word (as `bits` gives them; 0 for other tokens). */
export interface TokIndex {
  kind: Uint8Array;
  lb: Int32Array;
  b0: Int32Array;
  b1: Int32Array;
}

/** Per-text arrays are views of buffers reused from one text to the next (one buffer per use, not re-entrant),
 * grown as needed; a buffer above SCRATCH_MAX elements is not kept. */
const SCRATCH_MAX = 1 << 16;

/** A reused Uint8Array buffer: `get(n)` gives a zeroed view of n elements. */
export class Scratch8 {
  private buf = new Uint8Array(1024);
  get(n: number): Uint8Array {
    let b = this.buf;
    if (b.length < n) {
      b = new Uint8Array(Math.max(n, 2 * b.length));
      if (b.length <= SCRATCH_MAX) this.buf = b;
      return b.subarray(0, n);
    }
    const v = b.subarray(0, n);
    v.fill(0);
    return v;
  }
}

/** A reused Int32Array buffer: `get(n)` gives a view of n elements, zeroed when `zero`. */
export class Scratch32 {
  private buf = new Int32Array(1024);
  get(n: number, zero: boolean): Int32Array {
    let b = this.buf;
    if (b.length < n) {
      b = new Int32Array(Math.max(n, 2 * b.length));
      if (b.length <= SCRATCH_MAX) this.buf = b;
      return b.subarray(0, n);
    }
    const v = b.subarray(0, n);
    if (zero) v.fill(0);
    return v;
  }
}

const KIND = new Scratch8();
const LB = new Scratch32();
const B0 = new Scratch32();
const B1 = new Scratch32();

/** Tokens of a text with their index; each word's bits are looked up here, once. */
export function scan(norm: string): { toks: Tok[]; ix: TokIndex } {
  const toks = tokenize(norm);
  const n = toks.length;
  const ix: TokIndex = { kind: KIND.get(n), lb: LB.get(n, false), b0: B0.get(n, false), b1: B1.get(n, false) };
  const { kind, lb, b0, b1 } = ix;
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Tok;
    if (t.k === 'w') {
      kind[i] = K_WORD;
      const w = bits(t);
      lb[i] = w.lb;
      b0[i] = w.b0;
      b1[i] = w.b1;
    } else {
      kind[i] = t.k === 'n' ? K_NUM : isSentenceEnd(t) ? K_END : K_PUNCT;
      lb[i] = 0;
      b0[i] = 0;
      b1[i] = 0;
    }
  }
  return { toks, ix };
}

/** Sentence ends: . ! ؟ ? ؛ and newline. */
export function isSentenceEnd(t: Tok | undefined): boolean {
  if (t === undefined) return true;
  if (t.k !== 'p' || t.v.length !== 1) return false;
  switch (t.v.charCodeAt(0)) {
    case 0x2e: // .
    case 0x21: // !
    case 0x61f: // ؟
    case 0x3f: // ?
    case 0x61b: // ؛
    case 0x0a: // newline
    case 0x2026: // …
      return true;
    default:
      return false;
  }
}

/** Proclitic prefixes, longest first: "وبالقتلى" → و+ب+ال. */
const PREFIXES = [
  'وبال',
  'فبال',
  'وكال',
  'ولل',
  'فلل',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'ال',
  'وب',
  'ول',
  'فب',
  'فل',
  'وك',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
];

export interface Stripped {
  /** The word without its proclitics. */
  stem: string;
  /** Length of the proclitics. */
  pre: number;
  /** The proclitics include the article ال. */
  definite: boolean;
  /** The lexicon sets (`Lex` bits) that hold the stem. */
  b: number;
}

/** What the lexicons say about one distinct word; computed once per word (bounded cache), shared by its tokens. */
export interface WordInfo {
  /** Readings: itself, then without each proclitic that leaves ≥ 2 letters. */
  st: Stripped[];
  /** Lex bits of the word itself. */
  b0: number;
  /** Lex bits of the word without a first letter و ب ل ف (0 when it has none). */
  b1: number;
  /** Union of the bits of every reading. */
  lb: number;
  /** Memos of words.ts (casualty readings, person count), filled on first use. */
  rd: readonly unknown[] | undefined;
  pc: unknown;
}

/** Every word of a registered set → the bits of the sets that hold it. */
const LEX = new Map<string, number>();
let nextBit = 0;
// Every word in a set is a suffix of the words it is found in (itself, a reading without proclitics, the word
// without its first letter), so a word whose ending matches no registered word has no bits, without a look-up.
/** Hashed last three letters of the registered words of 3+ letters (bit set of 64 Ki). */
const END3 = new Uint32Array(2048);
/** Low bytes of the registered words of 2 letters (bit set of 64 Ki). */
const END2 = new Uint32Array(2048);
/** Low bytes of the registered words of 1 letter. */
const END1 = new Uint32Array(8);
let emptyWord = false;

function end3(v: string): number {
  const n = v.length;
  const x = ((v.charCodeAt(n - 3) & 0xff) << 16) | ((v.charCodeAt(n - 2) & 0xff) << 8) | (v.charCodeAt(n - 1) & 0xff);
  return Math.imul(x, 0x9e3779b1) >>> 16;
}

function end2(v: string): number {
  const n = v.length;
  return ((v.charCodeAt(n - 2) & 0xff) << 8) | (v.charCodeAt(n - 1) & 0xff);
}

function hasBit(set: Uint32Array, k: number): boolean {
  return ((set[k >>> 5] as number) & (1 << (k & 31))) !== 0;
}

function setBit(set: Uint32Array, k: number): void {
  set[k >>> 5] = (set[k >>> 5] as number) | (1 << (k & 31));
}

/** May a word, a reading of it or it without its first letter be in a registered set? */
function mayLex(v: string): boolean {
  const n = v.length;
  if (n <= 1) return emptyWord || (n === 1 && hasBit(END1, v.charCodeAt(0) & 0xff));
  if (n >= 3 && hasBit(END3, end3(v))) return true;
  if (hasBit(END2, end2(v))) return true;
  return n === 2 && hasBit(END1, v.charCodeAt(1) & 0xff);
}

/** A set of folded words registered for bit tests on tokens (`inLex`, `hasLex`). At most 31 per process. */
export interface Lex {
  set: Set<string>;
  bit: number;
}

/** Register a set of folded words (call at module init only). */
export function lex(set: Set<string> | Iterable<string>): Lex {
  const s = set instanceof Set ? (set as Set<string>) : new Set(set);
  if (nextBit >= 31) throw new Error('too many lexicon sets');
  const bit = 1 << nextBit++;
  for (const w of s) {
    LEX.set(w, (LEX.get(w) ?? 0) | bit);
    if (w.length >= 3) setBit(END3, end3(w));
    else if (w.length === 2) setBit(END2, end2(w));
    else if (w.length === 1) setBit(END1, w.charCodeAt(0) & 0xff);
    else emptyWord = true;
  }
  INFO.clear();
  return { set: s, bit };
}

/** Registered endings: a word ending so has the bit in its `lb` (not in `b0`). */
const SUFFIXES: Array<{ w: string; bit: number }> = [];

/** Register an ending (call at module init only): words ending with it get its bit in `lb`. */
export function suffixLex(w: string): Lex {
  const l = lex([]);
  SUFFIXES.push({ w, bit: l.bit });
  if (w.length >= 3) setBit(END3, end3(w));
  else if (w.length === 2) setBit(END2, end2(w));
  else if (w.length === 1) setBit(END1, w.charCodeAt(0) & 0xff);
  else throw new Error('empty ending');
  return l;
}

const INFO = new Map<string, WordInfo>();

/** The word info of a string (memoised per word, bounded). */
export function infoOf(v: string): WordInfo {
  const hit = INFO.get(v);
  if (hit) return hit;
  if (INFO.size > 100000) INFO.clear();
  const st = stripsOf(v);
  let lb = 0;
  for (const r of st) lb |= r.b;
  for (const x of SUFFIXES) if (v.endsWith(x.w)) lb |= x.bit;
  const c = v.charCodeAt(0);
  const b1 = c === 0x648 || c === 0x628 || c === 0x644 || c === 0x641 ? (LEX.get(v.slice(1)) ?? 0) : 0;
  const out: WordInfo = { st, b0: (st[0] as Stripped).b, b1, lb, rd: undefined, pc: undefined };
  INFO.set(v, out);
  return out;
}

/** The lexicon bits of a word (those of `WordInfo`). */
export interface Bits {
  b0: number;
  b1: number;
  lb: number;
}

const NO_BITS: Bits = { b0: 0, b1: 0, lb: 0 };

/** The lexicon bits of a token: its word info, or none without a look-up when no set has its ending. */
export function bits(t: Tok): Bits {
  const w = t.w;
  if (w) return w;
  if (w === null) return NO_BITS;
  if (mayLex(t.v)) return info(t);
  t.w = null;
  return NO_BITS;
}

/** The word info of a token (memoised on it). */
export function info(t: Tok): WordInfo {
  let w = t.w;
  if (!w) {
    w = infoOf(t.v);
    t.w = w;
  }
  return w;
}

/** Readings of a word: itself, then without each proclitic that leaves ≥ 2 letters (memoised per word). */
export function strips(v: string): Stripped[] {
  return infoOf(v).st;
}

/** Readings of a token's word (memoised on the token). */
export function stripsT(t: Tok): Stripped[] {
  return info(t).st;
}

function stripsOf(v: string): Stripped[] {
  const out: Stripped[] = [{ stem: v, pre: 0, definite: false, b: LEX.get(v) ?? 0 }];
  // Every prefix starts with و ف ب ل ك or ا.
  const c = v.charCodeAt(0);
  if (c !== 0x648 && c !== 0x641 && c !== 0x628 && c !== 0x644 && c !== 0x643 && c !== 0x627) return out;
  for (const p of PREFIXES) {
    if (v.length - p.length >= 2 && v.startsWith(p)) {
      const stem = v.slice(p.length);
      out.push({ stem, pre: p.length, definite: p.endsWith('ال') || p.endsWith('لل'), b: LEX.get(stem) ?? 0 });
    }
  }
  return out;
}

/** A token's reading found in a registered set, with or without proclitics (not the article when `noArticle`). */
export function inLex(l: Lex, t: Tok, noArticle = false): Stripped | null {
  if ((bits(t).lb & l.bit) === 0) return null;
  for (const r of info(t).st) {
    if (noArticle && r.definite) continue;
    if ((r.b & l.bit) !== 0) return r;
  }
  return null;
}

/** A token's reading found in a set (not registered: for checks made near a trigger only), as `inSet` on its word. */
export function inSetT(set: Set<string>, t: Tok, noArticle = false): Stripped | null {
  for (const r of info(t).st) {
    if (noArticle && r.definite) continue;
    if (set.has(r.stem)) return r;
  }
  return null;
}

/** Is the token's word itself in a registered set (`set.has(t.v)`)? */
export function hasLex(l: Lex, t: Tok): boolean {
  return (bits(t).b0 & l.bit) !== 0;
}

/** A set of folded words. */
export function foldedSet(words: readonly string[]): Set<string> {
  return new Set(words.map(fold));
}

/** Look a word up in a set, with or without proclitics (not the article when `noArticle`). */
export function inSet(set: Set<string>, v: string, opts: { noArticle?: boolean } = {}): Stripped | null {
  for (const r of strips(v)) {
    if (opts.noArticle && r.definite) continue;
    if (set.has(r.stem)) return r;
  }
  return null;
}

/** Folded multi-word phrases as token arrays, longest first. */
export function phrases(list: readonly string[]): string[][] {
  const uniq = [...new Set(list.map((p) => fold(p)))];
  return uniq.map((p) => p.split(/ +/)).sort((a, b) => b.length - a.length);
}

/** Does `ph` match tokens starting at i (the first token may carry a one-letter proclitic و ب ل ف)? */
export function matchAt(toks: readonly Tok[], i: number, ph: readonly string[], procliticFirst = false): boolean {
  for (let j = 0; j < ph.length; j++) {
    const t = toks[i + j];
    if (t === undefined) return false;
    const w = ph[j] as string;
    if (t.v === w) continue;
    if (j === 0 && procliticFirst && t.v.length === w.length + 1 && isProclitic1(t.v.charCodeAt(0)) && t.v.endsWith(w))
      continue;
    return false;
  }
  return true;
}

/** The first phrase of `list` that matches at token i (as `matchAt`), or null. */
export function matchFirst<P extends readonly string[]>(
  toks: readonly Tok[],
  i: number,
  list: readonly P[],
  procliticFirst = false,
): P | null {
  for (const p of list) if (matchAt(toks, i, p, procliticFirst)) return p;
  return null;
}

/** The first phrase of `list` that ends just before token i (as `matchAt`), or null. */
export function matchBefore<P extends readonly string[]>(
  toks: readonly Tok[],
  i: number,
  list: readonly P[],
  procliticFirst = false,
): P | null {
  for (const p of list) if (i - p.length >= 0 && matchAt(toks, i - p.length, p, procliticFirst)) return p;
  return null;
}

/** Sorts a list in place like `Array.prototype.sort` (stable), by insertion when it is short (no work arrays). */
export function sortSmall<T>(a: T[], cmp: (x: T, y: T) => number): T[] {
  const n = a.length;
  if (n > 32) return a.sort(cmp);
  for (let i = 1; i < n; i++) {
    const x = a[i] as T;
    let j = i - 1;
    while (j >= 0 && cmp(a[j] as T, x) > 0) {
      a[j + 1] = a[j] as T;
      j--;
    }
    a[j + 1] = x;
  }
  return a;
}

/** و ب ل ف */
function isProclitic1(c: number): boolean {
  return c === 0x648 || c === 0x628 || c === 0x644 || c === 0x641;
}

/** First token whose end is past norm index x (binary search). */
export function tokAt(toks: readonly Tok[], x: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((toks[mid] as Tok).e <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
