// Build: one bundled ESM file for the CLI (fast start) and one for the library, plus type declarations.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  define: { __ARQAM_VERSION__: JSON.stringify(pkg.version) },
  // cli-table3 is CommonJS and requires node built-ins; give the ESM bundle a require().
  banner: {
    js: "import { createRequire as __arqamRequire } from 'node:module'; const require = __arqamRequire(import.meta.url);",
  },
  logLevel: 'warning',
};
mkdirSync('dist', { recursive: true });
await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
}
const { OUTPUT_SCHEMA } = await import('../dist/index.js');
writeFileSync('dist/output.schema.json', `${JSON.stringify(OUTPUT_SCHEMA, null, 2)}\n`);
