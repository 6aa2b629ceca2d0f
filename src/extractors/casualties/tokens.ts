// Tokens of the normalised view for the casualty parser: words, numbers (digits with , or . inside)
// and single punctuation marks, with norm spans. One linear regex pass.
//   "قتل 5 و106,454 جريحا." → قتل | 5 | و | 106,454 | جريحا | .
import { fold } from '../../text/view.js';

export interface Tok {
  /** Norm span. */
  s: number;
  e: number;
  /** Folded text. */
  v: string;
  k: 'w' | 'n' | 'p';
  /** No space between this token and the previous one ("و106" → "106" is glued). */
  glued: boolean;
  /** Memo of the casualty readings of this word (words.ts `readings`), filled on first use. */
  rd: readonly unknown[] | undefined;
}

const TOKEN = /[\p{L}\p{M}]+|[0-9]+(?:[.,][0-9]+)*|[^\s\p{L}\p{M}0-9]|\n/gu;

export function tokenize(norm: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(norm); m !== null; m = TOKEN.exec(norm)) {
    const v = m[0];
    const c = v.charCodeAt(0);
    const k: Tok['k'] = c >= 0x30 && c <= 0x39 ? 'n' : /[\p{L}\p{M}]/u.test(v[0] as string) ? 'w' : 'p';
    out.push({ s: m.index, e: m.index + v.length, v, k, glued: m.index === prevEnd, rd: undefined });
    prevEnd = m.index + v.length;
  }
  return out;
}

/** Sentence ends: . ! ؟ ? ؛ and newline. */
const SENTENCE_END = new Set(['.', '!', '؟', '?', '؛', '\n', '…']);
export function isSentenceEnd(t: Tok | undefined): boolean {
  return t === undefined || (t.k === 'p' && SENTENCE_END.has(t.v));
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
}

const STRIPS = new Map<string, Stripped[]>();

/** Readings of a word: itself, then without each proclitic that leaves ≥ 2 letters (memoised per word). */
export function strips(v: string): Stripped[] {
  const hit = STRIPS.get(v);
  if (hit) return hit;
  if (STRIPS.size > 100000) STRIPS.clear();
  const out = stripsOf(v);
  STRIPS.set(v, out);
  return out;
}

function stripsOf(v: string): Stripped[] {
  const out: Stripped[] = [{ stem: v, pre: 0, definite: false }];
  for (const p of PREFIXES) {
    if (v.length - p.length >= 2 && v.startsWith(p)) {
      out.push({ stem: v.slice(p.length), pre: p.length, definite: p.endsWith('ال') || p.endsWith('لل') });
    }
  }
  return out;
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
    if (
      j === 0 &&
      procliticFirst &&
      t.v.length === w.length + 1 &&
      'وبلف'.includes(t.v[0] as string) &&
      t.v.endsWith(w)
    )
      continue;
    return false;
  }
  return true;
}
