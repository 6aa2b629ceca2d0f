// Casualty counts: every statement of how many people were killed, injured, missing, detained,
// kidnapped or displaced, one fact per mention of a figure, in text order.
//   "أكثر من 44,875 فلسطينياً لقد قتلوا و106,454 جريحًا في الحرب الإسرائيلية على غزة، التي بدأت في
//    7 أكتوبر/تشرين الأول 2023، بحسب وزارة الصحة في غزة."
//   → killed 44875 more_than "فلسطينياً", location "غزة", since 2023-10-07, reported_by "وزارة الصحة في غزة"
//   → injured 106454 exact (a coordinated figure keeps only its own qualifier), same location/since/source
// Rules that are decisions, not grammar:
//   - disease infections and sport injuries are not casualties (an injured figure in a sentence about a
//     disease or a match is dropped); deaths are kept whatever their cause (illness deaths are optional in gold).
//   - bare plurals ("قتلى وجرحى"، "مقتل أطفال") are not facts; a definite singular ("مقتل الجندي") is not either.
//   - "من 10 إلى 15" after a rising toll ("ارتفع عدد القتلى من 10 إلى 15") is the new toll 15, else a range.
import { attachContext } from '../refiners/casualty-context.js';
import { isIgnorable, type TextView } from '../text/view.js';
import type { CasualtyFact, Context, Extractor } from '../types.js';
import { Counts } from './casualties/counts.js';
import { type Claim, hasTrigger, Parser } from './casualties/parse.js';
import { isSentenceEnd, K_END, K_WORD, scan, sortSmall, type Tok, type TokIndex } from './casualties/tokens.js';
import * as W from './casualties/words.js';

/** Original start of a norm span (as `origSpan`). */
function spanStart(view: TextView, s: number, e: number): number {
  return e <= s ? (view.map[s] ?? view.text.length) : (view.map[s] as number);
}

/** Original end of a norm span, with the marks that follow its last letter ("فلسطينياً" keeps its tanween). */
function spanEnd(view: TextView, s: number, e: number): number {
  let end = e <= s ? (view.map[s] ?? view.text.length) : (view.map[e - 1] as number) + 1;
  const limit = view.map[e] ?? view.text.length;
  while (end < limit) {
    const c = view.text.charCodeAt(end);
    if (!isIgnorable(c) || isFormatMark(c)) break;
    end++;
  }
  return end;
}

/** Text of a norm span (`spanStart`, `spanEnd`). */
function spanText(view: TextView, text: string, s: number, e: number): string {
  return text.slice(spanStart(view, s, e), spanEnd(view, s, e));
}

