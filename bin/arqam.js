#!/usr/bin/env node
// Launcher: runs the bundled CLI (built by `npm run build`, which `npm install` runs via prepare).
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    const debug = process.argv.includes('--debug');
    process.stderr.write(`arqam: ${debug && err?.stack ? err.stack : (err?.message ?? String(err))}\n`);
    process.exitCode = 2;
  },
);
