// npm run eval: the independent scorer (../shared/tools/score.mjs) over the seed and our fixtures.
// Thresholds: the seed must be perfect on casualties and quotes; fixtures must reach the issue targets.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'tools', 'score.mjs');
const extra = process.argv.slice(2);
if (!existsSync(scorer)) {
  console.error(
    `eval: ${scorer} not found: the scorer and the seed live in ../shared beside this repo. Nothing scored.`,
  );
  process.exit(2);
}
const cli = `node ${join(root, 'bin', 'arqam.js')}`;
const seed = readdirSync(join(shared, 'seed'))
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => join(shared, 'seed', f));
const fixtures = existsSync(join(root, 'fixtures'))
  ? readdirSync(join(root, 'fixtures'))
      .filter((f) => f.endsWith('.gold.json'))
      .map((f) => join(root, 'fixtures', f))
  : [];

function score(label, files, mins) {
  if (files.length === 0) {
    console.log(`== ${label}: no gold files`);
    return 0;
  }
  console.log(`== ${label} (${files.length} gold files)`);
  const minArgs = mins.flatMap((m) => ['--min', m]);
  const r = spawnSync(process.execPath, [scorer, '--cli', cli, ...minArgs, ...extra, ...files], {
    stdio: 'inherit',
  });
  return r.status ?? 2;
}

const seedMins = (process.env.ARQAM_EVAL_SEED_MIN ?? 'casualties=1.0,quotes=1.0,dates=1.0').split(',').filter(Boolean);
const fixMins = (process.env.ARQAM_EVAL_FIXTURES_MIN ?? 'casualties=0.95,quotes=0.95,dates=0.95')
  .split(',')
  .filter(Boolean);
const a = score('seed', seed, seedMins);
const b = score('fixtures', fixtures, fixMins);
process.exit(a === 0 && b === 0 ? 0 : 1);
