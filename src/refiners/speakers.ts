// Alias resolution: one speaker, many mentions.
//
// Persons are clustered by name tokens, from the longest name down, so that every shorter or
// differently spelled mention joins the fullest form introduced anywhere in the article:
//   "وزير الخارجية الأمريكي أنتوني بلينكن" … "بلينكن" … "بلينكين" → one entity "أنتوني بلينكن"
//   "الرئيس رجب طيب أردوغان" … "إردوغان"                             → "رجب طيب أردوغان"
// Tokens are equal when their folded forms are equal (أ/إ/آ, ى, ة, ؤ, ئ) or, for names of five
// letters or more, when they differ by one inserted, deleted or replaced letter (بلينكن/بلينكين).
// Title-only mentions ("الوزير", "الرئيس التركي") resolve to the person whose title and name hold
// all their words, nearest before the quote; a lone "الوزارة" resolves to the body "وزارة الصحة".
// Work is bounded per mention (buckets are capped), so resolution stays linear in the text.

import type { Phrase } from '../extractors/quotes/phrase.js';

export interface Entity {
  id: number;
  kind: 'person' | 'role' | 'body';
  /** Folded name (person) or designation (role, body) tokens, without the article. */
  key: string[];
  /** Norm span of the fullest form. */
  name: [number, number];
  title: [number, number] | null;
  titleKey: string[];
  /** Norm positions of the mentions, ascending after build(). */
  positions: number[];
  spoke: boolean;
  /** The name span starts with a preposition ل to drop when displayed ("للشرطة" → "الشرطة"). */
  lam?: boolean;
  /** Norm ends of the name tokens (persons), aligned with `key`. */
  keyEnds?: number[];
  /** Index in `key` of the last token that shorter mentions use as the surname, or -1. */
  surnameIdx: number;
  /** Internal: the findPerson call that last visited this entity (instead of a Set per call). */
  visit?: number;
}

/**
 * The span to show for an entity: the fullest name, but ending at the surname that shorter
 * mentions use ("وزار وزير الخارجية أنتوني بلينكن عمان" + "بلينكن" → "أنتوني بلينكن").
 */
export function displayName(e: Entity): [number, number] {
  const ks = e.keyEnds;
  if (e.kind === 'person' && ks && e.surnameIdx >= 1 && e.surnameIdx < ks.length - 1) {
    return [e.name[0], ks[e.surnameIdx] as number];
  }
  return e.name;
}

const BUCKET_CAP = 64;
const NO_ENTITIES: readonly Entity[] = [];

/** Extra folding for name comparison: ؤ → و, ئ → ي, ء dropped. */
export function canon(t: string): string {
  // Most tokens have none of ؤ ئ ء: return them as they are.
  let plain = true;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x624 || c === 0x626 || c === 0x621) {
      plain = false;
      break;
    }
  }
  if (plain) return t;
  // One string per replacement kind present, not one per character.
  return t.replaceAll('ؤ', 'و').replaceAll('ئ', 'ي').replaceAll('ء', '');
}

function variants(t: string): string[] {
  const out = [t];
  if (t.length >= 5 && t.length <= 24) for (let i = 0; i < t.length; i++) out.push(t.slice(0, i) + t.slice(i + 1));
  return out;
}

/** a and b differ by at most one edit (insert, delete, replace). */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Token equality for names: "اردوغان" = "اردوغان", "بلينكن" = "بلينكين", "محمد" ≠ "احمد". */
export function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.max(a.length, b.length) < 6 || Math.min(a.length, b.length) < 5) return false;
  return oneEdit(a, b);
}

function covers(have: readonly string[], want: readonly string[]): boolean {
  for (let i = 0; i < want.length; i++) if (!holds(have, want[i] as string)) return false;
  return true;
}

function holds(have: readonly string[], w: string): boolean {
  for (let k = 0; k < have.length; k++) if (sameToken(have[k] as string, w)) return true;
  return false;
}

/** covers(a ++ b, want), without the concatenation. */
function covers2(a: readonly string[], b: readonly string[], want: readonly string[]): boolean {
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    if (!holds(a, w) && !holds(b, w)) return false;
  }
  return true;
}

