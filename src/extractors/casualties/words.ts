// Folded lookup tables built once from the lexicon (src/lexicon/casualties.ts).
import * as L from '../../lexicon/casualties.js';
import { fold } from '../../text/view.js';
import {
  bits,
  foldedSet,
  info,
  infoOf,
  inSet,
  inSetT,
  lex,
  phrases,
  type Stripped,
  type Tok,
  type WordInfo,
} from './tokens.js';

export const WORDS = new Map<string, L.CasualtyWord[]>();
for (const [w, cw] of L.casualtyWords()) {
  const k = fold(w);
  const list = WORDS.get(k) ?? [];
  if (!list.some((x) => x.type === cw.type && x.role === cw.role && x.num === cw.num)) list.push(cw);
  WORDS.set(k, list);
}

/** Every casualty word form, for bit tests on tokens. */
export const CAS = lex(WORDS.keys());

export interface Reading extends Stripped {
  cw: L.CasualtyWord;
}

/** Casualty readings of a word token: "واستشهد" → استشهد (verb, killed). Verbs never take the article. */
const NONE: Reading[] = [];

export function readings(t: Tok | undefined): Reading[] {
  // A word known to have no lexicon bits (`bits`) has no casualty reading either.
  if (t?.k !== 'w' || t.w === null) return NONE;
  return readingsOfInfo(info(t));
}

/** Casualty readings of a word (as a word token would have them). */
export function readingsOfWord(v: string): Reading[] {
  return readingsOfInfo(infoOf(v));
}

function readingsOfInfo(w: WordInfo): Reading[] {
  if (w.rd !== undefined) return w.rd as Reading[];
  const out = (w.lb & CAS.bit) === 0 ? NONE : readingsOf(w);
  w.rd = out;
  return out;
}

function readingsOf(w: WordInfo): Reading[] {
  const out: Reading[] = [];
  for (const r of w.st) {
    if ((r.b & CAS.bit) === 0) continue;
    const list = WORDS.get(r.stem);
    if (!list) continue;
    for (const cw of list) {
      if (r.definite && cw.role !== 'noun' && cw.role !== 'masdar') continue;
      out.push({ stem: r.stem, pre: r.pre, definite: r.definite, b: r.b, cw });
    }
    if (out.length > 0) break;
  }
  return out.length > 0 ? out : NONE;
}

export function isCasualtyWord(t: Tok | undefined): boolean {
  return readings(t).length > 0;
}

export const TOLL_HEADS = foldedSet(L.TOLL_HEADS);
export const TOLL_HEADS_LEX = lex(TOLL_HEADS);
export const TOLL_LINKS = foldedSet(L.TOLL_LINKS);
export const TOLL_RISE = foldedSet(L.TOLL_RISE);
export const CASE_WORDS = foldedSet(L.CASE_WORDS);
export const TALLY = fold(L.TALLY_WORD);
export const Q_BEFORE = Object.entries(L.QUALIFIERS_BEFORE)
  .flatMap(([q, list]) => phrases(list).map((p) => ({ q: q as L.BaseQualifier, p })))
  .sort((a, b) => b.p.length - a.p.length);
export const Q_AFTER = Object.entries(L.QUALIFIERS_AFTER)
  .flatMap(([q, list]) => phrases(list).map((p) => ({ q: q as L.BaseQualifier, p })))
  .sort((a, b) => b.p.length - a.p.length);
