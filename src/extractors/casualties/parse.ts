// The casualty parser: every casualty word (verb, masdar, noun, "حتفهم", toll head) is a trigger;
// a bounded window of tokens around it gives the figure, its qualifier and the victims.
//   "قُتل 5 أشخاص"          verb, figure after            → killed 5 "أشخاص"
//   "أسفر عن مقتل شخصين"    masdar, dual noun             → killed 2 "شخصين"
//   "و106,454 جريحًا"        noun, figure before           → injured 106454
//   "لقي 3 أشخاص حتفهم"     post word, figure before      → killed 3
//   "ارتفعت حصيلة القتلى إلى 50" toll head                 → killed 50
// Each trigger looks at most ~16 tokens, so the whole pass is linear in the text.
import * as L from '../../lexicon/casualties.js';
import { fold } from '../../text/view.js';
import type { CasualtyType, Qualifier } from '../../types.js';
import type { Count, Counts } from './counts.js';
import {
  foldedSet,
  inLex,
  isSentenceEnd,
  K_END,
  K_WORD,
  lex,
  matchAt,
  matchBefore,
  matchFirst,
  phrases,
  Scratch8,
  strips,
  stripsT,
  suffixLex,
  type Tok,
  type TokIndex,
} from './tokens.js';
import * as W from './words.js';

export interface Claim {
  type: CasualtyType;
  value: number | null;
  max: number | null;
  qualifier: Qualifier;
  /** Norm span of the figure as written (count_text); the key of the fact. */
  fs: number;
  fe: number;
  /** Norm span of the whole phrase. */
  ss: number;
  se: number;
  /** Norm span of the victims' noun phrase, or null. */
  group: [number, number] | null;
  /** Token after the phrase (for coordination). */
  endTok: number;
  /** Token of the figure. */
  figTok: number;
  prio: number;
  /** For a part ("بينهم 9 أطفال"): the figure (fs) of the toll it belongs to. */
  parent?: number;
}

const LAQIYA = foldedSet(L.LAQIYA);
/** Singular nouns that alone count one person ("سقوط قتيل"، "وجريح"). */
const SINGLE_NOUNS = foldedSet(['قتيل', 'جريح', 'مصاب', 'شهيد', 'قتيلا', 'جريحا', 'مصابا', 'شهيدا']);
const PER = fold('لكل');
/** "قتل في المجازر ما يقارب 15 ألفا": a passive verb, then where or when, then the figure. */
const ADVERBIAL = foldedSet(['في', 'خلال', 'جراء', 'إثر', 'منذ', 'أمس', 'اليوم']);
const NEG = lex(foldedSet(L.NEGATIONS));
const SINGLE = foldedSet(L.SINGLE_CUES);
const SUBSET = phrases(L.SUBSET_CUES);
const PARTICLES = foldedSet(['لقد', 'قد', 'فقد', 'وقد']);
const SUBJECT_STOP = foldedSet(['إن', 'أن', 'ان', 'الذي', 'التي', 'الذين', 'و', 'أو', 'ثم', 'لكن']);
const BETWEEN = fold('بين');
const MIN = fold('من');
const ALA = fold('على');
const AN = 'عن';
const WA = 'و';
const _F_WAFAT = fold('وفاة');
const _F_ISABA = fold('إصابة');
const F_ATHAR = fold('أثر');
const F_FI = fold('في');
const F_HASILA = fold('حصيلة');
const F_MINHUM = fold('منهم');
const F_MINHUNNA = fold('منهن');
const HUM = fold('هم');
const AY = fold('أي');
const SOURCE_PREPS = foldedSet(L.SOURCE_PREPS);
const VERSUS = fold('مقابل');
const YEAR_WORDS = foldedSet(['عام', 'العام', 'سنة']);
/** Verbs of mourning: their subject reports the dead ("نعت الحركة أربعة من عناصرها"). */
const MOURN = foldedSet(['نعى', 'نعت', 'نعوا']);

/** Words ending with the tally word ("عداد"، "بعداد"). */
const TALLY_END = suffixLex(W.TALLY);
/** "منهم"، "منهن" after a figure (`parts`). */
const MINHUM = lex([F_MINHUM, F_MINHUNNA]);

const CONSUMED = new Scratch8();

const COMPLEMENT: Partial<Record<CasualtyType, CasualtyType>> = { killed: 'injured', injured: 'killed' };

/** A word that is no casualty word, idiom word, tally word or toll head triggers nothing. */
const GATE = W.CAS.bit | W.TOLL_HEADS_LEX.bit | TALLY_END.bit;

/** Is there a word that may trigger a claim (else the parser finds none)? */
export function hasTrigger(ix: TokIndex): boolean {
  const { kind, lb, b0 } = ix;
  for (let i = 0; i < kind.length; i++) {
    if (kind[i] === K_WORD && (((lb[i] as number) & GATE) !== 0 || ((b0[i] as number) & W.IDIOM_WORDS.bit) !== 0))
      return true;
  }
  return false;
}

export class Parser {
  readonly claims: Claim[] = [];
  /** Tokens already read as part of an earlier phrase (1). */
  private readonly consumed: Uint8Array;
  /** Figures already claimed (norm start). */
  private readonly taken = new Set<number>();

  constructor(
    readonly toks: readonly Tok[],
    readonly counts: Counts,
    readonly ix: TokIndex,
  ) {
    this.consumed = CONSUMED.get(toks.length + 4);
  }

  run(): Claim[] {
    const { toks, consumed } = this;
    const { kind, lb, b0 } = this.ix;
    for (let i = 0; i < toks.length; i++) {
      if (kind[i] !== K_WORD || consumed[i] === 1) continue;
      const b0i = b0[i] as number;
      if (((lb[i] as number) & GATE) === 0 && (b0i & W.IDIOM_WORDS.bit) === 0) continue;
      if (this.negated(i)) continue;
      this.trigger(i, toks[i] as Tok, b0i);
    }
    return this.claims;
  }

