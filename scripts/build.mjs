// Build: one bundled ESM file for the CLI (fast start) and one for the library, plus type declarations.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  // Smaller files compile faster: the start of a one-article run is mostly compiling and running
  // the extractors once.
  minify: true,
  legalComments: 'none',
  define: { __ARQAM_VERSION__: JSON.stringify(pkg.version) },
  // Some dependencies are CommonJS and call require(): give the ESM bundle one.
  banner: {
    js: "import { createRequire as __arqamRequire } from 'node:module'; const require = __arqamRequire(import.meta.url);",
  },
  logLevel: 'warning',
};
mkdirSync('dist', { recursive: true });
// The library and the worker share chunks.
const { metafile } = await build({
  ...common,
  entryPoints: { index: 'src/index.ts', worker: 'src/parallel/worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});
// Chunks of earlier builds: removed once they are 10 minutes old (a run started before this build
// may still import them).
const current = new Set(Object.keys(metafile.outputs).map((f) => f.replace(/^dist\//, '')));
for (const f of existsSync('dist/chunks') ? readdirSync('dist/chunks') : []) {
  const p = `dist/chunks/${f}`;
  if (!current.has(`chunks/${f}`) && Date.now() - statSync(p).mtimeMs > 10 * 60 * 1000) rmSync(p);
}
// The CLI: one CommonJS file, which bin/arqam.js compiles with V8's code cache (dist/cli.jsc). What
// one run does not need (formatters other than the one asked for, the worker pool) is still
// initialised on demand. import.meta.url (the worker's address) becomes this file's URL.
// commander loads node:child_process (5 ms at start) for executable subcommands, which arqam has
// none of: it gets a stand-in that loads the module only if a property is ever read.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (a) =>
      /[\\/]commander[\\/]/.test(a.importer) ? { path: 'child_process', namespace: 'lazy-cp' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-cp' }, () => ({
      contents:
        "module.exports = new Proxy({}, { get: (_, k) => require('node:child_process')[k], has: (_, k) => k in require('node:child_process') });",
      loader: 'js',
    }));
  },
};
await build({
  ...common,
  plugins: [lazyChildProcess],
  format: 'cjs',
  entryPoints: { cli: 'src/cli.ts' },
  outfile: 'dist/cli.cjs',
  define: { ...common.define, 'import.meta.url': '__arqamUrl' },
  banner: { js: "const __arqamUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The code cache: bytecode of every function a run on the example article compiles, written by the
// launcher after that run. A run whose V8 does not accept it (another Node version, other V8 flags)
// compiles the source as usual.
rmSync('dist/cli.jsc', { force: true });
rmSync('dist/cli.js', { force: true });
execFileSync(process.execPath, ['bin/arqam.js', '--format', 'json', 'fixtures/a01-gaza-school-strike.txt'], {
  env: { ...process.env, ARQAM_WRITE_CODE_CACHE: 'dist/cli.jsc' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
}
const { OUTPUT_SCHEMA } = await import('../dist/index.js');
writeFileSync('dist/output.schema.json', `${JSON.stringify(OUTPUT_SCHEMA, null, 2)}\n`);
