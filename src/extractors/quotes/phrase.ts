// Speaker phrases: what follows a speech verb, a source cue or a title, parsed from a bounded
// window of the folded text (at most MAX_TOKENS words).
//
//   "وزير الخارجية الأمريكي أنتوني بلينكن في" → person, title "وزير الخارجية الأمريكي", name "أنتوني بلينكن"
//   "وزير الخارجية هاكان فيدان لبلينكين إن"    → person, name "هاكان فيدان" (the addressee is left out)
//   "المتحدث باسم الجيش"                        → role (a title with no name)
//   "مصدر أمني عراقي، طلب"                      → body "مصدر أمني عراقي"
//   "بلينكن أيضا إنه"                           → person "بلينكن"
//   "إن تركيا"                                  → none (the verb's subject is a pronoun)

import {
  ANON_NOUNS,
  BODY_NOUNS,
  COMPLEMENTIZERS,
  CONSTRUCT_NOUNS,
  ENVOY_TITLES,
  HONORIFICS,
  MANNER_NOUNS,
  MEDIA_NOUNS,
  NAME_PARTICLES,
  PHRASE_STOPS,
  PLACE_TITLES,
  QUOTING_NOUNS,
  RANK_SUFFIXES,
  SOURCE_ADJECTIVES,
  SOURCE_CUES,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  STATEMENT_NOUNS,
  TIME_FILLERS,
  TITLE_ADJECTIVES,
  TITLE_HEADS,
  TITLE_HEADS_NEED_COMPLEMENT,
} from '../../lexicon/speech.js';
import { letterOrDigitAt } from '../../text/chars.js';
import { fold } from '../../text/view.js';

const set = (l: readonly string[]): ReadonlySet<string> => new Set(l.map(fold));
export const TITLES = set(TITLE_HEADS);
const TITLES_WEAK = set(TITLE_HEADS_NEED_COMPLEMENT);
const CONSTRUCT = set(CONSTRUCT_NOUNS);
const BODIES = set(BODY_NOUNS);
const ANON = set(ANON_NOUNS);
const STOPS = set([...PHRASE_STOPS, ...COMPLEMENTIZERS, ...QUOTING_NOUNS]);
const PLACE_HEADS = set(PLACE_TITLES);
const HONORIFIC = set(HONORIFICS);
const ENVOYS = set(ENVOY_TITLES);
/** Adjectives that qualify a title, never a name: "عضو مجلس محافظة ديالى السابق". */
const AFTER_TITLE = set([
  'السابق',
  'السابقة',
  'الأسبق',
  'العام',
  'العامة',
  'المكلف',
  'المكلفة',
  'الحالي',
  'المؤقت',
  'المنتهية',
]);
/** "عضو مجلس النواب عن دائرة سمالوط": titles that represent a district. */
const DISTRICT = set(['عضو', 'نائب', 'نائبة', 'ممثل', 'ممثلة']);
const RANKS = set(RANK_SUFFIXES);
const CUES = set([...SPEECH_VERBS, ...SPEECH_PARTICIPLES, ...SOURCE_CUES]);
const ADJ = set(SOURCE_ADJECTIVES);
const MEDIA = set(MEDIA_NOUNS);
const PARTICLES = set(NAME_PARTICLES);
const FILLERS = set(TIME_FILLERS);
const MANNER = set(MANNER_NOUNS);
const WEEKDAYS = set(['الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت']);

export const MAX_TOKENS = 16;

/** Per-text state read by the parsers: set by `withTextState` for the duration of one extraction. */
export interface TextState {
  /** The original character behind a norm index, for the few words folding makes ambiguous (على/علي). */
  originalChar: (normIndex: number) => number;
  /** Words of the current text (to tell an addressee "لبلينكين" from a name "ليفي"). */
  knownWords: { has(w: string): boolean };
}

let state: TextState | null = null;

/** Run f with `st` as the text state; the previous state is restored after (re-entrant). */
export function withTextState<T>(st: TextState, f: () => T): T {
  const prev = state;
  state = st;
  try {
    return f();
  } finally {
    state = prev;
  }
}

/**
 * Word spans of s ([\p{L}\p{N}]+ runs) as flat [start, end, hash, start, end, hash, …], the hash
 * being hashSpan(s, start, end) (WORD_STRIDE entries per word). In the same pass, `hits[b]`
 * collects the words `flags` may know with bit b (indices into the result), and `parens` the
 * words followed by ")".
 */
export function wordSpans(
  s: string,
  flags: WordFlags | null = null,
  hits: number[][] = [],
  parens: number[] = [],
): Int32Array {
  let i = 0;
  const n = s.length;
  // At most one word per two characters. The buffer is reused from text to text (up to a cap), so
  // the result is valid until the next call.
  const need = WORD_STRIDE * ((n + 1) >> 1);
  let buf = scratch;
  if (buf.length < need) {
    buf = new Int32Array(need);
    if (need <= SCRATCH_CAP) scratch = buf;
  }
  let k = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (!letterCode(c, s, i)) {
      i++;
      continue;
    }
    const st = i;
    let h = 0;
    for (;;) {
      h = (Math.imul(h, 31) + c) | 0;
      i++;
      if (i >= n) break;
      c = s.charCodeAt(i);
      if (!letterCode(c, s, i)) break;
    }
    buf[k] = st;
    buf[k + 1] = i;
    buf[k + 2] = h;
    const f = flags === null ? 0 : flags.get(h);
    if (f !== 0) {
      const len = i - st;
      for (let b = 0; b < hits.length; b++) {
        if ((f & (1 << b)) !== 0 && len >= (flags as WordFlags).min(b) && len <= (flags as WordFlags).max(b))
          (hits[b] as number[]).push(k);
      }
    }
    if (s.charCodeAt(i) === 0x29) parens.push(k);
    k += WORD_STRIDE;
  }
  return buf.subarray(0, k);
}

/** Entries per word in wordSpans' array. */
export const WORD_STRIDE = 3;
/** wordSpans' buffer, kept for the next text when it holds at most SCRATCH_CAP entries (4 MB). */
const SCRATCH_CAP = 1 << 20;
let scratch = new Int32Array(0);