  /** Every reading of the trigger word at token i (a word that passed the gate, not negated). */
  private trigger(i: number, t: Tok, b0i: number): void {
    const toks = this.toks;
    const rs = W.readings(t);
    let done = false;
    // "41 شخصا قتلوا": a plural verb without a proclitic first looks back.
    for (const r of rs) {
      if (done) break;
      if (r.cw.role === 'verbPl' && r.pre === 0) done = this.backward(i, r.cw.type, r.cw.role);
    }
    for (const r of rs) {
      if (done) break;
      if (r.cw.role === 'noun') done = this.noun(i, r);
    }
    for (const r of rs) {
      if (done) break;
      if (r.cw.role !== 'noun' && r.cw.role !== 'post') done = this.forward(i, r);
    }
    for (const r of rs) {
      if (done) break;
      if (r.cw.role === 'post' || (r.cw.role === 'verb' && r.pre === 0)) done = this.backward(i, r.cw.type, r.cw.role);
    }
    // "بين القتلى 11 عنصرا"
    if (!done && rs[0]?.definite && rs[0].cw.role === 'noun' && matchBefore(toks, i, W.AMONG, false) !== null) {
      // "بين الضحايا المدنيين 4 نساء": step over one adjective.
      const adj = toks[i + 1]?.v.startsWith('ال') && !W.isCasualtyWord(toks[i + 1]) ? 1 : 0;
      done = this.forward(i + adj, { ...rs[0], cw: { type: rs[0].cw.type, role: 'masdar' } });
    }
    // "القتلى هم تسعة عناصر"، "المفقودون هم 3 صيادين": the definite noun, then "هم" and the figure.
    if (!done && rs[0]?.definite && rs[0].cw.role === 'noun' && /^(هم|هن)$/.test(toks[i + 1]?.v ?? '')) {
      const save = this.claims.length;
      done = this.forward(i + 1, { ...rs[0], cw: { type: rs[0].cw.type, role: 'masdar' } });
      if (done) (this.claims[save] as Claim).ss = t.s + (/^[وف]ال/.test(t.v) ? 1 : 0);
    }
    // "أودت بحياة 90 شخصا"
    if (!done && i !== 0 && (b0i & W.IDIOM_WORDS.bit) !== 0 && this.idiomAt(i, t.v))
      done = this.forward(i, { stem: t.v, pre: 0, definite: false, b: 0, cw: { type: 'killed', role: 'masdar' } });
    if (!done && i > 2 && W.HOMES.has(t.v)) done = this.forcedOut(i);
    if (!done && t.v.endsWith(W.TALLY)) this.tally(i);
    // "دفعت المواجهات أكثر من 90 ألف شخص إلى النزوح"
    if (!done && rs[0]?.definite && rs[0].cw.role === 'masdar' && /^(الي|علي)$/.test(toks[i - 1]?.v ?? '')) {
      const save = this.claims.length;
      if (this.backward(i - 1, rs[0].cw.type, 'post')) {
        const cl = this.claims[save] as Claim;
        cl.se = t.e;
        cl.endTok = i + 1;
      }
    }
    const head = inLex(W.TOLL_HEADS_LEX, t);
    if (head) this.toll(i, head.stem);
  }

  /** "أودت بحياة": an idiom with word w at token i whose verb is among the 10 tokens before (after و or ف). */
  private idiomAt(i: number, w: string): boolean {
    for (const x of W.IDIOMS) {
      if (!x.words.has(w)) continue;
      for (let j = Math.max(0, i - 10); j < i; j++) {
        const v = (this.toks[j] as Tok).v;
        if (x.verbs.has(v.length > 2 && isWaFa(v.charCodeAt(0)) ? v.slice(1) : v)) return true;
      }
    }
    return false;
  }

  /** "أجبر أكثر من 10 ملايين شخص على ترك منازلهم" (homes at token i): the figure before "على/إلى + leaving", with a
   * verb of forcing at most 4 tokens before the figure's phrase. */
  private forcedOut(i: number): boolean {
    const toks = this.toks;
    const prep = (toks[i - 2] as Tok).v;
    if (!W.LEAVE.has((toks[i - 1] as Tok).v) || (prep !== ALA && prep !== 'الي')) return false;
    const save = this.claims.length;
    if (!this.backward(i - 2, 'displaced', 'post')) return false;
    const cl = this.claims[save] as Claim;
    // The phrase's first token: a few tokens before "على".
    let s = i - 2;
    while (s > 0 && s > i - 20 && (toks[s] as Tok).s > cl.ss) s--;
    let forced = -1;
    for (let j = s - 1; j >= 0 && j >= s - 4 && forced < 0; j--) {
      const v = (toks[j] as Tok).v;
      if (W.FORCED_VERBS.has(v)) forced = (toks[j] as Tok).s;
      else if (v.length > 3 && isWaFa(v.charCodeAt(0)) && W.FORCED_VERBS.has(v.slice(1)))
        forced = (toks[j] as Tok).s + 1;
    }
    if (forced < 0) {
      this.claims.length = save;
      this.taken.delete(cl.fs);
      return false;
    }
    cl.ss = forced;
    cl.se = (toks[i] as Tok).e;
    cl.endTok = i + 1;
    return true;
  }

  /** Is the word before token i a negation ("لم"، "لا")? */
  private negated(i: number): boolean {
    return i > 0 && ((this.ix.b0[i - 1] as number) & NEG.bit) !== 0;
  }

  /** Qualifier phrase ending just before token ts ("أكثر من" 44,875). */
  private qualBefore(ts: number): { q: L.BaseQualifier; start: number } | null {
    for (const { q, p } of W.qualifiersEndingWith(this.toks[ts - 1])) {
      const s = ts - p.length;
      if (s >= 0 && matchAt(this.toks, s, p, true)) return { q, start: s };
    }
    return null;
  }

  /** Qualifier phrase starting at token i ("على الأقل" after the figure). */
  private qualAfter(i: number): { q: L.BaseQualifier; end: number } | null {
    for (const { q, p } of W.Q_AFTER) if (matchAt(this.toks, i, p)) return { q, end: i + p.length };
    return null;
  }

  /** The victims' noun phrase starting at token i: up to 3 words ("جنديا حكوميا"، "مسلحي حركة الشباب"). */
  private groupAt(i: number, nounFirst = false): { s: number; e: number; first: number; end: number } | null {
    const { toks } = this;
    let k = i;
    if (toks[k]?.v === MIN && toks[k + 1]?.k === 'w' && !W.isPlaceWord(toks[k + 1])) k++;
    const first = k;
    let n = 0;
    let linked = false;
    while (n < 3) {
      const t = toks[k];
      if (t?.k !== 'w' || t.v === WA) break;
      if (W.GROUP_STOP.has(t.v) || (W.isCasualtyWord(t) && !(nounFirst && n === 0)) || t.v.endsWith(W.TALLY)) break;
      // "3 آلاف مدني لقوا حتفهم": the verb of "لقي" is no genitive of a nisba.
      if (n > 0 && LAQIYA.has(t.v)) break;
      if (n > 0 && (/^[وف]/.test(t.v) || /^(بال|لل)/.test(t.v) || W.TOLL_HEADS.has(t.v))) break;
      if (n === 0 && W.NOT_PEOPLE.has(t.v) && k === first) return { s: t.s, e: t.e, first, end: -1 };
      // After the noun: an adjective ("جنديا حكوميا") or a genitive ("مسلحي حركة الشباب"، "عناصر الأمن").
      if (n > 0) {
        const prev = (toks[k - 1] as Tok).v;
        const nisba = /(ي|يا|يه|يين|يون|يات)$/.test(t.v);
        const genitive: boolean = t.v.startsWith('ال') || (n === 1 && /ي$/.test(prev)) || (linked && n === 2);
        if (!nisba && !genitive) break;
        linked = genitive;
      }
      n++;
      k++;
    }
    if (n === 0) return null;
    return { s: (toks[first] as Tok).s, e: (toks[k - 1] as Tok).e, first, end: k };
  }

