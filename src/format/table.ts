// --format table: for each kind with facts, a table of its key fields, fitted to the terminal width.
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import type { CasualtyFact, DateFact, NumberFact, QuoteFact, Result } from '../types.js';
import { escapeControls } from './terminal.js';
import type { FormatOptions, Formatter } from './types.js';

export const KIND_COLORS = {
  casualties: 'red',
  dates: 'blue',
  quotes: 'green',
  numbers: 'yellow',
} as const;

/**
 * The start of `s` long enough for any cell of `width` columns (a cell never needs more than a
 * few code units per column), so a 100 MB fact is not measured whole. Never splits a surrogate pair.
 */
export function cap(s: string, width: number): string {
  const n = 8 * Math.max(width, 1) + 16;
  if (s.length <= n) return s;
  const c = s.charCodeAt(n - 1);
  return s.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n);
}

/** Shorten `s` to at most `width` terminal columns, with an ellipsis. */
export function ellipsize(s: string, width: number): string {
  const clean = escapeControls(cap(s, width));
  if (stringWidth(clean) <= width) return clean;
  if (width <= 1) return '…';
  let out = '';
  for (const ch of clean) {
    if (stringWidth(`${out}${ch}`) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const dash = (v: unknown): string => (v === null || v === undefined || v === '' ? '–' : String(v));

function countCell(f: CasualtyFact): string {
  const q: Record<string, string> = {
    exact: '',
    more_than: '> ',
    at_least: '≥ ',
    about: '~ ',
    less_than: '< ',
    at_most: '≤ ',
    range: '',
    vague: '',
  };
  if (f.qualifier === 'range') return `${f.count}–${f.max ?? '?'}`;
  if (f.count === null) return `${f.count_text} (vague)`;
  return `${q[f.qualifier] ?? ''}${f.count}`;
}

interface Column<F> {
  head: string;
  cell: (f: F) => string;
  /** Relative share of the free width; 0 means fixed to the content. */
  grow: number;
}

const COLUMNS = {
  casualties: [
    { head: 'type', cell: (f: CasualtyFact) => f.type, grow: 0 },
    { head: 'count', cell: countCell, grow: 0 },
    { head: 'group', cell: (f: CasualtyFact) => dash(f.group), grow: 1 },
    { head: 'location', cell: (f: CasualtyFact) => dash(f.location), grow: 1 },
    { head: 'since', cell: (f: CasualtyFact) => dash(f.since), grow: 0 },
    { head: 'reported by', cell: (f: CasualtyFact) => dash(f.reported_by), grow: 1 },
    { head: 'evidence', cell: (f: CasualtyFact) => f.text, grow: 2 },
  ] as Column<CasualtyFact>[],
  dates: [
    { head: 'value', cell: (f: DateFact) => dash(f.value ?? (f.from ? `${f.from}…${f.to}` : null)), grow: 0 },
    { head: 'grain', cell: (f: DateFact) => f.grain, grow: 0 },
    { head: 'calendar', cell: (f: DateFact) => (f.hijri ? `${f.calendar} ${f.hijri}` : f.calendar), grow: 0 },
    { head: 'relative', cell: (f: DateFact) => (f.relative ? 'yes' : ''), grow: 0 },
    { head: 'text', cell: (f: DateFact) => f.text, grow: 2 },
  ] as Column<DateFact>[],
  quotes: [
    { head: 'speaker', cell: (f: QuoteFact) => dash(f.speaker?.name), grow: 1 },
    { head: 'verb', cell: (f: QuoteFact) => dash(f.verb), grow: 0 },
    {
      head: 'flags',
      cell: (f: QuoteFact) => [f.partial ? 'partial' : '', f.unclosed ? 'unclosed' : ''].filter(Boolean).join(' '),
      grow: 0,
    },
    { head: 'quote', cell: (f: QuoteFact) => f.text, grow: 4 },
  ] as Column<QuoteFact>[],
  numbers: [
    { head: 'value', cell: (f: NumberFact) => `${f.value}${f.percent ? '%' : ''}`, grow: 0 },
    { head: 'form', cell: (f: NumberFact) => (f.ordinal ? `${f.form}, ordinal` : f.form), grow: 0 },
    { head: 'text', cell: (f: NumberFact) => f.text, grow: 2 },
  ] as Column<NumberFact>[],
};

/** Pads `s` with spaces to `width` terminal columns. */
function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

/**
 * A boxed table. Widths are measured with string-width (Arabic marks take no column, wide
 * characters two), so the borders line up whatever the script.
 */
export function box(head: string[], rows: string[][], widths: number[], paint: (s: string) => string): string {
  const line = (l: string, m: string, r: string) => `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}\n`;
  const row = (cells: string[], p: (s: string) => string) =>
    `│${cells.map((c, j) => ` ${p(pad(c, widths[j] as number))} `).join('│')}│\n`;
  let out = line('┌', '┬', '┐');
  out += row(head, paint);
  out += line('├', '┼', '┤');
  for (const r of rows) out += row(r, (s) => s);
  out += line('└', '┴', '┘');
  return out;
}

function renderKind<F extends { start: number }>(
  title: string,
  facts: F[],
  cols: Column<F>[],
  o: FormatOptions,
  paint: (s: string) => string,
): string {
  const head = ['#', ...cols.map((c) => c.head)];
  const raw = facts.map((f, i) => [String(i + 1), ...cols.map((c) => escapeControls(cap(c.cell(f), o.columns)))]);
  // Natural width of each column, then share what is left of the terminal among growing ones.
  const natural = head.map((h, j) => Math.max(stringWidth(h), ...raw.map((r) => stringWidth(r[j] as string))));
  const borders = 3 * head.length + 1;
  const fixed = natural.reduce((a, w, j) => (j === 0 || cols[j - 1]?.grow === 0 ? a + w : a), 0);
  const growTotal = cols.reduce((a, c) => a + c.grow, 0);
  const free = Math.max(4 * cols.filter((c) => c.grow > 0).length, o.columns - borders - fixed);
  // Growing columns narrower than their share give the rest to the others.
  const growing = cols.map((c, j) => ({ j: j + 1, g: c.grow })).filter((c) => c.g > 0);
  const widths = natural.slice();
  let left = free;
  let shares = growTotal;
  for (const c of growing.sort((a, b) => (natural[a.j] as number) / a.g - (natural[b.j] as number) / b.g)) {
    const fair = Math.floor((left * c.g) / shares);
    const w = Math.max(4, stringWidth(head[c.j] as string), Math.min(natural[c.j] as number, fair));
    widths[c.j] = w;
    left -= w;
    shares -= c.g;
  }
  const rows = raw.map((r) => r.map((c, j) => ellipsize(c, widths[j] as number)));
  return `${paint(`${title} (${facts.length})`)}\n${box(head, rows, widths, paint)}`;
}

export function tableFormatter(o: FormatOptions): Formatter {
  const chalk = new Chalk({ level: o.color });
  return {
    doc(r: Result) {
      let out = `${chalk.bold(escapeControls(r.input))}${r.ref_date ? chalk.dim(`  ref_date ${r.ref_date}`) : ''}\n`;
      let any = false;
      for (const kind of ['casualties', 'dates', 'quotes', 'numbers'] as const) {
        const facts = r[kind] as never[];
        if (facts.length === 0) continue;
        any = true;
        out += renderKind(kind, facts, COLUMNS[kind] as never, o, chalk[KIND_COLORS[kind]]);
      }
      if (!any) out += chalk.dim('no facts\n');
      return `${out}\n`;
    },
  };
}