/** Hash of s[a, b): h = h·31 + c over its code units (wordSpans computes the same). */
export function hashSpan(s: string, a: number, b: number): number {
  let h = 0;
  for (let i = a; i < b; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** 31^k as int32 (mod 2^32), k < 64. */
export const POW31 = new Int32Array(64);
POW31[0] = 1;
for (let k = 1; k < 64; k++) POW31[k] = Math.imul(POW31[k - 1] as number, 31);

/** hashSpan of a + b from the hashes of a and b (b of length bLen): hash(a)·31^bLen + hash(b). */
export function hashConcat(ha: number, hb: number, bLen: number): number {
  let p = 1;
  if (bLen < 64) p = POW31[bLen] as number;
  else for (let k = 0; k < bLen; k++) p = Math.imul(p, 31);
  return (Math.imul(ha, p) + hb) | 0;
}

/**
 * Up to 8 lexicons in one table: a byte per hash slot, the OR of the bits of the words added
 * there, and each bit's length range. A bit set says "maybe"; a bit clear says "no" (superset gate).
 */
export class WordFlags {
  private readonly slots: Uint8Array;
  private readonly shift: number;
  private readonly lo: number[] = [];
  private readonly hi: number[] = [];
  constructor(log2Slots: number) {
    this.slots = new Uint8Array(1 << log2Slots);
    this.shift = 32 - log2Slots;
  }
  private slot(h: number): number {
    return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> this.shift;
  }
  add(w: string, bit: number): void {
    this.addHash(hashSpan(w, 0, w.length), bit);
    this.lo[bit] = Math.min(this.lo[bit] ?? Number.POSITIVE_INFINITY, w.length);
    this.hi[bit] = Math.max(this.hi[bit] ?? 0, w.length);
  }
  /** Add a word by its hash (hashSpan); its length must lie in the bit's range (see range). */
  addHash(h: number, bit: number): void {
    const x = this.slot(h);
    this.slots[x] = (this.slots[x] as number) | (1 << bit);
  }
  /** Add every prefix followed by every suffix (their hashes; suffixes shorter than 64). */
  addProducts(
    prefixes: readonly number[],
    suffixes: readonly number[],
    suffixLens: readonly number[],
    bit: number,
  ): void {
    const slots = this.slots;
    const shift = this.shift;
    const m = 1 << bit;
    for (let i = 0; i < prefixes.length; i++) {
      const hp = prefixes[i] as number;
      for (let k = 0; k < suffixes.length; k++) {
        const h = (Math.imul(hp, POW31[suffixLens[k] as number] as number) + (suffixes[k] as number)) | 0;
        const x = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> shift;
        slots[x] = (slots[x] as number) | m;
      }
    }
  }
  /** Widen the length range of a bit's words to [lo, hi]. */
  range(bit: number, lo: number, hi: number): void {
    this.lo[bit] = Math.min(this.lo[bit] ?? Number.POSITIVE_INFINITY, lo);
    this.hi[bit] = Math.max(this.hi[bit] ?? 0, hi);
  }
  get(h: number): number {
    return this.slots[this.slot(h)] as number;
  }
  min(bit: number): number {
    return this.lo[bit] ?? Number.POSITIVE_INFINITY;
  }
  max(bit: number): number {
    return this.hi[bit] ?? 0;
  }
}

/**
 * A one-hash Bloom filter over word hashes: a cheap "maybe" before slicing a word and looking it
 * up in a Map. `has` never says no for an added word (a superset gate).
 */
export class HashGate {
  private readonly bits: Int32Array;
  private readonly shift: number;
  constructor(log2Bits: number) {
    this.bits = new Int32Array(1 << Math.max(0, log2Bits - 5));
    this.shift = 32 - log2Bits;
  }
  private slot(h: number): number {
    return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> this.shift;
  }
  /** Forget every word (to reuse one gate for each text). */
  clear(): void {
    this.bits.fill(0);
  }
  add(w: string): void {
    const x = this.slot(hashSpan(w, 0, w.length));
    const k = x >>> 5;
    this.bits[k] = (this.bits[k] as number) | (1 << (x & 31));
  }
  has(h: number): boolean {
    const x = this.slot(h);
    return ((this.bits[x >>> 5] as number) & (1 << (x & 31))) !== 0;
  }
}

/**
 * The set of words of s, built on first use: an open-addressing table of word indices keyed by the
 * hashes wordSpans computed, so that no word is sliced; a probe compares lengths and characters.
 * Many distinct words with one hash (a crafted text) would make probes long: past MAX_PROBE steps
 * the table gives way to a Set of the words, as before.
 */
export function lazyWords(s: string, spans: Int32Array): { has(w: string): boolean } {
  let table: Int32Array | null = null;
  let words: Set<string> | null = null;
  let shift = 0;
  const slot = (h: number): number => Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> shift;
  const build = (): Int32Array | null => {
    let bits = 4;
    while (1 << bits < (spans.length / WORD_STRIDE) * 2) bits++;
    const t = new Int32Array(1 << bits).fill(-1);
    shift = 32 - bits;
    const mask = (1 << bits) - 1;
    for (let k = 0; k < spans.length; k += WORD_STRIDE) {
      const a = spans[k] as number;
      const len = (spans[k + 1] as number) - a;
      const h = spans[k + 2] as number;
      for (let i = slot(h), probes = 0; ; i = (i + 1) & mask, probes++) {
        if (probes > MAX_PROBE) return null;
        const o = t[i] as number;
        if (o === -1) {
          t[i] = k;
          break;
        }
        if (
          spans[o + 2] === h &&
          (spans[o + 1] as number) - (spans[o] as number) === len &&
          sameAt(s, spans[o] as number, a, len)
        )
          break;
      }
    }
    return t;
  };
  const toSet = (): Set<string> => {
    const set = new Set<string>();
    for (let k = 0; k < spans.length; k += WORD_STRIDE) set.add(s.slice(spans[k] as number, spans[k + 1] as number));
    return set;
  };
  return {
    has(w: string): boolean {
      if (table === null && words === null) {
        table = build();
        if (table === null) words = toSet();
      }
      if (table === null) return (words as Set<string>).has(w);
      const mask = table.length - 1;
      const h = hashSpan(w, 0, w.length);
      for (let i = slot(h), probes = 0; ; i = (i + 1) & mask, probes++) {
        if (probes > MAX_PROBE) {
          table = null;
          words = toSet();
          return words.has(w);
        }
        const o = table[i] as number;
        if (o === -1) return false;
        const a = spans[o] as number;
        if (spans[o + 2] === h && (spans[o + 1] as number) - a === w.length && s.startsWith(w, a)) return true;
      }
    },
  };
}

/** Longest probe lazyWords accepts before it falls back to a Set. */
const MAX_PROBE = 64;

function sameAt(s: string, a: number, b: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (s.charCodeAt(a + i) !== s.charCodeAt(b + i)) return false;
  return true;
}

const TADJ = set(TITLE_ADJECTIVES);
const NAMED = set(['يدعى', 'ويدعى', 'تدعى', 'وتدعى', 'اسمه', 'اسمها', 'يدعي']);
const COMP = set(COMPLEMENTIZERS);
const STATEMENTS = set(STATEMENT_NOUNS);

/** After a statement noun at k - 1: k, or past "صادر عن"/"الصادر من" ("بيان صادر عن الجيش" → at الجيش). */
export function pastIssuedBy(toks: Token[], k: number): number {
  const n = toks[k];
  const by = toks[k + 1];
  return n?.word && (n.w === 'صادر' || n.w === 'الصادر') && by?.word && (by.w === 'عن' || by.w === 'من') ? k + 2 : k;
}

/** Drop a leading preposition ل from token i: "لوزارة" → "وزارة", "للشرطة" → "الشرطة" (span kept). */
export function dropLam(toks: Token[], i: number): Token[] {
  const t = toks[i];
  if (!t?.word || t.w[0] !== 'ل' || t.w.length < 4) return toks;
  const copy = toks.slice();
  copy[i] = { ...t, w: t.w.startsWith('لل') ? `ا${t.w.slice(1)}` : t.w.slice(1) };
  return copy;
}

export interface Token {
  s: number;
  e: number;
  /** The folded word, or the punctuation/mark character. */
  w: string;
  word: boolean;
}

/** Quote marks that may stand around a quoted name: '"“”«»„‹›'. */
const QUOTE_CHARS: ReadonlySet<string> = new Set([...'"“”«»„‹›']);

/** letterOrDigitAt(s, i) for c = s.charCodeAt(i): Arabic letters and ASCII tested inline. */
function letterCode(c: number, s: string, i: number): boolean {
  if (c >= 0x0621 && c <= 0x064a) return true;
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return letterOrDigitAt(s, i);
}

/**
 * The tokens of the current text by start index, shared by every window that reads them: a token is
 * made (and its word sliced) once per text. Only whole words are kept (a word cut by a window's
 * limit is made for that window alone). Tokens are never changed after they are made.
 */
let cacheText: string | null = null;
const NO_TOKEN: Token = { s: 0, e: 0, w: '', word: false };
/**
 * 1 + index into cacheToks of the token starting at a norm index, or 0. Entries of earlier texts
 * are not cleared: an entry counts only when it points below cacheN at a token starting there.
 */
let cacheAt = new Int32Array(0);
const cacheToks: Token[] = [];
let cacheN = 0;
/** cacheAt is kept for the next text when it has at most TOKEN_CACHE_CAP entries (4 MB). */
const TOKEN_CACHE_CAP = 1 << 20;

function tokenCache(s: string): Int32Array {
  if (s === cacheText) return cacheAt;
  // The array keeps its length from text to text (no regrowth); its entries are dropped.
  cacheToks.fill(NO_TOKEN, 0, cacheN);
  cacheN = 0;
  cacheText = s;
  if (cacheAt.length < s.length) {
    if (s.length <= TOKEN_CACHE_CAP) cacheAt = new Int32Array(Math.max(s.length, 2 * cacheAt.length, 1024));
    else cacheAt = new Int32Array(s.length);
  } else if (cacheAt.length > TOKEN_CACHE_CAP) cacheAt = new Int32Array(Math.max(s.length, 1024));
  return cacheAt;
}

/** Drop the current text's tokens (and the text): nothing of it stays referenced after its extraction. */
export function releaseTokens(): void {
  cacheToks.fill(NO_TOKEN, 0, cacheN);
  cacheN = 0;
  cacheText = null;
}

/** The cached token starting at i, or null. */
function cachedAt(at: Int32Array, i: number): Token | null {
  const k = at[i] as number;
  if (k === 0 || k > cacheN) return null;
  const t = cacheToks[k - 1] as Token;
  return t.s === i ? t : null;
}

function keep(at: Int32Array, t: Token): Token {
  if (cacheN < cacheToks.length) cacheToks[cacheN] = t;
  else cacheToks.push(t);
  at[t.s] = ++cacheN;
  return t;
}

/** The token at i (s[i] not a space or a line break), ending at most at `end` (≤ s.length). */
function tokenAt(s: string, at: Int32Array, i: number, end: number): Token {
  const c = cachedAt(at, i);
  if (c !== null && c.e <= end) return c;
  if (letterCode(s.charCodeAt(i), s, i)) {
    let e = i + 1;
    while (e < end && letterCode(s.charCodeAt(e), s, e)) e++;
    const t: Token = { s: i, e, w: s.slice(i, e), word: true };
    // A word cut by `end` is this window's only.
    return c === null && (e === s.length || !letterCode(s.charCodeAt(e), s, e)) ? keep(at, t) : t;
  }
  return keep(at, { s: i, e: i + 1, w: s[i] as string, word: false });
}

/** Up to `max` tokens of s in [from, limit): words, and single punctuation/mark characters. Stops at a line break. */
export function tokens(s: string, from: number, limit: number, max = MAX_TOKENS): Token[] {
  const out: Token[] = [];
  let i = from;
  const end = Math.min(limit, s.length);
  const at = tokenCache(s);
  while (i < end && out.length < max) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029) break;
    if (c === 0x20) {
      i++;
      continue;
    }
    const t = tokenAt(s, at, i, end);
    out.push(t);
    i = t.e;
  }
  return out;
}

