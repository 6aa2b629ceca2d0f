// Pattern helpers. All patterns run on the normalised view (view.ts), so words are written
// folded: ا for أ/إ/آ, ي for ى, ه for ة, no diacritics.
//
// Word boundaries: JavaScript's \b and \w are ASCII-only, so Arabic words are bounded with
// lookarounds on \p{L}\p{N}. `W_START` / `W_END` are those lookarounds.

import { fold } from './view.js';

/** Not preceded by a letter or digit. */
export const W_START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const W_END = '(?![\\p{L}\\p{N}])';

/** Arabic proclitics that may stick to a word: و ف ب ل ك and ال (and combinations like "وبال", "لل"). */
export const PROCLITIC = '(?:[وف]?(?:[بلك]|ال|بال|لل|كال)?)';

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * An alternation of words, folded, longest first so that "تشرين الاول" wins over "تشرين".
 * Spaces in entries match any run (bounded) of spaces.
 */
export function anyOf(words: readonly string[]): string {
  const uniq = [...new Set(words.map(fold))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${uniq.map((w) => escapeRegex(w).replace(/ /g, ' {1,3}')).join('|')})`;
}

/** A whole-word regex (global, unicode) for one of `words`, with optional proclitics. */
export function wordRegex(words: readonly string[], opts: { proclitics?: boolean; flags?: string } = {}): RegExp {
  const pre = opts.proclitics ? PROCLITIC : '';
  return new RegExp(`${W_START}${pre}${anyOf(words)}${W_END}`, opts.flags ?? 'gu');
}

/** True when the character at `i` of `s` is a letter or digit (code-unit based; astral letters are rare here). */
export function isWordChar(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return /[\p{L}\p{N}]/u.test(s[i] as string);
}
