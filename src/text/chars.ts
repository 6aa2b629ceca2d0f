// Character classes on the folded text, by code unit, fast for ASCII and Arabic letters.

const LN = /[\p{L}\p{N}]/u;

/** Is the code unit at i a letter or digit of any script (\p{L}\p{N})? False outside s. */
export function letterOrDigitAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x0621 && c <= 0x064a) return true;
  if (c === 0x060c || c === 0x061b || c === 0x061f) return false; // ، ؛ ؟
  return LN.test(s[i] as string);
}
