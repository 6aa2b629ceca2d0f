// Attaches to each casualty the context named in its sentence:
//   location    "في قطاع غزة"، "بمدينة حلب"، "شمال شرقي سوريا"، "على غزة" → the place after the figure, else before
//   since       the date after "منذ" / "التي بدأت في" / "منذ بدء ... في" → its ISO day
//   reported_by "بحسب وزارة الصحة في غزة"، "أعلنت الشرطة"، "قال مصدر أمني" → the body's noun phrase
// Sentences end at . ! ؟ ? ؛ and newlines, and are bounded to 80 tokens each side, so this stays linear.
import {
  bits,
  foldedSet,
  inLex,
  inSetT,
  K_END,
  K_WORD,
  lex,
  matchAt,
  phrases,
  Scratch8,
  Scratch32,
  sortSmall,
  type Tok,
  type TokIndex,
  tokAt,
} from '../extractors/casualties/tokens.js';
import * as W from '../extractors/casualties/words.js';
import * as L from '../lexicon/casualties.js';
import { normIndex } from '../text/view.js';
import type { Context } from '../types.js';
import { sayingVerb } from './quoted-source.js';

export interface ContextSpans {
  location: [number, number] | null;
  since: string | null;
  reported_by: [number, number] | null;
}

const PREPS = foldedSet(L.SOURCE_PREPS);
const PREPS_LEX = lex(PREPS);
const JOINERS = foldedSet(L.SOURCE_JOINERS);
const VERBS = foldedSet(L.SOURCE_VERBS);
const VERBS_LEX = lex(VERBS);
const BODIES = foldedSet(L.SOURCE_BODIES);
const BODIES_LEX = lex(BODIES);
const STOP = foldedSet(L.SOURCE_STOP);
const STOP_HARD = foldedSet(['إن', 'أن', 'إنه', 'أنه', 'بأن', 'إنها', 'أنها', 'إنهم', 'أنهم', 'بأنه', 'بأنها']);
const HEADS = foldedSet(L.PLACE_HEADS);
const HEADS_LEX = lex(HEADS);
const PLACE_PREPS = foldedSet(['في', 'من', 'إلى', 'الى', 'على', 'نحو', 'باتجاه']);
const SITES = foldedSet(L.SITE_HEADS);
const DIRS = foldedSet(L.DIRECTIONS);
const DIRS_LEX = lex(DIRS);
const PLACE_PH = phrases(L.PLACES);
/** Place phrases by first word, so a token is checked against a few phrases only. */
const PLACE_BY_FIRST = new Map<string, string[][]>();
for (const p of PLACE_PH) {
  const l = PLACE_BY_FIRST.get(p[0] as string) ?? [];
  l.push(p);
  PLACE_BY_FIRST.set(p[0] as string, l);
}
const PLACE_FIRST = new Set(PLACE_BY_FIRST.keys());
const PLACE_FIRST_LEX = lex(PLACE_FIRST);
/** A token none of whose readings is a direction, a place's first word or a place head starts no known place. */
const PLACE_ANY = DIRS_LEX.bit | PLACE_FIRST_LEX.bit | HEADS_LEX.bit;
const FI = lex(['في']);
/** "في" alone or after و/ف: an unknown name after it may be a place. */
const FI_WORDS = new Set(['في', 'وفي', 'ففي']);
const CUES = PREPS_LEX.bit | VERBS_LEX.bit;
/** Nouns after "في" that are not places: "في هجوم"، "في بيان". */
const COMMON = foldedSet(L.NOT_PLACES);
const SINCE_CUES = lex(
  foldedSet(['منذ', 'بدأت', 'بدأ', 'بدء', 'بداية', 'اندلاع', 'اندلعت', 'اندلع', 'انطلاق', 'انطلقت']),
);
const REACH = 80;
const S_START = new Scratch32();
const S_END = new Scratch32();
const IN_DATE = new Scratch8();

/** Sentence of each token: [start[i], end[i]) unbounded, built in one pass (bound with `sa`/`sb`). */
interface Sentences {
  start: Int32Array;
  end: Int32Array;
}

function sentences(kind: Uint8Array): Sentences {
  const n = kind.length;
  const start = S_START.get(n, false);
  const end = S_END.get(n, false);
  let s0 = 0;
  for (let i = 0; i < n; i++) {
    start[i] = s0;
    if (kind[i] === K_END) s0 = i + 1;
  }
  let e0 = n;
  for (let i = n - 1; i >= 0; i--) {
    if (kind[i] === K_END) e0 = i;
    end[i] = e0;
  }
  return { start, end };
}

