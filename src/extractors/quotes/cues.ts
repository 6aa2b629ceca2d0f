// Attribution cues: speech verbs, participles, quoting verbs, source cues and "جاء في بيان",
// found at the word starts a gate lets through (wordSpans) by a hand matcher over the folded text,
// each followed by its speaker phrase parsed from a bounded window.
//
//   "وقال بلينكن: “…"                     → verb قال, phrase person "بلينكن"
//   "، مضيفًا أن"                          → participle مضيفا, phrase none (same speaker)
//   "ونقلت الوكالة عن مصدر أمني قوله"      → quoting نقلت, phrase body "مصدر أمني"
//   "بحسب وزارة الصحة"، "وفقا للشرطة"      → source, phrase body
//   "وجاء في بيان لوزارة الدفاع:"          → statement, phrase body "وزارة الدفاع"

import {
  MEDIA_NOUNS,
  QUOTING_NOUNS,
  QUOTING_VERBS,
  SOURCE_CUES,
  SOURCE_PHRASES,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  STATEMENT_NOUNS,
  STATEMENT_VERBS,
} from '../../lexicon/speech.js';
import type { Entity } from '../../refiners/speakers.js';
import { letterOrDigitAt } from '../../text/chars.js';
import { fold } from '../../text/view.js';
import { familyOf } from './pairing.js';
import {
  bodyPhrase,
  dropLam,
  NONE,
  type ParseMemo,
  type Phrase,
  parseFirst,
  parsePhraseAt,
  pastIssuedBy,
  possessedHead,
  type Token,
  tokens,
} from './phrase.js';

export type CueType = 'verb' | 'part' | 'quoting' | 'source' | 'statement';

export interface Cue {
  /** Start including a proclitic و/ف ("وقال"). */
  start: number;
  /** Start of the verb itself ("قال" in "وقال"). */
  word: number;
  end: number;
  type: CueType;
  phrase: Phrase;
  /** True for "مضيفا"-type participles and verbs with no explicit speaker. */
  pronoun: boolean;
  // Filled by quotes.ts for the cues outside quotes (null until then):
  /** The subject before a pronoun verb ("دائرة صحة الرصافة أعلنت"). */
  svo: Phrase | null;
  /** The subject of the sentence's first verb ("ونعى حزب الله …، قال إنهم"). */
  subject: Phrase | null;
  /**
   * The cue whose reported speech holds this one ("وأضاف حقاني أن السلطات طالبت طهران “…”"): the
   * verb's subject stands before it, the words after it are its object, and its quote is the outer
   * speaker's.
   */
  outer: Cue | null;
  /** "وقال مكتبه": the norm span of the possessed noun ("مكتب"); the owner is found as for a pronoun verb. */
  possessed: [number, number] | null;
  /** The speaker the cue resolves to. */
  res: Resolved | null;
}

/** A cue's speaker: the entity, the norm span of the mention as written, and its phrase. */
export interface Resolved {
  entity: Entity | null;
  /** Norm span of the mention as written. */
  mention: [number, number];
  phrase: Phrase | null;
  /** "مكتبه": the possessed noun before the owner's name ("مكتب" + "رئيس الوزراء"). */
  possessed?: [number, number];
}

const kinds = new Map<string, CueType>();
for (const w of SPEECH_VERBS) kinds.set(fold(w), 'verb');
for (const w of SPEECH_PARTICIPLES) kinds.set(fold(w), 'part');
for (const w of QUOTING_VERBS) kinds.set(fold(w), 'quoting');
for (const w of SOURCE_CUES) kinds.set(fold(w), 'source');
for (const w of SOURCE_PHRASES) kinds.set(fold(w), 'source');
for (const w of STATEMENT_VERBS) kinds.set(fold(w), 'statement');

const CUE_WORDS = [
  ...SPEECH_VERBS,
  ...SPEECH_PARTICIPLES,
  ...QUOTING_VERBS,
  ...SOURCE_CUES,
  ...SOURCE_PHRASES,
  ...STATEMENT_VERBS,
];
/**
 * The cue phrases (folded) by their first word, each as its words, longest phrase first: the order
 * in which the alternation (?<![\p{L}\p{N}])([وف]?)(cue|cue|…)(?![\p{L}\p{N}]) (words of a phrase
 * 1–3 spaces apart) would try them. Matched by hand: that regex cost a one-article run ~4 ms to
 * compile and tier up.
 */