/** Qualifier phrases indexed by their first and last word (with a one-letter proclitic stripped for the first). */
function indexBy(list: Array<{ q: L.BaseQualifier; p: string[] }>, at: 'first' | 'last') {
  const m = new Map<string, Array<{ q: L.BaseQualifier; p: string[] }>>();
  for (const x of list) {
    const w = (at === 'first' ? x.p[0] : x.p[x.p.length - 1]) as string;
    const l = m.get(w) ?? [];
    l.push(x);
    m.set(w, l);
  }
  return m;
}
const Q_FIRST = indexBy(Q_BEFORE, 'first');
const Q_LAST = indexBy(Q_BEFORE, 'last');
const QF = lex(Q_FIRST.keys());
/** Is w the first word of a qualifier phrase ("أكثر" of "أكثر من")? */
export function startsQualifier(w: string): boolean {
  return Q_FIRST.has(w);
}
const QL = lex(Q_LAST.keys());
const EMPTY: Array<{ q: L.BaseQualifier; p: string[] }> = [];
/** Qualifier phrases that may start with token t, longest first. */
export function qualifiersStartingWith(t: Tok | undefined): Array<{ q: L.BaseQualifier; p: string[] }> {
  if (t?.k !== 'w') return EMPTY;
  const w = bits(t);
  if (((w.b0 | w.b1) & QF.bit) === 0) return EMPTY;
  const a = Q_FIRST.get(t.v);
  const b = /^[وبلف]/.test(t.v) ? Q_FIRST.get(t.v.slice(1)) : undefined;
  if (!a) return b ?? EMPTY;
  if (!b) return a;
  return [...a, ...b].sort((x, y) => y.p.length - x.p.length);
}
/** Qualifier phrases that may end with token t, longest first. */
export function qualifiersEndingWith(t: Tok | undefined): Array<{ q: L.BaseQualifier; p: string[] }> {
  if (t?.k !== 'w') return EMPTY;
  const w = bits(t);
  if (((w.b0 | w.b1) & QL.bit) === 0) return EMPTY;
  const a = Q_LAST.get(t.v);
  if (a) return a;
  // "ونحو 520": a one-word qualifier with a proclitic.
  const b = /^[وبلف]/.test(t.v) ? Q_LAST.get(t.v.slice(1)) : undefined;
  return b ? b.filter((x) => x.p.length === 1) : EMPTY;
}
export const PERSON_SG = foldedSet([...L.PERSON_SG_BROKEN, ...L.PERSON_SG_SOUND]);
export const PERSON_SG_BROKEN = foldedSet(L.PERSON_SG_BROKEN);
export const PERSON_PL = foldedSet(L.PERSON_PL);
export const ONE_MORE = foldedSet(L.ONE_MORE);
export const TWO_MORE = foldedSet(L.TWO_MORE);
export const ONE_OF = foldedSet(L.ONE_OF);
export const NOT_PEOPLE = foldedSet(L.NOT_PEOPLE);
export const DETENTION = foldedSet(L.DETENTION_PLACES.map((w) => w.split(' ')[0] as string));
export const DISEASE = foldedSet(L.DISEASE_WORDS);
export const SPORT = foldedSet(L.SPORT_WORDS);
/** Disease and sport words (an injured figure near one is off topic). */
export const OFF_TOPIC = new Set([...DISEASE, ...SPORT]);
export const OFF_TOPIC_LEX = lex(OFF_TOPIC);
export const GROUP_STOP = foldedSet(L.GROUP_STOP);
export const PLACES = foldedSet(L.PLACES);
export const AFTER_NOUN_NUMBERS = new Map(Object.entries(L.AFTER_NOUN_NUMBERS).map(([k, v]) => [fold(k), v]));
export const COPULAS = phrases(L.COPULAS);
export const AMONG = phrases(L.AMONG);
/** Coordinators without the bare "و" (handled by the parser). */
export const COORD = phrases(L.COORDINATORS.filter((w) => w !== 'و'));
export const IDIOMS = L.KILLING_IDIOMS.map((x) => ({ verbs: foldedSet(x.verbs), words: foldedSet(x.words) }));
export const FORCED_VERBS = foldedSet(L.FORCED_OUT.verbs);
export const LEAVE = foldedSet(L.FORCED_OUT.leave);
export const HOMES = foldedSet(L.FORCED_OUT.homes);
/** The words of every idiom ("بحياة") and the homes left ("منازلهم"), to skip the idioms for other words. */
export const IDIOM_WORDS = lex([...IDIOMS.flatMap((x) => [...x.words]), ...HOMES]);
/** Quote marks and brackets skipped between a trigger and its figure. */
export const QUOTE = new Set(['"', '«', '»', '“', '”', "'", '(', ')', '„']);
export const PLACE_PH = phrases(L.PLACES);

/** Dual of a person noun with a broken plural: "شخصين"، "شخصان"، "امرأتين"، "طفلتين"، "جنديين". */
const DUALS = new Set<string>();
for (const w of PERSON_SG_BROKEN) {
  const base = w.endsWith('ه') ? `${w.slice(0, -1)}ت` : w;
  DUALS.add(`${base}ين`);
  DUALS.add(`${base}ان`);
}
for (const w of TWO_MORE) DUALS.add(w);
/** The nominative dual "-ان" is unambiguous for every person noun: "متظاهران"، "مسعفان". */
for (const w of PERSON_SG) DUALS.add(`${w.endsWith('ه') ? `${w.slice(0, -1)}ت` : w}ان`);