  private qualOf(c: Count): { q: Qualifier; start: number } {
    if (c.kind === 'range') {
      const open = this.toks[c.ts - 1];
      const o2 = this.toks[c.ts - 2];
      if (open && (open.v === BETWEEN || open.v === `و${BETWEEN}`))
        return { q: 'range', start: o2 && o2.v === 'ما' ? c.ts - 2 : c.ts - 1 };
      if (open && open.v === MIN && c.fromOpen) return { q: 'range', start: c.ts - 1 };
      return { q: 'range', start: c.ts };
    }
    if (c.kind === 'vague') return { q: 'vague', start: c.ts };
    const qb = this.qualBefore(c.ts);
    return qb ? { q: qb.q, start: qb.start } : { q: 'exact', start: c.ts };
  }

  /** Start of a token without its one-letter proclitics (و ف ب ل) when it opens a phrase. */
  private bare(i: number): number {
    const t = this.toks[i] as Tok;
    for (const r of stripsT(t)) {
      if (r.pre > 0 && !r.definite && /^[وفبلك]+$/.test(t.v.slice(0, r.pre))) {
        if ((t.k === 'w' && W.readingsOfWord(r.stem).length > 0) || W.startsQualifier(r.stem)) return t.s + r.pre;
        if (W.inSet(W.TOLL_HEADS, r.stem) || W.ONE_OF.has(r.stem) || (t.k === 'w' && W.personCountOfWord(r.stem)))
          return t.s + r.pre;
      }
    }
    return t.s;
  }

  private add(c: Omit<Claim, 'ss'> & { ssTok: number }): void {
    const ss = this.bare(c.ssTok);
    this.claims.push({
      type: c.type,
      value: c.value,
      max: c.max,
      qualifier: c.qualifier,
      fs: c.fs,
      fe: c.fe,
      ss,
      se: c.se,
      group: c.group,
      endTok: c.endTok,
      figTok: c.figTok,
      prio: c.prio,
    });
    this.taken.add(c.fs);
  }

  /** Reject figures that count things, not people; `person`: require a people noun. */
  private okGroup(g: ReturnType<Parser['groupAt']>, person: 'any' | 'some' | 'people'): boolean {
    if (g && g.end < 0) return false;
    if (person === 'any') return true;
    if (!g) return false;
    if (person === 'people') return W.isPersonNoun(this.toks[g.first]);
    return true;
  }

  /** After the figure and its victims: "على الأقل"، "بين قتيل وجريح". */
  private tail(type: CasualtyType, q: Qualifier, endTok: number): { type: CasualtyType; q: Qualifier; endTok: number } {
    const qa = this.qualAfter(endTok);
    if (qa) {
      if (q === 'exact') q = qa.q;
      endTok = qa.end;
    }
    const t = this.toks;
    // "بين قتيل وجريح"
    if (t[endTok]?.v === BETWEEN || (t[endTok]?.v === 'ما' && t[endTok + 1]?.v === BETWEEN)) {
      const a = endTok + (t[endTok]?.v === 'ما' ? 1 : 0) + 1;
      const ra = W.readings(t[a])[0];
      const rb = W.readings(t[a + 1])[0];
      if (ra && rb && ra.cw.role === 'noun' && rb.cw.role === 'noun' && ra.cw.type !== rb.cw.type) {
        this.consumed[a] = 1;
        this.consumed[a + 1] = 1;
        return { type: 'killed_or_injured', q, endTok: a + 2 };
      }
    }
    return { type, q, endTok };
  }

  private endOf(i: number): number {
    return (this.toks[i - 1] as Tok).e;
  }

  /** Noun trigger: "12 قتيلا"، "عشرات القتلى"، "5 حالات وفاة"، "قتيلان"، "سقوط قتيل". */
  private noun(i: number, r: W.Reading): boolean {
    const { toks, counts } = this;
    let c: Count | undefined;
    const prev = toks[i - 1];
    if (prev && !(prev.k === 'w' && prev.v === WA)) {
      c = counts.ending(i - 1);
      if (!c && prev.k === 'w' && W.CASE_WORDS.has(prev.v.replace(/^و/, ''))) c = counts.ending(i - 2);
      let viaMin = false;
      if (!c && prev.v === MIN) {
        c = counts.ending(i - 2);
        viaMin = c !== undefined;
      }
      if (c && r.definite && c.kind !== 'vague' && !viaMin) c = undefined;
      if (c && viaMin && !r.definite) c = undefined;
      if (c && r.pre > 0 && !r.definite) c = undefined; // "5 وقتلى"
    }
    let type: CasualtyType = r.cw.type;
    let endTok = i + 1;
    // "17 قتيلا وجريحا": one figure for both.
    const nx = W.readings(toks[i + 1])[0];
    const comp = COMPLEMENT[type];
    const pair =
      nx !== undefined && nx.cw.role === 'noun' && nx.cw.type === comp && (toks[i + 1] as Tok).v.startsWith(WA);
    if (c && toks[i + 1]?.v === PER) return false;
    if (c) {
      if (pair && !counts.start(i + 1)) {
        type = 'killed_or_injured';
        endTok = i + 2;
        this.consumed[i + 1] = 1;
      }
      const { q, start } = this.qualOf(c);
      const tl = this.tail(type, q, endTok);
      this.add({
        type: tl.type,
        value: c.value,
        max: c.max,
        qualifier: tl.q,
        fs: c.ns,
        fe: c.ne,
        ssTok: start,
        se: this.endOf(tl.endTok),
        // "أكثر من 10 ملايين نازح": the casualty noun names the victims too.
        group: [(toks[i] as Tok).s + r.pre, (toks[i] as Tok).e],
        endTok: tl.endTok,
        figTok: c.ts,
        prio: c.te === i ? 4 : 2,
      });
      return true;
    }
    if (r.definite) return false;
    // "ما لا يقل عن عشرة أشخاص ما زالوا مفقودين"
    const cop = matchBefore(toks, i, W.COPULAS, true);
    if (cop) {
      const save = this.claims.length;
      if (this.backward(i - cop.length, type, 'post')) {
        const cl = this.claims[save] as Claim;
        cl.se = (toks[i] as Tok).e;
        cl.endTok = i + 1;
        return true;
      }
    }
    // A dual noun is its own figure: "قتيلان"، "جريحين".
    if (r.cw.num === 'du') {
      return this.nounFigure(type, 2, i, r.pre, endTok, 3);
    }
    // A singular noun after "سقوط"/"عن" or coordinated with و: one person.
    if (r.cw.num === 'sg' && SINGLE_NOUNS.has(r.stem) && !counts.start(i + 1)) {
      const cue = (prev && prev.k === 'w' && SINGLE.has(prev.v)) || (r.pre === 1 && (toks[i] as Tok).v.startsWith(WA));
      if (!cue || prev?.v === BETWEEN) return false;
      if (toks[i - 1]?.v === BETWEEN || toks[i - 2]?.v === BETWEEN) return false;
      return this.nounFigure(type, 1, i, r.pre, endTok, 2);
    }
    return false;
  }

