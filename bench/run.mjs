// npm run bench: speed and memory, each as a ratio against a baseline measured in the same run.
//   1 throughput   arqam extract (all kinds) vs. reading the text + one global digit regex, ≥ 50 MB
//   2 startup      `arqam` on one short article vs. `node -e 0`, median of ≥ 20 runs
//   3 memory       --jsonl over 100 MB and 1 GB generated on the fly through a pipe: peak RSS
//   4 adversarial  1 MB hostile inputs: time per MB vs. normal text
//   5 scaling      10, 20, 40 MB: time grows linearly
//   6 parallel     --jobs 1 vs --jobs 2 over the same JSON Lines input
// Usage: node bench/run.mjs [--only NAME] [--quick]   (--quick: smaller sizes, for a smoke run)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const quick = args.includes('--quick');
const MB = 1024 * 1024;

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('bench: dist/ missing: run npm run build first');
  process.exit(2);
}
const { extract } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const BIN = join(root, 'bin', 'arqam.js');

/** The articles: our fixtures and the seed when it is there. */
function articles() {
  const dirs = [join(root, 'fixtures'), join(root, '..', 'shared', 'seed')];
  const out = [];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) if (f.endsWith('.txt')) out.push(readFileSync(join(d, f), 'utf8'));
  }
  if (out.length === 0) throw new Error('bench: no articles in fixtures/');
  return out;
}

/** Documents (strings) cycling through the articles until `bytes` of UTF-8 are reached. */
function corpus(bytes) {
  const arts = articles();
  const docs = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const a = arts[i % arts.length];
    docs.push(a);
    n += Buffer.byteLength(a);
  }
  return { docs, bytes: n };
}

const fmt = (x, d = 1) => x.toFixed(d);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const results = {};
const want = (name) => !only || only === name;

function timeIt(fn) {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

// The baseline: decode the bytes and run one global digit regex over the text.
const DIGITS = /[0-9\u0660-\u0669\u06f0-\u06f9]+/g;
function baseline(bufs) {
  let count = 0;
  const dec = new TextDecoder();
  for (const b of bufs) {
    const t = dec.decode(b);
    for (const _ of t.matchAll(DIGITS)) count++;
  }
  return count;
}
function arqamRun(bufs) {
  let facts = 0;
  const dec = new TextDecoder();
  for (const b of bufs) {
    const r = extract(dec.decode(b));
    facts += r.casualties.length + r.dates.length + r.quotes.length + r.numbers.length;
  }
  return facts;
}

if (want('throughput')) {
  const { docs, bytes } = corpus(quick ? 5 * MB : 50 * MB);
  const bufs = docs.map((d) => Buffer.from(d));
  arqamRun(bufs.slice(0, 200)); // warm up
  baseline(bufs.slice(0, 200));
  const tb = timeIt(() => baseline(bufs));
  const ta = timeIt(() => arqamRun(bufs));
  const r = ta / tb;
  results.throughput = { mb: bytes / MB, baselineMBs: bytes / MB / tb, arqamMBs: bytes / MB / ta, ratio: r };
  console.log(
    `1 throughput  ${fmt(bytes / MB)} MB in ${docs.length} docs: baseline ${fmt(bytes / MB / tb)} MB/s, arqam ${fmt(bytes / MB / ta)} MB/s, ratio ${fmt(r, 2)}x (target ≤ 8)`,
  );
}

if (want('startup')) {
  const article = join(
    root,
    'fixtures',
    readdirSync(join(root, 'fixtures')).find((f) => f.endsWith('.txt')),
  );
  const runs = quick ? 8 : 25;
  const wall = (cmd, a) => {
    const t0 = performance.now();
    const r = spawnSync(cmd, a, { stdio: ['ignore', 'ignore', 'ignore'] });
    if (r.status !== 0 && r.status !== 1) throw new Error(`startup: ${a.join(' ')} exited ${r.status}`);
    return performance.now() - t0;
  };
  const base = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    base.push(wall(process.execPath, ['-e', '0']));
    ours.push(wall(process.execPath, [BIN, '--format', 'json', article]));
  }
  const r = median(ours) / median(base);
  results.startup = { nodeMs: median(base), arqamMs: median(ours), ratio: r };
  console.log(
    `2 startup     node -e 0 ${fmt(median(base))} ms, arqam on one article ${fmt(median(ours))} ms (median of ${runs}), ratio ${fmt(r, 2)} (target ≤ 1.6)`,
  );
}