/** The first token of tokens(s, from, limit), or undefined. */
export function firstToken(s: string, from: number, limit: number): Token | undefined {
  let i = from;
  const end = Math.min(limit, s.length);
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029) return undefined;
    if (c !== 0x20) return tokenAt(s, tokenCache(s), i, end);
    i++;
  }
  return undefined;
}

/** The token ending at `e` (s[e - 1] not a space or a line break), starting at `low` or after. */
function tokenEndingAt(s: string, at: Int32Array, e: number, low: number): Token {
  const i = e - 1;
  if (letterCode(s.charCodeAt(i), s, i)) {
    let b = i;
    while (b > low && letterCode(s.charCodeAt(b - 1), s, b - 1)) b--;
    const c = cachedAt(at, b);
    if (c !== null && c.e === e) return c;
    const t: Token = { s: b, e, w: s.slice(b, e), word: true };
    const whole =
      c === null &&
      (b === 0 || !letterCode(s.charCodeAt(b - 1), s, b - 1)) &&
      (e === s.length || !letterCode(s.charCodeAt(e), s, e));
    return whole ? keep(at, t) : t;
  }
  const c = cachedAt(at, i);
  if (c !== null) return c;
  return keep(at, { s: i, e, w: s[i] as string, word: false });
}

/** Same, backwards: up to `max` tokens ending before `to`, not before `lower`, nearest first. */
export function tokensBefore(s: string, to: number, lower: number, max = 8): Token[] {
  const out: Token[] = [];
  let i = to - 1;
  const low = Math.max(0, lower);
  const at = tokenCache(s);
  while (i >= low && out.length < max) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029) break;
    if (c === 0x20) {
      i--;
      continue;
    }
    const t = tokenEndingAt(s, at, i + 1, low);
    out.push(t);
    i = t.s - 1;
  }
  return out;
}

/** The first token of tokensBefore(s, to, lower), or undefined. */
export function tokenBefore(s: string, to: number, lower: number): Token | undefined {
  let i = to - 1;
  const low = Math.max(0, lower);
  while (i >= low) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029) return undefined;
    if (c !== 0x20) return tokenEndingAt(s, tokenCache(s), i + 1, low);
    i--;
  }
  return undefined;
}

export const startsAl = (w: string): boolean => w.length > 3 && w.startsWith('ال');
export const stripAl = (w: string): string => (startsAl(w) ? w.slice(2) : w);
const isStop = (w: string): boolean => STOPS.has(w);
/** The cues, also with a proclitic و/ف: one look-up, no slice. */
const CUES_PRO: ReadonlySet<string> = new Set([
  ...CUES,
  ...[...CUES].map((c) => `و${c}`),
  ...[...CUES].map((c) => `ف${c}`),
]);
const isCue = (w: string): boolean => CUES_PRO.has(w);

/** Every word titleHead(w, false) accepts: a title head, or one with the article ("الرئيس"). */
const TITLE_AL = new Set<string>();
/** Every word titleHead(w, true) accepts: also with a proclitic ("بالرئيس", "للرئيس", "ووزير"). */
const TITLE_PRO = new Set<string>();
for (const h of TITLES) {
  const al = `ال${h}`;
  for (const f of startsAl(al) ? [h, al] : [h]) {
    TITLE_AL.add(f);
    TITLE_PRO.add(f);
  }
  for (const p of ['وبال', 'وال', 'بال', 'لل', 'كال', 'فال', 'و', 'ب', 'ل', 'ف']) {
    if (h.length >= 3) TITLE_PRO.add(p + h);
    if (p.length <= 1 && startsAl(al)) TITLE_PRO.add(p + al);
  }
}

/** Title head with the article or proclitics: "الرئيس", "بالرئيس", "للرئيس", "ووزير" → true. */
export function titleHead(w: string, proclitics: boolean): boolean {
  return proclitics ? TITLE_PRO.has(w) : TITLE_AL.has(w);
}

/** "عراقي", "أمنية", "أمريكيون": a relational adjective. */
export function nisba(w: string): boolean {
  const b = stripAl(w);
  return b.length >= 4 && (b.endsWith('ي') || b.endsWith('يه') || b.endsWith('يون') || b.endsWith('يين'));
}

export type PhraseKind = 'person' | 'role' | 'body' | 'none';

