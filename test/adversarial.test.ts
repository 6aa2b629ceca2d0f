// Inputs built to hurt a regex engine or a parser must cost about what normal news text of the same
// length costs: per character, each is at most 10x normal text (median of 3 runs, normal text
// measured in the same test), which a quadratic scan or a backtracking regex misses by orders of
// magnitude at these sizes. (npm run bench measures the same inputs at 1 MB against a target of 3x.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { ROOT } from './helpers.js';

const N = 40_000;
const fill = (unit: string, n = N) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const articles = readdirSync(join(ROOT, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
const NORMAL = fill(articles.join('\n'));

const HOSTILE: Record<string, string> = {
  'casualty words and no number': fill('قتل وأصيب ومقتل وإصابة جرحى قتلى مصابين شهداء '),
  '100,000 opening quotes and no closing one': '“ '.repeat(100_000),
  'opening quotes after a speech verb, never closed': fill('“قال '),
  '100,000 opening guillemets': '«'.repeat(100_000),
  'digits separated by commas': fill('1,'),
  'one word with diacritics, repeated': fill('قُتِلَ '),
  'a line of tatweel': fill('ـ'),
  'number-word chain "ثلاثة و"': fill('ثلاثة و'),
  'month names, repeated': fill('أكتوبر تشرين الأول يناير كانون الثاني '),
  'Eastern Arabic digits with separators': fill('١٬٢٣٤٫٥ '),
};

/** Median seconds per character of extract() over `text`, three runs. */
function cost(text: string): number {
  const t: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    extract(text);
    t.push((performance.now() - t0) / text.length);
  }
  return t.sort((a, b) => a - b)[1] as number;
}

describe('adversarial inputs', { timeout: 120_000 }, () => {
  extract(articles[0] as string); // load and warm the extractors
  const normal = cost(NORMAL);

  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`${name}: per character at most 10x normal text`, () => {
      const ratio = cost(text) / normal;
      expect(ratio, `${name}: ${ratio.toFixed(2)}x normal text per character`).toBeLessThanOrEqual(10);
    });
  }

  it('a line of tatweel has no fact of any kind', () => {
    const r = extract(HOSTILE['a line of tatweel'] as string);
    expect([r.casualties, r.dates, r.quotes, r.numbers]).toEqual([[], [], [], []]);
  });
});
