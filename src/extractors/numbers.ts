import type { Context, Extractor, NumberFact } from '../types.js';
export const numbersExtractor: Extractor<NumberFact> = { kind: 'numbers', run: (_ctx: Context) => [] };
