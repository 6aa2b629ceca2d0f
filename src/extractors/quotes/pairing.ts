// Quote-mark pairing: one left-to-right scan of the text with a stack per paragraph (linear time).
//
// Contract: pairMarks(s, attributionStart) → spans [open, end) of the OUTER quotes only, in order.
//   - Families pair by type: “ ” „ ‟ | " | « » | ‹ › | ‘ ’ | '. The direction of a mark comes from
//     its neighbours (space before + letter after = opening), so RTL-reversed ”…“ also pairs.
//   - Nested quotes stay inside: “أن تقول حماس “نعم” للاتفاق” → one span.
//   - An opening mark never closed ends at the end of its paragraph, or where a new attribution
//     starts: “لقد ناقشنا … النار. وقال بلينكن: “ما رأيناه …” → the first ends before "وقال".
//   - A quote open at the end of a line continues on the next line only when that line closes
//     it before opening anything and the first line does not end a sentence.
//   - Single quotes (' ‘ ’) count only with clear neighbours and only when closed.

export type Family = 'dq' | 'ascii' | 'guil' | 'sguil' | 'single' | 'ascii1';

export interface MarkSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when unclosed. */
  close: number;
  /** End of the content (exclusive): the closing mark, the paragraph end or the attribution start. */
  end: number;
  family: Family;
  unclosed: boolean;
}

const OPEN = 1;
const CLOSE = -1;
const AMBIG = 0;

export function familyOf(c: number): Family | null {
  switch (c) {
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
      return 'dq';
    case 0x22:
      return 'ascii';
    case 0xab:
    case 0xbb:
      return 'guil';
    case 0x2039:
    case 0x203a:
      return 'sguil';
    case 0x2018:
    case 0x2019:
    case 0x201a:
      return 'single';
    case 0x27:
      return 'ascii1';
    default:
      return null;
  }
}

const STRICT: ReadonlySet<Family> = new Set(['single', 'ascii1']);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x2029 || c === 0x2028;
}

/** Characters after which a mark opens: space, "(", ":" and similar. */
const OPEN_BEFORE = new Set([...'([{:؛،,-—–/<'].map((c) => c.charCodeAt(0)));
/** Characters before which a mark closes: space, punctuation. */
const CLOSE_AFTER = new Set([...'.,،؛;:!?؟)]}…-—–>/'].map((c) => c.charCodeAt(0)));

function direction(s: string, i: number, pStart: number, pEnd: number): number {
  const c = s.charCodeAt(i);
  const p = i > pStart ? s.charCodeAt(i - 1) : -1;
  const n = i + 1 < pEnd ? s.charCodeAt(i + 1) : -1;
  const before = p === -1 || isSpace(p) || OPEN_BEFORE.has(p) || familyOf(p) !== null;
  const after = n === -1 || isSpace(n) || CLOSE_AFTER.has(n) || familyOf(n) !== null;
  if (before && !after) return OPEN;
  if (!before && after) return CLOSE;
  switch (c) {
    case 0x201c:
    case 0x201e:
    case 0xab:
    case 0x2039:
    case 0x2018:
    case 0x201a:
      return OPEN;
    case 0x201d:
    case 0xbb:
    case 0x203a:
    case 0x2019:
      return CLOSE;
    default:
      return AMBIG;
  }
}

/** A small index per family, for the per-family tables below. */
function familyIndex(f: Family): number {
  switch (f) {
    case 'dq':
      return 0;
    case 'ascii':
      return 1;
    case 'guil':
      return 2;
    case 'sguil':
      return 3;
    case 'single':
      return 4;
    default:
      return 5;
  }
}
const FAMILIES = 6;

interface Mark {
  pos: number;
  family: Family;
  /** familyIndex(family). */
  fi: number;
  dir: number;
  /** Balance of its family after this mark (openings − closings). */
  bal: number;
  /** Minimum balance of its family over the marks after this one (Infinity when none). */
  sufMin: number;
  /** Index of the next CLOSE mark of the same family after this one, or -1. */
  nextClose: number;
}

