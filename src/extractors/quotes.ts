// quotes: direct quotes with their speaker, verb, partial and unclosed flags.
//
// WHAT COUNTS AS SPEECH (the not-speech rule)
//   Text between quote marks is a quote only when it reproduces someone's words. Quoted names,
//   titles and terms are left out:
//   1. A quote of at most six words right after an indefinite noun that names things – عملية،
//      صحيفة، قناة، كتاب، هيئة، حركة، حزب، شعار، وسم، مبادرة، بعنوان، اسم، لقب … – is a name
//      (عملية "عاصفة الحزم"، صحيفة "الشرق الأوسط"، هيئة "تحرير الشام"). With the article the
//      noun is a subject and the quote its predicate, which is speech ("أن الاتفاق “خطوة أولى”").
//   2. So is a quote right after a naming word (ما يسمى، المعروف بـ، يطلق عليه، بما يسمونه) or
//      after a bare preposition لـ/بـ ("لـ"السومرية نيوز""، "تعرف بـ"المثلث"") unless a verb of
//      saying comes just before it ("يطالب بـ"قرار شجاع""، "بما وصفته بـ"…"").
//   3. A quote of at most four words that starts with an organisation word without the article
//      (حزب، حركة، جبهة، تنظيم، جيش، كتائب …) is a name ("حزب الله" in quotes).
//   4. One word in quotes is speech only when a verb of saying governs it directly ("وقال: “لا”",
//      "وصف الوضع بأنه “كارثي”") and the sentence does not go on after it; otherwise it is a
//      scare quote or a label ("داعش"، "الإرهابيين").
//   5. Two or three words in quotes are speech only when a verb of saying or a source cue
//      governs them in the same sentence ("أكد أنه “من الضروري” العمل", "يرى “مؤشرات مشجعة”"),
//      or when they open their paragraph.
//   6. Four words or more between quote marks are speech unless rule 1–3 applies.
//   Nested quotes stay inside the outer quote and never come out on their own; a quote with no
//   letters ("10") is not speech; straight quotes after a digit (12") are inch marks.
//
// Speaker: the governing attribution before the quote ("وقال X:", "قال X إن", "بحسب X",
// "ونقلت الوكالة عن X قوله"), else the one right after it ("…”، قال X", "… بحسب X"),
// else a headline speaker before a colon ("وزير الصحة: “…”"), else the last speaker of the
// preceding text (a paragraph that is only a quote, "وقال:"). Names resolve to their fullest
// form in the article (src/refiners/speakers.ts). A circumstantial participle ("، داعيا X إلى")
// keeps its clause's subject: X is its object. A one-word short form in brackets after a body
// ("قوات سوريا الديمقراطية (قسد)") is an alias of that body. Phrases that cannot be a subject are
// no speaker: an object after وصف ("وصف المشاركة بأنها"), ب + a verbal noun ("أمر الوزير بفتح تحقيق"),
// an oblique -ين pair ("أضاف طابقين مخالفين"), a verb after أن and its subject inside reported
// speech ("وأضاف حقاني أن السلطات طالبت طهران “…”": the quote is حقاني's). A pronoun verb also
// takes the giver of an account ("وفي شهادة لأحد الناجين، قال:") and the topic of أما ("أما المرصد
// فقال"); a possessed noun ("وقال مكتبه") is that noun of the pronoun's referent ("مكتب رئيس الوزراء").
// partial: the quote is a fragment of reported speech: words of the sentence stand between the
// attribution and the quote, or the sentence goes on after it, or it follows أنه/أنها/بأنه
// (its subject is outside the quote).
//
// Linear time: one scan for marks (pairing.ts), one regex scan for cues, bounded windows
// around each quote, binary searches over sorted positions.

import {
  ACCOUNT_NOUNS,
  BARE_COMPLEMENTIZERS,
  COMPLEMENTIZERS,
  CUE_BLOCKERS,
  MEDIA_NOUNS,
  NAME_NOUNS,
  ORG_HEADS,
  RELATIVES,
} from '../lexicon/speech.js';
import { displayName, type Entity, SpeakerRegistry } from '../refiners/speakers.js';
import { fold, origSpan, type TextView } from '../text/view.js';
import type { Context, Extractor, QuoteFact, Speaker } from '../types.js';
import { CUE_STARTS, type Cue, findCues, lastCueBefore, type Resolved } from './quotes/cues.js';
import { type MarkSpan, pairMarks } from './quotes/pairing.js';
import {
  dropLam,
  firstToken,
  governsGenitive,
  HashGate,
  hashConcat,
  hashSpan,
  keyEndsOf,
  keyOf,
  lazyWords,
  nisba,
  type ParseMemo,
  type Phrase,
  POW31,
  parseFirst,
  parseName,
  parsePhraseAt,
  pastIssuedBy,
  releaseTokens,
  stripAl,
  TITLES,
  type Token,
  tokenBefore,
  tokens,
  tokensBefore,
  WORD_STRIDE,
  WordFlags,
  withTextState,
  wordSpans,
} from './quotes/phrase.js';