/** Zero-width and direction marks (U+200B–200F, 202A–202E, 2066–2069, FEFF): never kept at a span's end. */
function isFormatMark(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

function byFigure(a: Claim, b: Claim): number {
  return a.fs - b.fs;
}

function byFigureLongest(a: Claim, b: Claim): number {
  return a.fs - b.fs || b.fe - a.fe;
}

/** One claim per figure: the most specific reading wins; same-type readings widen the phrase (the winning claim
 * object is widened in place). */
function dedupe(claims: Claim[]): Claim[] {
  // Claims by figure, each figure's in their order (the sort is stable).
  const byFs = sortSmall(claims.slice(), byFigure);
  const out: Claim[] = [];
  for (let i = 0; i < byFs.length; ) {
    const fs = (byFs[i] as Claim).fs;
    let j = i + 1;
    while (j < byFs.length && (byFs[j] as Claim).fs === fs) j++;
    let best = byFs[i] as Claim;
    for (let k = i + 1; k < j; k++) if ((byFs[k] as Claim).prio > best.prio) best = byFs[k] as Claim;
    let ss = Number.POSITIVE_INFINITY;
    let se = Number.NEGATIVE_INFINITY;
    let endTok = Number.NEGATIVE_INFINITY;
    for (let k = i; k < j; k++) {
      const c = byFs[k] as Claim;
      if (c.type !== best.type) continue;
      if (c.ss < ss) ss = c.ss;
      if (c.se > se) se = c.se;
      if (c.endTok > endTok) endTok = c.endTok;
    }
    best.ss = ss;
    best.se = se;
    best.endTok = endTok;
    out.push(best);
    i = j;
  }
  // Drop a claim whose figure lies inside an earlier, longer claim's figure.
  sortSmall(out, byFigureLongest);
  let reach = -1;
  let n = 0;
  for (const c of out) {
    const inside = c.fe <= reach;
    reach = Math.max(reach, c.fe);
    if (!inside) out[n++] = c;
  }
  out.length = n;
  return out;
}

/** "فر 3 سجناء من السجن"، "عن 3 مطلوبين فروا من الحجز": من + a place of detention within 8 tokens of
 *  the figure, in its sentence, makes a "displaced" figure an escape. */
function escapeNear(toks: readonly Tok[], f: number): boolean {
  for (let j = f + 1; j < toks.length && j <= f + 8; j++) {
    const t = toks[j] as Tok;
    if (isSentenceEnd(t)) break;
    if ((t.v === 'من' || t.v === 'ومن') && W.DETENTION.has((toks[j + 1] as Tok | undefined)?.v ?? '')) return true;
  }
  for (let j = f - 1; j >= 0 && j >= f - 4; j--) {
    const t = toks[j] as Tok;
    if (isSentenceEnd(t)) break;
    if ((t.v === 'من' || t.v === 'ومن') && W.DETENTION.has((toks[j + 1] as Tok | undefined)?.v ?? '')) return true;
  }
  return false;
}

/** Injured figures in a sentence about a disease or a match are not casualties: (claim) → drop?
 * The claim's sentence, bounded to 30 tokens each side of its figure, is scanned when asked (few claims). */
function offTopic(toks: readonly Tok[], ix: TokIndex): (c: Claim) => boolean {
  const { kind, lb } = ix;
  const n = toks.length;
  const memo = new Map<number, boolean>();
  return (c) => {
    if (c.type === 'displaced') return escapeNear(toks, c.figTok);
    if (c.type !== 'injured') return false;
    const f = c.figTok;
    const hit = memo.get(f);
    if (hit !== undefined) return hit;
    // [a, b): from after the last sentence end before f (or f - 30) to the first one at or after f (or f + 30).
    const inText = f >= 0 && f < n;
    let a = Math.max(0, f - 30);
    for (let j = f - 1; inText && j >= a; j--) {
      if (kind[j] === K_END) {
        a = j + 1;
        break;
      }
    }
    let b = Math.min(n, f + 30);
    for (let j = f; inText && j < b; j++) {
      if (kind[j] === K_END) {
        b = j;
        break;
      }
    }
    let off = false;
    for (let j = a; j < b; j++) {
      if (kind[j] === K_WORD && ((lb[j] as number) & W.OFF_TOPIC_LEX.bit) !== 0) {
        off = true;
        break;
      }
    }
    memo.set(f, off);
    return off;
  };
}

export const casualtiesExtractor: Extractor<CasualtyFact> = {
  kind: 'casualties',
  run(ctx: Context): CasualtyFact[] {
    const { view, text } = ctx;
    const { toks, ix } = scan(view.norm);
    if (!hasTrigger(ix)) return [];
    const counts = new Counts(toks, ctx, ix);
    const parser = new Parser(toks, counts, ix);
    const off = offTopic(toks, ix);
    const kept = dedupe(parser.run()).filter((c) => !off(c));
    const claims = parser.parts(sortSmall(parser.coordinate(kept), byFigure)).filter((c) => !off(c));
    sortSmall(claims, byFigure);
    const ctxs = attachContext(ctx, toks, claims, ix);
    // A part shares the place, start date and source of the toll it belongs to.
    let byFs: Map<number, number> | null = null;
    for (let i = 0; i < claims.length; i++) {
      const c = claims[i] as Claim;
      if (c.parent === undefined) continue;
      if (byFs === null) {
        byFs = new Map();
        for (let j = 0; j < claims.length; j++) byFs.set((claims[j] as Claim).fs, j);
      }
      const pi = byFs.get(c.parent);
      if (pi === undefined) continue;
      const own = ctxs[i] as (typeof ctxs)[number];
      const par = ctxs[pi] as (typeof ctxs)[number];
      ctxs[i] = {
        location: par.location ?? own.location,
        since: par.since ?? own.since,
        reported_by: own.reported_by ?? par.reported_by,
      };
    }
    const out: CasualtyFact[] = [];
    for (let i = 0; i < claims.length; i++) {
      const c = claims[i] as Claim;
      const start = spanStart(view, c.ss, c.se);
      const end = spanEnd(view, c.ss, c.se);
      const cx = ctxs[i] as (typeof ctxs)[number];
      out.push({
        kind: 'casualty',
        type: c.type,
        count: c.value,
        max: c.max,
        qualifier: c.qualifier,
        count_text: spanText(view, text, c.fs, c.fe),
        group: c.group ? spanText(view, text, c.group[0], c.group[1]) : null,
        location: cx.location ? spanText(view, text, cx.location[0], cx.location[1]) : null,
        since: cx.since,
        reported_by: cx.reported_by ? spanText(view, text, cx.reported_by[0], cx.reported_by[1]) : null,
        text: text.slice(start, end),
        start,
        end,
      });
    }
    return out;
  },
};
