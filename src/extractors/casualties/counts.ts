// Figures the casualty parser can count with: digits (all scripts, folded to ASCII by the view),
// the numbers extractor's facts (number words: "ثلاثة"، "خمسة وعشرين"), scale words ("3 آلاف"),
// ranges ("بين 10 و15"، "10-15"، "من 10 إلى 15") and vague multiples ("عشرات"، "العديد من").
//   "44,875" → 44875 ; "1.5 مليون" → 1500000 ; "1.500" → 1500 ; "عشرات الآلاف" → null (vague)
import {
  BARE_NUMBER_WORDS,
  PERCENT_AFTER,
  RANGE_OPEN,
  RANGE_TO,
  SCALES,
  VAGUE,
  VAGUE_NEEDS_MIN,
} from '../../lexicon/casualties.js';
import { fold, normIndex } from '../../text/view.js';
import type { Context } from '../../types.js';
import {
  K_NUM,
  K_WORD,
  lex,
  matchBefore,
  matchFirst,
  phrases,
  Scratch8,
  Scratch32,
  sortSmall,
  type Tok,
  type TokIndex,
  tokAt,
} from './tokens.js';

export interface Count {
  /** Tokens [ts, te) of the figure. */
  ts: number;
  te: number;
  /** Norm span of the figure as written. */
  ns: number;
  ne: number;
  value: number | null;
  max: number | null;
  kind: 'num' | 'range' | 'vague';
  /** A range opened by "من" ("من 10 إلى 15"): a rising toll reads it as its upper figure. */
  fromOpen: boolean;
}

const fmap = (o: Record<string, number>) => new Map(Object.entries(o).map(([k, v]) => [fold(k), v]));
const SCALE = fmap(SCALES);
const BARE = fmap(BARE_NUMBER_WORDS);
const BARE_LEX = lex(BARE.keys());
const VAGUE_PH = phrases(VAGUE);
/** First words of the vague phrases: a word that is none (nor one after a proclitic و ب ل ف) starts none. */
const VAGUE_FIRST = lex(VAGUE_PH.map((p) => p[0] as string));
const VAGUE_MIN = new Set(VAGUE_NEEDS_MIN.map(fold));
const PERCENT_PH = phrases(PERCENT_AFTER);
const RANGE_OPEN_PH = phrases(RANGE_OPEN);
const RANGE_TO_SET = new Set(RANGE_TO.map(fold));
const MIN = fold('من');
const BLOCKED = new Scratch8();
const END_AT = new Scratch32();

/** "44,875" → 44875, "1.5" → 1.5, "1.500" → 1500 (no scale: a dot before 3 digits groups thousands). */
export function parseDigits(s: string, scaled: boolean): number | null {
  if (/^[0-9]+$/.test(s)) return Number(s);
  // "1,234.5": commas group, the dot is decimal.
  const mixed = /^([0-9]{1,3}(?:,[0-9]{3})+)\.([0-9]+)$/.exec(s);
  if (mixed) return Number(`${(mixed[1] as string).replace(/,/g, '')}.${mixed[2]}`);
  const groups = s.split(/[.,]/);
  const seps = s.replace(/[0-9]/g, '');
  const thousands = groups.slice(1).every((g) => g.length === 3);
  if (thousands && (new Set(seps).size === 1 ? !(scaled && groups.length === 2) : true)) {
    if (new Set(seps).size > 1) {
      // "1,234.5": commas group, the dot is decimal.
      const m = /^([0-9]{1,3}(?:,[0-9]{3})*)\.([0-9]+)$/.exec(s);
      return m ? Number(`${(m[1] as string).replace(/,/g, '')}.${m[2]}`) : null;
    }
    return Number(groups.join(''));
  }
  if (groups.length === 2) return Number(`${groups[0]}.${groups[1]}`);
  return null;
}

/** Figure slots by first token, shared by the texts in turn (not re-entrant): only the slots in `lastPuts` are set. */
let AT: Array<Count | undefined> = new Array(1024);
const AT_MAX = 1 << 16;
let lastPuts: readonly number[] = [];

