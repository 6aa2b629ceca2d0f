// The pipeline: one declared order of extractors, then the refiners, then offsets to code points.
//   numbers → dates → casualties → quotes
// Later extractors read earlier ones' facts from the context (casualties read numbers and dates);
// a figure inside a quote takes the quote's speaker as its source (refiners/quoted-source.ts).

import { casualtiesExtractor } from './extractors/casualties.js';
import { datesExtractor } from './extractors/dates.js';
import { numbersExtractor } from './extractors/numbers.js';
import { quotesExtractor } from './extractors/quotes.js';
import { toCodePoints } from './refiners/codepoints.js';
import { quotedSources } from './refiners/quoted-source.js';
import { makeView } from './text/view.js';
import { type Context, type ExtractOptions, KINDS, type Kind, type Result } from './types.js';

/** Kinds each kind needs to have run first. */
const NEEDS: Record<Kind, readonly Kind[]> = {
  numbers: [],
  dates: ['numbers'],
  casualties: ['numbers', 'dates', 'quotes'],
  quotes: [],
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isValidIsoDate(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function extract(text: string, options: ExtractOptions = {}): Result {
  if (typeof text !== 'string') throw new TypeError('extract: text must be a string');
  const wanted = new Set<Kind>(options.kinds && options.kinds.length > 0 ? options.kinds : KINDS);
  const run = new Set<Kind>();
  for (const k of wanted) {
    run.add(k);
    for (const d of NEEDS[k]) run.add(d);
  }
  const refDate = options.refDate ?? null;
  if (refDate !== null && !isValidIsoDate(refDate)) throw new RangeError(`invalid reference date: ${refDate}`);

  const ctx: Context = {
    text,
    view: makeView(text),
    refDate,
    numbers: [],
    dates: [],
    casualties: [],
    quotes: [],
  };
  if (run.has('numbers')) ctx.numbers = numbersExtractor.run(ctx);
  if (run.has('dates')) ctx.dates = datesExtractor.run(ctx);
  if (run.has('casualties')) ctx.casualties = casualtiesExtractor.run(ctx);
  if (run.has('quotes')) ctx.quotes = quotesExtractor.run(ctx);
  if (run.has('casualties')) quotedSources(text, ctx.casualties, ctx.quotes);

  const result: Result = {
    input: options.input ?? '-',
    ref_date: ctx.refDate,
    casualties: wanted.has('casualties') ? ctx.casualties : [],
    dates: wanted.has('dates') ? ctx.dates : [],
    quotes: wanted.has('quotes') ? ctx.quotes : [],
    numbers: wanted.has('numbers') ? ctx.numbers : [],
  };
  return toCodePoints(text, result);
}

/** Number of facts in a result. */
export function factCount(r: Result): number {
  return r.casualties.length + r.dates.length + r.quotes.length + r.numbers.length;
}