  /** A noun that is its own exact figure: a dual ("قتيلان" → 2) or a singular ("وأصيب آخر" → 1). */
  nounFigure(type: CasualtyType, value: number, i: number, pre: number, endTok: number, prio: number): true {
    const t = this.toks[i] as Tok;
    this.add({
      type,
      value,
      max: null,
      qualifier: 'exact',
      fs: t.s + pre,
      fe: t.e,
      ssTok: i,
      se: t.e,
      group: null,
      endTok,
      figTok: i,
      prio,
    });
    return true;
  }

  /** Figure right at token k (after an optional qualifier); implicit persons when `implicit`. */
  private figureAt(
    k: number,
    implicit: boolean,
  ):
    | { c: Count; q: Qualifier; start: number }
    | { n: number; fs: number; fe: number; start: number; groupTok: number; te?: number }
    | null {
    const { toks, counts } = this;
    let c = counts.start(k);
    if (!c) {
      for (const { p } of W.qualifiersStartingWith(toks[k])) {
        if (matchAt(toks, k, p, true)) {
          c = counts.start(k + p.length);
          if (c) break;
        }
      }
      if (!c && (toks[k]?.v === BETWEEN || toks[k]?.v === MIN || toks[k]?.v === 'ما')) {
        const c2 = counts.start(k + (toks[k]?.v === 'ما' ? 2 : 1));
        if (c2 && c2.kind === 'range') c = c2;
      }
    }
    if (c) {
      const { q, start } = this.qualOf(c);
      return { c, q, start };
    }
    if (!implicit) return null;
    const t = toks[k];
    // "مقتل قياديين اثنين"، "مدني واحد"
    const num = toks[k + 1];
    if (t && t.k === 'w' && num && W.AFTER_NOUN_NUMBERS.has(num.v) && !W.GROUP_STOP.has(t.v) && !W.isCasualtyWord(t)) {
      if (!W.NOT_PEOPLE.has(t.v)) {
        const n = W.AFTER_NOUN_NUMBERS.get(num.v) as number;
        return { n, fs: t.s, fe: num.e, start: k, groupTok: k, te: k + 2 };
      }
    }
    const pc = W.personCount(t);
    if (pc && t) return { n: pc.n, fs: t.s + pc.pre, fe: t.e, start: k, groupTok: k };
    // "أحد منتسبي الجيش"
    if (t && t.k === 'w' && W.ONE_OF.has(t.v.replace(/^[وف]/, ''))) {
      const g = this.groupAt(k + 1);
      if (g && g.end > 0 && !/^[بل]/.test((toks[k + 1] as Tok).v)) {
        const pre = W.ONE_OF.has(t.v) ? 0 : 1;
        return { n: 1, fs: t.s + pre, fe: t.e, start: k, groupTok: k + 1 };
      }
    }
    return null;
  }

  /** Verb or masdar with the figure after it: "قتل 5 أشخاص"، "مقتل شخصين"، "قتلت غارة 7 مدنيين". */
  private forward(i: number, r: W.Reading): boolean {
    const { toks } = this;
    const cw = r.cw;
    let type: CasualtyType = cw.type;
    let k = i + 1;
    // "مقتل وإصابة 20 شخصا"، "قتل وجرح 20": one figure for both.
    const nx = W.readings(toks[k])[0];
    const subjectBefore = W.personCount(toks[i - 1]) !== 0 || this.counts.ending(i - 1) !== undefined;
    if (
      (cw.role === 'masdar' || (cw.role === 'verb' && !subjectBefore)) &&
      nx &&
      nx.cw.role !== 'noun' &&
      nx.cw.type === COMPLEMENT[type] &&
      (toks[k] as Tok).v.startsWith(WA)
    ) {
      type = 'killed_or_injured';
      this.consumed[k] = 1;
      k++;
    }
    if (cw.ala && toks[k]?.v === ALA) k++;
    else if (cw.an && toks[k]?.v === AN) k++;
    else if (cw.an) return false;
    if (cw.type === 'missing' && toks[k]?.v === F_ATHAR) k++;
    while (toks[k] && W.QUOTE.has((toks[k] as Tok).v)) k++;
    let f = this.figureAt(k, true);
    let person: 'any' | 'some' | 'people' = cw.weak ? 'people' : 'any';
    if (!f && cw.role === 'verb' && !cw.intrans) {
      // Active verb with a subject: "قتلت غارة إسرائيلية 7 مدنيين"، "اعتقلت الشرطة 20 شخصا".
      // "اختطف مسلحون يعتقد أنهم من تنظيم داعش سبعة رعاة": a plural actor noun may take a clause of up to 10
      // tokens (quotes included); the figure after it must then count people.
      const actor = W.isPersonNoun(toks[k]) && !(toks[k] as Tok).v.startsWith('ال');
      for (let j = k; j < k + (actor ? 11 : 4); j++) {
        const t = toks[j];
        const long = j >= k + 3;
        if (long && t?.k === 'p' && W.QUOTE.has(t.v)) {
          f = this.figureAt(j + 1, false);
          if (f) {
            person = 'people';
            break;
          }
          continue;
        }
        if (t?.k !== 'w' || SUBJECT_STOP.has(t.v) || W.isCasualtyWord(t) || W.TOLL_HEADS.has(t.v)) break;
        if (long && (isWaFa(t.v.charCodeAt(0)) || t.v === WA)) break;
        if (cw.ala && toks[j + 1]?.v === ALA) {
          f = this.figureAt(j + 2, false);
          if (f) break;
        }
        f = this.figureAt(j + 1, false);
        if (f) {
          if (long) person = 'people';
          else if (!cw.weak && !ADVERBIAL.has((toks[k] as Tok).v)) person = 'some';
          break;
        }
      }
    }
    // "مصرع السائق (42 عاما) و4 من الركاب"، "توقيف مدير المجمع و4 من موظفيه": a named one, then the figure.
    if (!f && cw.role !== 'post') f = this.afterNamed(k);
    if (!f) return false;
    if ('n' in f) {
      const g = f.te
        ? { s: f.fs, e: (toks[f.groupTok] as Tok).e, first: f.groupTok, end: f.te }
        : this.groupAt(f.groupTok);
      if (f.n === 1 && cw.role === 'post') return false;
      const gEnd = g && g.end > 0 ? g.end : f.groupTok + 1;
      const tl = this.tail(type, 'exact', gEnd);
      this.add({
        type: tl.type,
        value: f.n,
        max: null,
        qualifier: tl.q,
        fs: f.fs,
        fe: f.fe,
        ssTok: i,
        se: this.endOf(tl.endTok),
        group: g && g.end > 0 ? [f.groupTok === f.start ? f.fs : g.s, g.e] : [f.fs, f.fe],
        endTok: tl.endTok,
        figTok: f.start,
        prio: 3,
      });
      return true;
    }
    const { c } = f;
    // The verb governs the figure: "مقتل 47 نازحا" is killed, with "نازحا" as the victims.
    const after = W.readings(toks[c.te])[0];
    const nounAfter = after !== undefined && after.cw.role === 'noun' && after.pre === 0;
    const g = this.groupAt(c.te, nounAfter);
    if (!this.okGroup(g, person)) return false;
    if (c.kind === 'vague' && !g && !this.endsClause(c.te)) return false;
    let q = f.q;
    if (
      c.kind === 'num' &&
      c.value !== null &&
      c.value >= 1900 &&
      c.value <= 2100 &&
      !g &&
      !/,/.test(toks[c.ts]?.v ?? '')
    )
      return false;
    const gEnd = g ? g.end : c.te;
    const tl = this.tail(type, q, gEnd);
    q = tl.q;
    this.add({
      type: tl.type,
      value: c.value,
      max: c.max,
      qualifier: q,
      fs: c.ns,
      fe: c.ne,
      // "نعى حزب الله ثلاثة من مقاتليه": the phrase is the figure and its victims; the mourner is the source.
      ssTok: MOURN.has(r.stem) ? f.start : i,
      se: this.endOf(tl.endTok),
      group: g ? [g.s, g.e] : null,
      endTok: tl.endTok,
      figTok: c.ts,
      prio: nounAfter ? 5 : 3,
    });
    return true;
  }