/** The figure candidates of a text, indexed by first token; built once in linear time. */
export class Counts {
  /** Figures by first token (undefined past the last token). */
  readonly at: Array<Count | undefined>;
  /** Last token → 1 + first token of a figure ending there (0: none). */
  private readonly endAt: Int32Array;
  /** Every token where a figure was put (ascending after `starts()`, may repeat before). */
  private readonly puts: number[] = [];

  constructor(
    readonly toks: readonly Tok[],
    ctx: Context,
    ix: TokIndex,
  ) {
    const { kind, b0, b1 } = ix;
    this.endAt = END_AT.get(toks.length, true);
    // The figure slots of the last text are cleared, then reused (a text of more than AT_MAX tokens has its own).
    for (const i of lastPuts) AT[i] = undefined;
    if (toks.length > AT_MAX) {
      this.at = new Array(toks.length);
      lastPuts = [];
    } else {
      if (AT.length < toks.length) AT = new Array(Math.max(toks.length, 2 * AT.length));
      this.at = AT;
      lastPuts = this.puts;
    }
    const blocked = BLOCKED.get(toks.length);
    for (const d of ctx.dates) {
      const a = tokAt(toks, normIndex(ctx.view, d.start));
      const b = tokAt(toks, Math.max(0, normIndex(ctx.view, d.end) - 1));
      for (let i = a; i <= b && i < toks.length; i++) blocked[i] = 1;
    }
    // Number facts (words, mixed) first.
    for (const f of ctx.numbers) {
      if (f.ordinal || f.percent) continue;
      const ns = normIndex(ctx.view, f.start);
      const ne = normIndex(ctx.view, f.end);
      if (ne <= ns) continue;
      const ts = tokAt(toks, ns);
      const te = tokAt(toks, ne - 1) + 1;
      if (ts >= toks.length || blocked[ts]) continue;
      const t0 = toks[ts] as Tok;
      // A number inside a word must follow proclitics only ("وثلاثة").
      if (ns > t0.s && !/^[وفبل]{1,2}$/.test(t0.v.slice(0, ns - t0.s))) continue;
      if (!Number.isInteger(f.value) || f.value < 0) continue;
      this.put({ ts, te, ns, ne, value: f.value, max: null, kind: 'num', fromOpen: false });
    }
    // Digits not covered, with a scale word.
    for (let i = 0; i < toks.length; i++) {
      const ki = kind[i];
      if (blocked[i] || (ki !== K_NUM && (ki !== K_WORD || ((b0[i] as number) & BARE_LEX.bit) === 0))) continue;
      const t = toks[i] as Tok;
      if (t.k === 'n' && this.at[i] === undefined && !this.covered(i)) {
        const next = toks[i + 1];
        const scale = next && next.k === 'w' ? SCALE.get(next.v) : undefined;
        const v = parseDigits(t.v, scale !== undefined);
        if (v === null) continue;
        const value = scale !== undefined ? Math.round(v * scale) : v;
        if (!Number.isInteger(value)) continue;
        const te = scale !== undefined ? i + 2 : i + 1;
        this.put({ ts: i, te, ns: t.s, ne: (toks[te - 1] as Tok).e, value, max: null, kind: 'num', fromOpen: false });
      } else if (t.k === 'w' && this.at[i] === undefined && !this.covered(i)) {
        this.put({
          ts: i,
          te: i + 1,
          ns: t.s,
          ne: t.e,
          value: BARE.get(t.v) as number,
          max: null,
          kind: 'num',
          fromOpen: false,
        });
      }
    }
    // Remove figures that are not counts: "ال35" (age, ordinal), "14:30", percentages, figures glued to letters.
    // Only tokens where a figure was put can hold one, in text order.
    const starts = this.starts();
    for (const i of starts) {
      const c = this.at[i];
      if (!c) continue;
      const t = toks[i] as Tok;
      const prev = toks[i - 1];
      const after = toks[c.te];
      let bad = false;
      if (t.k === 'n' && t.glued && prev) {
        if (prev.k === 'w' && !/^[وفبل]{1,2}$/.test(prev.v)) bad = true;
        if (prev.k === 'p' && (prev.v === ':' || prev.v === '/' || prev.v === '.')) bad = true;
      }
      if (after?.glued && after.k === 'p' && (after.v === ':' || after.v === '/')) bad = true;
      if (after?.glued && after.k === 'w') bad = true;
      if (matchFirst(toks, c.te, PERCENT_PH) !== null) bad = true;
      if (bad) this.remove(i);
    }
    // Ranges: "بين 10 و15"، "ما بين 10 و15"، "من 10 إلى 15"، "10 إلى 15"، "10-15" (a range is put where its
    // first figure was).
    for (const i of starts) {
      const a = this.at[i];
      if (a?.kind !== 'num') continue;
      const open = matchBefore(toks, i, RANGE_OPEN_PH, true);
      const sep = toks[a.te];
      let b: Count | undefined;
      if (open && sep && sep.k === 'w' && sep.v === 'و' && this.at[a.te + 1]) b = this.at[a.te + 1];
      else if (open && sep && sep.k === 'w' && sep.v === 'و' && toks[a.te + 1]?.glued) b = this.at[a.te + 1];
      else if (sep && RANGE_TO_SET.has(sep.v) && this.at[a.te + 1]) b = this.at[a.te + 1];
      else if (open && sep && sep.k === 'w' && sep.v.startsWith('و') && this.at[a.te]) b = this.at[a.te];
      if (b?.kind !== 'num' || a.value === null || b.value === null || b.value <= a.value) continue;
      const fromOpen = !open && toks[i - 1]?.v === MIN;
      this.remove(b.ts);
      this.remove(i);
      this.put({ ts: i, te: b.te, ns: a.ns, ne: b.ne, value: a.value, max: b.value, kind: 'range', fromOpen });
    }
    // Vague multiples.
    for (let i = 0; i < toks.length; i++) {
      if (kind[i] !== K_WORD || (((b0[i] as number) | (b1[i] as number)) & VAGUE_FIRST.bit) === 0) continue;
      const t = toks[i] as Tok;
      if (this.at[i] || this.covered(i)) continue;
      const p = matchFirst(toks, i, VAGUE_PH, true);
      if (!p) continue;
      const last = toks[i + p.length - 1] as Tok;
      if (VAGUE_MIN.has(stripWa(last.v)) && toks[i + p.length]?.v !== MIN) continue;
      // "3 آلاف" is a number, not a vague multiple: the scale word follows digits.
      if (toks[i - 1]?.k === 'n') continue;
      const ns = t.v.length === (p[0] as string).length + 1 ? t.s + 1 : t.s;
      this.put({ ts: i, te: i + p.length, ns, ne: last.e, value: null, max: null, kind: 'vague', fromOpen: false });
    }
  }

