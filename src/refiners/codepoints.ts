// Output boundary: UTF-16 offsets → Unicode code point offsets, so that
// [...text].slice(start, end).join('') === fact.text (Python and jq slice the same way).
// Text without astral characters (nearly all Arabic) is returned unchanged.

import type { Result } from '../types.js';

export function toCodePoints(text: string, r: Result): Result {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return r;
  // cp[i] = code point index of UTF-16 index i.
  const cp = new Int32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    cp[i] = k;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp[i + 1] = k;
        i++;
      }
    }
    k++;
  }
  cp[text.length] = k;
  const fix = <F extends { start: number; end: number }>(f: F): F => ({
    ...f,
    start: cp[f.start] as number,
    end: cp[f.end] as number,
  });
  return {
    ...r,
    casualties: r.casualties.map(fix),
    dates: r.dates.map(fix),
    quotes: r.quotes.map(fix),
    numbers: r.numbers.map(fix),
  };
}
