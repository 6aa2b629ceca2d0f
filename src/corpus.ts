// The shape of the example corpora beside each extractor (src/extractors/X.corpus.ts).
// A positive example lists every fact of its kind the text must yield, in text order; each
// expected fact names the fields it checks (at least `text`, the span as written). A negative
// example must yield no fact of that kind at all.
import type { Fact, Kind } from './types.js';

export interface PositiveExample<F extends Fact> {
  text: string;
  /** Reference date for relative dates. */
  refDate?: string;
  facts: Array<Partial<F> & { text: string }>;
  /** Why this example is here, when it is not obvious. */
  note?: string;
}

export interface Corpus<F extends Fact> {
  kind: Kind;
  positives: PositiveExample<F>[];
  /** Texts that must yield no fact of this kind. */
  negatives: Array<string | { text: string; refDate?: string; note?: string }>;
}
