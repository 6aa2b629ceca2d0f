// npm run peers: measure arqam against the peer suites in ../shared/peer-suites.
// Each module in scripts/peers/*.mjs exports `suites`: [{ name, run(lib, dir) → { pass, total, failures } }].
// Pass rates are compared with scripts/peers/baseline.json; a drop fails the run.
// --update writes the new rates into the baseline; --verbose prints failures; --only NAME filters.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const peersDir = join(root, '..', 'shared', 'peer-suites');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const update = args.includes('--update');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;

if (!existsSync(peersDir)) {
  console.error(`peers: ${peersDir} not found: the peer suites live in ../shared beside this repo. Nothing measured.`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('peers: dist/index.js missing: run npm run build first.');
  process.exit(2);
}
const lib = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const baselinePath = join(here, 'peers', 'baseline.json');
const baseline = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : {};
const modules = readdirSync(join(here, 'peers'))
  .filter((f) => f.endsWith('.mjs'))
  .sort();
let failed = false;
const rates = {};
for (const m of modules) {
  const { suites } = await import(pathToFileURL(join(here, 'peers', m)).href);
  for (const s of suites) {
    if (only && !s.name.includes(only)) continue;
    const { pass, total, failures, target } = s.run(lib, peersDir);
    const rate = total === 0 ? 0 : pass / total;
    rates[s.name] = Math.floor(rate * 10000) / 10000; // floor: a stored rate never exceeds the measured one
    const base = baseline[s.name];
    const drop = base !== undefined && rate + 1e-9 < base;
    const miss = target !== undefined && rate + 1e-9 < target;
    if (drop || miss) failed = true;
    const flag = drop
      ? `  DROP from ${(base * 100).toFixed(1)}%`
      : miss
        ? `  BELOW target ${(target * 100).toFixed(0)}%`
        : '';
    console.log(
      `${s.name.padEnd(44)} ${String(pass).padStart(4)}/${String(total).padEnd(4)} ${(rate * 100).toFixed(1).padStart(5)}%${target !== undefined ? `  (target ${(target * 100).toFixed(0)}%)` : ''}${flag}`,
    );
    if (verbose) for (const f of failures.slice(0, 200)) console.log(`    ✗ ${f}`);
  }
}
if (update) {
  writeFileSync(baselinePath, `${JSON.stringify({ ...baseline, ...rates }, null, 2)}\n`);
  console.log(`peers: baseline written to ${baselinePath}`);
}
if (failed && !update) {
  console.error('peers: a pass rate dropped below its baseline or target');
  process.exit(1);
}