export interface Phrase {
  kind: PhraseKind;
  /** Norm span of the whole phrase (title and name). */
  start: number;
  end: number;
  title: [number, number] | null;
  name: [number, number] | null;
  /** Folded name tokens (person) or designation tokens (role, body). */
  key: string[];
  /** Folded title tokens without the article. */
  titleKey: string[];
  /** Norm ends of the name tokens in `key` (persons). */
  keyEnds?: number[];
  /** The phrase starts with a preposition ل that is not part of it ("وفقا للشرطة"). */
  lam?: boolean;
  // Every phrase is made with all these fields in this order (keyEnds and lam undefined when
  // unused), so that its readers see one object shape.
}

/** The empty phrase at `at` (a cue with no speaker of its own). */
export const NONE = (at: number): Phrase => ({
  kind: 'none',
  start: at,
  end: at,
  title: null,
  name: null,
  key: [],
  titleKey: [],
  keyEnds: undefined,
  lam: undefined,
});

const ADDRESSEE_HEADS = new Set(['نظير', 'نظيره', 'نظيرها', 'نظيرته', 'وسائل', ...MEDIA]);

/** A token that may end a name: punctuation, إن/أن, "(" of an age, ":" … */
function strictDelimiter(t: Token | undefined): boolean {
  return !t || (!t.word && familyOf1(t.w) === false) || COMP.has(t.w);
}

function familyOf1(ch: string): boolean {
  return ch.length === 1 && QUOTE_CHARS.has(ch);
}

function nameToken(toks: Token[], k: number, count: number, afterParticle: boolean): boolean {
  const t = toks[k];
  if (!t?.word) return false;
  const w = t.w;
  if (w.length < 2 || (w.charCodeAt(0) >= 0x30 && w.charCodeAt(0) <= 0x39)) return false;
  if (NAMED.has(w)) return false;
  // "وإيوائها", "بيوتهم": a possessive pronoun attaches to a noun, never to a name.
  if (w.length >= 5 && (w.endsWith('ها') || w.endsWith('هما') || w.endsWith('هم'))) return false;
  const n = toks[k + 1];
  // "علي" is folded like the preposition "على": written ى it is the preposition; written ي it is
  // a name when a name word follows it. "صباح" is a name when a name word follows it.
  if (w === 'علي' && afterParticle) return true; // "أبو علي"
  if (w === 'علي' || w === 'صباح') {
    if (w === 'علي' && state !== null && state.originalChar(t.e - 1) === 0x0649) return false;
    if (!n?.word || isStop(n.w) || COMP.has(n.w) || n.w === 'ه' || n.w === 'ها' || n.w === 'هم') return false;
    return w === 'علي' || !startsAl(n.w);
  }
  if (isStop(w) || isCue(w)) return false;
  // "، وهو معلم متقاعد،": a stop word with the conjunction (a pronoun, a preposition) is no name.
  if (w[0] === 'و' && w.length >= 3 && isStop(w.slice(1))) return false;
  // "عبد الأمير", "محمد الأمين الطيب", "طارق السيد إنها": after a particle or inside a name a title
  // word is a name; before a bare word ("بلينكن الرئيس رجب") it starts a new title.
  if (
    !afterParticle &&
    !sonOf(n) &&
    titleHead(w, count > 0) &&
    !(
      count >= 1 &&
      startsAl(w) &&
      // "المهندس طارق السيد إنها": an honorific comes before a name, so after one it is a surname.
      ((strictDelimiter(n) && !AFTER_TITLE.has(w)) ||
        (!HONORIFIC.has(stripAl(w)) && n?.word === true && startsAl(n.w) && !isStop(n.w)))
    )
  )
    return false;
  // "ديالى السابق", "الركن": adjectives and ranks are not name words.
  if (count >= 1 && (AFTER_TITLE.has(w) || RANKS.has(w))) return false;
  if (w.startsWith('لل') || w.startsWith('بال') || w.startsWith('وال') || w.startsWith('كال')) return false;
  if (w[0] === 'ل' && w.length > 3) {
    // "هاكان فيدان لبلينكين إن", "لنظيره", "لوكالة", "لشؤون اللاجئين": an addressee, a medium or a
    // complement; "عبد الوافي لفتيت،", "لحسن أوبلا" are names.
    const r = w.slice(1);
    if (ADDRESSEE_HEADS.has(r) || r.startsWith('نظير') || titleHead(r, false) || BODIES.has(r) || CONSTRUCT.has(r))
      return false;
    if (n?.word && startsAl(n.w)) return false;
    if (count >= 1) {
      const named = state?.knownWords.has(r) === true;
      if (named || (count >= 2 && (!n || (n.word && (isStop(n.w) || COMP.has(n.w))) || n.w === ':'))) return false;
    }
  }
  if (count === 0 && startsAl(w) && !afterParticle) return false;
  // "بمنطقة الرياض", "بولاية كسلا": a preposition with a place noun, not a name.
  if (count === 0 && w[0] === 'ب' && w.length >= 5) {
    const r = w.slice(1);
    if (CONSTRUCT.has(r) || BODIES.has(r) || (n?.word === true && startsAl(n.w))) return false;
  }
  // "وقال مواطن يقيم في الحي": an imperfect verb of four letters before its preposition is a relative
  // clause, not a name ("يوسف", "يونس", "ياسر" have و/ا second; "يحيي" ends in ي).
  if (
    count === 0 &&
    w.length === 4 &&
    (w[0] === 'ي' || w[0] === 'ت') &&
    w[1] !== 'و' &&
    w[1] !== 'ا' &&
    !w.endsWith('ي') &&
    n?.word === true &&
    (n.w === 'في' || n.w === 'من' || n.w === 'علي' || n.w === 'الي')
  )
    return false;
  // "وأمر الوزير بفتح تحقيق", "طالب بتشكيل لجنة": ب with a verbal noun and its object, not a name.
  if (count === 0 && w[0] === 'ب' && prepositionalMasdar(w.slice(1), n)) return false;
  // "خالد الشامي القاعة": a definite noun in ة after a two-word name is an object; "خالد الطراونة،" is a name.
  if (count >= 2 && startsAl(w) && w.endsWith('ه')) return false;
  // "بلينكن والسوداني": a conjunction; "يوسف طاهر ورسمي:" (no word "رسمي" elsewhere) a name.
  if (count >= 1 && w[0] === 'و' && w.length > 3) {
    const r = w.slice(1);
    if (startsAl(r) || titleHead(r, false) || state === null || state.knownWords.has(r) || count < 2) return false;
    if (n && !(strictDelimiter(n) || n.w.startsWith('لل'))) return false;
  }
  // Verbal nouns of the forms افتعال/استفعال are not names: "استهداف", "ارتفاع".
  if (verbalNoun(w)) return false;
  // "نجم الجبوري موقع الانفجار": after a surname with the article, a bare word is not a name.
  if (count >= 2 && !startsAl(w) && toks[k - 1]?.word === true && startsAl((toks[k - 1] as Token).w)) return false;
  // "رجب طيب أردوغان يزور": an imperfect verb after a two-word name ends the name.
  if (count >= 2 && (w[0] === 'ي' || w[0] === 'ت') && w.length >= 4) return false;
  if (BODIES.has(stripAl(w)) && count === 0) return false;
  return true;
}

/** "استهداف", "اختطاف": a verbal noun of the forms افتعال/استفعال. */
function verbalNoun(w: string): boolean {
  return w.length >= 6 && w[0] === 'ا' && w[2] === 'ت' && w[w.length - 2] === 'ا';
}

/**
 * r after ب: a verbal noun of the forms إفعال ("إجراء"), تفعيل ("تشكيل"), افتعال/استفعال, or a bare
 * three-letter one ("فتح", "دعم") before an indefinite object.
 */
