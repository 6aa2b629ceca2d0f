// The library API: `import { extract } from 'arqam'`. Re-exports only.
export { extract, factCount, isValidIsoDate } from './extract.js';
export { OUTPUT_SCHEMA } from './schema.js';
export type {
  CasualtyFact,
  CasualtyType,
  DateFact,
  ExtractOptions,
  Fact,
  Grain,
  Kind,
  NumberFact,
  Qualifier,
  QuoteFact,
  Result,
  Speaker,
} from './types.js';
export { KINDS } from './types.js';
