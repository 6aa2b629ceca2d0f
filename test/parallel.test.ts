// The worker pool (with small stand-in workers given as data: URLs), the ordered window, and the
// CLI's --jobs / --max-time-per-doc on the real built binary.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { peekAhead, peekMany } from '../src/parallel/peek.js';
import { type JobResult, Pool } from '../src/parallel/pool.js';
import { runOrdered } from '../src/parallel/run.js';
import { arqam, ROOT } from './helpers.js';

/** A worker script as a data: URL; `onJob` is the body of a function of `job` returning the answer. */
const workerUrl = (onJob: string, prelude = '') =>
  new URL(
    `data:text/javascript,${encodeURIComponent(`import { parentPort } from 'node:worker_threads';
${prelude}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
parentPort.on('message', async (job) => parentPort.postMessage(await (async (job) => { ${onJob} })(job)));
parentPort.postMessage('ready');`)}`,
  );

/** Answers with the text upper-cased after `text.length * 5` ms, so later short jobs finish first. */
const ECHO = workerUrl(
  `await sleep(job.text.length * 5); return { kind: 'ok', out: job.text.toUpperCase(), facts: job.text.length };`,
);

const job = (text: string) => ({ id: text, text, refDate: null });

async function* gen<T>(xs: T[]): AsyncGenerator<T> {
  for (const x of xs) yield x;
}

describe('Pool', () => {
  it('answers every job, each with its own result, whatever order the workers finish in', async () => {
    const pool = new Pool({ size: 3, script: ECHO, workerData: null, maxTimeMs: 0 });
    try {
      const texts = ['aaaaaaaaaa', 'b', 'cccccc', 'd', 'eeeeeeeeeeee', 'f', 'gg'];
      const rs = await Promise.all(texts.map((t) => pool.run(job(t))));
      expect(rs).toEqual(texts.map((t) => ({ kind: 'ok', out: t.toUpperCase(), facts: t.length })));
    } finally {
      await pool.close();
    }
  });

  it('stops a job over its time budget, reports it as a timeout, and goes on with a new worker', async () => {
    const url = workerUrl(`if (job.text === 'loop') for (;;); return { kind: 'ok', out: job.text, facts: 0 };`);
    const pool = new Pool({ size: 1, script: url, workerData: null, maxTimeMs: 300 });
    try {
      const [a, b, c] = await Promise.all([pool.run(job('x')), pool.run(job('loop')), pool.run(job('y'))]);
      expect(a).toEqual({ kind: 'ok', out: 'x', facts: 0 });
      expect(b).toEqual({ kind: 'timeout', ms: 300 });
      expect(c).toEqual({ kind: 'ok', out: 'y', facts: 0 });
      expect(pool.size).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('reports a worker that dies as an error for its job and replaces it', async () => {
    const url = workerUrl(`if (job.text === 'die') process.exit(3); return { kind: 'ok', out: job.text, facts: 0 };`);
    const pool = new Pool({ size: 1, script: url, workerData: null, maxTimeMs: 0 });
    try {
      const [a, b] = await Promise.all([pool.run(job('die')), pool.run(job('after'))]);
      expect(a).toEqual({ kind: 'error', message: 'worker exited with code 3' });
      expect(b).toEqual({ kind: 'ok', out: 'after', facts: 0 });
    } finally {
      await pool.close();
    }
  });

  it('fails every job, without respawning, when the worker cannot start', async () => {
    const url = workerUrl('return null;', "throw new Error('no extractor here');");
    const pool = new Pool({ size: 2, script: url, workerData: null, maxTimeMs: 0 });
    const rs = await Promise.all([pool.run(job('a')), pool.run(job('b'))]);
    expect(rs.map((r) => [r.kind, r.kind === 'error' ? r.message : ''])).toEqual([
      ['error', 'no extractor here'],
      ['error', 'no extractor here'],
    ]);
    expect(await pool.run(job('c'))).toMatchObject({ kind: 'error', message: 'no extractor here' });
    await pool.close();
  });
});

describe('runOrdered', () => {
  it('hands results over in input order with at most `count` items in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const out: string[] = [];
    const texts = Array.from({ length: 40 }, (_, i) => 'x'.repeat(1 + ((i * 7) % 5)) + i);
    await runOrdered(
      gen(texts),
      async (t) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, (t.length * 3) % 11));
        return t.toUpperCase();
      },
      async (key: string, r: string) => {
        inFlight--;
        out.push(`${key}=${r}`);
      },
      { count: 4, size: Number.POSITIVE_INFINITY, sizeOf: () => 1, keyOf: (t) => t },
    );
    expect(out).toEqual(texts.map((t) => `${t}=${t.toUpperCase()}`));
    expect(most).toBe(4);
  });

  it('keeps the characters in flight under `size`, but always lets one item through', async () => {
    let inFlight = 0;
    let most = 0;
    const sizes = [3, 3, 3, 10, 1, 1, 1, 1];
    await runOrdered(
      gen(sizes),
      async (n) => {
        inFlight += n;
        most = Math.max(most, inFlight);
        return n;
      },
      async (n: number) => {
        inFlight -= n;
      },
      { count: 100, size: 6, sizeOf: (n) => n, keyOf: (n) => n },
    );
    // 3+3 fit; the third 3 waits; 10 alone is over the size but goes alone.
    expect(most).toBe(10);
  });

  it('works through a real pool: ordered results from workers that finish out of order', async () => {
    const pool = new Pool({ size: 2, script: ECHO, workerData: null, maxTimeMs: 0 });
    const out: JobResult[] = [];
    const texts = ['long text here', 'a', 'bb', 'another long one', 'c'];
    try {
      await runOrdered(
        gen(texts),
        (t) => pool.run(job(t)),
        async (_k: string, r: JobResult) => {
          out.push(r);
        },
        { count: 3, size: Number.POSITIVE_INFINITY, sizeOf: () => 1, keyOf: (t) => t },
      );
    } finally {
      await pool.close();
    }
    expect(out.map((r) => (r.kind === 'ok' ? r.out : r.kind))).toEqual(texts.map((t) => t.toUpperCase()));
  });
});

