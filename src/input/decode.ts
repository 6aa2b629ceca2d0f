// Bytes → text. UTF-8 (BOM or not), UTF-16 LE/BE with a BOM, and windows-1256 (legacy Arabic
// code page) when the bytes are not valid UTF-8. `encoding` forces one.
// Invalid bytes under a forced or detected encoding become U+FFFD and are counted, never hidden.

export interface Decoded {
  text: string;
  encoding: string;
  /** Number of U+FFFD replacement characters introduced by decoding. */
  replaced: number;
  /** A NUL byte was seen outside UTF-16: the input is binary. */
  binary: boolean;
}

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256'] as const;
export type Encoding = (typeof ENCODINGS)[number];

function countReplacement(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i !== -1; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function decodeWith(bytes: Uint8Array, enc: Encoding): Decoded {
  const text = new TextDecoder(enc, { ignoreBOM: false }).decode(bytes);
  const replaced = enc === 'utf-8' ? countUtf8Losses(bytes, text) : countReplacement(text);
  return { text, encoding: enc, replaced, binary: false };
}

export function decode(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (forced) {
    return decodeWith(bytes, forced);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes, 'utf-16be');
  if (bytes.indexOf(0) !== -1) return { text: '', encoding: 'binary', replaced: 0, binary: true };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8', replaced: 0, binary: false };
  } catch {
    // UTF-8 with a few damaged bytes stays UTF-8 (the damage is replaced and reported);
    // otherwise the legacy Arabic code page, which decodes every byte.
    const d = decodeWith(bytes, 'utf-8');
    return mostlyUtf8(d.text, d.replaced) ? d : decodeWith(bytes, 'windows-1256');
  }
}

/**
 * Text decoded leniently as UTF-8 is UTF-8 with some damage, not another encoding, when its
 * valid non-ASCII characters outnumber the replaced sequences at least 4 to 1.
 * Arabic in windows-1256 almost never forms valid UTF-8 sequences (a letter byte C1-FE must be
 * followed by 80-BF), so it decodes to nearly all U+FFFD.
 *   "قتل" in UTF-8 + one stray 0xFF  → 3 valid, 1 replaced → UTF-8
 *   DE CA E1 ("قتل" in windows-1256) → 0 valid, 3 replaced → windows-1256
 */
export function mostlyUtf8(text: string, replaced: number): boolean {
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c !== 0xfffd && !(c >= 0xdc00 && c <= 0xdfff)) valid++;
  }
  return valid >= 4 * replaced;
}

/** U+FFFD produced by a lenient UTF-8 decode that were not literally in the input. */
export function countUtf8Losses(bytes: Uint8Array, text: string): number {
  const inText = countReplacement(text);
  if (inText === 0) return 0;
  // U+FFFD encoded in UTF-8 is EF BF BD.
  let literal = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) literal++;
  }
  return inText - literal;
}