/** Every character familyOf knows (the marks), found by one regex scan instead of a test per character. */
const MARK_RE = /["'\u00ab\u00bb\u2018-\u201a\u201c-\u201f\u2039\u203a]/g;
const PARA_RE = /[\n\r\u2029]/g;

/** The first mark at or after `from` is at `at` (s.length when none): paragraphs without marks cost nothing. */
interface MarkCursor {
  from: number;
  at: number;
}

/** Index of the first mark at or after a (s.length when none). */
function nextMark(s: string, a: number, cur: MarkCursor): number {
  if (a >= cur.from && a <= cur.at) return cur.at;
  // test() instead of exec(): no match array; every mark is one character, so it ends at lastIndex.
  MARK_RE.lastIndex = a;
  cur.from = a;
  cur.at = MARK_RE.test(s) ? MARK_RE.lastIndex - 1 : s.length;
  return cur.at;
}

/** The first paragraph break at or after a, or n. */
function paraEnd(s: string, a: number, n: number): number {
  PARA_RE.lastIndex = a;
  return PARA_RE.test(s) ? PARA_RE.lastIndex - 1 : n;
}

function isParaBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2029;
}

/**
 * Marks of one paragraph [a, b) with their balance data, written over the Mark objects of `marks`
 * (a pool, grown as needed); returns how many.
 */
function collect(s: string, a: number, b: number, cur: MarkCursor, marks: Mark[]): number {
  let count = 0;
  for (let i = nextMark(s, a, cur); i < b; i = nextMark(s, i + 1, cur)) {
    const f = familyOf(s.charCodeAt(i)) as Family;
    const dir = direction(s, i, a, b);
    if (STRICT.has(f) && dir === AMBIG) continue;
    // Straight quote after a digit with nothing open is an inch or second sign: 12" → skip later.
    let m = marks[count];
    if (m === undefined) {
      m = { pos: 0, family: f, fi: 0, dir: 0, bal: 0, sufMin: 0, nextClose: 0 };
      marks.push(m);
    }
    m.pos = i;
    m.family = f;
    m.fi = familyIndex(f);
    m.dir = dir;
    m.bal = 0;
    m.sufMin = Number.POSITIVE_INFINITY;
    m.nextClose = -1;
    count++;
  }
  if (count === 0) return 0;
  // Per family: the balance so far, then (backwards) the minimum balance and the next close after.
  const bal = BAL;
  const minAfter = MIN_AFTER;
  const closeAfter = CLOSE_AFTER_AT;
  for (let f = 0; f < FAMILIES; f++) {
    bal[f] = 0;
    minAfter[f] = Number.POSITIVE_INFINITY;
    closeAfter[f] = -1;
  }
  for (let k = 0; k < count; k++) {
    const m = marks[k] as Mark;
    const v = (bal[m.fi] as number) + m.dir;
    bal[m.fi] = v;
    m.bal = v;
  }
  for (let k = count - 1; k >= 0; k--) {
    const m = marks[k] as Mark;
    m.sufMin = minAfter[m.fi] as number;
    m.nextClose = closeAfter[m.fi] as number;
    minAfter[m.fi] = Math.min(m.sufMin, m.bal);
    if (m.dir === CLOSE) closeAfter[m.fi] = m.pos;
  }
  return count;
}

/**
 * The Mark objects of the paragraph being paired and of the line looked ahead at, reused from
 * paragraph to paragraph (pairMarks is not re-entrant); each pool keeps at most POOL_CAP marks.
 */
const MARKS: Mark[] = [];
const NEXT_MARKS: Mark[] = [];
const POOL_CAP = 4096;

/** Index of the first of marks[0, count) of family `fi` or opening, or -1. */
function firstOfOrOpen(marks: Mark[], count: number, fi: number): number {
  for (let k = 0; k < count; k++) {
    const m = marks[k] as Mark;
    if (m.fi === fi || m.dir === OPEN) return k;
  }
  return -1;
}
const BAL: number[] = [0, 0, 0, 0, 0, 0];
const MIN_AFTER: number[] = [0, 0, 0, 0, 0, 0];
const CLOSE_AFTER_AT: number[] = [0, 0, 0, 0, 0, 0];
/** pairMarks' stack of open marks and, per family, the stack indices of its marks (reset per paragraph). */
const STACK: Mark[] = [];
const BY_FAMILY: number[][] = [[], [], [], [], [], []];

const SENTENCE_END = new Set([...'.!?؟:…'].map((c) => c.charCodeAt(0)));

function lastNonSpace(s: string, a: number, b: number): number {
  let i = b - 1;
  while (i >= a && isSpace(s.charCodeAt(i))) i--;
  return i >= a ? s.charCodeAt(i) : -1;
}

/**
 * `attributionStart(at, lowerBound)`: when an attribution clause ("وقال بلينكن:") ends right before
 * the mark at `at`, the index where that clause starts (≥ lowerBound); otherwise -1.
 * `continues(at)`: true when the line starting at `at` begins with an attribution (it does not continue a quote).
 */
function truncate(len: number): void {
  while (STACK.length > len) {
    const t = STACK.pop() as Mark;
    (BY_FAMILY[t.fi] as number[]).pop();
  }
}