/** First token of the sentence of token i, bounded to REACH tokens before it. */
function sa(ss: Sentences, i: number): number {
  return Math.max(ss.start[i] ?? 0, i - REACH);
}

/** End (exclusive) of the sentence of token i, bounded to REACH tokens after it. */
function sb(ss: Sentences, i: number, n: number): number {
  return Math.min(ss.end[i] ?? n, i + REACH);
}

function stripOne(t: Tok, known: (stem: string) => boolean): number {
  if (t.v.length > 2 && /^[وبلف]/.test(t.v) && !known(t.v) && known(t.v.slice(1))) return t.s + 1;
  return t.s;
}

function isBody(w: string): boolean {
  return BODIES.has(w);
}

/** Is one of the readings a definite casualty noun ("النازحين")? */
function definiteNoun(rs: readonly W.Reading[]): boolean {
  for (const r of rs) if (r.definite && r.cw.role === 'noun') return true;
  return false;
}

/** Token indices of the window of `sourceAfter` (scratch, not re-entrant; at most 14). */
const WIN = new Int32Array(14);

/** Source phrase after a cue at token k, or null. */
function sourceAfter(toks: readonly Tok[], k: number, b: number, prep: boolean): [number, number] | null {
  let i = k + 1;
  const cue = toks[k] as Tok;
  const ma = /ما$/.test(cue.v) && cue.v.length > 3;
  while (i < b && i < k + 4 && toks[i]?.k === 'w' && JOINERS.has((toks[i] as Tok).v)) {
    if ((toks[i] as Tok).v.endsWith('ما')) i++;
    i++;
    if (VERBS.has(toks[i - 1]?.v ?? '')) break;
  }
  if ((ma || prep) && i < b && VERBS.has((toks[i] as Tok).v)) i++;
  // Window of words up to a hard stop; `start`: the first that is a body's word.
  const win = WIN;
  let nw = 0;
  let start = -1;
  for (let j = i; j < b && j < i + 14; j++) {
    const t = toks[j] as Tok;
    if (t.k === 'p' && W.QUOTE.has(t.v) && nw > 0) continue;
    if (t.k !== 'w') break;
    if (j > i && (STOP_HARD.has(t.v) || (VERBS.has(t.v) && start >= 0))) break;
    if (nw > 0 && /^و/.test(t.v) && !/^وال/.test(t.v) && !BODIES.has(t.v)) break;
    if (start < 0 && inLex(BODIES_LEX, t) !== null) start = nw;
    win[nw++] = j;
  }
  if (nw === 0) return null;
  if (start > 0) start = constructStart(toks, win, start);
  const limit = start >= 0 ? 9 : 6;
  if (start < 0) {
    const w0 = (toks[win[0] as number] as Tok).v;
    if (!prep && (STOP.has(w0) || STOP_HARD.has(w0) || w0 === 'في')) return null;
    start = 0;
  }
  let end = start;
  while (end < nw && end - start < limit) {
    const t = toks[win[end] as number] as Tok;
    // "تنسيقية النازحين واللاجئين": a definite casualty noun may be part of a body's name.
    const cas = W.isCasualtyWord(t) && !definiteNoun(W.readings(t));
    // "اللواء الركن صباح كاظم": after a rank, a time word ("صباح"، "فجر") is a given name.
    const named = TIME_NAMES.has(t.v) && end > start && RANKS.has((toks[win[end - 1] as number] as Tok).v);
    if (end > start && !named && (STOP.has(t.v) || STOP_HARD.has(t.v) || cas || inLex(W.TOLL_HEADS_LEX, t))) break;
    if (end === start && (STOP.has(t.v) || W.isCasualtyWord(t))) return null;
    end++;
  }
  const first = toks[win[start] as number] as Tok;
  const s = stripOne(first, isBody);
  return [s, appositive(toks, win[end - 1] as number, b)];
}

/** Ranks and titles before a name, and time words that are also given names ("العميد صباح"، "الشيخ فجر"). */
const RANKS = foldedSet([
  'اللواء',
  'العميد',
  'العقيد',
  'المقدم',
  'الرائد',
  'النقيب',
  'الركن',
  'الدكتور',
  'الشيخ',
  'الفريق',
  'المهندس',
]);
const TIME_NAMES = foldedSet(['صباح', 'فجر', 'ضحى']);
/** "في تصريح"، "في بيان": a statement after an appositive name. */
const STATEMENTS = foldedSet(['تصريح', 'تصريحات', 'بيان', 'حديث', 'مؤتمر', 'لقاء', 'مقابلة']);