function prepositionalMasdar(r: string, n: Token | undefined): boolean {
  if (r.length === 5 && ((r[0] === 'ا' && r[3] === 'ا') || (r[0] === 'ت' && r[3] === 'ي'))) return true;
  if (verbalNoun(r)) return true;
  return (
    r.length === 3 && !/[اويه]/.test(r) && n?.word === true && !startsAl(n.w) && !PARTICLES.has(n.w) && !isStop(n.w)
  );
}

/**
 * "مكتبه", "حكومتها": a body or title noun with a possessive pronoun; the length of the noun without
 * it (its ة written ت), else 0.
 */
export function possessedHead(w: string): number {
  for (const suf of ['ها', 'ه']) {
    if (!w.endsWith(suf) || w.length - suf.length < 3) continue;
    const stem = w.slice(0, -suf.length);
    const ta = stem.endsWith('ت') ? `${stem.slice(0, -1)}ه` : '';
    for (const x of ta ? [stem, ta] : [stem])
      if (BODIES.has(x) || CONSTRUCT.has(x) || TITLES.has(x)) return stem.length;
  }
  return 0;
}

/** "برنامج", "مكتب", "وزير": a noun that takes the following body as its genitive. */
export function governsGenitive(w: string): boolean {
  const b = stripAl(w);
  return BODIES.has(b) || CONSTRUCT.has(b) || ANON.has(b) || MEDIA.has(b) || titleHead(w, true);
}

/** "قائدها", "مؤسسته": a title head with a possessive pronoun (its ة written ت). */
function coordinatedTitle(w: string): boolean {
  const n = possessedHead(w);
  if (n === 0) return false;
  const stem = w.slice(0, n);
  return titleHead(stem, false) || (stem.endsWith('ت') && titleHead(`${stem.slice(0, -1)}ه`, false));
}

/** "مخالفين", "مسلحين", "مدنيين": a participle or adjective in the oblique -ين (م + a consonant, no long vowel after it). */
function obliqueParticiple(w: string): boolean {
  return w.length >= 6 && w[0] === 'م' && w[1] !== 'ا' && w[1] !== 'و' && w[1] !== 'ي' && w.endsWith('ين');
}

/** "بن", "بنت", "ابن": the next word is a father's name, so the word before is a name. */
function sonOf(t: Token | undefined): boolean {
  return t?.word === true && (t.w === 'بن' || t.w === 'بنت' || t.w === 'ابن');
}

/** Person name tokens from index i: 1–4 words (particles such as عبد، بن do not count). Returns the end index. */
export function parseName(toks: Token[], i: number, allowAl = false): number {
  let k = i;
  let count = 0;
  // After a title, a name may start with the article: "الصادق بن عمران", "الطيب حسن الأمين".
  const prevTitleDone =
    i > 0 &&
    ((toks[i - 1] as Token).w === '،' ||
      (toks[i - 1]?.word === true &&
        (titleHead((toks[i - 1] as Token).w, false) ||
          RANKS.has((toks[i - 1] as Token).w) ||
          TADJ.has((toks[i - 1] as Token).w) ||
          nisba((toks[i - 1] as Token).w))));
  let afterParticle =
    allowAl &&
    (prevTitleDone || PARTICLES.has(toks[i + 1]?.w ?? '')) &&
    toks[i]?.word === true &&
    startsAl((toks[i] as Token).w) &&
    !nisba((toks[i] as Token).w) &&
    !TADJ.has((toks[i] as Token).w) &&
    !isStop((toks[i] as Token).w) &&
    toks[i + 1]?.word === true &&
    (PARTICLES.has((toks[i + 1] as Token).w) ||
      (!startsAl((toks[i + 1] as Token).w) && nameToken(toks, i + 1, 1, false)));
  while (k < toks.length && count < 4 && k - i < 6) {
    const t = toks[k] as Token;
    if (t.word && PARTICLES.has(t.w)) {
      afterParticle = true;
      k++;
      continue;
    }
    if (!nameToken(toks, k, count, afterParticle)) break;
    afterParticle = false;
    count++;
    k++;
  }
  // A name does not end on a particle.
  while (k > i && PARTICLES.has((toks[k - 1] as Token).w)) k--;
  return count > 0 ? k : i;
}

/** Title chain from head token i: "وزير الخارجية الأمريكي", "المتحدث باسم وزارة الداخلية العميد". Returns the end index. */
export function parseTitle(toks: Token[], i: number): number {
  let j = i + 1;
  // Definite words after the head: the first is its genitive ("وزير الخارجية"), later ones must be
  // adjectives ("الأمريكي", "العام", "السابق"): "مدير المستشفى الوضع" stops before "الوضع".
  let gen = 0;
  while (j < toks.length) {
    const t = toks[j] as Token;
    if (!t.word) {
      if (quotedWord(toks, j)) {
        j = quotedWord(toks, j);
        gen = 1;
        continue;
      }
      break;
    }
    const w = t.w;
    // "المبعوث الأممي إلى اليمن", "سفير فرنسا لدى لبنان"
    if ((w === 'الي' || w === 'لدي') && ENVOYS.has(stripAl((toks[i] as Token).w)) && toks[j + 1]?.word) {
      j += 2;
      gen = 1;
      continue;
    }
    if (isStop(w) || isCue(w)) break;
    // "الرائد سلطان بن ناصر": the word before بن is a name, even when it is also a title.
    if (titleHead(w, false) && !sonOf(toks[j + 1])) {
      j++;
      // "العميد الصادق حامد": a rank or honorific takes no genitive.
      gen = HONORIFIC.has(stripAl(w)) ? 1 : 0;
      continue;
    }
    // "مدرب الفريق وقائده": a second title of the same person, with the pronoun of the first's genitive.
    if (w[0] === 'و' && coordinatedTitle(w.slice(1))) {
      j++;
      gen = 1;
      continue;
    }
    if (RANKS.has(w) && (HONORIFIC.has(stripAl((toks[j - 1] as Token).w)) || RANKS.has((toks[j - 1] as Token).w))) {
      j++;
      continue;
    }
    if (w === 'باسم') {
      j++;
      const n = toks[j];
      if (n?.word && !isStop(n.w)) {
        j++;
        if (CONSTRUCT.has(n.w) || BODIES.has(n.w)) {
          const g = toks[j];
          if (g?.word && !isStop(g.w)) j++;
        }
      }
      gen = 1;
      continue;
    }
    if (startsAl(w)) {
      if (gen > 0 && !nisba(w) && !TADJ.has(w)) break;
      j++;
      gen++;
      continue;
    }
    if (w.startsWith('لل') && w.length > 4) {
      j++;
      gen = 1;
      continue;
    }
    if (w.startsWith('وال') && gen > 0 && w.length > 5) {
      j++;
      continue;
    }
    // "المفوضية السامية للأمم المتحدة لشؤون اللاجئين": ل + noun + its genitive.
    if (
      w[0] === 'ل' &&
      w.length > 3 &&
      !MEDIA.has(w.slice(1)) &&
      !ADDRESSEE_HEADS.has(w.slice(1)) &&
      toks[j + 1]?.word &&
      startsAl((toks[j + 1] as Token).w)
    ) {
      j += 2;
      gen = 1;
      continue;
    }
    if (CONSTRUCT.has(w)) {
      const g = toks[j + 1];
      if (g?.word && !isStop(g.w)) {
        j += 2;
        // "رئيس مجلس إدارة الشركة", "مجلس دير الزور": a bare genitive takes its own genitive;
        // "شرطة محافظة ديالى": a construct genitive takes the place name after it.
        gen = startsAl(g.w) ? 1 : 0;
        const p2 = toks[j];
        if (
          CONSTRUCT.has(g.w) &&
          p2?.word &&
          !startsAl(p2.w) &&
          !isStop(p2.w) &&
          !titleHead(p2.w, false) &&
          !isCue(p2.w)
        ) {
          j++;
          gen = 1;
        }
        continue;
      }
    }
    // رئيس "نزاهة": a quoted name as the genitive.
    if (quotedWord(toks, j)) {
      j = quotedWord(toks, j);
      gen = 1;
      continue;
    }
    break;
  }
  return j;
}