describe('peekMany', () => {
  const all = async <T>(it: AsyncIterable<T>) => {
    const out: T[] = [];
    for await (const x of it) out.push(x);
    return out;
  };
  it('tells none, one and several items apart and loses none', async () => {
    const none = await peekMany(gen([]));
    expect([none.many, await all(none.items)]).toEqual([false, []]);
    const one = await peekMany(gen(['a']));
    expect([one.many, await all(one.items)]).toEqual([false, ['a']]);
    const two = await peekMany(gen(['a', 'b']));
    expect([two.many, await all(two.items)]).toEqual([true, ['a', 'b']]);
    const five = await peekMany(gen(['a', 'b', 'c', 'd', 'e']));
    expect([five.many, await all(five.items)]).toEqual([true, ['a', 'b', 'c', 'd', 'e']]);
  });
});

describe('CLI --jobs and --max-time-per-doc', { timeout: 120_000 }, () => {
  const T = mkdtempSync(join(tmpdir(), 'arqam-par-'));
  const fixtures = readdirSync(join(ROOT, 'fixtures'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 3)
    .map((f) => join(ROOT, 'fixtures', f));

  it('several files through workers print exactly what one run per file prints, in the order given', () => {
    for (const [format, jobsList] of [
      ['json', ['1', '2']],
      ['annotate', ['3']],
    ] as const) {
      const one = fixtures.map((f) => arqam(['-f', format, f]).stdout);
      const expected = format === 'annotate' ? one.join('\n') : one.join('');
      for (const jobs of jobsList) {
        const r = arqam(['-f', format, '--jobs', jobs, ...fixtures]);
        expect([r.status, r.stderr]).toEqual([0, '']);
        expect(r.stdout).toBe(expected);
      }
    }
  });

  it('csv: one header, then the rows of every file in order', () => {
    const one = fixtures.map((f) => arqam(['-f', 'csv', f]).stdout);
    const header = (one[0] as string).slice(0, (one[0] as string).indexOf('\r\n') + 2);
    const r = arqam(['-f', 'csv', '--jobs', '2', ...fixtures]);
    expect(r.stdout).toBe(header + one.map((s) => s.slice(header.length)).join(''));
  });

  it('--jsonl: the same output with --jobs 1 and --jobs 2, in input order', () => {
    const texts = fixtures.map((f) => readFileSync(f, 'utf8'));
    const lines = Array.from({ length: 30 }, (_, i) =>
      JSON.stringify({ id: `doc${i}`, text: texts[i % texts.length] }),
    );
    const input = `${lines.join('\n')}\n`;
    const a = arqam(['--jsonl', '-f', 'json', '--jobs', '1'], input);
    const b = arqam(['--jsonl', '-f', 'json', '--jobs', '2'], input);
    expect([a.status, a.stderr, b.status, b.stderr]).toEqual([0, '', 0, '']);
    expect(b.stdout).toBe(a.stdout);
    const ids = a.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).input);
    expect(ids).toEqual(lines.map((_, i) => `doc${i}`));
  });

  it('a document over --max-time-per-doc is reported on stderr and skipped; the others are printed; exit 2', () => {
    const small = 'قتل 5 أشخاص';
    // Seconds of work at any speed this machine or CI has, against a budget that a short document
    // meets even on a cold, loaded worker (a 20 ms budget made this test flaky).
    const big = readFileSync(fixtures[0] as string, 'utf8').repeat(3000);
    const input = [
      { id: 'first', text: small },
      { id: 'huge', text: big },
      { id: 'last', text: small },
    ]
      .map((d) => JSON.stringify(d))
      .join('\n');
    const r = arqam(['--jsonl', '-f', 'jsonl', '-k', 'numbers', '--max-time-per-doc', '250'], input);
    expect(r.stderr).toBe('arqam: huge: over the time budget of 250 ms (--max-time-per-doc), skipped\n');
    expect(r.status).toBe(2);
    expect(r.stdout.split('\n').map((l) => (l ? JSON.parse(l).input : ''))).toEqual(['first', 'last', '']);
  });

  it('a single document also gets a budget when --max-time-per-doc is given', () => {
    const p = join(T, 'big.txt');
    writeFileSync(p, readFileSync(fixtures[0] as string, 'utf8').repeat(3000));
    const r = arqam(['-f', 'json', '--max-time-per-doc', '250', p]);
    expect([r.status, r.stdout, r.stderr.split(T).join('T')]).toEqual([
      2,
      '',
      'arqam: T/big.txt: over the time budget of 250 ms (--max-time-per-doc), skipped\n',
    ]);
  });

  it('rejects a job count or a budget that is not a whole number ≥ 1', () => {
    for (const args of [
      ['--jobs', '0'],
      ['--jobs', 'two'],
      ['--max-time-per-doc', '-5'],
      ['--max-time-per-doc', '1.5'],
    ]) {
      const r = arqam([...args, fixtures[0] as string]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('is not a whole number ≥ 1');
    }
  });
});