  /** The figure coordinated after a definite noun phrase at k (a named or defined person, up to 3 words and a
   * bracket: "السائق (42 عاما)"، "رئيس بلديتها"، "مدير المجمع") when it counts people of the same kind: "و4 من
   * الركاب"، "وخمسة آخرين"، "و3 ركاب". The named one is no figure (a definite singular). */
  private afterNamed(k: number): { c: Count; q: Qualifier; start: number } | null {
    const { toks, counts } = this;
    let j = k;
    let n = 0;
    let definite = false;
    while (n < 3) {
      const t = toks[j];
      if (t?.k !== 'w' || isWaFa(t.v.charCodeAt(0)) || W.GROUP_STOP.has(t.v) || W.isCasualtyWord(t)) break;
      if (counts.start(j) || W.TOLL_HEADS.has(t.v) || W.QUOTE.has(t.v)) return null;
      if (t.v.startsWith('ال') || (n > 0 && /(ها|ه|هم)$/.test(t.v))) definite = true;
      n++;
      j++;
    }
    if (n === 0 || !definite) return null;
    // "(42 عاما)": a bracket of up to 4 tokens.
    if (toks[j]?.v === '(') {
      let e = j + 1;
      while (e < j + 6 && toks[e] && toks[e]?.v !== ')' && !isSentenceEnd(toks[e])) e++;
      if (toks[e]?.v !== ')') return null;
      j = e + 1;
    }
    const t = toks[j];
    let fk: number;
    if (t?.v === WA) fk = toks[j + 1]?.glued ? j : j + 1;
    else if (t?.k === 'w' && t.v.startsWith(WA) && (counts.at[j]?.ns ?? 0) > t.s) fk = j;
    else return null;
    const f = this.figureAt(fk, false);
    if (!f || !('c' in f) || f.c.kind === 'vague') return null;
    // People: "من الركاب"، "من موظفيه"، "من أبنائه" (someone's own, not a feminine plural of things: "من
    // سياراته"), "آخرين"، "ركاب"; not "و3 من القرى".
    const after = toks[f.c.te];
    const of = after?.v === MIN ? toks[f.c.te + 1] : undefined;
    const own = of !== undefined && of.k === 'w' && /.(ه|ها|هم|هن)$/.test(of.v) && !/ات(ه|ها|هم|هن)$/.test(of.v);
    const same =
      (of !== undefined && (W.isPersonNoun(of) || own)) ||
      (after !== undefined && after.v !== MIN && W.isPersonNoun(after) && !after.v.startsWith('ال'));
    return same ? f : null;
  }

  private endsClause(i: number): boolean {
    const t = this.toks[i];
    return !t || t.k === 'p' || W.GROUP_STOP.has(t.v) || t.v === WA || t.v.startsWith(WA);
  }