  private covered(i: number): boolean {
    // Inside a figure starting earlier (a multi-token number).
    for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
      const c = this.at[j];
      if (c && c.te > i) return true;
    }
    return false;
  }

  /** The tokens where a figure was put, ascending, each once. */
  private starts(): number[] {
    const p = sortSmall(this.puts, ascending);
    const out: number[] = [];
    for (let i = 0; i < p.length; i++) if (i === 0 || p[i] !== p[i - 1]) out.push(p[i] as number);
    return out;
  }

  private put(c: Count): void {
    const old = this.at[c.ts];
    if (old && old.te >= c.te) return;
    if (old) this.endAt[old.te - 1] = 0;
    else this.puts.push(c.ts);
    this.at[c.ts] = c;
    this.endAt[c.te - 1] = c.ts + 1;
  }

  private remove(i: number): void {
    const c = this.at[i];
    if (!c) return;
    this.at[i] = undefined;
    if (this.endAt[c.te - 1] === i + 1) this.endAt[c.te - 1] = 0;
  }

  /** The figure starting at token i, also after a glued "و" token ("و106,454" → the figure at the digits). */
  start(i: number): Count | undefined {
    const c = this.at[i];
    if (c) return c;
    const t = this.toks[i];
    if (t && t.k === 'w' && /^[وف]$/.test(t.v) && this.toks[i + 1]?.glued) return this.at[i + 1];
    return undefined;
  }

  /** The figure whose last token is i. */
  ending(i: number): Count | undefined {
    const s = i >= 0 && i < this.endAt.length ? (this.endAt[i] as number) : 0;
    return s === 0 ? undefined : this.at[s - 1];
  }
}

function ascending(a: number, b: number): number {
  return a - b;
}

function stripWa(v: string): string {
  return v.startsWith('و') && v.length > 3 ? v.slice(1) : v;
}