/** Run arqam --jsonl over `bytes` of generated JSON Lines fed through a pipe; return peak RSS (MiB) and seconds. */
function jsonlRun(bytes, extra = []) {
  return new Promise((resolve, reject) => {
    const arts = articles().map((a, i) => `${JSON.stringify({ id: `d${i}`, text: a })}\n`);
    const child = spawn(process.execPath, [BIN, '--jsonl', '--format', 'jsonl', ...extra], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const s = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const m = /VmHWM:\s+(\d+) kB/.exec(s);
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {}
    }, 50);
    let outBytes = 0;
    child.stdout.on('data', (d) => {
      outBytes += d.length;
    });
    const t0 = performance.now();
    let sent = 0;
    let i = 0;
    const pump = () => {
      while (sent < bytes) {
        const line = arts[i++ % arts.length];
        sent += Buffer.byteLength(line);
        if (!child.stdin.write(line)) {
          child.stdin.once('drain', pump);
          return;
        }
      }
      child.stdin.end();
    };
    pump();
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0 && code !== 1) reject(new Error(`jsonl run exited ${code}`));
      else resolve({ peakMiB: peak, seconds: (performance.now() - t0) / 1000, outBytes });
    });
  });
}

if (want('memory')) {
  const sizes = quick ? [20 * MB, 100 * MB] : [100 * MB, 1024 * MB];
  const rows = [];
  for (const s of sizes) {
    const r = await jsonlRun(s);
    rows.push({ mb: s / MB, ...r });
    console.log(
      `3 memory      --jsonl over ${s / MB} MB through a pipe: peak RSS ${fmt(r.peakMiB)} MiB, ${fmt(r.seconds)} s (${fmt(s / MB / r.seconds)} MB/s) (target < 200 MiB, flat)`,
    );
  }
  results.memory = rows;
}

if (want('adversarial')) {
  const size = MB;
  const repeat = (unit) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const normal = repeat(articles().join('\n'));
  const cases = {
    'casualty words, no numbers': repeat('قتل وأصيب ومقتل وإصابة واعتقال ونزوح جرحى قتلى '),
    '100,000 opening quotes': repeat('“قال '),
    'digits and commas': repeat('1,'),
    'one word with diacritics': repeat('قُتِلَ '),
    'tatweel line': repeat('ـ'),
    'number words chain': repeat('ثلاثة و'),
    'opening guillemets': repeat('«'),
    'month names': repeat('أكتوبر تشرين الأول '),
  };
  const per = (t) => {
    extract(t.slice(0, 20000));
    return median([0, 1, 2].map(() => timeIt(() => extract(t))));
  };
  const tn = per(normal);
  const rows = {};
  console.log(`4 adversarial normal text: ${fmt(tn * 1000)} ms per MB`);
  for (const [name, text] of Object.entries(cases)) {
    const t = per(text);
    rows[name] = t / tn;
    console.log(
      `               ${name.padEnd(28)} ${fmt(t * 1000).padStart(8)} ms per MB, ${fmt(t / tn, 2)}x normal (target ≤ 3)`,
    );
  }
  results.adversarial = rows;
}

if (want('scaling')) {
  const sizes = quick ? [2, 4, 8] : [10, 20, 40];
  const times = [];
  for (const s of sizes) {
    const { docs } = corpus(s * MB);
    const bufs = docs.map((d) => Buffer.from(d));
    times.push(timeIt(() => arqamRun(bufs)));
  }
  const per = times.map((t, i) => t / sizes[i]);
  results.scaling = { sizes, seconds: times };
  console.log(
    `5 scaling     ${sizes.map((s, i) => `${s} MB ${fmt(times[i], 2)} s`).join(', ')}; s/MB ${per.map((p) => fmt(p, 3)).join(', ')} (linear: ratio ${fmt(Math.max(...per) / Math.min(...per), 2)})`,
  );
}

if (want('parallel')) {
  const s = quick ? 20 * MB : 100 * MB;
  const one = await jsonlRun(s, ['--jobs', '1']);
  const two = await jsonlRun(s, ['--jobs', '2']);
  results.parallel = { mb: s / MB, jobs1: one.seconds, jobs2: two.seconds, speedup: one.seconds / two.seconds };
  console.log(
    `6 parallel    --jsonl ${s / MB} MB: --jobs 1 ${fmt(one.seconds)} s, --jobs 2 ${fmt(two.seconds)} s, speed-up ${fmt(one.seconds / two.seconds, 2)}x on ${(await import('node:os')).availableParallelism()} cores`,
  );
}

if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