  /** Figure before the trigger: "44,875 فلسطينياً لقد قتلوا"، "لقي 3 أشخاص حتفهم"، "لقي شخصان مصرعهما". */
  private backward(i: number, type0: CasualtyType, role: L.Role): boolean {
    const { toks, counts } = this;
    let type = type0;
    let p = i - 1;
    let particle = false;
    while (p >= 0 && toks[p]?.k === 'w' && PARTICLES.has((toks[p] as Tok).v)) {
      p--;
      particle = true;
    }
    // "38 شخصا على الأقل لقوا حتفهم": the verb of "لقي" between the victims and the post word.
    if (role === 'post' && toks[p] && LAQIYA.has((toks[p] as Tok).v.replace(/^[وف]/, ''))) p--;
    // "إن امرأة قُتلت": one person before a singular verb.
    const single = role === 'verb' && !particle && W.personCount(toks[p]);
    if (single && single.n === 1 && !counts.ending(p - 1) && toks[p - 1]?.k !== 'w') particle = true;
    if (single && single.n === 1 && !counts.ending(p - 1) && /^(إن|ان|أن|بأن|وإن)$/.test(toks[p - 1]?.v ?? ''))
      particle = true;
    if (role === 'verb' && !particle) return false;
    let qAfter: L.BaseQualifier | null = null;
    for (const { q, p: ph } of W.Q_AFTER) {
      if (p - ph.length + 1 >= 0 && matchAt(toks, p - ph.length + 1, ph)) {
        qAfter = q;
        p -= ph.length;
        break;
      }
    }
    // "3 مدنيين، بينهم طفل، لقوا حتفهم": step over the part in commas, and count it too.
    let part = -1;
    if (toks[p] && (toks[p] as Tok).v.match(/^[،,]$/)) {
      for (let q = p - 1; q >= 0 && q >= p - 10; q--) {
        const t = toks[q] as Tok;
        if (t.k === 'p') {
          if (/^[،,]$/.test(t.v) && matchFirst(toks, q + 1, SUBSET, true) !== null) {
            part = q + 1;
            p = q - 1;
          } else if (/^[،,]$/.test(t.v) && toks[q + 1]?.v === AY) {
            // "1.9 مليون شخص، أي قرابة 90 في المئة من السكان، نزحوا": an apposition, stepped over.
            p = q - 1;
          }
          break;
        }
      }
    }
    // "قتلوا أو أصيبوا"، "قتلوا وأصيبوا": one figure for both.
    let endTok = i + 1;
    const nx = toks[i + 1];
    const comp = nx?.v === 'او' ? W.readings(toks[i + 2])[0] : W.readings(nx)[0];
    const compAt = nx?.v === 'او' ? i + 2 : i + 1;
    const ownFigure =
      this.figureAt(compAt + 1, true) !== null ||
      W.qualifiersStartingWith(toks[compAt + 1]).some(({ p: ph }) => matchAt(toks, compAt + 1, ph, true)) ||
      W.isPersonNoun(toks[compAt + 1]);
    if (
      comp &&
      !ownFigure &&
      comp.cw.type === COMPLEMENT[type] &&
      comp.cw.role !== 'noun' &&
      (nx?.v === 'او' || nx?.v.startsWith(WA))
    ) {
      type = 'killed_or_injured';
      endTok = nx?.v === 'او' ? i + 3 : i + 2;
      this.consumed[endTok - 1] = 1;
    }
    const se = this.endOf(endTok);
    const done = (): boolean => {
      if (part >= 0) this.partAt(part, type);
      return true;
    };
    // Implicit persons just before: "لقي شخصان مصرعهما"، "لقي شاب حتفه"، "إن شخصين قتلا".
    const pc = W.personCount(toks[p]);
    const dualWord = /(هما|ا)$/.test((toks[i] as Tok).v) && /(ان|ين)$/.test(toks[p]?.v ?? '') && toks[p]?.k === 'w';
    if ((pc || (dualWord && role === 'post')) && !counts.ending(p - 1) && role !== 'masdar' && role !== 'noun') {
      const n = pc ? pc.n : 2;
      const laqiya = toks[p - 1] && LAQIYA.has((toks[p - 1] as Tok).v.replace(/^[وف]/, ''));
      const oneBefore = n === 1 && role === 'verb' && particle;
      if ((n === 2 && (dualWord || role === 'post')) || (n === 1 && role === 'post' && laqiya) || oneBefore) {
        const t = toks[p] as Tok;
        const pre = pc ? pc.pre : 0;
        this.add({
          type,
          value: n,
          max: null,
          qualifier: 'exact',
          fs: t.s + pre,
          fe: t.e,
          ssTok: p,
          se,
          group: [t.s + pre, t.e],
          endTok,
          figTok: p,
          prio: 2,
        });
        return done();
      }
    }
    for (let q = p; q >= 0 && q >= p - 5; q--) {
      const c = counts.ending(q);
      if (c) {
        if (W.readings(toks[c.te])[0]?.cw.role === 'noun') return false;
        const g = q < p ? this.groupAt(c.te) : null;
        if (q < p && (!g || g.end !== p + 1)) return false;
        if (g && g.end < 0) return false;
        const qo = this.qualOf(c);
        let qual = qo.q;
        if (qAfter && qual === 'exact') qual = qAfter;
        this.add({
          type,
          value: c.value,
          max: c.max,
          qualifier: qual,
          fs: c.ns,
          fe: c.ne,
          ssTok: qo.start,
          se,
          group: g ? [g.s, g.e] : null,
          endTok,
          figTok: c.ts,
          prio: 2,
        });
        this.before(qo.start, type);
        return done();
      }
      const t = toks[q];
      if (t?.k !== 'w' || W.isCasualtyWord(t)) return false;
      if (W.GROUP_STOP.has(t.v) && !(t.v === MIN && counts.ending(q - 1))) return false;
    }
    return false;
  }

  /** "87 تلميذا و3 معلمين في عداد المختطفين": the figure coordinated before the one just claimed. */
  private before(start: number, type: CasualtyType): void {
    const { toks, counts } = this;
    const wa = toks[start - 1];
    if (!wa || wa.v !== WA || !toks[start]?.glued) return;
    for (let q = start - 2; q >= 0 && q >= start - 5; q--) {
      const c = counts.ending(q);
      if (c) {
        const g = q < start - 2 ? this.groupAt(c.te) : null;
        if (!g || g.end !== start - 1) return;
        const qo = this.qualOf(c);
        this.add({
          type,
          value: c.value,
          max: c.max,
          qualifier: qo.q,
          fs: c.ns,
          fe: c.ne,
          ssTok: qo.start,
          se: g.e,
          group: [g.s, g.e],
          endTok: g.end,
          figTok: c.ts,
          prio: 1,
        });
        return;
      }
      const t = toks[q];
      if (t?.k !== 'w' || W.GROUP_STOP.has(t.v) || W.isCasualtyWord(t)) return;
    }
  }

  /** A part of the victims at token k: "بينهم 9 أطفال"، "بينهم طفل". */
  private partAt(k: number, type: CasualtyType): void {
    const sub = matchFirst(this.toks, k, SUBSET, true);
    if (!sub) return;
    const f: Claim = {
      type,
      value: null,
      max: null,
      qualifier: 'exact',
      fs: -1,
      fe: -1,
      ss: 0,
      se: 0,
      group: null,
      endTok: k,
      figTok: k,
      prio: 1,
    };
    for (let cur: Claim | null = f, n = 0; cur && n < 6; n++) {
      cur = this.next(cur, this.taken, null);
      if (cur) this.claims.push(cur);
    }
  }

  /** "لا يزال 10 أشخاص في عداد المفقودين". */
  private tally(i: number): void {
    const r = W.readings(this.toks[i + 1])[0];
    if (!r) return;
    let p = i - 1;
    if (this.toks[p]?.v === F_FI) p--;
    const save = this.claims.length;
    if (this.backward(p + 1, r.cw.type, 'post')) {
      const c = this.claims[save] as Claim;
      c.se = (this.toks[i + 1] as Tok).e;
      c.endTok = i + 2;
    }
  }

