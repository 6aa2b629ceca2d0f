// The extractors reuse scratch buffers, token tables and caches from one text to the next (for speed,
// see README "Benchmarks"). Nothing of one document may leak into another, and a result once returned
// must not change when later documents are extracted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { ROOT } from './helpers.js';

const dir = join(ROOT, 'fixtures');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));

describe('no state carried from text to text', () => {
  it('each fixture gives the same result alone, after all the others, and after one huge text', () => {
    const alone = texts.map((t) => JSON.stringify(extract(t)));
    // every fixture extracted once, kept as objects: later calls must not change them
    const kept = texts.map((t) => extract(t, { refDate: '2024-03-15' }));
    const keptJson = kept.map((r) => JSON.stringify(r));
    extract(texts.join('\n\n')); // grows every scratch buffer
    extract('');
    for (let i = texts.length - 1; i >= 0; i--) {
      expect(JSON.stringify(extract(texts[i] as string))).toBe(alone[i]);
    }
    expect(kept.map((r) => JSON.stringify(r))).toEqual(keptJson);
  });

  it('a short text after a long one sees nothing of the long one', () => {
    const short = 'قتل 3 أشخاص أمس.';
    const first = JSON.stringify(extract(short));
    extract(texts.join('\n'));
    expect(JSON.stringify(extract(short))).toBe(first);
    expect(extract(short).casualties.map((c) => [c.text, c.count])).toEqual([['قتل 3 أشخاص', 3]]);
  });
});