/** Index after a quoted name of one to three words starting at toks[j] (مجموعة "أبحاث الطيران"), or 0. */
function quotedWord(toks: Token[], j: number): number {
  const a = toks[j];
  if (a === undefined || a.word || !familyCode(a.w)) return 0;
  for (let k = j + 1; k < toks.length && k <= j + 4; k++) {
    const t = toks[k] as Token;
    if (t.word) continue;
    return familyCode(t.w) && k > j + 1 ? k + 1 : 0;
  }
  return 0;
}

function familyCode(ch: string): boolean {
  return ch.length === 1 && QUOTE_CHARS.has(ch);
}

function parseDesignation(toks: Token[], i: number): number {
  const head = stripAl((toks[i] as Token).w);
  let anon = ANON.has(head);
  let j = i + 1;
  let gen = startsAl((toks[i] as Token).w) ? 1 : 0;
  let chainPlace = false;
  let definite = gen === 1;
  while (j < toks.length && j - i < 7) {
    const t = toks[j] as Token;
    if (!t.word) {
      // مركز "الحياد": a quoted name right after the head.
      if (j === i + 1 && quotedWord(toks, j)) {
        j = quotedWord(toks, j);
        gen = 1;
        continue;
      }
      break;
    }
    const w = t.w;
    // "بعثة الأمم المتحدة للدعم في ليبيا (UNSMIL)": an acronym in brackets closes an official name,
    // which takes its place with في/إلى/لدى.
    const br = toks[j + 2];
    if ((w === 'في' || w === 'الي' || w === 'لدي') && toks[j + 1]?.word && br && !br.word && br.w === '(') {
      j += 2;
      break;
    }
    const lamBefore = (toks[j - 1] as Token).w.charCodeAt(0) === 0x644;
    if ((isStop(w) && !(anon && (w === 'في' || w === 'من')) && !(w === 'عن' && lamBefore)) || isCue(w)) break;
    // "أحد سكان حي الحرشة", "أحد الناجين": أحد takes a genitive chain.
    if (anon && (head === 'احد' || head === 'احدي' || CONSTRUCT.has(head)) && j === i + 1 && !startsAl(w)) {
      j++;
      gen = 0;
      anon = false;
      chainPlace = true;
      continue;
    }
    const prev = (toks[j - 1] as Token).w;
    if (startsAl(w)) {
      // "وزارة الصحة الفلسطينية": one genitive, then adjectives only; a definite head takes adjectives only.
      if (gen > 0 && !nisba(w) && !TADJ.has(w)) break;
      definite = true;
      j++;
      gen++;
      continue;
    }
    if (anon) {
      if (nisba(w) || ADJ.has(w)) {
        j++;
        continue;
      }
      // "شقيقة بن عامر", "والدة أبو خالد": a kinship noun with a name in the genitive.
      if (j === i + 1 && PARTICLES.has(w) && toks[j + 1]?.word && !isStop((toks[j + 1] as Token).w)) {
        j += 2;
        break;
      }
      // "شقيقة أحد المختطفين"
      if (w === 'احد' || w === 'احدي') {
        j++;
        continue;
      }
      // "مصدر أمني في الكفرة": an anonymous source located by place.
      const nn = toks[j + 1];
      const nn2 = toks[j + 2];
      if (
        (w === 'في' || w === 'من') &&
        nn?.word &&
        nn2?.word === true &&
        !startsAl(nn.w) &&
        !isStop(nn.w) &&
        !isStop(nn2.w) &&
        !startsAl(nn2.w) &&
        strictDelimiter(toks[j + 3])
      ) {
        j += 3;
        break;
      }
      // "مصدر أمني في الكفرة لوكالة فرانس برس": a definite place before the medium addressed.
      const after = toks[j + 2];
      const medium = after?.word === true && after.w[0] === 'ل' && MEDIA.has(after.w.slice(1));
      if (
        (w === 'في' || w === 'من') &&
        nn?.word &&
        (!startsAl(nn.w) || (medium && !nisba(nn.w))) &&
        !isStop(nn.w) &&
        !NOT_PLACES.has(stripAl(nn.w)) &&
        !CONSTRUCT.has(stripAl(nn.w)) &&
        !BODIES.has(stripAl(nn.w)) &&
        (strictDelimiter(after) || medium)
      ) {
        j += 2;
        break;
      }
      // "مسؤول في وزارة النفط", "مصدر في الشرطة"
      const n = toks[j + 1];
      if (w === 'في' && n?.word && (BODIES.has(stripAl(n.w)) || CONSTRUCT.has(stripAl(n.w)))) {
        j += 2;
        anon = false;
        gen = startsAl(n.w) ? 1 : 0;
        continue;
      }
      break;
    }
    if (w.startsWith('لل') && w.length > 4) {
      j++;
      gen = 1;
      continue;
    }
    if (
      w[0] === 'ل' &&
      !MEDIA.has(w.slice(1)) &&
      !ADDRESSEE_HEADS.has(w.slice(1)) &&
      !w.startsWith('نظير', 1) &&
      toks[j + 1]?.word &&
      startsAl((toks[j + 1] as Token).w)
    ) {
      // "المرصد السوري لحقوق الإنسان": a new noun with its own genitive.
      j++;
      gen = 0;
      continue;
    }
    if (w.startsWith('وال')) {
      j++;
      continue;
    }
    // "الرابطة التونسية للدفاع عن حقوق الإنسان": عن after a verbal noun with ل.
    if (w === 'عن' && prev.charCodeAt(0) === 0x644 && toks[j + 1]?.word && !isStop((toks[j + 1] as Token).w)) {
      j += 2;
      gen = 0;
      continue;
    }
    if (!startsAl(prev) && (CONSTRUCT.has(prev) || BODIES.has(prev) || MEDIA.has(prev))) {
      j++;
      gen = startsAl(w) ? 1 : 0;
      continue;
    }
    if (nisba(w) && !startsAl(prev) && !definite) {
      j++;
      continue;
    }
    // "أحد سكان ملحان،": a place name closing the designation.
    if (chainPlace && strictDelimiter(toks[j + 1])) {
      j++;
      break;
    }
    break;
  }
  return j;
}

function span(toks: Token[], a: number, b: number): [number, number] {
  return [(toks[a] as Token).s, (toks[b - 1] as Token).e];
}

/** A body, role or anonymous source spanning tokens [i, de): "وزارة الصحة", "مصدر أمني عراقي". */
export function bodyPhrase(toks: Token[], i: number, de: number): Phrase {
  const sp = span(toks, i, de);
  return {
    kind: 'body',
    start: sp[0],
    end: sp[1],
    title: null,
    name: null,
    key: keyOf(toks, i, de, false),
    titleKey: [],
    keyEnds: undefined,
    lam: undefined,
  };
}

/** "عبد الله" and "عبدالله", "أبو بكر" and "أبوبكر" are one name word. */
const JOINED = set(['عبد', 'أبو', 'ابو', 'أبي', 'أم']);

/** Ends of the name tokens, particles dropped, aligned with keyOf(…, true). */
export function keyEndsOf(toks: Token[], a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k < b; k++) {
    const t = toks[k] as Token;
    if (JOINED.has(t.w) && k + 1 < b) {
      out.push((toks[k + 1] as Token).e);
      k++;
    } else if (!PARTICLES.has(t.w)) out.push(t.e);
  }
  return out;
}