/** Prepositions and their like before a body: "لدى الأمم المتحدة"، "باسم الجيش". */
const NOT_HEADS = foldedSet(['لدى', 'عند', 'باسم', 'مع', 'عبر', 'حول', 'ضد', 'بين', 'داخل', 'أمام', 'لصالح']);

/** A body's name that starts before its first known word (window index `start`): an indefinite head before a
 * definite one ("بعثة الأمم المتحدة"، "منظمة الصحة العالمية"), or a definite noun and its adjective before a body
 * with ل ("الوحدة التنفيذية لإدارة مخيمات النازحين"). */
function constructStart(toks: readonly Tok[], win: Int32Array, start: number): number {
  const body = toks[win[start] as number] as Tok;
  const plain = (t: Tok): boolean =>
    t.k === 'w' &&
    t.v.length >= 3 &&
    !STOP.has(t.v) &&
    !STOP_HARD.has(t.v) &&
    !VERBS.has(t.v) &&
    !W.isCasualtyWord(t) &&
    inLex(W.TOLL_HEADS_LEX, t) === null &&
    !isWaFa(t.v.charCodeAt(0));
  const p1 = toks[win[start - 1] as number] as Tok;
  if (!plain(p1)) return start;
  if (body.v.startsWith('ال') && !p1.v.startsWith('ال') && !/^(بال|لل)/.test(p1.v) && !NOT_HEADS.has(p1.v))
    return start - 1;
  if (/^لل|^ل[^ل]/.test(body.v) && !body.v.startsWith('ال') && p1.v.startsWith('ال')) {
    const p2 = start >= 2 ? (toks[win[start - 2] as number] as Tok) : undefined;
    return p2 !== undefined && plain(p2) && p2.v.startsWith('ال') ? start - 2 : start - 1;
  }
  return start;
}

/** End of a source with the name set off after it: "الناطق باسم الحرس الوطني، العميد مراد السويسي، بأن" →
 * through "السويسي"; else the end of token `last`. */
function appositive(toks: readonly Tok[], last: number, b: number): number {
  const end = (toks[last] as Tok).e;
  if (!/^[،,]$/.test(toks[last + 1]?.v ?? '')) return end;
  let j = last + 2;
  while (j < b && j < last + 8 && toks[j]?.k === 'w') {
    const t = toks[j] as Tok;
    if (STOP_HARD.has(t.v) || VERBS.has(t.v) || W.isCasualtyWord(t)) break;
    j++;
  }
  if (j === last + 2 || j >= b) return end;
  const u = toks[j] as Tok;
  const close =
    (u.k === 'w' && STOP_HARD.has(u.v)) ||
    (u.k === 'p' && u.v === ':') ||
    (u.k === 'p' &&
      /^[،,]$/.test(u.v) &&
      (STOP_HARD.has(toks[j + 1]?.v ?? '') ||
        // "آمر الفرع، العقيد محمد بوشناف، في تصريح خاص إن"
        (toks[j + 1]?.v === 'في' && STATEMENTS.has(toks[j + 2]?.v ?? ''))));
  return close ? (toks[j - 1] as Tok).e : end;
}

/** Subject before its reporting verb at k: "لكن الدفاع المدني السوري قال إن" → "الدفاع المدني السوري". */
function sourceBefore(toks: readonly Tok[], k: number, a: number): [number, number] | null {
  for (let j = k - 1; j >= a && j >= k - 6; j--) {
    const t = toks[j] as Tok;
    if (t.k !== 'w' || W.isCasualtyWord(t)) return null;
    if (inLex(BODIES_LEX, t)) {
      // "حصيلة أعلنتها مديرية الدفاع المدني فجرا قد تحدثت" → "مديرية الدفاع المدني": a construct head before a
      // definite body word belongs to it; trailing time words and "قد" do not.
      let s = j;
      while (s - 1 >= a && s > k - 8) {
        const p = toks[s - 1] as Tok;
        const ok = p.k === 'w' && !/^(ال|و)/.test(p.v) && (toks[s] as Tok).v.startsWith('ال') && BODIES.has(p.v);
        if (!ok || STOP.has(p.v) || STOP_HARD.has(p.v) || W.isCasualtyWord(p) || inLex(W.TOLL_HEADS_LEX, p)) break;
        s--;
      }
      let e = k - 1;
      while (e > j && STOP.has((toks[e] as Tok).v)) e--;
      return [stripOne(toks[s] as Tok, isBody), (toks[e] as Tok).e];
    }
  }
  return null;
}