describe('when worker threads start', { timeout: 120_000 }, () => {
  const texts = readdirSync(join(ROOT, 'fixtures'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
  const jsonl = (n: number) =>
    Array.from({ length: n }, (_, i) => `${JSON.stringify({ id: `d${i}`, text: texts[i % texts.length] })}\n`).join('');
  const chars = (n: number) =>
    Array.from({ length: n }, (_, i) => (texts[i % texts.length] as string).length).reduce((a, b) => a + b, 0);
  const mode = (args: string[], input: string) => {
    const r = arqam(['--jsonl', '-f', 'jsonl', '--kinds', 'numbers', '--debug', ...args], input);
    expect(r.status).toBe(0);
    return r.stderr;
  };

  it('a few documents under the default --jobs stay in the main thread', () => {
    expect(chars(3)).toBeLessThan(250_000);
    expect(mode([], jsonl(3))).toBe('arqam: main thread only\n');
  });
  it('an explicit --jobs 2 starts workers for two documents; --jobs 1 never does', () => {
    expect(mode(['--jobs', '2'], jsonl(2))).toBe('arqam: 2 worker threads\n');
    expect(mode(['--jobs', '1'], jsonl(200))).toBe('arqam: main thread only\n');
  });
  it('the default starts workers once 250,000 characters are read ahead', () => {
    expect(chars(200)).toBeGreaterThan(250_000);
    const cores = availableParallelism();
    expect(mode([], jsonl(200))).toBe(cores > 1 ? `arqam: ${cores} worker threads\n` : 'arqam: main thread only\n');
  });
});

describe('peekAhead', () => {
  it('stops when told, or at the end of the stream, and loses no item', async () => {
    const all = async <T>(it: AsyncIterable<T>) => {
      const out: T[] = [];
      for await (const x of it) out.push(x);
      return out;
    };
    const stop = await peekAhead(gen([1, 2, 3, 4, 5]), (seen) => seen.reduce((a, b) => a + b, 0) >= 6);
    expect([stop.stopped, stop.seen, await all(stop.items)]).toEqual([true, 3, [1, 2, 3, 4, 5]]);
    const end = await peekAhead(gen([1, 2]), (seen) => seen.length > 5);
    expect([end.stopped, end.seen, await all(end.items)]).toEqual([false, 2, [1, 2]]);
  });
});