export function keyOf(toks: Token[], a: number, b: number, dropParticles: boolean): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) {
    const w = (toks[k] as Token).w;
    if (dropParticles && JOINED.has(w) && k + 1 < b) {
      out.push(w + (toks[k + 1] as Token).w);
      k++;
      continue;
    }
    if (dropParticles && PARTICLES.has(w)) continue;
    out.push(stripAl(w));
  }
  return out;
}

/** One parse of a token list from its first token (see parseFirst). */
export interface ParseMemo {
  toks: Token[];
  p: Phrase;
}

function sameTokens(a: Token[], b: Token[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] as Token;
    const y = b[k] as Token;
    if (x === y) continue;
    if (x.s !== y.s || x.e !== y.e || x.w !== y.w || x.word !== y.word) return false;
  }
  return true;
}

/**
 * parsePhraseAt(toks, 0), remembered per text by the first token's start: a title right after a
 * verb ("وقال وزير الخارجية …") is parsed once for the cue and found again for the title. A parse
 * depends only on the tokens (and the text), so an equal token list gets the same phrase; the
 * phrase is shared, and nothing changes a phrase after its parse.
 */
export function parseFirst(toks: Token[], memo: Map<number, ParseMemo>): Phrase {
  const t0 = toks[0];
  if (t0 === undefined) return parsePhraseAt(toks, 0);
  const m = memo.get(t0.s);
  if (m !== undefined && sameTokens(m.toks, toks)) return m.p;
  const p = parsePhraseAt(toks, 0);
  memo.set(t0.s, { toks, p });
  return p;
}

/** Parse the phrase at toks[i] (the words right after a verb or cue). */
export function parsePhraseAt(toks: Token[], i0: number): Phrase {
  const p = parseCore(toks, i0);
  if (p.kind === 'role' || p.kind === 'body') return refine(toks, p) ?? p;
  return p;
}

/** True when the token at k may follow a name: punctuation, a particle, a preposition, إن/أن, a verb of saying. */
function delimiterAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t?.word) return true;
  const w = t.w;
  return (
    isStop(w) || COMP.has(w) || isCue(w) || w.startsWith('لل') || (w[0] === 'ل' && MEDIA.has(w.slice(1))) || w === 'ل'
  );
}

function indexAt(toks: Token[], pos: number): number {
  let k = 0;
  while (k < toks.length && (toks[k] as Token).s < pos) k++;
  return k;
}

function personOf(toks: Token[], p: Phrase, titleEnd: number, ns: number, ne: number, titleStart = p.start): Phrase {
  const title: [number, number] = [titleStart, titleEnd];
  return {
    kind: 'person',
    start: p.start,
    end: (toks[ne - 1] as Token).e,
    title,
    name: span(toks, ns, ne),
    key: keyOf(toks, ns, ne, true),
    titleKey: keyOf(toks, indexAt(toks, titleStart), indexAt(toks, titleEnd), false),
    keyEnds: keyEndsOf(toks, ns, ne),
    lam: undefined,
  };
}

/**
 * A role or body followed by the person's name, in the forms news uses:
 *   "مدير الدفاع المدني في إدلب أنس القدور:"            (title continues over في + place)
 *   "الناطق باسم الجهاز، أسامة الفاخري، إن"             (apposition between commas)
 *   "أحد الناجين، ويدعى محمود عبد الحميد:"              (يدعى + name)
 */
function refine(toks: Token[], p: Phrase): Phrase | null {
  const k0 = indexAt(toks, p.end);
  const head = stripAl((toks[indexAt(toks, p.start)] as Token | undefined)?.w ?? '');
  // Title continued: skip definite words, titles, في/لدى + place, ب/ل-words, construct pairs.
  let j = k0;
  let place = false;
  for (let steps = 0; j < toks.length && steps < 10; steps++) {
    const t = toks[j] as Token;
    if (!t.word) {
      if (quotedWord(toks, j)) {
        j = quotedWord(toks, j);
        continue;
      }
      break;
    }
    const w = t.w;
    if (place) {
      place = false;
      // "والدة أبو خالد في اتصال هاتفي": not a place; the title ends before في
      if (isStop(w) || STATEMENTS.has(w) || NOT_PLACES.has(w)) {
        j--;
        break;
      }
      j += CONSTRUCT.has(w) && toks[j + 1]?.word ? 2 : 1;
    } else if (titleHead(w, true) || RANKS.has(w)) j++;
    // "مؤسس الفرقة وقائدها": a second title of the same person, with the pronoun of the first's genitive.
    else if (w[0] === 'و' && coordinatedTitle(w.slice(1))) j++;
    else if (w === 'في' || w === 'لدي' || (w === 'عن' && DISTRICT.has(head))) {
      place = true;
      j++;
    } else if (isStop(w) || isCue(w) || COMP.has(w)) break;
    // "وأعلنت النيابة العمومية بصفاقس الاحتفاظ بأربعة": a definite verbal noun after the body is the
    // object of the verb, and the title ends before it.
    else if (startsAl(w) && verbalNoun(stripAl(w))) break;
    else if (startsAl(w) || w.startsWith('وال')) j++;
    else if (
      (w[0] === 'ب' || w[0] === 'ل') &&
      w.length >= 4 &&
      !MEDIA.has(w.slice(1)) &&
      !verbalNoun(w.slice(1)) &&
      !(w[0] === 'ب' && prepositionalMasdar(w.slice(1), toks[j + 1]))
    )
      j += CONSTRUCT.has(w.slice(1)) && toks[j + 1]?.word && !startsAl((toks[j + 1] as Token).w) ? 2 : 1;
    else if (CONSTRUCT.has(w) && toks[j + 1]?.word) j += 2;
    else break;
  }
  if (place) j--;
  {
    const ne = parseName(toks, j, true);
    // "الصياد علي حسن مقبول (52 عاما)", "الناشر اللبناني رامي قبيسي، صاحب": a name right after the
    // designation, closed by brackets, a comma, a colon or إن/أن.
    const close = strictDelimiter(toks[ne]);
    if (ne - j >= 2 && (close || (j > k0 && delimiterAt(toks, ne)))) {
      return personOf(toks, p, j > k0 ? (toks[j - 1] as Token).e : p.end, j, ne);
    }
    // "… وقائدها عازف العود حسن المطوع (31 عاما):": an occupation and its genitive, then the name
    // closed by brackets, a colon, a comma or إن/أن.
    const o = toks[j];
    const g = toks[j + 1];
    if (j > k0 && o?.word && !startsAl(o.w) && !isStop(o.w) && g?.word && startsAl(g.w) && !isStop(g.w)) {
      const ne2 = parseName(toks, j + 2, true);
      if (ne2 - j >= 4 && strictDelimiter(toks[ne2])) return personOf(toks, p, g.e, j + 2, ne2);
    }
  }
  // Apposition: "…، [title] name،"
  for (const c0 of j > k0 ? [k0, j] : [k0]) {
    const c = toks[c0];
    if (!c || c.word || (c.w !== '،' && c.w !== ',')) continue;
    let a = c0 + 1;
    while (toks[a]?.word && (titleHead((toks[a] as Token).w, false) || RANKS.has((toks[a] as Token).w))) a++;
    const ne = parseName(toks, a, true);
    const d = toks[ne];
    const strict = !d || (!d.word && d.w !== '"') || COMP.has(d.w) || d.w.startsWith('لل') || d.w === 'ل';
    if (ne > a && (ne - a >= 2 || a > c0 + 1) && strict) {
      const ts = a > c0 + 1 ? (toks[c0 + 1] as Token).s : p.start;
      const te = a > c0 + 1 ? (toks[a - 1] as Token).e : p.end;
      return personOf(toks, p, te, a, ne, ts);
    }
  }
  // "ويدعى فلان"
  for (let k = k0; k < toks.length && k < k0 + 8; k++) {
    const t = toks[k] as Token;
    if (t.word && NAMED.has(t.w)) {
      const ne = parseName(toks, k + 1);
      if (ne > k + 1) return personOf(toks, p, p.end, k + 1, ne);
      break;
    }
    if (!t.word && t.w === ':') break;
  }
  return null;
}