/** A label "X:" of 1–4 words opening the sentence at a, before the figure at f, naming a body or a single
 * unknown name (not a place, not an event): its span, else null. */
function label(toks: readonly Tok[], a: number, f: number): [number, number] | null {
  let j = a;
  while (j < f && j < a + 4 && toks[j]?.k === 'w') j++;
  if (j === a || j >= f || toks[j]?.v !== ':') return null;
  let body = false;
  for (let i = a; i < j; i++) {
    const t = toks[i] as Tok;
    if (W.isCasualtyWord(t) || inSetT(COMMON, t) || STOP_HARD.has(t.v)) return null;
    if (inLex(BODIES_LEX, t)) body = true;
  }
  const one = toks[a] as Tok;
  // «وأضاف:», «فقال:» before a quote is an attribution, not a label naming a source
  if (j === a + 1 && sayingVerb(one.v, false)) return null;
  if (!body && !(j === a + 1 && !PLACE_FIRST.has(one.v) && !inLex(HEADS_LEX, one) && !inLex(DIRS_LEX, one)))
    return null;
  return [(toks[a] as Tok).s, (toks[j - 1] as Tok).e];
}

/** Place phrase starting at token k, or null. */
function placeAt(toks: readonly Tok[], k: number, b: number): Place | null {
  const t = toks[k] as Tok;
  if (t.k !== 'w') return null;
  const p1 = (bits(t).lb & PLACE_ANY) !== 0 ? placeTier1(toks, k, b) : null;
  if (p1) {
    // A site ("الطريق الوطني"، "سوق البخارية") or a head with an adjective ("قرية حدودية"، "منطقة سكنية")
    // names no town: kept as a last resort (tier 3).
    const h = inLex(HEADS_LEX, t);
    const u = toks[k + 1] as Tok | undefined;
    const site =
      h !== null &&
      (SITES.has(h.stem) ||
        (!h.definite && p1.next === k + 2 && u !== undefined && !u.v.startsWith('ال') && /يه$/.test(u.v)));
    if (site) p1.tier = 3;
    return p1;
  }
  // "في بلدوين": an unknown name after في or ب, kept as a last resort.
  const prev = toks[k - 1];
  // "في بلدوين"، "وفي زابوريجيا،"، "ففي أوديسا".
  const u = prev !== undefined && FI_WORDS.has(prev.v) ? t.v : '';
  if (
    u &&
    !u.startsWith('ال') &&
    !/(هم|هن|هما|ها|تين|يين|ات)$/.test(u) &&
    u.length >= 3 &&
    !W.GROUP_STOP.has(u) &&
    !W.isCasualtyWord(t) &&
    !COMMON.has(u)
  ) {
    return { k, s: t.s, e: t.e, next: k + 1, tier: 2 };
  }
  return null;
}

/** Words of a place name from token `from`, at most `max`, before the sentence end b: the end token. */
function words(toks: readonly Tok[], from: number, max: number, b: number): number {
  let j = from;
  while (j < b && j < from + max) {
    const u = toks[j] as Tok;
    if (u.k !== 'w' || W.GROUP_STOP.has(u.v) || u.v === 'و' || W.isCasualtyWord(u)) break;
    if (j > from && isWaFa(u.v.charCodeAt(0))) break;
    j++;
  }
  return j;
}

function isDir(u: Tok | undefined): boolean {
  return u !== undefined && inLex(DIRS_LEX, u) !== null;
}

function knownPlaceWord(w: string): boolean {
  return HEADS.has(w) || DIRS.has(w) || PLACE_FIRST.has(w);
}

/** و or ف. */
function isWaFa(c: number): boolean {
  return c === 0x648 || c === 0x641;
}

