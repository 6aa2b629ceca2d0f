import type { Context, DateFact, Extractor } from '../types.js';
export const datesExtractor: Extractor<DateFact> = { kind: 'dates', run: (_ctx: Context) => [] };
