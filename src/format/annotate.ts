// --format annotate: the article itself with every fact marked, then a legend, to check an
// extraction at a glance.
//   Without colour, each fact is bracketed with its number:  ⟦1⟧قتل ⟦2⟧5⟦/2⟧ أشخاص⟦/1⟧
//   With colour, its text is underlined in its kind's colour after a "[1]" marker in that colour.
// Facts are numbered in text order (start, then the longer first, then casualty, quote, date,
// number). A fact inside another is marked inside it (nested); a fact that crosses the end of
// an open one cannot be nested: it is not marked in the text and its legend line says which fact
// it overlaps. Control characters of the input are shown escaped (\x1b); line breaks are kept.
//
// Legend, one line per fact:  [2] number 5 (digits) «5»

import { Chalk, type ChalkInstance } from 'chalk';
import type { CasualtyFact, DateFact, Fact, NumberFact, QuoteFact, Result } from '../types.js';
import { ellipsize } from './table.js';
import { escapeControls } from './terminal.js';
import type { FormatOptions, Formatter } from './types.js';

const COLOR = { casualty: 'red', date: 'blue', quote: 'green', number: 'yellow' } as const;
const RANK = { casualty: 0, quote: 1, date: 2, number: 3 } as const;

interface Mark {
  n: number;
  fact: Fact;
  /** UTF-16 offsets into the text. */
  s: number;
  e: number;
  /** Number of the open fact it crosses, when it cannot be nested. */
  crosses?: number;
}

/** Text for a terminal: controls escaped, line breaks kept ("\r\n" shown as a line break). */
export function escapeText(s: string): string {
  return s.replace(/\r\n|[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, (c) => {
    if (c === '\r\n') return '\n';
    if (c === '\t') return c;
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/** UTF-16 index of each code point offset 0..n (identity when the text has no astral character). */
function utf16Index(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const idx: number[] = [];
  let i = 0;
  for (const ch of text) {
    idx.push(i);
    i += ch.length;
  }
  idx.push(i);
  return (cp) => idx[Math.min(cp, idx.length - 1)] as number;
}

export function marks(r: Result, text: string): Mark[] {
  const at = utf16Index(text);
  const facts: Fact[] = [...r.casualties, ...r.dates, ...r.quotes, ...r.numbers];
  const ms = facts
    .map((fact) => ({ n: 0, fact, s: at(fact.start), e: at(fact.end) }) as Mark)
    .sort((a, b) => a.s - b.s || b.e - a.e || RANK[a.fact.kind] - RANK[b.fact.kind]);
  const open: Mark[] = [];
  ms.forEach((m, i) => {
    m.n = i + 1;
    while (open.length > 0 && (open[open.length - 1] as Mark).e <= m.s) open.pop();
    const top = open[open.length - 1];
    if (top && m.e > top.e) m.crosses = top.n;
    else open.push(m);
  });
  return ms;
}

const dash = (v: string | null | undefined) => v ?? '–';

function summary(f: Fact): string {
  switch (f.kind) {
    case 'casualty': {
      const c = f as CasualtyFact;
      const q = c.qualifier === 'range' ? `${c.count}–${c.max}` : c.count === null ? c.count_text : String(c.count);
      const parts = [`${c.type} ${q} (${c.qualifier})`];
      if (c.group) parts.push(`group: ${c.group}`);
      if (c.location) parts.push(`location: ${c.location}`);
      if (c.since) parts.push(`since: ${c.since}`);
      if (c.reported_by) parts.push(`reported by: ${c.reported_by}`);
      return parts.join(', ');
    }
    case 'date': {
      const d = f as DateFact;
      const v = d.value ?? (d.from || d.to ? `${dash(d.from)}…${dash(d.to)}` : '?');
      const extra = [d.grain, d.calendar === 'hijri' ? `hijri ${d.hijri}` : '', d.relative ? 'relative' : ''];
      return `${v} (${extra.filter(Boolean).join(', ')})`;
    }
    case 'quote': {
      const q = f as QuoteFact;
      const flags = [q.partial ? 'partial' : '', q.unclosed ? 'unclosed' : ''].filter(Boolean).join(', ');
      const who = q.speaker ? q.speaker.name : 'no speaker';
      return `${who}${q.verb ? ` (${q.verb})` : ''}${flags ? ` [${flags}]` : ''}`;
    }
    case 'number': {
      const n = f as NumberFact;
      return `${n.value}${n.percent ? '%' : ''} (${n.form}${n.ordinal ? ', ordinal' : ''})`;
    }
  }
}

export function annotate(r: Result, text: string, chalk: ChalkInstance, colour: boolean): string {
  const ms = marks(r, text);
  const inline = ms.filter((m) => m.crosses === undefined && m.e > m.s);
  const paintOf = (m: Mark) => chalk[COLOR[m.fact.kind]];
  let out = '';
  let pos = 0;
  const stack: Mark[] = [];
  const emit = (upTo: number) => {
    if (upTo <= pos) return;
    const seg = escapeText(text.slice(pos, upTo));
    const top = stack[stack.length - 1];
    // Paint line by line so a colour never spills over a line break.
    out +=
      top && colour
        ? seg
            .split('\n')
            .map((l) => (l ? paintOf(top).underline(l) : l))
            .join('\n')
        : seg;
    pos = upTo;
  };
  const close = () => {
    const m = stack[stack.length - 1] as Mark;
    emit(m.e);
    stack.pop();
    if (!colour) out += `⟦/${m.n}⟧`;
  };
  for (const m of inline) {
    while (stack.length > 0 && (stack[stack.length - 1] as Mark).e <= m.s) close();
    emit(m.s);
    out += colour ? paintOf(m).bold(`[${m.n}]`) : `⟦${m.n}⟧`;
    stack.push(m);
  }
  while (stack.length > 0) close();
  emit(text.length);
  if (!out.endsWith('\n')) out += '\n';
  if (ms.length === 0) return `${out}\n${chalk.dim('no facts')}\n`;
  out += '\n';
  for (const m of ms) {
    const kind = m.fact.kind.padEnd(8);
    const where = m.crosses !== undefined ? ` (overlaps [${m.crosses}], not marked in the text)` : '';
    const label = colour ? paintOf(m).bold(`[${m.n}] ${kind}`) : `[${m.n}] ${kind}`;
    out += `${label} ${escapeControls(summary(m.fact))} «${ellipsize(m.fact.text, 60)}»${where}\n`;
  }
  return out;
}

export function annotateFormatter(o: FormatOptions): Formatter {
  const chalk = new Chalk({ level: o.color });
  let first = true;
  return {
    doc(r: Result, text: string) {
      const sep = first ? '' : '\n';
      first = false;
      const head = `${chalk.bold(`── ${escapeControls(r.input)}`)}${r.ref_date ? chalk.dim(`  ref_date ${r.ref_date}`) : ''}\n`;
      return `${sep}${head}${annotate(r, text, chalk, o.color > 0)}`;
    },
  };
}
