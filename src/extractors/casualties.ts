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
import { isIgnorable, origSpan, type TextView } from '../text/view.js';
import type { CasualtyFact, Context, Extractor } from '../types.js';
import { Counts } from './casualties/counts.js';
import { type Claim, Parser } from './casualties/parse.js';
import { isSentenceEnd, type Tok, tokenize } from './casualties/tokens.js';
import * as W from './casualties/words.js';

/** Original span of a norm span, with the marks that follow its last letter ("فلسطينياً" keeps its tanween). */
function span(view: TextView, s: number, e: number): { start: number; end: number } {
  const o = origSpan(view, s, e);
  let end = o.end;
  const limit = view.map[e] ?? view.text.length;
  while (
    end < limit &&
    isIgnorable(view.text.charCodeAt(end)) &&
    !/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(view.text[end] as string)
  )
    end++;
  return { start: o.start, end };
}

/** One claim per figure: the most specific reading wins; same-type readings widen the phrase. */
function dedupe(claims: Claim[]): Claim[] {
  const byKey = new Map<number, Claim[]>();
  for (const c of claims) {
    const l = byKey.get(c.fs) ?? [];
    l.push(c);
    byKey.set(c.fs, l);
  }
  const out: Claim[] = [];
  for (const list of byKey.values()) {
    const best = list.reduce((a, b) => (b.prio > a.prio ? b : a));
    const same = list.filter((c) => c.type === best.type);
    out.push({
      ...best,
      ss: Math.min(...same.map((c) => c.ss)),
      se: Math.max(...same.map((c) => c.se)),
      endTok: Math.max(...same.map((c) => c.endTok)),
    });
  }
  // Drop a claim whose figure lies inside an earlier, longer claim's figure.
  out.sort((a, b) => a.fs - b.fs || b.fe - a.fe);
  let reach = -1;
  return out.filter((c) => {
    const inside = c.fe <= reach;
    reach = Math.max(reach, c.fe);
    return !inside;
  });
}

/** Injured figures in a sentence about a disease or a match are not casualties: (claim) → drop? */
function offTopic(toks: readonly Tok[]): (c: Claim) => boolean {
  // Prefix sums of off-topic words, and the sentence of each token, so each claim is checked in O(1).
  const n = toks.length;
  const sum = new Int32Array(n + 1);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  let s0 = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Tok;
    sum[i + 1] = (sum[i] as number) + (t.k === 'w' && (W.inSet(W.DISEASE, t.v) || W.inSet(W.SPORT, t.v)) ? 1 : 0);
    start[i] = s0;
    if (isSentenceEnd(t)) s0 = i + 1;
  }
  let e0 = n;
  for (let i = n - 1; i >= 0; i--) {
    if (isSentenceEnd(toks[i])) e0 = i;
    end[i] = e0;
  }
  return (c) => {
    if (c.type !== 'injured') return false;
    const a = Math.max(start[c.figTok] ?? 0, c.figTok - 30);
    const b = Math.min(end[c.figTok] ?? n, c.figTok + 30);
    return (sum[b] as number) - (sum[a] as number) > 0;
  };
}

export const casualtiesExtractor: Extractor<CasualtyFact> = {
  kind: 'casualties',
  run(ctx: Context): CasualtyFact[] {
    const { view, text } = ctx;
    const toks = tokenize(view.norm);
    const counts = new Counts(toks, ctx);
    const parser = new Parser(toks, counts);
    const off = offTopic(toks);
    const kept = dedupe(parser.run()).filter((c) => !off(c));
    const claims = parser
      .parts(parser.coordinate(kept).sort((a, b) => a.fs - b.fs))
      .filter((c) => !off(c))
      .sort((a, b) => a.fs - b.fs);
    const ctxs = attachContext(ctx, toks, claims);
    // A part shares the place, start date and source of the toll it belongs to.
    const byFs = new Map(claims.map((c, i) => [c.fs, i]));
    claims.forEach((c, i) => {
      const pi = c.parent === undefined ? undefined : byFs.get(c.parent);
      if (pi === undefined) return;
      const own = ctxs[i] as (typeof ctxs)[number];
      const par = ctxs[pi] as (typeof ctxs)[number];
      ctxs[i] = {
        location: par.location ?? own.location,
        since: par.since ?? own.since,
        reported_by: own.reported_by ?? par.reported_by,
      };
    });
    const slice = (s: number, e: number): string => {
      const o = span(view, s, e);
      return text.slice(o.start, o.end);
    };
    return claims.map((c, i): CasualtyFact => {
      const o = span(view, c.ss, c.se);
      const cx = ctxs[i] as (typeof ctxs)[number];
      return {
        kind: 'casualty',
        type: c.type,
        count: c.value,
        max: c.max,
        qualifier: c.qualifier,
        count_text: slice(c.fs, c.fe),
        group: c.group ? slice(c.group[0], c.group[1]) : null,
        location: cx.location ? slice(cx.location[0], cx.location[1]) : null,
        since: cx.since,
        reported_by: cx.reported_by ? slice(cx.reported_by[0], cx.reported_by[1]) : null,
        text: text.slice(o.start, o.end),
        start: o.start,
        end: o.end,
      };
    });
  },
};