const COMP = new Set(COMPLEMENTIZERS.map(fold));
const BARE = new Set(BARE_COMPLEMENTIZERS.map(fold));
const BLOCKERS = new Set(CUE_BLOCKERS.map(fold));
const PARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}])((?:عبد|ابو|ابن|بن|بنت|ام|ال) )$/u;
const NAMES = new Set(NAME_NOUNS.map(fold));
const ORGS = new Set(ORG_HEADS.map(fold));
const RELS = new Set(RELATIVES.map(fold));
const ACCOUNTS = new Set(ACCOUNT_NOUNS.map(fold));
const MEDIA = new Set(MEDIA_NOUNS.map(fold));
/** Words that start a clause: the subject of a following verb comes after them. */
const CLAUSE_START = new Set(
  [
    'لكن',
    'ولكن',
    'فيما',
    'وفيما',
    'بينما',
    'وبينما',
    'حيث',
    'إذ',
    'كما',
    'ثم',
    'كان',
    'كانت',
    'وكان',
    'وكانت',
    'فقد',
    'وقد',
    'قد',
    'أن',
    'إن',
    'لأن',
    'في',
    'من',
    'على',
    'عن',
    'بعد',
    'قبل',
    'حين',
    'عندما',
    'جهته',
    'جهتها',
    'جانبه',
    'جانبها',
    'بدوره',
    'بدورها',
    'الذي',
    'التي',
    'الذين',
  ].map(fold),
);
const SENT_MARKS = /[\n\r.!?\u061f]/g;
const AGE_SCAN = /\((?:[0-9]{1,3}) ?(?:عاما|عام|سنه|سنوات)\)/gu;
/** Every title head with its proclitics, mapped to the proclitic: "بالرئيس" → "بال", "وزير" → "". */
const TITLE_FORMS = new Map<string, string>();
const TITLE_PREFIXES = ['وبال', 'وال', 'بال', 'لل', 'كال', 'فال', 'و', 'ب', 'ل', 'ف', ''];
for (const p of TITLE_PREFIXES) {
  for (const h of TITLES) {
    for (const f of [p + h, `${p}ال${h}`]) if (!TITLE_FORMS.has(f)) TITLE_FORMS.set(f, p);
  }
}
/**
 * Gates before TITLE_FORMS (bit 0) and the cue regex (bit 1), tested in wordSpans' pass: most words
 * of a text are neither, and their hash tells so without a slice.
 */
const WORD_FLAGS = new WordFlags(17);
const TITLE_BIT = 0;
const CUE_BIT = 1;
{
  // Every key of TITLE_FORMS is p + h or p + "ال" + h: their hashes are composed, not recomputed.
  // (addProducts takes heads shorter than 64; a longer one, if any, is added form by form.)
  const heads = [...TITLES].filter((h) => h.length < 64);
  for (const h of TITLES) {
    if (h.length < 64) continue;
    for (const p of TITLE_PREFIXES) for (const f of [p + h, `${p}ال${h}`]) WORD_FLAGS.add(f, TITLE_BIT);
  }
  const hh = heads.map((h) => hashSpan(h, 0, h.length));
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (const h of TITLES) {
    lo = Math.min(lo, h.length);
    hi = Math.max(hi, h.length);
  }
  let pre = 0;
  const prefixes: number[] = [];
  for (const p of TITLE_PREFIXES) {
    pre = Math.max(pre, p.length + 2);
    for (const q of [p, `${p}ال`]) prefixes.push(hashSpan(q, 0, q.length));
  }
  WORD_FLAGS.addProducts(
    prefixes,
    hh,
    heads.map((h) => h.length),
    TITLE_BIT,
  );
  // The shortest form is a bare head; the longest the longest prefix with ال and the longest head.
  WORD_FLAGS.range(TITLE_BIT, lo, pre + hi);
  for (const f of CUE_STARTS) {
    const h = hashSpan(f, 0, f.length);
    WORD_FLAGS.range(CUE_BIT, f.length, f.length + 1);
    WORD_FLAGS.addHash(h, CUE_BIT);
    WORD_FLAGS.addHash(hashConcat(0x648, h, f.length), CUE_BIT);
    WORD_FLAGS.addHash(hashConcat(0x641, h, f.length), CUE_BIT);
  }
}
/** The gate of the words that name a speaking person, filled for each text. */
const OWNER_GATE = new HashGate(12);

/**
 * hashSpan of word wi without its first `drop` letters, from the word's hash: the hash is
 * Σ c·31^(len−1−i) mod 2^32, so the leading letters' terms are subtracted (no loop over the word).
 */
function dropHash(s: string, wordAt: Int32Array, wi: number, drop: number): number {
  const a = wordAt[wi] as number;
  const len = (wordAt[wi + 1] as number) - a;
  if (len > 64) return hashSpan(s, a + drop, a + len);
  let h = wordAt[wi + 2] as number;
  for (let i = 0; i < drop; i++) h = (h - Math.imul(s.charCodeAt(a + i), POW31[len - 1 - i] as number)) | 0;
  return h;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x09;
}
function isLetterCode(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    c >= 0x0671
  );
}
function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2029;
}

interface Cand extends MarkSpan {
  cs: number;
  ce: number;
}