/** variants(last)[j] (last without its letter j - 1; j = 0: last) is in variants(h); no string is made. */
function inVariants(h: string, last: string, j: number): boolean {
  const d = j - 1;
  const vl = d < 0 ? last.length : last.length - 1;
  if (h.length === vl) {
    for (let k = 0; k < vl; k++) if (h.charCodeAt(k) !== last.charCodeAt(d < 0 || k < d ? k : k + 1)) return false;
    return true;
  }
  if (h.length !== vl + 1 || h.length < 5 || h.length > 24) return false;
  // h without one letter: skip h's first letter that differs.
  let k = 0;
  while (k < vl && h.charCodeAt(k) === last.charCodeAt(d < 0 || k < d ? k : k + 1)) k++;
  for (; k < vl; k++) if (h.charCodeAt(k + 1) !== last.charCodeAt(d < 0 || k < d ? k : k + 1)) return false;
  return true;
}

/** The first j with variants(last)[j] in the variants of a token of key, or -1. */
function firstVariant(last: string, key: readonly string[]): number {
  const nv = last.length >= 5 && last.length <= 24 ? last.length + 1 : 1;
  for (let j = 0; j < nv; j++) for (let k = 0; k < key.length; k++) if (inVariants(key[k] as string, last, j)) return j;
  return -1;
}

function nearest(e: Entity, pos: number): number {
  // Distance to the nearest mention before pos (preferred), else after it; positions are sorted.
  const ps = e.positions;
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ps[mid] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? pos - (ps[lo - 1] as number) : Number.POSITIVE_INFINITY;
  const after = lo < ps.length ? ((ps[lo] as number) - pos) * 4 : Number.POSITIVE_INFINITY;
  return Math.min(before, after);
}

/** Sort ascending; most lists hold one position or are already in order, and sort() copies. */
function sortPositions(ps: number[]): void {
  for (let i = 1; i < ps.length; i++) {
    if ((ps[i] as number) < (ps[i - 1] as number)) {
      ps.sort((a, b) => a - b);
      return;
    }
  }
}

type Mention = { phrase: Phrase; pos: number; spoke: boolean };

/** a comes before b: a longer key, or as long and earlier. */
function mentionBefore(a: Mention, b: Mention): boolean {
  const d = b.phrase.key.length - a.phrase.key.length;
  return d < 0 || (d === 0 && a.pos - b.pos < 0);
}

/** Longest key first, then by position; stable. Short lists by insertion (sort() copies them). */
function sortMentions(l: Mention[]): void {
  if (l.length > 32) {
    l.sort((a, b) => b.phrase.key.length - a.phrase.key.length || a.pos - b.pos);
    return;
  }
  for (let i = 1; i < l.length; i++) {
    const x = l[i] as Mention;
    let j = i;
    while (j > 0 && mentionBefore(x, l[j - 1] as Mention)) {
      l[j] = l[j - 1] as Mention;
      j--;
    }
    l[j] = x;
  }
}

/** canon of every token: the list itself when no token changes (most), else a new list. */
function canonAll(key: string[]): string[] {
  for (let i = 0; i < key.length; i++) if (canon(key[i] as string) !== key[i]) return key.map(canon);
  return key;
}

export class SpeakerRegistry {
  private pending: Mention[] = [];
  private persons: Entity[] = [];
  /** Roles and bodies by their key's words joined with spaces. */
  private roles = new Map<string, Entity>();
  private bodies = new Map<string, Entity>();
  /**
   * Persons by the variants of their name tokens (bucket order: creation order), made only once
   * there are more than BUCKET_CAP persons; with fewer, findPerson scans the persons in the order
   * the buckets would give (no bucket reaches its cap).
   */
  private index: Map<string, Entity[]> | null = null;
  private byHead = new Map<string, Entity[]>();
  private nextId = 0;
  private visits = 0;
  /** variants() per token, for this text: names recur, and their variants are looked up each time. */
  private variantsOf: Map<string, string[]> | null = null;

  private variants(t: string): string[] {
    if (this.variantsOf === null) this.variantsOf = new Map();
    let v = this.variantsOf.get(t);
    if (v === undefined) {
      v = variants(t);
      this.variantsOf.set(t, v);
    }
    return v;
  }

