// Numbers: every numeric expression with its value, in digits (Western, Eastern Arabic, Persian),
// words, or both; ordinals; percents; simple fractions. The grammar lives in text/numwords.ts
// (parseNumberDetailed), the words in lexicon/numbers.ts.
//   "أكثر من 44,875 فلسطينياً"        → 44875 "44,875"
//   "مئة وستة آلاف وأربعمئة وأربعة وخمسون" → 106454
//   "50 في المئة"                    → 50, percent
//   "الخامس والعشرون"                 → 25, ordinal
//   "13/12/2024"                     → 13, 12, 2024
// Spans: the number without a leading و/ب/ل proclitic ("وثلاثة" → "ثلاثة"), with "ال" of an
// ordinal ("الثالث"); for "الـ15" only the digits "15" (ordinal). Nothing inside URLs.

import { letterOrDigitAt } from '../text/chars.js';
import { digitTokenEnd, nonNumberWordEnd, parseNumberDetailed } from '../text/numwords.js';
import { origSpan } from '../text/view.js';
import type { Context, Extractor, NumberFact } from '../types.js';

/**
 * The next candidate start at or after i: a digit not after a digit, a sign or "." before a digit
 * (- − % .), or an Arabic letter (U+0621–U+064A) not after a letter or digit of any script. -1 at
 * the end. One pass of plain code (the regex with lookbehinds it replaces cost a tenth of the stage).
 */
function nextCandidate(s: string, i: number): number {
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      const p = s.charCodeAt(i - 1);
      if (!(p >= 0x30 && p <= 0x39)) return i;
    } else if (c === 0x2d || c === 0x2212 || c === 0x25 || c === 0x2e) {
      const n = s.charCodeAt(i + 1);
      if (n >= 0x30 && n <= 0x39) return i;
    } else if (c >= 0x0621 && c <= 0x064a && !letterOrDigitBefore(s, i)) return i;
  }
  return -1;
}
const LN = /[\p{L}\p{N}]/u;
/** Is the code point ending at i - 1 a letter or digit (any script)? */
function letterOrDigitBefore(s: string, i: number): boolean {
  const p = s.charCodeAt(i - 1);
  if (p >= 0xdc00 && p <= 0xdfff && i >= 2) return LN.test(s.slice(i - 2, i));
  return letterOrDigitAt(s, i - 1);
}
/** "أولي" / "الأولي" with a final ي: the adjective "preliminary", not the ordinal. */
const PRELIMINARY = /^(?:ال)?[أا]\p{M}*و\p{M}*ل\p{M}*ي\p{M}*$/u;
/** URLs: numbers inside them are not facts. */
const URL = /(?:https?:\/\/|www\.)[^\s"'<>«»]{1,4000}/giu;

function isHaraka(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670;
}

export const numbersExtractor: Extractor<NumberFact> = {
  kind: 'numbers',
  run(ctx: Context): NumberFact[] {
    const { view, text } = ctx;
    const norm = view.norm;
    const out: NumberFact[] = [];
    const urls: Array<[number, number]> = [];
    for (const m of norm.matchAll(URL)) urls.push([m.index, m.index + m[0].length]);
    let u = 0;
    const push = (
      s: number,
      e: number,
      value: number,
      ordinal: boolean,
      percent: boolean,
      form: NumberFact['form'],
    ) => {
      const sp = origSpan(view, s, e);
      // keep the last word's trailing harakat and tanween: "ثلاثةٌ"
      while (sp.end < text.length && isHaraka(text.charCodeAt(sp.end))) sp.end++;
      out.push({
        kind: 'number',
        text: text.slice(sp.start, sp.end),
        start: sp.start,
        end: sp.end,
        value,
        ordinal,
        percent,
        form,
      });
    };
    let next = 0;
    for (let i = nextCandidate(norm, 0); i >= 0; i = nextCandidate(norm, next)) {
      next = i + 1;
      while (u < urls.length && (urls[u] as [number, number])[1] <= i) u++;
      const url = urls[u];
      if (url && url[0] <= i) {
        next = url[1];
        continue;
      }
      const c = norm.charCodeAt(i);
      if (c >= 0x0621) {
        // most words are no number: skip them without parsing
        const we = nonNumberWordEnd(norm, i);
        if (we >= 0) {
          next = we;
          continue;
        }
      }
      const r = parseNumberDetailed(norm, i);
      if (!r) {
        if (c >= 0x30 && c <= 0x39) next = digitTokenEnd(norm, i);
        continue;
      }
      if (r.parts) {
        for (const p of r.parts) push(p.start, p.end, p.value, false, false, 'digits');
        next = Math.max(i + 1, (r.parts[r.parts.length - 1] as { end: number }).end);
        continue;
      }
      // "تقرير أولي" (preliminary) is spelled with ي, the ordinal "أولى" with ى; the view folds both to ي
      if (r.ordinal && r.value === 1 && PRELIMINARY.test(text.slice(view.map[r.start], view.map[r.end - 1]! + 1))) {
        next = Math.max(i + 1, r.end);
        continue;
      }
      push(r.start, r.end, r.value, r.ordinal, r.percent, r.form);
      next = Math.max(i + 1, r.end);
    }
    return out;
  },
};