function push(m: Mark): void {
  (BY_FAMILY[m.fi] as number[]).push(STACK.length);
  STACK.push(m);
}

export function pairMarks(
  s: string,
  attributionStart: (at: number, lowerBound: number) => number,
  startsWithAttribution: (at: number) => boolean = () => false,
): MarkSpan[] {
  const out: MarkSpan[] = [];
  const n = s.length;
  const cur: MarkCursor = { from: 0, at: -1 };
  let a = 0;
  let carried: { open: number; family: Family } | null = null;
  while (a <= n) {
    if (carried === null) {
      // Paragraphs without marks pair nothing: go to the one holding the next mark, if any.
      const p = nextMark(s, a, cur);
      if (p >= n) break;
      let q = p;
      while (q > a && !isParaBreak(s.charCodeAt(q - 1))) q--;
      a = q;
    }
    const b = paraEnd(s, a, n);
    const marks = MARKS;
    const count = collect(s, a, b, cur, marks);
    let k0 = 0;
    if (carried !== null) {
      const fam: Family = carried.family;
      const kf = firstOfOrOpen(marks, count, familyIndex(fam));
      const first = kf >= 0 ? (marks[kf] as Mark) : undefined;
      if (first && first.family === fam && first.dir !== OPEN) {
        out.push({ open: carried.open, close: first.pos, end: first.pos, family: fam, unclosed: false });
        k0 = kf + 1;
      } else {
        // Should not happen: continuation was checked before carrying.
        out.push({ open: carried.open, close: -1, end: a, family: fam, unclosed: true });
      }
      carried = null;
    }
    const stack = STACK;
    // Stack indices per family, so that finding the innermost open mark of a family is O(1).
    const byFam = BY_FAMILY;
    stack.length = 0;
    for (let f = 0; f < FAMILIES; f++) (byFam[f] as number[]).length = 0;
    for (let k = k0; k < count; k++) {
      const m = marks[k] as Mark;
      const fl = byFam[m.fi] as number[];
      const sameOpen = fl.length > 0 ? (fl[fl.length - 1] as number) : -1;
      const closes = m.dir === CLOSE || (m.dir === AMBIG && sameOpen >= 0);
      if (closes) {
        if (sameOpen < 0) continue; // stray closing mark, 12" and the like
        if (sameOpen === 0) {
          const o = stack[0] as Mark;
          out.push({ open: o.pos, close: m.pos, end: m.pos, family: o.family, unclosed: false });
        }
        truncate(sameOpen);
        continue;
      }
      if (stack.length === 0) {
        push(m);
        continue;
      }
      const outer = stack[0] as Mark;
      const sameDepth = fl.length;
      // Is the outer quote closed later in the paragraph if this mark is a nested opening?
      const outerClosedLater =
        outer.family === m.family ? m.sufMin <= m.bal - (sameDepth + 1) : outer.nextClose > m.pos;
      if (!outerClosedLater) {
        const att = attributionStart(m.pos, outer.pos + 1);
        if (att >= 0) {
          if (!STRICT.has(outer.family)) {
            out.push({ open: outer.pos, close: -1, end: att, family: outer.family, unclosed: true });
          }
          truncate(0);
          push(m);
          continue;
        }
      }
      push(m);
    }
    if (stack.length > 0) {
      const outer = stack[0] as Mark;
      if (!STRICT.has(outer.family)) {
        // Continue on the next line only when it clearly continues this quote.
        const next = b < n ? b + 1 : -1;
        let cont = false;
        if (next >= 0 && next < n && !isParaBreak(s.charCodeAt(next)) && stack.length === 1) {
          const last = lastNonSpace(s, a, b);
          if (last !== -1 && !SENTENCE_END.has(last) && familyOf(last) === null && !startsWithAttribution(next)) {
            const e = paraEnd(s, next, n);
            const nc = collect(s, next, e, cur, NEXT_MARKS);
            const kf = firstOfOrOpen(NEXT_MARKS, nc, outer.fi);
            const first = kf >= 0 ? (NEXT_MARKS[kf] as Mark) : undefined;
            cont = first !== undefined && first.family === outer.family && first.dir !== OPEN;
          }
        }
        if (cont) carried = { open: outer.pos, family: outer.family };
        else out.push({ open: outer.pos, close: -1, end: b, family: outer.family, unclosed: true });
      }
    }
    a = b + 1;
  }
  if (MARKS.length > POOL_CAP) MARKS.length = POOL_CAP;
  if (NEXT_MARKS.length > POOL_CAP) NEXT_MARKS.length = POOL_CAP;
  return out;
}