/** 2 for a dual person noun, 1 for a singular one ("شخص"، "آخر"، "ثالث"، "فلسطيني"), else 0. Never definite. */
export function personCount(t: Tok | undefined): PersonCount {
  if (t?.k !== 'w') return 0;
  return personCountOf(info(t));
}

type PersonCount = { n: 1 | 2; pre: number } | 0;

/** personCount of a word (as a word token would have it). */
export function personCountOfWord(v: string): PersonCount {
  return personCountOf(infoOf(v));
}

function personCountOf(w: WordInfo): PersonCount {
  if (w.pc === undefined) w.pc = personCountOfStrips(w.st);
  return w.pc as PersonCount;
}

function personCountOfStrips(st: readonly Stripped[]): PersonCount {
  const v = (st[0] as Stripped).stem;
  for (const r of st) {
    if (r.definite) continue;
    if (r.pre > 0 && !/^[وف]$/.test(v.slice(0, r.pre))) continue;
    if (DUALS.has(r.stem)) return { n: 2, pre: r.pre };
    // An active participle in the dual: "مناصران"، "مسلحان" (مـ...ـان).
    if (/^م.{3,}ان$/.test(r.stem)) return { n: 2, pre: r.pre };
    if (r.stem.endsWith('يان') && isDemonym(r.stem.slice(0, -2))) return { n: 2, pre: r.pre };
    if (PERSON_SG.has(r.stem) || ONE_MORE.has(r.stem) || isDemonym(r.stem)) return { n: 1, pre: r.pre };
  }
  return 0;
}

/** "فلسطيني" ← فلسطين, "سوري" ← سوريا, "عراقي" ← العراق, "أمريكي" ← أمريكا: a nisba of a known place. */
export function isDemonym(w: string): boolean {
  if (!w.endsWith('ي') || w.length < 4) return false;
  const stem = w.slice(0, -1);
  return [stem, `ال${stem}`, `${stem}ا`, `${stem}يا`, `${stem}يه`, `ال${stem}ان`].some((x) => PLACES.has(x));
}

/** A noun for people (for verbs that also take things: "فقد 5 صيادين" but not "فقد 5 نقاط"). */
export function isPersonNoun(t: Tok | undefined): boolean {
  if (t?.k !== 'w') return false;
  const r = inSetT(PERSON_PL, t) ?? inSetT(PERSON_SG, t);
  if (r) return true;
  // Case and number endings: "مسلحا"، "جنديا"، "مسلحين".
  const base = t.v.replace(/^ال/, '').replace(/(ين|ون|ان|ا)$/, '');
  if (PERSON_SG.has(base) || PERSON_SG.has(`${base}ه`)) return true;
  // A sound plural in construct, with a pronoun: "مقاتليه"، "عناصرها"، "موظفيهم".
  const own = t.v.replace(/^ال/, '').replace(/(يه|يها|يهم|يهن|ي)$/, '');
  if (own !== t.v && own.length >= 3 && PERSON_SG.has(own)) return true;
  // A broken plural with a pronoun: "جنوده"، "عناصرها".
  const pl = t.v.replace(/^ال/, '').replace(/(ه|ها|هم|هن)$/, '');
  if (pl !== t.v && pl.length >= 3 && PERSON_PL.has(pl)) return true;
  const w = t.v.replace(/^ال/, '');
  if (isDemonym(w) || isDemonym(w.replace(/(ين|ون|ا)$/, ''))) return true;
  return /(يين|يون)$/.test(w);
}

export { inSet };

const PLACE_HEADS = foldedSet([...L.PLACE_HEADS, ...L.DIRECTIONS]);
/** "القرى" in "نزح 90 ألفا من القرى الحدودية" is where from, not who. */
export function isPlaceWord(t: Tok | undefined): boolean {
  if (t?.k !== 'w') return false;
  return inSetT(PLACE_HEADS, t) !== null || inSetT(PLACES, t) !== null;
}