  /** Toll head: "ارتفعت حصيلة القتلى إلى 50"، "ارتفع عدد الفلسطينيين الذين استشهدوا إلى 44 ألفا". */
  private toll(i: number, head: string): void {
    const { toks, counts } = this;
    let j = -1;
    let type: CasualtyType | null = null;
    for (let k = i + 1; k <= i + 4; k++) {
      const t = toks[k];
      if (t?.k !== 'w' || t.v === MIN) break;
      const r = W.readings(t)[0];
      if (r) {
        j = k;
        type = r.cw.type;
        const r2 = W.readings(toks[k + 1])[0];
        if (r2 && r2.cw.type === COMPLEMENT[type] && (toks[k + 1] as Tok).v.startsWith(WA)) {
          type = 'killed_or_injured';
          j = k + 1;
        }
        break;
      }
    }
    if (j < 0) {
      if (head !== F_HASILA) return;
      j = i;
      type = 'killed';
    }
    // "بلغ عدد المتوفين في حوادث الطرق 5861 شخصا": the verb before the head links the first figure.
    const pv = toks[i - 1]?.v.replace(/^[وفل](?=..)/, '') ?? '';
    let preLinked = W.TOLL_LINKS.has(pv) || W.TOLL_RISE.has(pv);
    for (let k = j + 1; k <= j + 14; k++) {
      const t = toks[k];
      if (isSentenceEnd(t)) return;
      let c = counts.start(k);
      let qs = k;
      if (!c) {
        const qm = W.qualifiersStartingWith(toks[k]).find(
          ({ p }) => matchAt(toks, k, p, true) && counts.start(k + p.length),
        );
        if (qm) {
          c = counts.start(k + qm.p.length);
          qs = k;
        }
      }
      if (!c) continue;
      let li = qs - 1;
      while (li > j && W.QUOTE.has((toks[li] as Tok).v)) li--;
      const link = toks[li];
      const linked =
        qs !== c.ts ||
        li === j ||
        (link !== undefined && (W.TOLL_LINKS.has(link.v) || (link.v === MIN && c.kind === 'range'))) ||
        (link !== undefined && link.k === 'w' && /^[لب]$/.test(link.v) && (toks[qs] as Tok).glued) ||
        (preLinked && link?.v !== MIN);
      if (!linked) {
        preLinked = false;
        k = c.te - 1;
        continue;
      }
      const after = W.readings(toks[c.te])[0];
      // "أثقل حصيلة بولاية الجلفة بوفاة خمسة": the masdar right before the figure has it.
      const jr = W.readings(toks[j])[0];
      if (qs === j + 1 && jr && jr.cw.role !== 'noun') return;
      const nounAfter = after !== undefined && after.cw.role === 'noun' && after.pre === 0;
      let value = c.value;
      let max = c.max;
      let q: Qualifier = this.qualOf(c).q;
      if (c.kind === 'range' && c.fromOpen) {
        const rise = toks.slice(Math.max(0, i - 3), c.ts).some((x) => W.TOLL_RISE.has(x.v.replace(/^[وف]/, '')));
        if (rise) {
          value = c.max;
          max = null;
          q = 'exact';
        }
      }
      const g = nounAfter ? null : this.groupAt(c.te);
      if (g && g.end < 0) return;
      const tl = this.tail(type as CasualtyType, q, g ? g.end : nounAfter ? c.te + 1 : c.te);
      this.add({
        type: tl.type,
        value,
        max,
        qualifier: tl.q,
        fs: value === c.max && max === null && c.kind === 'range' ? (toks[c.te - 1] as Tok).s : c.ns,
        fe: c.ne,
        ssTok: i,
        se: this.endOf(tl.endTok),
        group: g ? [g.s, g.e] : null,
        endTok: tl.endTok,
        figTok: c.ts,
        prio: 1,
      });
      // "عدد القتلى بلغ 21 والجرحى 160"
      const r2 = W.readings(toks[tl.endTok])[0];
      const c2 = counts.start(tl.endTok + 1);
      if (r2?.definite && r2.cw.role === 'noun' && (toks[tl.endTok] as Tok).v.startsWith(WA) && c2) {
        const g2 = this.groupAt(c2.te);
        const q2 = this.qualOf(c2);
        this.add({
          type: r2.cw.type,
          value: c2.value,
          max: c2.max,
          qualifier: q2.q,
          fs: c2.ns,
          fe: c2.ne,
          ssTok: tl.endTok,
          se: g2 && g2.end > 0 ? g2.e : c2.ne,
          group: g2 && g2.end > 0 ? [g2.s, g2.e] : null,
          endTok: g2 && g2.end > 0 ? g2.end : c2.te,
          figTok: c2.ts,
          prio: 1,
        });
      }
      return;
    }
  }

  /** "سجل أكثر من 600 منهم"، "حالة 4 منهم خطيرة": a part of the nearest toll before, in the same sentence. */
  parts(claims: Claim[]): Claim[] {
    const { toks, counts } = this;
    const taken = new Set(claims.map((c) => c.fs));
    const out = [...claims];
    let ci = 0;
    let last: Claim | null = null;
    const { kind, b0 } = this.ix;
    for (let i = 1; i < toks.length; i++) {
      while (ci < claims.length && (claims[ci] as Claim).figTok < i) last = claims[ci++] as Claim;
      if (kind[i] === K_END) last = null;
      if (!last || ((b0[i] as number) & MINHUM.bit) === 0 || i - last.figTok > 30) continue;
      const t = toks[i] as Tok;
      const c = counts.ending(i - 1);
      if (!c || taken.has(c.ns) || c.kind === 'vague') continue;
      const q = this.qualOf(c);
      taken.add(c.ns);
      // "وأن المصابين نقلوا ... فيما أحيل سبعة منهم": the nearest casualty noun names whom.
      let type = last.type;
      for (let j = c.ts - 1; j > last.figTok; j--) {
        const r = W.readings(toks[j])[0];
        if (r?.definite && r.cw.role === 'noun') {
          type = r.cw.type;
          break;
        }
      }
      out.push({
        type,
        value: c.value,
        max: c.max,
        qualifier: q.q,
        fs: c.ns,
        fe: c.ne,
        ss: (toks[q.start] as Tok).s,
        se: t.e,
        group: null,
        endTok: i + 1,
        figTok: c.ts,
        prio: 1,
      });
    }
    return out;
  }

  /** Coordinated and part figures: "مقتل 5 جنود و3 مدنيين"، "20 قتيلا بينهم 3 أطفال". */
  coordinate(kept: Claim[]): Claim[] {
    const taken = new Set(kept.map((c) => c.fs));
    const out: Claim[] = [];
    let prev: Claim | null = null;
    for (const f of kept) {
      out.push(f);
      let before: Claim | null = prev;
      for (let cur: Claim | null = f, n = 0; cur && n < 20; n++) {
        const nx = this.next(cur, taken, before);
        before = cur;
        cur = nx;
        if (cur) out.push(cur);
      }
      prev = f;
    }
    return out;
  }

