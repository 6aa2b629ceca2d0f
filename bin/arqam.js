#!/usr/bin/env node
// Launcher: runs the bundled CLI (dist/cli.cjs, built by `npm run build`, which `npm install` runs via
// prepare). It compiles the bundle with V8's code cache (dist/cli.jsc, written by the build), so a
// one-article run does not spend its time compiling the extractors. Without the cache, or when this
// V8 rejects it (another Node version), the source is compiled as usual: slower, same results.
// CommonJS (bin/package.json), which Node starts faster than an ES module.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'cli.cjs');
let cachedData;
try {
  cachedData = readFileSync(join(dist, 'cli.jsc'));
} catch {}
// The CommonJS wrapper, on the source's first line so stack traces keep its line numbers.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, {
  filename: file,
  cachedData,
});
const cli = { exports: {} };
script.runInThisContext()(cli.exports, require('node:module').createRequire(file), cli, file, dist);

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