function placeTier1(toks: readonly Tok[], k: number, b: number): Place | null {
  const t = toks[k] as Tok;
  const known = knownPlaceWord;
  // "في الجنوب" is a place; "الطريق الصحراوي الغربي" ends with an adjective.
  if (isDir(t) && /^(ال|بال|وال|فال)/.test(t.v)) {
    const prev = toks[k - 1];
    if (t.v.startsWith('ال') && prev?.k === 'w' && !PLACE_PREPS.has(prev.v)) return null;
    return { k, s: stripOne(t, known), e: t.e, next: k + 1, tier: 1 };
  }
  if (isDir(t)) {
    let j = k + 1;
    if (isDir(toks[j])) j++;
    const u = toks[j];
    if (!u || j >= b) return null;
    if (inLex(HEADS_LEX, u)) {
      const e = words(toks, j + 1, 2, b);
      if (e === j + 1) return null;
      return { k, s: stripOne(t, known), e: (toks[e - 1] as Tok).e, next: e, tier: 1 };
    }
    const e = words(toks, j, 1, b);
    if (e === j) return null;
    return { k, s: stripOne(t, known), e: (toks[e - 1] as Tok).e, next: e, tier: 1 };
  }
  const first = inLex(PLACE_FIRST_LEX, t, true);
  const cands = first ? (PLACE_BY_FIRST.get(first.stem) ?? []) : [];
  for (const p of cands) {
    if (matchAt(toks, k, p, true) && k + p.length <= b) {
      return { k, s: stripOne(t, known), e: (toks[k + p.length - 1] as Tok).e, next: k + p.length, tier: 1 };
    }
  }
  const h = inLex(HEADS_LEX, t);
  if (h && !DIRS.has(h.stem)) {
    // "مدينة حلب"، "قرية ود الزاكي": an indefinite head takes a name; "الطريق الوطني"، "العاصمة بغداد": a
    // definite head takes only an adjective with ال or a known place.
    let e = words(toks, k + 1, 2, b);
    if (h.definite || t.v.startsWith('ال')) {
      const u = toks[k + 1];
      const ok = u && e > k + 1 && (u.v.startsWith('ال') || PLACE_FIRST.has(u.v));
      e = ok ? k + 2 : k + 1;
      if (e === k + 1) return null;
    } else if (e > k + 2) {
      // "بلدة عيل طير"، "منطقة كرمة علي": a second word without ال belongs to the name unless it starts
      // another phrase ("بلدة ذيبان بريف"، "قرية X صباح").
      const u = toks[k + 2] as Tok;
      if (inLex(HEADS_LEX, u) || inLex(DIRS_LEX, u) || inSetT(COMMON, u) || /^(ب|ل(?!ل))/.test(u.v)) e = k + 2;
    }
    if (e === k + 1) return null;
    // "بلدة X" needs a name: not a place word again nor a number.
    return { k, s: t.s + (h.definite ? h.pre - 2 : h.pre), e: (toks[e - 1] as Tok).e, next: e, tier: 1 };
  }
  return null;
}

export interface ClaimRef {
  figTok: number;
  ss: number;
  se: number;
  group: [number, number] | null;
}

function byToken(x: { k: number }, y: { k: number }): number {
  return x.k - y.k;
}