const BY_FIRST = new Map<string, string[][]>();
for (const p of [...new Set(CUE_WORDS.map(fold))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
  const words = p.split(' ');
  const list = BY_FIRST.get(words[0] as string) ?? [];
  list.push(words);
  BY_FIRST.set(words[0] as string, list);
}
/** The cue phrase phraseAt (cueAt) matched last, and the proclitic's length before it. */
let matched = '';
let matchedPro = 0;

/** The end of the cue phrase whose first word is the word at p ("قال" in "قال إن" → 3), or -1; the phrase goes to `matched`. */
function phraseAt(s: string, p: number): number {
  let e = p;
  while (letterOrDigitAt(s, e)) e++;
  const list = BY_FIRST.get(s.slice(p, e));
  if (list === undefined) return -1;
  for (const words of list) {
    let q = e;
    let k = 1;
    for (; k < words.length; k++) {
      let sp = 0;
      while (sp < 3 && s.charCodeAt(q + sp) === 0x20) sp++;
      const w = words[k] as string;
      if (sp === 0 || !s.startsWith(w, q + sp)) break;
      q += sp + w.length;
      if (k < words.length - 1 ? s.charCodeAt(q) !== 0x20 : letterOrDigitAt(s, q)) break;
    }
    if (k === words.length) {
      matched = words.length > 1 ? words.join(' ') : (words[0] as string);
      return q;
    }
  }
  return -1;
}
/** The end of the cue starting at word start ws, trying a proclitic و/ف first as the regex would, or -1; sets `matched` and `matchedPro`. */
function cueAt(s: string, ws: number): number {
  if (letterOrDigitAt(s, ws - 1)) return -1;
  const c = s.charCodeAt(ws);
  if (c === 0x0648 || c === 0x0641) {
    const e = phraseAt(s, ws + 1);
    if (e >= 0) {
      matchedPro = 1;
      return e;
    }
  }
  matchedPro = 0;
  return phraseAt(s, ws);
}
/**
 * A match starts a word (no letter or digit before it, and every cue begins with a letter) and that
 * word is a cue's first word, with or without و/ف (a one-word cue ends the word). So the words that may
 * start a match are few: these, each also with و and ف before it. A gate over them (wordSpans)
 * skips the matcher at every other word.
 */
export const CUE_STARTS: readonly string[] = CUE_WORDS.map((c) => fold(c).split(' ')[0] as string);
const QUOTING_END = new Set(QUOTING_NOUNS.map(fold));
const STATEMENT = new Set(STATEMENT_NOUNS.map(fold));
const WINDOW = 200;

function phraseFor(s: string, type: CueType, word: string, end: number, memo: Map<number, ParseMemo>): Phrase | null {
  // "، داعيا مستعملي الطريق إلى": a circumstantial participle shares the subject of its clause;
  // the words after it are its object.
  if (type === 'part') return NONE(end);
  const toks = tokens(s, end, end + WINDOW);
  if (type === 'verb') {
    const p = parseFirst(toks, memo);
    // "ووصف الوالي فلان الفلاني الهجوم بأنه …": وصف takes an object before ب, so a name of three
    // words or more that runs into ب ends before its last word.
    if (word.startsWith('وصف') && p.kind === 'person' && p.key.length >= 3) {
      const k = toks.findIndex((t) => t.e === p.end);
      const n = toks[k + 1];
      if (k > 0 && n?.word && n.w[0] === 'ب' && n.w.length >= 3) return parsePhraseAt(toks.slice(0, k), 0);
    }
    // "بيان لوزارة الدفاع وصف المشاركة بأنها …": وصف X بـ: a noun right before ب is the object
    // described; the subject is not after the verb.
    const d = describedSource(toks, p);
    if (d !== null) return d;
    if (word.startsWith('وصف') && p.kind !== 'none') {
      const n = toks[toks.findIndex((t) => t.e === p.end) + 1];
      if (n?.word && n.w[0] === 'ب' && n.w.length >= 3) return NONE(end);
    }
    return p;
  }
  if (type === 'quoting') {
    // "نقلت الوكالة عن X قوله": the speaker follows عن; without عن the medium is the source.
    for (let i = 0; i < toks.length && i < 10; i++) {
      const t = toks[i] as Token;
      if (t.word && t.w === 'عن') return parsePhraseAt(toks, i + 1);
      if (t.word && QUOTING_END.has(t.w)) break;
      if (!t.word && familyOf(t.w.charCodeAt(0)) === null) break;
    }
    return parseFirst(toks, memo);
  }
  if (type === 'statement') {
    // "جاء في بيان (صادر عن|ل)X" / "جاء في البيان".
    if (!toks[0]?.word || toks[0].w !== 'في' || !toks[1]?.word || !STATEMENT.has(toks[1].w)) return null;
    const i = pastIssuedBy(toks, 2);
    return withLam(parsePhraseAt(dropLam(toks, i), i), toks, i);
  }
  // Source cues.
  let i = 0;
  if (word === 'نقلا' && toks[0]?.word && toks[0].w === 'عن') i = 1;
  else if (toks[0]?.word && (toks[0].w === 'ما' || word.endsWith('ما'))) {
    // "بحسب ما قاله X", "حسبما أفادت به X", "وفق ما ذكرت X"
    i = word.endsWith('ما') ? 0 : 1;
    if (toks[i]?.word) i++;
    if (toks[i]?.word && ['به', 'بها', 'عنه'].includes((toks[i] as Token).w)) i++;
  }
  return withLam(parsePhraseAt(dropLam(toks, i), i), toks, i);
}

const MEDIA = new Set(MEDIA_NOUNS.map(fold));
const SOURCE_CUTS = new Set(['منذ', 'قبل', 'بعد', 'خلال', 'امس', 'اليوم', 'عندما', 'حين']);

/**
 * "وقال منقب يعمل في الموقع منذ عامين:", "يقول كثيرون من أبناء الجيل الثالث في المخيمات:": an
 * indefinite source of one word, described up to the colon of its quote by a relative clause (an
 * imperfect verb with its preposition) or a partitive من; a time phrase or an addressee ends it.
 */
function describedSource(toks: Token[], p: Phrase): Phrase | null {
  const t0 = toks[0];
  if (!t0?.word || t0.e !== p.end || t0.s !== p.start || t0.w.startsWith('ال')) return null;
  if (!(p.kind === 'body' || (p.kind === 'person' && p.title === null && t0.w.endsWith('ون')))) return null;
  let colon = -1;
  for (let m = 1; m < toks.length && m <= 10; m++) {
    const t = toks[m] as Token;
    if (!t.word) {
      if (t.w === ':') colon = m;
      break;
    }
  }
  if (colon < 3) return null;
  let e = 1;
  while (e < colon) {
    const w = (toks[e] as Token).w;
    // "… لمراسلنا:", "… لوكالة الأنباء:": the one addressed is no part of the source.
    const r = w.slice(1);
    if (SOURCE_CUTS.has(w) || w.startsWith('لل') || (w[0] === 'ل' && (MEDIA.has(r) || r.startsWith('مراسل')))) break;
    e++;
  }
  if (e < 3) return null;
  const a = (toks[1] as Token).w;
  const b = (toks[2] as Token).w;
  const partitive = a === 'من';
  const relative = (a[0] === 'ي' || a[0] === 'ت') && a.length >= 4 && (b === 'في' || b === 'من' || b === 'علي');
  if (!partitive && !relative) return null;
  return bodyPhrase(toks, 0, e);
}

function withLam(p: Phrase, toks: Token[], i: number): Phrase {
  const t = toks[i];
  if (p.kind !== 'none' && t && p.start === t.s && t.w[0] === 'ل' && t.w.length >= 4) p.lam = true;
  return p;
}

/**
 * Every cue in s, in order. `wordAt`: wordSpans(s); `starts`: the indices (into wordAt) of the words
 * that may be in CUE_STARTS (with و/ف or not), a superset; `memo`: see parseFirst.
 */
export function findCues(
  s: string,
  wordAt: Int32Array,
  starts: readonly number[],
  memo: Map<number, ParseMemo>,
): Cue[] {
  const out: Cue[] = [];
  // As one global scan: no match starts before the end of the previous one.
  let from = 0;
  for (const wi of starts) {
    const ws = wordAt[wi] as number;
    if (ws < from) continue;
    const end = cueAt(s, ws);
    if (end < 0) continue;
    from = end;
    const pro = matchedPro;
    const w = matched;
    const type = kinds.get(w);
    if (type === undefined) continue;
    let phrase = phraseFor(s, type, w, end, memo);
    if (phrase === null) continue;
    // "وقال مكتبه في بيان": the office of the one the pronoun refers to.
    let possessed: [number, number] | null = null;
    if (type === 'verb' && phrase.kind !== 'none') {
      const t = tokens(s, end, end + 40, 1)[0];
      const n = t?.word && t.s === phrase.start && t.e === phrase.end ? possessedHead(t.w) : 0;
      if (n > 0 && t) {
        possessed = [t.s, t.s + n];
        phrase = NONE(end);
      }
    }
    out.push({
      start: ws,
      word: ws + pro,
      end,
      type,
      phrase,
      pronoun: phrase.kind === 'none',
      svo: null,
      subject: null,
      outer: null,
      possessed,
      res: null,
    });
  }
  return out;
}

/** Index of the last cue with start < pos (cues sorted by start), or -1. */
export function lastCueBefore(cues: readonly Cue[], pos: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cues[mid] as Cue).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