function binLast(arr: readonly number[], pos: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function slice(view: TextView, s: number, e: number): string {
  const o = origSpan(view, s, e);
  return view.text.slice(o.start, o.end);
}

export function extractQuotes(ctx: Context): QuoteFact[] {
  const view = ctx.view;
  const titleWords: number[] = [];
  const cueWords: number[] = [];
  const hits: number[][] = [];
  hits[TITLE_BIT] = titleWords;
  hits[CUE_BIT] = cueWords;
  const parens: number[] = [];
  const spans = wordSpans(view.norm, WORD_FLAGS, hits, parens);
  try {
    return withTextState(
      {
        originalChar: (i) => view.text.charCodeAt(view.map[i] as number),
        knownWords: lazyWords(view.norm, spans),
      },
      () => run(view, spans, titleWords, cueWords, parens),
    );
  } finally {
    releaseTokens();
  }
}

function run(
  view: TextView,
  wordAt: Int32Array,
  titleWords: readonly number[],
  cueWords: readonly number[],
  parens: readonly number[],
): QuoteFact[] {
  const s = view.norm;
  const memo = new Map<number, ParseMemo>();
  const cues = findCues(s, wordAt, cueWords, memo);
  const cands = candidates(s, cues);
  const live = liveCues(s, cues, cands);
  const sb = sentenceBounds(s, cands);

  // 3. Speakers: title introductions anywhere, and every cue's phrase.
  const reg = new SpeakerRegistry();
  registerTitles(s, wordAt, titleWords, reg, memo);
  registerAges(s, reg);
  registerAliases(s, wordAt, parens, reg);
  markEmbedded(s, live, sb);
  for (const c of live) if (c.outer === null) reg.add(c.phrase, c.phrase.start, true);
  // Pronoun verbs: the subject before the verb ("دائرة صحة الرصافة أعلنت", "وكان المجلس قد دعا"),
  // and the subject of the sentence's first verb ("ونعى حزب الله …، قال إنهم").
  registerSubjects(s, live, sb, reg, memo);
  registerFullerBodies(s, live, reg);
  reg.build();

  // 4. Resolve explicit cues; then mentions of speaking persons for pronoun verbs.
  resolveCues(live, reg);
  const ments = mentionsOf(s, wordAt, reg);
  const carryAfter = resolvePronouns(s, live, sb, reg, ments);

  // 5. Each candidate: governing cue, speech or not, partial, speaker.
  const liveStarts = live.map((c) => c.start);
  const out: QuoteFact[] = [];
  for (const q of cands) {
    const f = quoteFact(view, q, sb, live, liveStarts, reg, carryAfter);
    if (f !== null) out.push(f);
  }
  return out;
}

/** Sentence ends and paragraph starts of one text, sorted. */
interface Bounds {
  bounds: number[];
  paraStarts: number[];
}

function sentStartOf(sb: Bounds, p: number): number {
  const k = binLast(sb.bounds, p);
  return k >= 0 ? (sb.bounds[k] as number) + 1 : 0;
}

function paraStartOf(sb: Bounds, p: number): number {
  const k = binLast(sb.paraStarts, p + 1);
  return k >= 0 ? (sb.paraStarts[k] as number) : 0;
}

/** Mentions of speaking persons: norm spans and entities, in text order. */
interface Mentions {
  pos: number[];
  end: number[];
  ent: Entity[];
}

function candidates(s: string, cues: Cue[]): Cand[] {
  // 1. Pair the marks. An attribution ends an unclosed quote: "… النار. وقال بلينكن: “".
  const attributionStart = (at: number, lower: number): number => {
    const before = tokenBefore(s, at, Math.max(lower, at - 200));
    if (!before) return -1;
    if (!(before.w === ':' || (before.word && COMP.has(before.w)))) return -1;
    for (let k = lastCueBefore(cues, before.s), n = 0; k >= 0 && n < 3; k--, n++) {
      const c = cues[k] as Cue;
      if (c.start < lower || c.start < at - 160) break;
      if (c.type !== 'part' && c.phrase.end <= before.e) return c.start;
    }
    return -1;
  };
  const startsWithAttribution = (at: number): boolean => {
    let i = at;
    while (i < s.length && s.charCodeAt(i) === 0x20) i++;
    const k = lastCueBefore(cues, i + 1);
    return k >= 0 && (cues[k] as Cue).start === i;
  };
  const spans = pairMarks(s, attributionStart, startsWithAttribution);

  const cands: Cand[] = [];
  for (const sp of spans) {
    let cs = sp.open + 1;
    let ce = sp.end;
    while (cs < ce && isSpaceCode(s.charCodeAt(cs))) cs++;
    while (ce > cs && isSpaceCode(s.charCodeAt(ce - 1))) ce--;
    let letters = false;
    for (let i = cs; i < ce && i < cs + 64; i++) if (isLetterCode(s.charCodeAt(i))) letters = true;
    if (ce > cs && letters)
      cands.push({ open: sp.open, close: sp.close, end: sp.end, family: sp.family, unclosed: sp.unclosed, cs, ce });
  }

  return cands;
}

// 2. Cues inside quotes are not attributions; sentence ends inside quotes do not end sentences.
function liveCues(s: string, cues: Cue[], cands: Cand[]): Cue[] {
  const live: Cue[] = [];
  {
    let q = 0;
    for (const c of cues) {
      while (q < cands.length && (cands[q] as Cand).ce <= c.start) q++;
      const cq = cands[q];
      if (cq && cq.cs <= c.start && c.start < cq.ce) continue;
      // "طلب عدم ذكر اسمه": a verbal noun, not a verb of saying.
      const prev = tokenBefore(s, c.start, c.start - 20);
      if (prev?.word && BLOCKERS.has(prev.w)) continue;
      live.push(c);
    }
  }
  return live;
}

function sentenceBounds(s: string, cands: Cand[]): Bounds {
  const bounds: number[] = [];
  const paraStarts: number[] = [0];
  {
    let q = 0;
    // Only \n, \r, ".", "!", "?" and "؟" matter here (U+2029 never did: it is above U+003F).
    // test() instead of exec(): no match array; each mark is one character, ending at lastIndex.
    SENT_MARKS.lastIndex = 0;
    while (SENT_MARKS.test(s)) {
      const i = SENT_MARKS.lastIndex - 1;
      const c = s.charCodeAt(i);
      const br = c === 0x0a || c === 0x0d;
      if (br) paraStarts.push(i + 1);
      if (
        c === 0x2e &&
        i > 0 &&
        i + 1 < s.length &&
        isLetterCode(s.charCodeAt(i - 1)) &&
        isLetterCode(s.charCodeAt(i + 1))
      )
        continue;
      while (q < cands.length && (cands[q] as Cand).ce <= i) q++;
      const cq = cands[q];
      if (!br && cq && cq.open < i && i < cq.ce) continue;
      bounds.push(i);
    }
  }
  // An unclosed quote cut by a new attribution ends a sentence: "… المقبل. وأضاف: “…".
  for (const q of cands) if (q.unclosed && q.end < s.length && !isBreak(s.charCodeAt(q.end))) bounds.push(q.end - 1);
  // The scan's bounds are in order; only the cuts above may not be (and sort() copies).
  for (let k = 1; k < bounds.length; k++) {
    if ((bounds[k] as number) < (bounds[k - 1] as number)) {
      bounds.sort((x, y) => x - y);
      break;
    }
  }
  return { bounds, paraStarts };
}

/** `titleWords`: the words WORD_FLAGS may know as title forms (indices into wordAt). */
function registerTitles(
  s: string,
  wordAt: Int32Array,
  titleWords: readonly number[],
  reg: SpeakerRegistry,
  memo: Map<number, ParseMemo>,
): void {
  for (const wi of titleWords) {
    const ws = wordAt[wi] as number;
    const we = wordAt[wi + 1] as number;
    const pre = TITLE_FORMS.get(s.slice(ws, we));
    if (pre === undefined) continue;
    const toks = tokens(s, ws, ws + 200);
    const head = toks[0] as Token;
    // "بالرئيس" → "الرئيس", "للرئيس" → "رئيس", "ووزير" → "وزير".
    let ts = head.s + pre.length;
    if (pre.endsWith('ال')) ts -= 2;
    if (pre === 'لل') ts = head.s + 2;
    if (ts !== head.s) toks[0] = { s: ts, e: head.e, w: s.slice(ts, head.e), word: true };
    const p = parseFirst(toks, memo);
    if (p.kind === 'person' || (p.kind === 'role' && p.key.length >= 2)) reg.add(p, ts, false);
  }
}

function registerAges(s: string, reg: SpeakerRegistry): void {
  // "زوينة البلوشي (72 عاما)": a name before an age in brackets introduces a person.
  AGE_SCAN.lastIndex = 0;
  for (let m = AGE_SCAN.exec(s); m !== null; m = AGE_SCAN.exec(s)) {
    const near = tokensBefore(s, m.index, m.index - 80, 3);
    const back = near.filter((t) => t.word);
    if (back.length < 3 && back.length < near.length) continue;
    const toks = back.reverse();
    // The shortest tail that is a name: "وقال خليل النجار (٤٣ عاما)" → "خليل النجار".
    let a = 0;
    while (a < toks.length - 1 && parseName(toks, a) !== toks.length) a++;
    const name = toks.slice(a);
    if (name.length < 2) continue;
    const first = name[0] as Token;
    const last = name[name.length - 1] as Token;
    reg.add(
      {
        kind: 'person',
        start: first.s,
        end: last.e,
        title: null,
        name: [first.s, last.e],
        key: keyOf(name, 0, name.length, true),
        titleKey: [],
        keyEnds: keyEndsOf(name, 0, name.length),
        lam: undefined,
      },
      first.s,
      false,
    );
  }
}

/** `parens`: the words followed by ")" (indices into wordAt). */
function registerAliases(s: string, wordAt: Int32Array, parens: readonly number[], reg: SpeakerRegistry): void {
  // "قوات سوريا الديمقراطية (قسد)": a one-word short form in brackets right after a body or role.
  for (const wi of parens) {
    const ws = wordAt[wi] as number;
    const we = wordAt[wi + 1] as number;
    if (we - ws < 2 || we - ws > 6 || s.startsWith('ال', ws)) continue;
    const open = s.charCodeAt(ws - 1) === 0x28 ? ws - 1 : s.charCodeAt(ws - 2) === 0x28 ? ws - 2 : -1;
    if (open < 0) continue;
    const back: Token[] = [];
    for (const t of tokensBefore(s, open, open - 120, 7)) {
      if (!t.word) break;
      back.unshift(t);
    }
    for (let a = 0; a < back.length; a++) {
      const p = parsePhraseAt(back.slice(a), 0);
      if (
        (p.kind === 'body' || p.kind === 'role') &&
        p.start === (back[a] as Token).s &&
        p.end === (back[back.length - 1] as Token).e
      ) {
        reg.alias(s.slice(ws, we), p, p.start);
        break;
      }
    }
  }
}

function registerSubjects(
  s: string,
  live: Cue[],
  sb: Bounds,
  reg: SpeakerRegistry,
  memo: Map<number, ParseMemo>,
): void {
  for (const c of live) {
    // "وكانت محكمة العدل الدولية قد طالبت إسرائيل": after "قد" the subject precedes the verb.
    const qad = c.start === c.word && tokenBefore(s, c.start, c.start - 8)?.w === 'قد';
    if (!c.pronoun && !qad) continue;
    const ss = Math.max(sentStartOf(sb, c.start), c.start - 400);
    // "أما المرصد السوداني فقال": the topic after أما is the subject of the verb with ف.
    const amma = c.start !== c.word && s.charCodeAt(c.start) === 0x641;
    if ((c.start === c.word || amma) && c.type === 'verb') {
      const back = tokensBefore(s, c.start, Math.max(ss, c.start - 160), 10);
      let k = 0;
      if (back[0]?.word && back[0].w === 'قد') k = 1;
      // "بما وصفته", "كما قال": a relative clause, no subject before the verb.
      if (back[0]?.word && /^(?:ما|بما|مما|لما|عما|فيما|كما)$/.test(back[0].w)) k = back.length;
      const region: Token[] = [];
      for (; k < back.length; k++) {
        const t = back[k] as Token;
        if (!t.word || CLAUSE_START.has(t.w)) break;
        region.unshift(t);
      }
      if (amma) {
        if (region[0]?.w !== 'اما') region.length = 0;
        else region.shift();
      }
      if (region.length > 0 && region.length <= 8) {
        const p = parsePhraseAt(region, 0);
        const whole = p.start === (region[0] as Token).s && p.end === (region[region.length - 1] as Token).e;
        // "في وقت تقول فيه": a lone word is not a subject unless it has a title.
        const weak = p.kind === 'person' && p.title === null && p.key.length < 2;
        if (p.kind !== 'none' && whole && !weak) {
          c.svo = p;
          reg.add(p, p.start, true);
        }
      }
    }
    const first = firstToken(s, ss, c.start);
    if (
      c.pronoun &&
      first?.word &&
      first.s < c.start &&
      /^[وف]/.test(first.w) &&
      first.w.length >= 4 &&
      !CLAUSE_START.has(first.w.slice(1)) &&
      !CLAUSE_START.has(first.w)
    ) {
      const p = parseFirst(tokens(s, first.e, Math.min(c.start, first.e + 200)), memo);
      if (p.kind !== 'none') {
        c.subject = p;
        reg.add(p, p.start, false);
      }
    }
    // "وفي شهادة لأحد الناجين، …، قال:", "وفي تصريح لوزير الصحة، أكد أن": the one who gave the account.
    if (c.pronoun && c.subject === null && first?.word && (first.w === 'في' || first.w === 'وفي')) {
      const p = accountGiver(tokens(s, first.e, Math.min(c.start, first.e + 200)));
      if (p !== null) {
        c.subject = p;
        reg.add(p, p.start, false);
      }
    }
  }
}

const MAX_BODY_NEEDLES = 16;
const MAX_BODY_HITS = 32;
/** The fuller form is looked for this far around the mention (an article; not a whole archive). */
const BODY_WINDOW = 8000;

/**
 * "أقامت وزارة الدفاع العراقية …" … "بحسب بيان لوزارة الدفاع": a speaking body written elsewhere with
 * a nisba adjective after it has that fuller form. Bounded: the first MAX_BODY_NEEDLES bodies, each
 * looked up at most MAX_BODY_HITS times within BODY_WINDOW of the mention.
 */
function registerFullerBodies(s: string, live: Cue[], reg: SpeakerRegistry): void {
  const seen = new Set<string>();
  for (const c of live) {
    if (seen.size >= MAX_BODY_NEEDLES) break;
    for (const ph of [c.phrase, c.svo, c.subject]) {
      if (ph === null || ph.kind !== 'body' || ph.key.length < 2) continue;
      let a = ph.start;
      let needle = s.slice(a, ph.end);
      if (ph.lam === true) {
        needle = needle.startsWith('لل') ? `ال${needle.slice(2)}` : needle.slice(1);
        a = -1;
      }
      if (needle.length < 6 || seen.has(needle)) continue;
      seen.add(needle);
      const lo = Math.max(0, ph.start - BODY_WINDOW);
      const hi = ph.end + BODY_WINDOW;
      for (
        let i = s.indexOf(needle, lo), n = 0;
        i >= 0 && i < hi && n < MAX_BODY_HITS;
        i = s.indexOf(needle, i + 1), n++
      ) {
        if (i === a || (i > 0 && isLetterCode(s.charCodeAt(i - 1)))) continue;
        const after = firstToken(s, i + needle.length, i + needle.length + 40);
        if (!after?.word || after.s !== i + needle.length + 1 || !nisba(after.w) || !after.w.startsWith('ال')) continue;
        // "برنامج الأمم المتحدة الإنمائي": the genitive of another noun is not the body itself.
        const prev = tokenBefore(s, i, i - 40);
        if (prev?.word && governsGenitive(prev.w)) continue;
        const p = parsePhraseAt(tokens(s, i, i + 200), 0);
        if (p.kind === 'body' && p.start === i && p.key.length > ph.key.length) reg.add(p, i, false);
      }
    }
  }
}

/** "شهادة لأحد الناجين", "تصريح صادر عن الوزارة" → the giver; null for a medium ("حديث لقناة …") or none. */
function accountGiver(toks: Token[]): Phrase | null {
  const t0 = toks[0];
  if (!t0?.word || !ACCOUNTS.has(t0.w)) return null;
  const k = pastIssuedBy(toks, 1);
  const t = toks[k];
  if (!t?.word) return null;
  const lam = k === 1 && t.w[0] === 'ل' && t.w.length >= 4;
  if (k === 1 && !lam) return null;
  const stem = lam ? stripAl(t.w.startsWith('لل') ? `ال${t.w.slice(2)}` : t.w.slice(1)) : stripAl(t.w);
  if (MEDIA.has(stem) || stem.startsWith('نظير')) return null;
  const p = parsePhraseAt(lam ? dropLam(toks, k) : toks, k);
  if (p.kind === 'none' || p.start !== t.s) return null;
  if (lam) p.lam = true;
  return p;
}

/**
 * "وأضاف حقاني أن السلطات طالبت طهران “…”": a verb after أن/إن and its subject, inside the reported
 * speech of an earlier verb of the sentence, has its subject before it (the words after it are its
 * object); its quote is the outer speaker's words. Sets `outer`.
 */
function markEmbedded(s: string, live: Cue[], sb: Bounds): void {
  for (let ci = 1; ci < live.length; ci++) {
    const c = live[ci] as Cue;
    if (c.type !== 'verb' || c.pronoun || c.start !== c.word) continue;
    const ss = sentStartOf(sb, c.start);
    const back = tokensBefore(s, c.start, Math.max(ss, c.start - 120), 6);
    let n = 0;
    while (n < 4 && back[n]?.word && !COMP.has((back[n] as Token).w) && !CLAUSE_START.has((back[n] as Token).w)) n++;
    const comp = back[n];
    if (n === 0 || !comp?.word || !BARE.has(comp.w)) continue;
    const o = live[ci - 1] as Cue;
    if (o.start < ss || o.end > comp.s || (o.type !== 'verb' && o.type !== 'part')) continue;
    c.outer = o.outer ?? o;
  }
}

function resolveCues(live: Cue[], reg: SpeakerRegistry): void {
  for (const c of live) {
    if (c.pronoun || c.outer !== null) continue;
    const ph = c.svo ?? c.phrase;
    const e = reg.resolve(ph, ph.start);
    if (e) reg.markSpoke(e);
    c.res = { entity: e, mention: ph.name ?? [ph.start, ph.end], phrase: ph };
  }
}

function mentionsOf(s: string, wordAt: Int32Array, reg: SpeakerRegistry): Mentions {
  const tokenOwner = new Map<string, Entity>();
  for (const e of reg.allPersons()) {
    if (!e.spoke && e.title === null) continue;
    for (const t of e.key) {
      if (t.length >= 3) tokenOwner.set(t, e);
      // "عبدالمجيد" is written "عبد المجيد" too: its second word is a mention word.
      const joined = joinedPrefix(t);
      if (joined > 0 && t.length - joined >= 3) tokenOwner.set(t.slice(joined), e);
    }
  }
  const mentionPos: number[] = [];
  const mentionEnd: number[] = [];
  const mentionEnt: Entity[] = [];
  if (tokenOwner.size > 0) {
    const ownerGate = OWNER_GATE;
    ownerGate.clear();
    // Every owner word has 3 letters or more (see above), so a word matches only within these lengths.
    let maxLen = 0;
    for (const t of tokenOwner.keys()) {
      ownerGate.add(t);
      maxLen = Math.max(maxLen, t.length);
    }
    maxLen += 2;
    for (let wi = 0; wi < wordAt.length; wi += WORD_STRIDE) {
      const mi = wordAt[wi] as number;
      const me = wordAt[wi + 1] as number;
      // Gate: the word, the word without ال, the word without و/ف.
      const len = me - mi;
      if (len < 3 || len > maxLen) continue;
      const c0 = s.charCodeAt(mi);
      if (
        !ownerGate.has(wordAt[wi + 2] as number) &&
        !(len > 3 && c0 === 0x627 && s.charCodeAt(mi + 1) === 0x644 && ownerGate.has(dropHash(s, wordAt, wi, 2))) &&
        !(len > 3 && (c0 === 0x648 || c0 === 0x641) && ownerGate.has(dropHash(s, wordAt, wi, 1)))
      )
        continue;
      let w = s.slice(mi, me);
      let off = 0;
      let e = tokenOwner.get(w) ?? tokenOwner.get(stripAl(w));
      if (!e && (w[0] === 'و' || w[0] === 'ف') && w.length > 3) {
        w = w.slice(1);
        off = 1;
        e = tokenOwner.get(w);
      }
      if (e) {
        // "خالد الشامي": consecutive words of one entity make one mention.
        const last = mentionEnt.length - 1;
        // The gap from the previous mention is empty or one space.
        const ge = last >= 0 ? (mentionEnd[last] as number) : -1;
        if (last >= 0 && mentionEnt[last] === e && (ge === mi || (ge === mi - 1 && s.charCodeAt(ge) === 0x20)))
          mentionEnd[last] = me;
        else {
          // "عبد المجيد تبون": a name particle before the first word belongs to the mention.
          const back = s.slice(Math.max(0, mi - 6), mi);
          const pm = PARTICLE_BEFORE.exec(back);
          if (pm) off = -(pm[1] as string).length;
          mentionPos.push(mi + off);
          mentionEnd.push(me);
          mentionEnt.push(e);
        }
      }
    }
  }
  return { pos: mentionPos, end: mentionEnd, ent: mentionEnt };
}

/** Length of a leading عبد/ابو/ابي/ام of a name token ("عبدالمجيد" → 3), or 0. */
function joinedPrefix(t: string): number {
  if (t.startsWith('عبد') || t.startsWith('ابو') || t.startsWith('ابي')) return 3;
  return t.startsWith('ام') ? 2 : 0;
}

function resolvePronouns(
  s: string,
  live: Cue[],
  sb: Bounds,
  reg: SpeakerRegistry,
  ments: Mentions,
): Array<Resolved | null> {
  const mentionPos = ments.pos;
  const mentionEnd = ments.end;
  const mentionEnt = ments.ent;
  const carryAfter: Array<Resolved | null> = [];
  let carry: Resolved | null = null;
  for (let ci = 0; ci < live.length; ci++) {
    const c = live[ci] as Cue;
    let r = c.res;
    if (r === null && c.outer !== null) {
      r = c.outer.res;
      if (r) c.res = r;
    } else if (r === null) {
      // Pronoun verb: "، الذي أكد" → the antecedent; else the first speaker named in the sentence; else the last speaker.
      const ss = Math.max(sentStartOf(sb, c.start), c.start - 400);
      const prev = tokensBefore(s, c.start, ss, 2);
      const relative = prev[0]?.word && RELS.has(prev[0].w);
      let k = -1;
      const sv = c.svo;
      let earlier: Resolved | null = null;
      for (let q = ci - 1, n = 0; q >= 0 && n < 4; q--, n++) {
        const o = live[q] as Cue;
        if (o.start < ss) break;
        const ro = o.res;
        if (ro) {
          earlier = ro;
          break;
        }
      }
      const sj = c.subject;
      if (sv) {
        const e = reg.resolve(sv, sv.start);
        r = { entity: e, mention: sv.name ?? [sv.start, sv.end], phrase: sv };
      } else if (relative) {
        // "بحسب الأمم المتحدة التي طالبت": the antecedent is the nearest speaker before the pronoun.
        k = binLast(mentionPos, c.start);
        if (k >= 0 && (mentionPos[k] as number) < ss) k = -1;
        const ep = earlier?.phrase;
        if (earlier && ep && (k < 0 || ep.end > (mentionEnd[k] as number))) {
          r = { entity: earlier.entity, mention: earlier.mention, phrase: earlier.phrase };
          k = -1;
        }
      } else {
        const f = binLast(mentionPos, ss) + 1;
        if (f < mentionPos.length && (mentionPos[f] as number) < c.start) k = f;
      }
      if (r !== null) {
        // resolved from the subject before the verb
      } else if (earlier && !relative) r = { entity: earlier.entity, mention: earlier.mention, phrase: earlier.phrase };
      else if (sj && !relative && sj.kind !== 'person') {
        r = { entity: reg.resolve(sj, sj.start), mention: [sj.start, sj.end], phrase: sj };
      } else if (k >= 0)
        r = {
          entity: mentionEnt[k] as Entity,
          mention: [mentionPos[k] as number, mentionEnd[k] as number],
          phrase: null,
        };
      else if (carry) r = { entity: carry.entity, mention: [c.start, c.end], phrase: null };
      if (r && c.possessed !== null) {
        r = { entity: r.entity, mention: [c.end, c.possessed[1]], phrase: null, possessed: c.possessed };
        // The mention is the word as written ("مكتبه"): from the noun to the end of the word.
        let e = c.possessed[1];
        while (e < s.length && isLetterCode(s.charCodeAt(e))) e++;
        r.mention = [c.possessed[0], e];
      }
      if (r) c.res = r;
    }
    if (r) carry = r;
    carryAfter.push(carry);
  }

  return carryAfter;
}

function quoteFact(
  view: TextView,
  q: Cand,
  sb: Bounds,
  live: Cue[],
  liveStarts: number[],
  reg: SpeakerRegistry,
  carryAfter: Array<Resolved | null>,
): QuoteFact | null {
  const s = view.norm;
  const ps = paraStartOf(sb, q.open);
  const ss = Math.max(sentStartOf(sb, q.open), ps);
  const words = countWords(s, q.cs, q.ce, 8);
  const before = tokensBefore(s, q.open, Math.max(ps, q.open - 120), 3);
  const t0 = before[0];
  const t1 = before[1];
  // Not speech: names, titles and terms.
  if (
    t0?.word &&
    words <= 6 &&
    ((isNameNoun(t0.w) && (!definite(t0.w) || NAMES.has(t0.w))) ||
      ((t0.w === 'ل' || t0.w === 'ب') && !(t1?.word && cueEndsAt(live, liveStarts, t1.e))))
  )
    return null;
  // "ما يسمى “…”", "بما يسمونه “…”", "يطلق عليه": a name.
  if (t0?.word && words <= 6 && /^(?:يسم|تسم|سمي|سموه|اسموه|يعرف|تعرف|يطلقون|يطلق|تطلق|اطلق)/.test(t0.w)) return null;
  if (
    t0?.word &&
    t0.w.startsWith('ب') &&
    t1?.word &&
    /^(?:يسمي|تسمي|يعرف|تعرف|المعروف|المعروفه|الملقب|المسمي)/.test(t1.w)
  )
    return null;
  const first = firstToken(s, q.cs, q.ce);
  if (first?.word && words <= 4 && ORGS.has(first.w)) return null;

  const sentInitial = !hasLetterBefore(s, q.open, ss);
  const paraInitial = !hasLetterBefore(s, q.open, ps);
  // Governing cue before, in the same sentence.
  let gov: Cue | null = null;
  for (let k = binLast(liveStarts, q.open), n = 0; k >= 0 && n < 1; k--, n++) {
    const c = live[k] as Cue;
    if (c.start >= ss && c.start >= q.open - 400 && c.end <= q.open) gov = c;
  }
  // Attribution after: "”، قال X", "” بحسب X", "”، وفق ما قاله X".
  let after: Cue | null = null;
  let continues = false;
  if (q.close >= 0) {
    let i = q.close + 1;
    const lim = Math.min(s.length, i + 12);
    while (i < lim && (s.charCodeAt(i) === 0x20 || s[i] === '،' || s[i] === ',')) i++;
    if (s.startsWith('كما ', i)) i += 4;
    const k = binLast(liveStarts, i + 1);
    if (k >= 0 && (live[k] as Cue).start === i) after = live[k] as Cue;
    else if (isLetterCode(s.charCodeAt(i)) && i === nextNonSpace(s, q.close + 1)) continues = true;
  }
  // Headline style, no verb: "قائد شرطة ديالى: “…”", "والأبيض: «…»".
  let headline: Resolved | null = null;
  if (!gov && !after && t0?.w === ':') {
    const hs = tokens(s, ss, t0.s, 9);
    const h0 = hs[0];
    if (h0?.word && hs.length <= 8 && (hs[hs.length - 1] as Token).e <= t0.s) {
      if (/^[وف]/.test(h0.w) && h0.w.length > 4) hs[0] = { ...h0, s: h0.s + 1, w: h0.w.slice(1) };
      const p = parsePhraseAt(hs, 0);
      if (p.kind !== 'none' && p.start === (hs[0] as Token).s && p.end === (hs[hs.length - 1] as Token).e) {
        headline = { entity: reg.resolve(p, p.start), mention: p.name ?? [p.start, p.end], phrase: p };
      }
    }
  }
  const governed = gov !== null || after !== null || headline !== null;
  // How the quote attaches to its cue.
  let direct = sentInitial || headline !== null;
  let pronounComp = false;
  if (!direct && gov && t0) {
    if (t0.w === ':') direct = true;
    else if (t0.word && COMP.has(t0.w)) {
      direct = true;
      // "أنه “…”", "بأنها “…”": the subject is outside the quote, so the quote is a fragment.
      pronounComp = !BARE.has(t0.w);
    } else if (t0.e === gov.end || (gov.phrase.kind !== 'none' && t0.e === gov.phrase.end)) direct = true;
    else if ((t0.w === '،' || t0.w === ',') && t1 && (t1.e === gov.end || t1.e === gov.phrase.end)) direct = true;
  }
  if (words === 1 && !(governed && (direct || (after !== null && sentInitial)) && !continues)) return null;
  if (words <= 3 && !governed && !paraInitial) return null;
  const partial = !direct || continues || pronounComp;

  // Speaker.
  let res: Resolved | null = null;
  let verbCue: Cue | null = null;
  if (after && (sentInitial || !gov) && after.type !== 'part') {
    verbCue = after;
    res = after.res;
  } else if (gov) {
    verbCue = gov;
    res = gov.res;
  } else if (headline) {
    res = headline;
  } else if (sentInitial || paraInitial) {
    const k = binLast(liveStarts, q.open);
    res = k >= 0 ? (carryAfter[k] ?? null) : null;
  }
  const o = origSpan(view, q.cs, q.ce);
  // Unclosed content ends at the paragraph end or attribution: keep trailing diacritics of the last word.
  let end = o.end;
  const origEnd = q.close >= 0 ? (view.map[q.close] as number) : (view.map[q.ce] ?? view.text.length);
  while (
    end < origEnd &&
    !isSpaceCode(view.text.charCodeAt(end)) &&
    /[\u064B-\u065F\u0670\u0640\u200c-\u200f]/.test(view.text[end] as string)
  )
    end++;
  return {
    kind: 'quote',
    text: view.text.slice(o.start, end),
    start: o.start,
    end,
    speaker: res ? speakerOf(view, res) : null,
    verb:
      verbCue && (verbCue.type === 'verb' || verbCue.type === 'part' || verbCue.type === 'quoting')
        ? slice(view, verbCue.word, verbCue.end)
        : null,
    partial,
    unclosed: q.close < 0,
  };
}

/** "يطالب بـ“…”", "بما وصفته بـ“…”": a cue ends at e (the preposition follows a verb of saying, not a name noun). */
function cueEndsAt(live: Cue[], liveStarts: number[], e: number): boolean {
  const k = binLast(liveStarts, e);
  return k >= 0 && (live[k] as Cue).end === e;
}

function nextNonSpace(s: string, i: number): number {
  let j = i;
  while (j < s.length && s.charCodeAt(j) === 0x20) j++;
  return j;
}

function isNameNoun(w: string): boolean {
  if (NAMES.has(w) || NAMES.has(stripAl(w))) return true;
  for (const p of ['و', 'ب', 'ل', 'وب', 'ول', 'لل', 'بال', 'وال']) {
    if (w.startsWith(p) && w.length - p.length >= 3) {
      const r = w.slice(p.length);
      if (NAMES.has(r) || NAMES.has(stripAl(r)) || (p === 'لل' && NAMES.has(r))) return true;
    }
  }
  return false;
}

/** "الاتفاق", "بالاتفاق": a definite noun is the subject of a quoted predicate, not a name label. */
function definite(w: string): boolean {
  return /^(?:[وفبلك]{0,2})ال/.test(w) || w.startsWith('لل');
}

function hasLetterBefore(s: string, at: number, lower: number): boolean {
  for (let i = at - 1, n = 0; i >= lower && n < 60; i--, n++) if (isLetterCode(s.charCodeAt(i))) return true;
  return false;
}

function countWords(s: string, a: number, b: number, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b && n <= cap; i++) {
    const w = isLetterCode(s.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

function display(view: TextView, sp: [number, number], lam: boolean): string {
  let t = slice(view, sp[0], sp[1]);
  if (lam) t = t.startsWith('لل') ? `ال${t.slice(2)}` : t.slice(1);
  return t;
}

function speakerOf(view: TextView, r: Resolved): Speaker | null {
  const lam = r.phrase?.lam === true && r.mention[0] === r.phrase.start;
  const mention = display(view, r.mention, lam);
  const e = r.entity;
  if (!e) return null;
  let name = display(view, displayName(e), e.lam === true);
  if (r.possessed) {
    // "مكتبه" → "مكتب رئيس الوزراء"; "حكومته" → "حكومة …" (ت before the pronoun is ة).
    const noun = slice(view, r.possessed[0], r.possessed[1]);
    name = `${noun.endsWith('ت') ? `${noun.slice(0, -1)}ة` : noun} ${name}`;
  }
  return {
    name,
    mention,
    title: e.kind === 'person' && e.title && !r.possessed ? slice(view, e.title[0], e.title[1]) : null,
  };
}

export const quotesExtractor: Extractor<QuoteFact> = { kind: 'quotes', run: extractQuotes };