/** First index in a list sorted by `k` whose k is >= x. */
function lower<T extends { k: number }>(list: readonly T[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as T).k < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Cue {
  k: number;
  prep: boolean;
  sp: [number, number] | null;
  /** A verb that opens a contrasting clause ("فيما أعلنت موسكو"، "في حين قال الجيش"): its report and the places
   * after it are another story for the figures before it. */
  other: boolean;
}

/** Words that open a contrasting clause right before its reporting verb. */
const CONTRAST = foldedSet(['فيما', 'بينما', 'وبينما', 'حين']);
/** Negations before a reporting verb: "لم يذكر"، "من دون أن تشير"، "دون أن يوضح". */
const NOT_BEFORE = foldedSet(L.NEGATIONS);
const WITHOUT = foldedSet(['دون', 'بدون']);
const NAQL = foldedSet(['نقل', 'نقلت']);
const AN_WORD = foldedSet(['عن']);

/** Does the verb cue at k report? Not when negated ("من دون أن تشير إلى المبنى") nor "نقل" without "عن" (a transfer:
 * "ونُقل المصابون إلى مستشفى X"، "في نقل الدراجة"; reporting is "نقلت الوكالة عن مصدر"). */
function reporting(toks: readonly Tok[], k: number, t: Tok, wafa: boolean, b: number): boolean {
  const p1 = toks[k - 1];
  if (p1?.k === 'w') {
    if (NOT_BEFORE.has(p1.v)) return false;
    if ((p1.v === 'أن' || p1.v === 'ان') && WITHOUT.has(toks[k - 2]?.v ?? '')) return false;
  }
  if (NAQL.has(wafa ? t.v.slice(1) : t.v)) {
    for (let j = k + 1; j < b && j <= k + 8; j++) if (AN_WORD.has((toks[j] as Tok).v)) return true;
    return false;
  }
  return true;
}

/** Is the verb cue at k the head of a contrasting clause ("فيما أعلنت"، "في حين قال")? */
function opensClause(toks: readonly Tok[], k: number): boolean {
  const p1 = toks[k - 1];
  if (p1?.k !== 'w' || !CONTRAST.has(p1.v)) return false;
  return p1.v !== 'حين' || toks[k - 2]?.v === 'في';
}
interface Place {
  k: number;
  s: number;
  e: number;
  tier: 1 | 2 | 3;
  next: number;
}

/** Token ranges [start, end) where cues and places are looked for, as a flat list of merged ranges in text order:
 * for each claim, from the start of its figure's sentence to the end of the figure's window (`sb`). A place never
 * crosses a sentence end, so the place scan, which steps over each place it finds, finds in these ranges the places
 * a scan of the whole text would. */
function windows(ss: Sentences, claims: readonly ClaimRef[], n: number): number[] {
  const w: number[] = [];
  for (const c of claims) {
    const s = ss.start[c.figTok] ?? 0;
    const e = sb(ss, c.figTok, n);
    // Insert in order of start (claims come in text order: usually at the end).
    let j = w.length;
    w.push(s, e);
    while (j > 0 && (w[j - 2] as number) > s) {
      w[j] = w[j - 2] as number;
      w[j + 1] = w[j - 1] as number;
      j -= 2;
    }
    w[j] = s;
    w[j + 1] = e;
  }
  // Merge overlapping or touching ranges.
  let m = 0;
  for (let i = 0; i < w.length; i += 2) {
    const s = w[i] as number;
    const e = w[i + 1] as number;
    if (m > 0 && s <= (w[m - 1] as number)) {
      if (e > (w[m - 1] as number)) w[m - 1] = e;
    } else {
      w[m] = s;
      w[m + 1] = e;
      m += 2;
    }
  }
  w.length = m;
  return w;
}

export function attachContext(
  ctx: Context,
  toks: readonly Tok[],
  claims: readonly ClaimRef[],
  ix: TokIndex,
): ContextSpans[] {
  if (claims.length === 0) return [];
  const { kind, lb, b0, b1 } = ix;
  const ss = sentences(kind);
  const n = toks.length;
  // Reporting cues with their source and places, looked for only around the figures (`windows`), and dates
  // after a start cue.
  const cues: Cue[] = [];
  const places: Place[] = [];
  const win = windows(ss, claims, n);
  for (let w = 0; w < win.length; w += 2) {
    for (let k = win[w] as number; k < (win[w + 1] as number); k++) {
      if (kind[k] !== K_WORD || (((b0[k] as number) | (b1[k] as number)) & CUES) === 0) continue;
      const t = toks[k] as Tok;
      // The cue itself, or after one conjunction: "وبحسب" → بحسب, "فأعلنت" → أعلنت (a preposition first).
      const wafa = t.v.length > 3 && isWaFa(t.v.charCodeAt(0));
      const cueBits = (b0[k] as number) | (wafa ? (b1[k] as number) : 0);
      let prep: boolean;
      if ((cueBits & PREPS_LEX.bit) !== 0) prep = true;
      else if ((cueBits & VERBS_LEX.bit) !== 0) prep = false;
      else continue;
      if (!prep && !reporting(toks, k, t, wafa, sb(ss, k, n))) continue;
      let sp = sourceAfter(toks, k, sb(ss, k, n), prep);
      if (!prep && (!sp || STOP_HARD.has(toks[k + 1]?.v ?? ''))) sp = sourceBefore(toks, k, sa(ss, k)) ?? sp;
      if (sp) cues.push({ k, prep, sp, other: !prep && opensClause(toks, k) });
    }
  }
  const inDate = IN_DATE.get(toks.length + 1);
  for (const d of ctx.dates) {
    const a = tokAt(toks, normIndex(ctx.view, d.start));
    const b = tokAt(toks, Math.max(0, normIndex(ctx.view, d.end) - 1));
    for (let i = a; i <= b && i < toks.length; i++) inDate[i] = 1;
  }
  let k = 0;
  for (let w = 0; w < win.length; w += 2) {
    for (k = Math.max(k, win[w] as number); k < (win[w + 1] as number); k++) {
      // Only a word that may start a known place, or any word after "في", starts a place.
      if (inDate[k] || kind[k] !== K_WORD) continue;
      if (
        ((lb[k] as number) & PLACE_ANY) === 0 &&
        (k === 0 || (((b0[k - 1] as number) | (b1[k - 1] as number)) & FI.bit) === 0)
      )
        continue;
      const p = placeAt(toks, k, sb(ss, k, n));
      if (!p) continue;
      places.push(p);
      k = p.next - 1;
    }
  }
  const dates: Array<{ k: number; value: string }> = [];
  for (const d of ctx.dates) {
    // "منذ مطلع جانفي 2024" → 2024-01-01 ; "منذ بداية العام" (2022) → 2022-01-01.
    const v = d.value;
    if (v === null || !/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/.test(v)) continue;
    const day = v.length === 10 ? v : v.length === 7 ? `${v}-01` : `${v}-01-01`;
    const dt = tokAt(toks, normIndex(ctx.view, d.start));
    for (let k = dt - 1; k >= 0 && k >= dt - 10; k--) {
      const t = toks[k] as Tok;
      if (t.k === 'p' && !/[/\\"«»“”]/.test(t.v)) break;
      if (t.k === 'w' && inLex(SINCE_CUES, t, true)) {
        dates.push({ k: dt, value: day });
        break;
      }
    }
  }
  sortSmall(dates, byToken);

  const out: ContextSpans[] = [];
  for (const c of claims) {
    const a = sa(ss, c.figTok);
    const b = sb(ss, c.figTok, n);
    // reported_by: prepositional cues first, then verbs; nearest to the figure.
    let src = nearestSource(toks, cues, a, b, c, true) ?? nearestSource(toks, cues, a, b, c, false);
    // A headline label gives the source: "المرصد: 15 قتيلا"، "آفاد: 22 قتيلا"، "قائد شرطة ديالى: «استشهد ثلاثة»".
    if (!src) src = label(toks, a, c.figTok);
    const pick = pickPlace(toks, places, inDate, a, clauseEnd(cues, c, b), c, src);
    const loc: [number, number] | null = pick ? [pick.s, pick.e] : null;
    // since: a full date right after a start cue in the sentence.
    const di = lower(dates, a);
    const d = dates[di];
    const since = d && d.k < b ? d.value : null;
    out.push({ location: loc, since, reported_by: src });
  }
  return out;
}

/** The source of the cue of the given kind in [a, b) nearest to the claim's figure, not overlapping its phrase. */
function nearestSource(
  toks: readonly Tok[],
  cues: readonly Cue[],
  a: number,
  b: number,
  c: ClaimRef,
  prep: boolean,
): [number, number] | null {
  let src: [number, number] | null = null;
  let best = Number.POSITIVE_INFINITY;
  for (let i = lower(cues, a); i < cues.length && (cues[i] as Cue).k < b; i++) {
    const cue = cues[i] as Cue;
    let sp = cue.sp;
    if (cue.prep !== prep || !sp) continue;
    // "نعى حزب الله ثلاثة من مقاتليه": a source that runs into the phrase ends before it.
    if (sp[0] < c.ss && sp[1] > c.ss && !prep) {
      const j = tokAt(toks, c.ss) - 1;
      sp = j >= 0 && (toks[j] as Tok).e > sp[0] && (toks[j] as Tok).k === 'w' ? [sp[0], (toks[j] as Tok).e] : null;
      if (!sp) continue;
    }
    if (sp[0] < c.se && sp[1] > c.ss) continue;
    if (cue.other && cue.k > c.figTok) continue;
    const d = Math.abs(cue.k - c.figTok);
    if (d < best) {
      best = d;
      src = sp;
    }
  }
  return src;
}

/** End of the figure's clause for places: the first contrasting reporting clause after its phrase, else b. */
function clauseEnd(cues: readonly Cue[], c: ClaimRef, b: number): number {
  for (let i = lower(cues, c.figTok + 1); i < cues.length && (cues[i] as Cue).k < b; i++) {
    const cue = cues[i] as Cue;
    if (cue.other && (cue.sp === null || cue.sp[0] >= c.se)) return cue.k - 1;
  }
  return b;
}

function overlaps(p: Place, r: [number, number] | null): boolean {
  return r !== null && p.s < r[1] && p.e > r[0];
}

/** Scratch lists of `pickPlace` (not re-entrant; entries past the counts are stale). */
const CANDS: Place[] = [];
const BODY: Place[] = [];

/** location: a sentence framed "وفي X،" takes X; else a place right before the phrase, else the first place after
 * it, else the last one before it; named places before unknown names; never inside source or group. */
function pickPlace(
  toks: readonly Tok[],
  places: readonly Place[],
  inDate: Uint8Array,
  a: number,
  b: number,
  c: ClaimRef,
  src: [number, number] | null,
): Place | undefined {
  const cands = CANDS;
  const body = BODY;
  let nc = 0;
  let nb = 0;
  for (let i = lower(places, a); i < places.length && (places[i] as Place).k < b; i++) {
    const p = places[i] as Place;
    if (p.next <= b && !overlaps(p, src) && !overlaps(p, c.group)) {
      cands[nc++] = p;
      // A place that opens the sentence as its frame, dateline or label ("وفي ديالى،"، "الرباط - 10 شتنبر"،
      // "أزيلال في 15 يوليوز"، "ليبيا: 9 قتلى") is the wider setting: used only when the sentence names no other.
      if (p.tier !== 3 && !lead(toks, inDate, a, p)) body[nb++] = p;
    }
  }
  if (nc === 0) return undefined;
  const ss = c.ss;
  const se = c.se;
  // Right before the phrase ("بولاية الجلفة بوفاة 4"), else the first after it, else the first before it.
  if (nb > 0) {
    const start = tokAt(toks, ss);
    // "و3 في سوريا": a figure's own "في X" right after its phrase, before the place that ends the figure before it.
    const after = tokAt(toks, se);
    if (toks[after]?.v === 'في') {
      for (let i = 0; i < nb; i++)
        if ((body[i] as Place).k === after + 1 && (body[i] as Place).tier === 1) return body[i];
    }
    for (let i = 0; i < nb; i++) if ((body[i] as Place).e <= ss && (body[i] as Place).next === start) return body[i];
    // inside a long toll phrase: "حصيلة ضحايا الزلزال الذي ضرب إقليم تارودانت إلى 45 قتيلا"
    for (let i = 0; i < nb; i++) if ((body[i] as Place).s >= ss && (body[i] as Place).e <= se) return body[i];
    for (let i = 0; i < nb; i++) if ((body[i] as Place).s >= se && (body[i] as Place).tier === 1) return body[i];
    for (let i = 0; i < nb; i++) if ((body[i] as Place).s >= se) return body[i];
    // Before the phrase: the nearest ("غارات بقيادة السعودية استهدفت منزلا في مديرية صرواح، ما أدى إلى مقتل"), or
    // the head of the chain it ends ("في بلدة عين عيسى بريف الرقة"، "مدينة الحلة، مركز محافظة بابل": the town).
    for (let i = nb - 1; i >= 0; i--)
      if ((body[i] as Place).e <= ss && (body[i] as Place).tier === 1) return chainHead(body, i);
    for (let i = nb - 1; i >= 0; i--) if ((body[i] as Place).e <= ss) return chainHead(body, i);
  }
  for (let i = 0; i < nc; i++) {
    const x = cands[i] as Place;
    if (x.tier !== 3 && (x.e <= ss || x.s >= se)) return x;
  }
  for (let i = 0; i < nc; i++) if ((cands[i] as Place).s >= se) return cands[i];
  for (let i = nc - 1; i >= 0; i--) if ((cands[i] as Place).e <= ss) return cands[i];
  return undefined;
}

/** The first place of the chain of places ending with list[i]: each next one starts at most 2 tokens after the
 * previous ends ("بلدة دانغوما بولاية زمفارا شمال غربي نيجيريا"، "مدينة الحلة، مركز محافظة بابل"). */
function chainHead(list: readonly Place[], i: number): Place {
  let j = i;
  while (j > 0) {
    const p = list[j - 1] as Place;
    // An unknown word ("في مجمع تجاري وسط مدينة الحلة") heads no chain of named places.
    if ((list[j] as Place).k - p.next > 2 || p.tier > (list[j] as Place).tier) break;
    j--;
  }
  return list[j] as Place;
}

function lead(toks: readonly Tok[], inDate: Uint8Array, a: number, p: Place): boolean {
  if (p.k > a + 1) return false;
  const n = toks[p.next];
  if (!n || n.k === 'n') return true;
  if (n.k === 'p') return /^[-–—:،,(]$/.test(n.v);
  return inDate[p.next] === 1 || (n.v === 'في' && inDate[p.next + 1] === 1);
}
