#!/usr/bin/env node
// Launcher: runs the bundled CLI (dist/cli.cjs, built by `npm run build`, which `npm install` runs via
// prepare). It compiles the bundle with V8's code cache (dist/cli.jsc, written by the build), so a
// one-article run does not spend its time compiling the extractors. Without the cache, or when this
// V8 rejects it (another Node version), the source is compiled as usual: slower, same results.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const file = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const cacheFile = fileURLToPath(new URL('../dist/cli.jsc', import.meta.url));
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {}
// The CommonJS wrapper, on the source's first line so stack traces keep its line numbers.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, {
  filename: file,
  cachedData,
});
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(file), cli, file, dirname(file));

cli.exports.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // The build writes the cache after a run on the example article (scripts/build.mjs).
    const out = process.env.ARQAM_WRITE_CODE_CACHE;
    if (out) writeFileSync(out, script.createCachedData());
  },
  (err) => {
    const debug = process.argv.includes('--debug');
    process.stderr.write(`arqam: ${debug && err?.stack ? err.stack : (err?.message ?? String(err))}\n`);
    process.exitCode = 2;
  },
);
