// A figure inside a direct quote is reported by the quote's speaker when its own sentence names no
// source: «وقال الدكتور سليم عواد: "… قُتل 51 عاملا صحيا"» → reported_by «سليم عواد». Only when the
// speaker is named near the quote (its mention, or for «وقال: "…"» the last word of its name, within
// the paragraph and NEAR characters before or after the quote), as ANNOTATING.md's source is "named
// in the same sentence"; a quote attributed from paragraphs before gives nothing. A source that is a
// short form of the speaker's name («الزوي» for «خالد المبروك الزوي») becomes the full name. Each
// figure finds its quote by binary search (the quotes are in text order and do not overlap).

import { SPEECH_VERBS } from '../lexicon/speech.js';
import { fold } from '../text/view.js';
import type { CasualtyFact, QuoteFact } from '../types.js';

const SAYING = new Set(SPEECH_VERBS.map(fold));
/**
 * Is the folded word a verb of saying («قالت»), or one after و/ف («وأضاف»)? `bare` false accepts only
 * the second: a bare «أفاد» folds like the agency «آفاد». Also used by the casualty context.
 */
export function sayingVerb(f: string, bare: boolean): boolean {
  return (bare && SAYING.has(f)) || ((f[0] === 'و' || f[0] === 'ف') && SAYING.has(f.slice(1)));
}

const NEAR = 300;

/** Is `mention` written within NEAR characters before [qs, qe) or after it, in the same paragraph? */
function namedNear(text: string, mention: string, qs: number, qe: number): boolean {
  const lo = Math.max(0, qs - NEAR - mention.length);
  const before = text.slice(lo, qs);
  const i = before.lastIndexOf(mention);
  if (i >= 0 && before.indexOf('\n', i) < 0) return true;
  const after = text.slice(qe, Math.min(text.length, qe + NEAR));
  const j = after.indexOf(mention);
  return j >= 0 && after.lastIndexOf('\n', j) < 0;
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

export function quotedSources(text: string, casualties: CasualtyFact[], quotes: readonly QuoteFact[]): void {
  if (quotes.length === 0) return;
  for (const c of casualties) {
    // the first quote ending after the figure's start (quotes are in text order and do not overlap)
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((quotes[mid] as QuoteFact).end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const quote = quotes[lo];
    if (!quote || quote.start > c.start || c.end > quote.end) continue;
    const sp = quote.speaker;
    if (!sp) continue;
    if (c.reported_by !== null && !sp.name.includes(c.reported_by)) continue;
    // a mention that is only the verb («وقال: "…"») counts when the name (its last word) is near
    const verbOnly = sp.mention === quote.verb || sayingVerb(fold(sp.mention), true);
    const named = verbOnly ? lastWord(sp.name) : sp.mention;
    if (!namedNear(text, named, quote.start, quote.end)) continue;
    c.reported_by = sp.name;
  }
}
