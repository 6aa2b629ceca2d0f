// The output contract (../shared/tools/README.md). Every fact carries `kind`, `text`, `start`, `end`.
// Inside the pipeline `start`/`end` are UTF-16 indices into the original text; extract() converts
// them to Unicode code points (end exclusive) at the boundary, so callers only ever see code points.

export interface Span {
  start: number;
  end: number;
}

export interface NumberFact extends Span {
  kind: 'number';
  /** The numeric value: 44875 for "44,875", 1500 for "ألف وخمسمئة", 0.5 for "50%" is NOT done: percent keeps 50. */
  value: number;
  text: string;
  /** "الثالث", "الحادي عشر": an ordinal; value is its position. */
  ordinal: boolean;
  /** "50%", "٥٠٪", "50 في المئة": value is the percentage (50). */
  percent: boolean;
  /** How it is written: digits, words, or digits with a scale word ("3 آلاف", "1.5 مليون"). */
  form: 'digits' | 'words' | 'mixed';
}

export type CasualtyType =
  | 'killed'
  | 'injured'
  | 'missing'
  | 'detained'
  | 'kidnapped'
  | 'displaced'
  | 'killed_or_injured';

export type Qualifier = 'exact' | 'more_than' | 'at_least' | 'about' | 'less_than' | 'at_most' | 'range' | 'vague';

export interface CasualtyFact extends Span {
  kind: 'casualty';
  type: CasualtyType;
  /** null for vague multiples (عشرات، مئات). */
  count: number | null;
  /** Upper bound of a range ("بين 10 و15": count 10, max 15); null otherwise. */
  max: number | null;
  qualifier: Qualifier;
  /** The figure as written: "44,875", "ثلاثة", "شخصين", "عشرات". */
  count_text: string;
  group: string | null;
  location: string | null;
  /** ISO date of the start of a running total ("منذ 7 أكتوبر 2023" → "2023-10-07"). */
  since: string | null;
  reported_by: string | null;
  /** The whole casualty phrase. */
  text: string;
}

export type Grain = 'day' | 'week' | 'month' | 'year';

export interface DateFact extends Span {
  kind: 'date';
  /** "2023-10-07", "2023-10" or "2023"; null when it cannot be resolved. */
  value: string | null;
  /** Periods: first and last day (or month/year) covered; null otherwise. */
  from: string | null;
  to: string | null;
  grain: Grain;
  calendar: 'gregorian' | 'hijri';
  /** The Hijri date as written, "1436-10-26", when calendar is hijri. */
  hijri: string | null;
  relative: boolean;
  text: string;
}

export interface Speaker {
  /** The fullest form of the name in the article, without title. */
  name: string;
  /** As written nearest the quote. */
  mention: string;
  title: string | null;
}

export interface QuoteFact extends Span {
  kind: 'quote';
  /** The content without the marks. */
  text: string;
  speaker: Speaker | null;
  verb: string | null;
  partial: boolean;
  unclosed: boolean;
}

export type Fact = NumberFact | DateFact | CasualtyFact | QuoteFact;

export type Kind = 'casualties' | 'dates' | 'quotes' | 'numbers';
export const KINDS: readonly Kind[] = ['casualties', 'dates', 'quotes', 'numbers'];

/** One output document per input. */
export interface Result {
  input: string;
  ref_date: string | null;
  casualties: CasualtyFact[];
  dates: DateFact[];
  quotes: QuoteFact[];
  numbers: NumberFact[];
}

export interface ExtractOptions {
  /** Name reported as `input`. */
  input?: string;
  /** Reference date for relative expressions, YYYY-MM-DD. Without it a dateline in the text is used. */
  refDate?: string | null;
  /** Which kinds to return; all by default. Kinds others depend on still run internally. */
  kinds?: readonly Kind[];
}

/** What extractors see: the text, its view, and the facts of the extractors that ran before them. */
export interface Context {
  readonly text: string;
  readonly view: import('./text/view.js').TextView;
  /** The reference date in force: --ref-date, else the article's dateline once dates ran, else null. */
  refDate: string | null;
  numbers: NumberFact[];
  dates: DateFact[];
  casualties: CasualtyFact[];
  quotes: QuoteFact[];
}

/** One extractor per kind (src/extractors/X.ts). It returns facts with UTF-16 offsets into ctx.text. */
export interface Extractor<F extends Fact> {
  readonly kind: Kind;
  run(ctx: Context): F[];
}