const NOT_PLACES = set([
  'تصريح',
  'تصريحات',
  'حديث',
  'مقابلة',
  'لقاء',
  'كلمة',
  'مؤتمر',
  'اتصال',
  'رسالة',
  'تغريدة',
  'منشور',
  'ندوة',
  'جلسة',
  'حوار',
  'بيان',
  'تسجيل',
  'شهادة',
]);

function parseCore(toks: Token[], i0: number): Phrase {
  let i = i0;
  // "وقال أمس الوزير", "وقال يوم الجمعة بلينكن": skip time fillers.
  while (i < toks.length && (toks[i] as Token).word) {
    const w = (toks[i] as Token).w;
    if (w === 'يوم' && toks[i + 1]?.word) {
      i += 2;
      continue;
    }
    if (FILLERS.has(w) || WEEKDAYS.has(w)) {
      i++;
      continue;
    }
    break;
  }
  const t = toks[i];
  if (!t?.word) return NONE(t ? t.s : (toks[toks.length - 1]?.e ?? 0));
  const w = t.w;
  // "وقالت أم أحمد": أم before a bare name word is a kunya, not the conjunction "or".
  const kunya = w === 'ام' && nameToken(toks, i + 1, 0, true) && !startsAl((toks[i + 1] as Token).w);
  if ((isStop(w) && !kunya) || isCue(w)) return NONE(t.s);
  // "وتابع بصوت متهدج أن": an adverb of manner, the subject is the verb's pronoun.
  if (w[0] === 'ب' && MANNER.has(w.slice(1))) return NONE(t.s);
  if (STATEMENTS.has(w)) {
    // "بيان صادر عن خلية الإعلام الأمني", "بيان لوزارة الدفاع", "بيان الجيش" → the issuer.
    const k = pastIssuedBy(toks, i + 1);
    const lamed = dropLam(toks, k);
    const p = parsePhraseAt(lamed, k);
    if (p.kind !== 'none' && p.kind !== 'person') {
      if (lamed !== toks && p.start === (toks[k] as Token).s) p.lam = true;
      return p;
    }
  }
  // "وكانت محافظة إربد شهدت": a head that is both a title and a body (محافظة: a governor or a
  // governorate) before a bare word is the body with its place.
  const n0 = toks[i + 1];
  if (BODIES.has(stripAl(w)) && titleHead(w, false) && n0?.word && !startsAl(n0.w) && !titleHead(n0.w, false))
    return bodyPhrase(toks, i, parseDesignation(toks, i));
  if (titleHead(w, false)) {
    const head = stripAl(w);
    let te = parseTitle(toks, i);
    if (TITLES_WEAK.has(head) && te === i + 1) {
      // "لواء" alone may be a unit, "مسؤول" alone an anonymous source.
      if (ANON.has(head)) {
        const de = parseDesignation(toks, i);
        return bodyPhrase(toks, i, de);
      }
    }
    let ne = parseName(toks, te, te > i + 1);
    // "مدير عام مكتب الصحة بمأرب الدكتور عبدالعزيز الشدادي", "والي هرات مولوي نصير أحمد حقاني":
    // what looked like a name is followed by another title, so it belongs to the title.
    for (
      let n = 0;
      n < 2 && ne > te && toks[ne]?.word && titleHead((toks[ne] as Token).w, false) && ne - te <= 2;
      n++
    ) {
      const te2 = parseTitle(toks, ne);
      const ne2 = parseName(toks, te2, true);
      if (ne2 === te2) break;
      te = te2;
      ne = ne2;
    }
    // "مدرب الفريق وقائده نجم الوسط سامي الخطيب:": after a second title, a bare noun with a definite
    // genitive is an occupation when a name closed by a delimiter follows it.
    const tb = toks[te - 1] as Token;
    if (ne - te === 2 && tb.word && tb.w[0] === 'و' && coordinatedTitle(tb.w.slice(1))) {
      const a = toks[te] as Token;
      const b = toks[te + 1] as Token;
      // Its adjectives: "بائع الكتب المستعملة ماهر سلوم".
      let k = ne;
      while (k < ne + 2 && toks[k]?.word && startsAl((toks[k] as Token).w) && !isStop((toks[k] as Token).w)) k++;
      const ne2 = parseName(toks, k, true);
      if (!startsAl(a.w) && startsAl(b.w) && ne2 - k >= 2 && strictDelimiter(toks[ne2])) {
        te = k;
        ne = ne2;
      }
    }
    // "والي هاتاي أرسلان يلديز", "والي نابل، عبد الستار": a place title takes a bare place name as its genitive.
    if (te === i + 1 && !startsAl(w) && PLACE_HEADS.has(head) && ne > te) {
      te++;
      ne = parseName(toks, te, false);
    }
    const titleKey = keyOf(toks, i, te, false);
    if (ne > te) {
      const sp = span(toks, i, ne);
      return {
        kind: 'person',
        start: sp[0],
        end: sp[1],
        title: span(toks, i, te),
        name: span(toks, te, ne),
        key: keyOf(toks, te, ne, true),
        titleKey,
        keyEnds: keyEndsOf(toks, te, ne),
        lam: undefined,
      };
    }
    // An anonymous "مسؤول أمني" / "متحدث عسكري" with no name is a body-like source.
    if (ANON.has(head) && !startsAl(w)) {
      const de = Math.max(te, parseDesignation(toks, i));
      return bodyPhrase(toks, i, de);
    }
    const sp = span(toks, i, te);
    return {
      kind: 'role',
      start: sp[0],
      end: sp[1],
      title: sp,
      name: null,
      key: titleKey,
      titleKey,
      keyEnds: undefined,
      lam: undefined,
    };
  }
  if (startsAl(w) || BODIES.has(w) || ANON.has(w) || MEDIA.has(w)) {
    const de = parseDesignation(toks, i);
    return bodyPhrase(toks, i, de);
  }
  // "قال لبلينكين إن": an addressee, not a subject; "وقال لحسن أوبلا،" is a name.
  if (w[0] === 'ل' && w.length > 3) {
    const n = toks[i + 1];
    if (!n?.word || isStop(n.w) || COMP.has(n.w) || startsAl(n.w) || state?.knownWords.has(w.slice(1)))
      return NONE(t.s);
  }
  // "وأضاف طابقين مخالفين": a noun with its participle, both in the oblique -ين of the dual or plural,
  // is an object; a subject would take the nominative -ان/-ون.
  const n1 = toks[i + 1];
  if (w.endsWith('ين') && n1?.word && obliqueParticiple(n1.w)) return NONE(t.s);
  const ne = parseName(toks, i);
  if (ne === i) return NONE(t.s);
  const sp = span(toks, i, ne);
  return {
    kind: 'person',
    start: sp[0],
    end: sp[1],
    title: null,
    name: sp,
    key: keyOf(toks, i, ne, true),
    titleKey: [],
    keyEnds: keyEndsOf(toks, i, ne),
    lam: undefined,
  };
}

/** Parse the speaker phrase starting at norm index `from`, not beyond `limit`. */
export function parsePhrase(s: string, from: number, limit: number): Phrase {
  return parsePhraseAt(tokens(s, from, limit), 0);
}