  /** The figure coordinated with, or part of, claim f: "و3 مدنيين"، "، بينهم 9 أطفال"، "وامرأة"، "مقابل 3,201". */
  private next(f: Claim, taken: Set<number>, prev: Claim | null): Claim | null {
    const { toks, counts } = this;
    let k = f.endTok;
    // Step over a tail up to ", بينهم" (12 tokens), or over "من قسد" up to "و8".
    let isPart = false;
    const k0 = k;
    for (let j = k0; j < k0 + 12 && j < toks.length; j++) {
      const t = toks[j] as Tok;
      if (/^[،,]$/.test(t.v) && matchFirst(toks, j + 1, SUBSET, true) !== null) {
        k = j + 1;
        break;
      }
      // "من قسد و8"، "في تركيا ونحو 6 آلاف في سوريا": a short place or side after the figure, then the next one.
      if (
        j > k0 &&
        j <= k0 + 4 &&
        (toks[k0]?.v === MIN || toks[k0]?.v === F_FI) &&
        (t.v === WA ||
          (t.v.startsWith(WA) &&
            ((counts.at[j]?.ns ?? 0) > t.s || (toks[k0]?.v === F_FI && W.qualifiersStartingWith(t).length > 0))))
      ) {
        k = j;
        break;
      }
      // "5861 شخصا خلال عام 2023، مقابل 5260 في عام 2022": a year is stepped over, up to "، مقابل".
      if (j > k0 && /^[،,]$/.test(t.v) && toks[j + 1]?.v === VERSUS) {
        k = j;
        break;
      }
      if (t.k === 'n' && j > k0 && YEAR_WORDS.has((toks[j - 1] as Tok).v)) continue;
      // "نزوح 10 ملايين شخص، وفق الأمم المتحدة، بينهم": a source set off by commas is stepped over.
      if (t.k !== 'w' && /^[،,]$/.test(t.v) && j === k0 && SOURCE_PREPS.has(toks[j + 1]?.v ?? '')) continue;
      if (t.k !== 'w' || W.isCasualtyWord(t)) break;
    }
    const sub = matchFirst(toks, k, SUBSET, true);
    if (sub) {
      k += sub.length;
      isPart = true;
    }
    let implicitOk = isPart;
    // "لقي 11 شخصا حتفهم، هم 8 في تركيا و3 في سوريا": the toll split by place, each figure with its own.
    const split = !isPart && /^[،,]$/.test(toks[k]?.v ?? '') && toks[k + 1]?.v === HUM && toks[k + 2]?.k !== 'w';
    if (split) k += 2;
    if (!isPart && /^[،,]$/.test(toks[k]?.v ?? '') && matchFirst(toks, k + 1, W.COORD) !== null) k++;
    if (!isPart && !split) {
      const co = matchFirst(toks, k, W.COORD);
      const t = toks[k];
      if (co) k += co.length;
      else if (t?.v === WA) {
        if (!toks[k + 1]?.glued) k++;
      } else if (
        t?.k === 'w' &&
        t.v.startsWith(WA) &&
        ((counts.at[k]?.ns ?? 0) > t.s || W.personCount(t) || W.qualifiersStartingWith(t).length > 0)
      ) {
        // "وأربع نساء"، "وامرأة"
      } else if (/^[،,]$/.test(t?.v ?? '') && toks[k + 1]?.v === 'اي') k += 2;
      else if (
        // "تسعة عناصر، بينهم قيادي، وستة من مقاتلي X": after a part in commas, the list goes on.
        f.parent !== undefined &&
        /^[،,]$/.test(t?.v ?? '') &&
        toks[k + 1]?.k === 'w' &&
        (toks[k + 1] as Tok).v.startsWith(WA) &&
        (counts.at[k + 1]?.ns ?? 0) > (toks[k + 1] as Tok).s
      )
        k++;
      else return null;
      implicitOk = f.value !== null && f.value <= 10 && f.qualifier === 'exact';
    }
    const fig = this.figureAt(k, implicitOk);
    if (!fig) return null;
    // After "قتيلا و21 جريحا"، the part counts both.
    let type = f.type;
    if (
      isPart &&
      prev &&
      prev.prio === 4 &&
      f.prio === 4 &&
      COMPLEMENT[prev.type] === f.type &&
      prev.endTok >= f.figTok - 1
    )
      type = 'killed_or_injured';
    if ('n' in fig) {
      if (taken.has(fig.fs)) return null;
      const g = fig.te
        ? { s: fig.fs, e: (toks[fig.groupTok] as Tok).e, end: fig.te }
        : (this.groupAt(fig.groupTok) ?? { s: fig.fs, e: fig.fe, end: fig.groupTok + 1 });
      if (g.end < 0) return null;
      taken.add(fig.fs);
      return {
        type,
        value: fig.n,
        max: null,
        qualifier: 'exact',
        fs: fig.fs,
        fe: fig.fe,
        ss: fig.fs,
        se: this.endOf(g.end),
        group: [fig.fs, g.e],
        endTok: g.end,
        figTok: fig.start,
        prio: 1,
        parent: isPart ? f.fs : undefined,
      };
    }
    const c = fig.c;
    if (taken.has(c.ns)) return null;
    if (c.kind === 'vague' && f.value !== null && !isPart) return null;
    // "بينهم 11 في حالة خطرة": people in a critical state are injured.
    if (isPart && toks[c.te]?.v === F_FI && W.CASE_WORDS.has(toks[c.te + 1]?.v ?? '')) type = 'injured';
    if (W.readings(toks[c.te])[0]) return null;
    const g = this.groupAt(c.te);
    if (g && g.end < 0) return null;
    // "و3 في سوريا": a figure with a place of its own after a figure with victims or with a place.
    if (!g && !(toks[c.te]?.v === F_FI && (f.group || split || toks[f.endTok]?.v === F_FI))) return null;
    const tl = this.tail(type, fig.q, g ? g.end : c.te);
    taken.add(c.ns);
    return {
      type: tl.type,
      value: c.value,
      max: c.max,
      qualifier: tl.q,
      fs: c.ns,
      fe: c.ne,
      ss: fig.start === c.ts ? c.ns : this.bare(fig.start),
      se: this.endOf(tl.endTok),
      group: g ? [g.s, g.e] : null,
      endTok: tl.endTok,
      figTok: c.ts,
      prio: 1,
      parent: isPart ? f.fs : undefined,
    };
  }
}

export { isSentenceEnd, strips };

/** و or ف. */
function isWaFa(c: number): boolean {
  return c === 0x648 || c === 0x641;
}
