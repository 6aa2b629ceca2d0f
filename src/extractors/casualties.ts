import type { CasualtyFact, Context, Extractor } from '../types.js';
export const casualtiesExtractor: Extractor<CasualtyFact> = { kind: 'casualties', run: (_ctx: Context) => [] };