  private indexPerson(index: Map<string, Entity[]>, e: Entity): void {
    for (const t of e.key) for (const v of this.variants(t)) this.bucket(index, v, e);
  }

  private aliases: Map<string, Phrase> | null = null;

  /** "قوات سوريا الديمقراطية (قسد)": the one-word short form `short` stands for `full`. */
  alias(short: string, full: Phrase, pos: number): void {
    if (full.kind === 'none') return;
    if (this.aliases === null) this.aliases = new Map();
    this.aliases.set(canon(short), full);
    this.add(full, pos, false);
  }

  /** Record a mention: a title introduction ("الرئيس رجب طيب أردوغان") or a speaker phrase. */
  add(phrase: Phrase, pos: number, spoke: boolean): void {
    if (phrase.kind === 'none') return;
    this.pending.push({ phrase, pos, spoke });
  }

  private bucket(map: Map<string, Entity[]>, k: string, e: Entity): void {
    const l = map.get(k);
    // A new bucket holds one entity (most do): an array of exactly one, not one grown by push.
    if (!l) map.set(k, [e]);
    else if (l[l.length - 1] !== e) l.push(e);
  }

  private findPerson(key: string[], pos: number, building = false): Entity | null {
    if (key.length === 0) return null;
    const last = canon(key[key.length - 1] as string);
    const want = canonAll(key);
    const best = this.index === null ? this.scan(last, want, pos, building) : this.lookUp(last, want, pos, building);
    if (best && key.length < best.key.length) {
      // Remember which token shorter mentions use as the surname.
      const lastKey = canon(key[key.length - 1] as string);
      for (let j = best.key.length - 1; j >= 1; j--) {
        if (sameToken(best.key[j] as string, lastKey)) {
          if (j > best.surnameIdx) best.surnameIdx = j;
          break;
        }
      }
    }
    return best;
  }

  /**
   * The nearest person (while building: the longest name) among those whose tokens share a variant
   * with `last` and cover `want`, visited in the buckets' order: by the first variant of `last`
   * they hold, then by creation. The first with the least distance wins.
   */
  private scan(last: string, want: string[], pos: number, building: boolean): Entity | null {
    let best: Entity | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    let bestJ = -1;
    for (const e of this.persons) {
      if (!covers(e.key, want)) continue;
      const j = firstVariant(last, e.key);
      if (j < 0) continue;
      const d = building ? -e.key.length : nearest(e, pos);
      if (d < bestD || (best !== null && d === bestD && j < bestJ)) {
        best = e;
        bestD = d;
        bestJ = j;
      }
    }
    return best;
  }

