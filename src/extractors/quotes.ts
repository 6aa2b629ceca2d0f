import type { Context, Extractor, QuoteFact } from '../types.js';
export const quotesExtractor: Extractor<QuoteFact> = { kind: 'quotes', run: (_ctx: Context) => [] };
