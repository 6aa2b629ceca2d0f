// The examples are the tests: every extractor's corpus (src/extractors/X.corpus.ts) is run here.
// Positive: exactly the listed facts of that kind, in order, each matching its listed fields.
// Negative: no fact of that kind.
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../src/corpus.js';
import { extract } from '../src/extract.js';
import type { Fact } from '../src/types.js';
import { assertSchema, assertSpans } from './helpers.js';

const modules = import.meta.glob<{ corpus: Corpus<Fact> }>('../src/extractors/*.corpus.ts', { eager: true });

for (const [path, mod] of Object.entries(modules)) {
  const { corpus } = mod;
  describe(path.replace('../src/extractors/', ''), () => {
    it.each(corpus.positives.map((p, i) => [i, p.text, p] as const))('positive %i: %s', (_i, text, p) => {
      const r = extract(text, { refDate: p.refDate ?? null, kinds: [corpus.kind] });
      assertSchema(r);
      assertSpans(text, r);
      const got = r[corpus.kind] as Fact[];
      expect(got.map((f) => f.text)).toEqual(p.facts.map((f) => f.text));
      p.facts.forEach((want, j) => {
        expect(got[j]).toMatchObject(want);
      });
    });
    const negs = corpus.negatives.map((n) => (typeof n === 'string' ? { text: n } : n));
    it.each(negs.map((n, i) => [i, n.text, n] as const))('negative %i: %s', (_i, text, n) => {
      const r = extract(text, { refDate: 'refDate' in n ? (n.refDate ?? null) : null, kinds: [corpus.kind] });
      expect(r[corpus.kind]).toEqual([]);
    });
    it('has examples', () => {
      expect(corpus.positives.length).toBeGreaterThan(0);
      expect(corpus.negatives.length).toBeGreaterThan(0);
    });
  });
}

it('every extractor has its corpus beside it', () => {
  expect(Object.keys(modules).sort()).toEqual([
    '../src/extractors/casualties.corpus.ts',
    '../src/extractors/dates.corpus.ts',
    '../src/extractors/numbers.corpus.ts',
    '../src/extractors/quotes.corpus.ts',
  ]);
});