  /** scan() over the index's buckets (each capped at its BUCKET_CAP latest persons). */
  private lookUp(last: string, want: string[], pos: number, building: boolean): Entity | null {
    const index = this.index as Map<string, Entity[]>;
    const visit = ++this.visits;
    let best: Entity | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const v of this.variants(last)) {
      const l = index.get(v);
      if (!l) continue;
      for (let i = Math.max(0, l.length - BUCKET_CAP); i < l.length; i++) {
        const e = l[i] as Entity;
        if (e.visit === visit) continue;
        e.visit = visit;
        if (!covers(e.key, want)) continue;
        // While building, positions are not sorted yet: prefer the longest name.
        const d = building ? -e.key.length : nearest(e, pos);
        if (d < bestD) {
          best = e;
          bestD = d;
        }
      }
    }
    return best;
  }

  private addPersonEntity(p: Phrase, pos: number, spoke: boolean): Entity {
    const e: Entity = {
      id: this.nextId++,
      kind: 'person',
      key: canonAll(p.key),
      name: p.name ?? [p.start, p.end],
      title: p.title,
      titleKey: canonAll(p.titleKey),
      positions: [pos],
      spoke,
      lam: p.lam === true && p.name !== null && p.name[0] === p.start,
      keyEnds: p.keyEnds,
      surnameIdx: -1,
      visit: 0,
    };
    this.persons.push(e);
    if (this.index !== null) this.indexPerson(this.index, e);
    else if (this.persons.length > BUCKET_CAP) {
      const index = new Map<string, Entity[]>();
      for (const p of this.persons) this.indexPerson(index, p);
      this.index = index;
    }
    for (const t of e.titleKey) this.bucket(this.byHead, t, e);
    return e;
  }

  private other(p: Phrase, pos: number, spoke: boolean): Entity {
    const key = canonAll(p.key);
    const k = key.join(' ');
    const others = p.kind === 'role' ? this.roles : this.bodies;
    let e = others.get(k);
    if (!e) {
      e = {
        id: this.nextId++,
        kind: p.kind === 'role' ? 'role' : 'body',
        key,
        name: [p.start, p.end],
        title: null,
        titleKey: canonAll(p.titleKey),
        positions: [],
        spoke,
        lam: p.lam === true,
        keyEnds: undefined,
        surnameIdx: -1,
        visit: 0,
      };
      others.set(k, e);
      if (e.key[0] !== undefined) this.bucket(this.byHead, e.key[0], e);
    }
    e.positions.push(pos);
    if (spoke) e.spoke = true;
    return e;
  }

  /** Cluster the recorded mentions (longest names first). */
  build(): void {
    const persons = this.pending.filter((x) => x.phrase.kind === 'person');
    sortMentions(persons);
    for (const { phrase, pos, spoke } of persons) {
      const e = this.findPerson(phrase.key, pos, true);
      if (e) {
        e.positions.push(pos);
        if (spoke) e.spoke = true;
        if (e.title === null && phrase.title !== null) {
          e.title = phrase.title;
          e.titleKey = canonAll(phrase.titleKey);
          for (const t of e.titleKey) this.bucket(this.byHead, t, e);
        }
      } else this.addPersonEntity(phrase, pos, spoke);
    }
    for (const { phrase, pos, spoke } of this.pending) if (phrase.kind !== 'person') this.other(phrase, pos, spoke);
    for (const e of this.persons) sortPositions(e.positions);
    for (const e of this.roles.values()) sortPositions(e.positions);
    for (const e of this.bodies.values()) sortPositions(e.positions);
    this.pending = [];
  }

  /** Mark the entity a phrase resolves to as a speaker. */
  markSpoke(e: Entity): void {
    e.spoke = true;
  }

  /** The entity a phrase at `pos` refers to, after build(). */
  resolve(p: Phrase, pos: number): Entity | null {
    if (p.kind === 'none') return null;
    if (p.key.length === 1) {
      const full = this.aliases?.get(canon(p.key[0] as string));
      if (full) return this.resolve(full, pos);
    }
    if (p.kind === 'person') return this.findPerson(p.key, pos) ?? this.addPersonEntity(p, pos, false);
    const key = canonAll(p.key);
    // "وقال البرهان": a definite word after the verb may be a surname introduced earlier.
    if (p.kind === 'body' && key.length <= 2) {
      const person = this.findPerson(key, pos);
      if (person) return person;
    }
    const head = key[0];
    if (head !== undefined) {
      // Title-only or short designation: the person or body introduced earlier that holds all its words.
      const l = this.byHead.get(head) ?? NO_ENTITIES;
      let best: Entity | null = null;
      let bestD = Number.POSITIVE_INFINITY;
      for (let i = Math.max(0, l.length - BUCKET_CAP); i < l.length; i++) {
        const e = l[i] as Entity;
        if (e.kind === 'person') {
          // Only a title ("الوزير", "المتحدث باسم الجيش") stands for a person; a body ("الجيش") does not.
          if (p.kind !== 'role') continue;
          if (!e.titleKey.includes(head) || !covers2(e.titleKey, e.key, key)) continue;
        } else if (e.key[0] !== head || e.key.length <= key.length || !covers(e.key, key)) continue;
        const d = nearest(e, pos);
        if (d < bestD) {
          best = e;
          bestD = d;
        }
      }
      if (best) return best;
    }
    return (p.kind === 'role' ? this.roles : this.bodies).get(key.join(' ')) ?? this.other(p, pos, false);
  }

  /** Every person entity. */
  allPersons(): Entity[] {
    return this.persons;
  }

  /** Persons who speak somewhere in the article. */
  speakingPersons(): Entity[] {
    return this.persons.filter((e) => e.spoke);
  }
}
