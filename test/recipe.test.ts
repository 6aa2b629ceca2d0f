// Beyond one machine: arqam as a map step. GNU parallel (`parallel --pipe`) cuts JSON Lines on stdin
// into blocks at line ends and runs one arqam per block; the union of the outputs must be the output
// of a single process (as a set of lines: blocks finish in any order). CI installs `parallel`
// (.ci/run); without it this test fails, it does not skip. --no-fail-on-empty: a block without any
// fact must not count as a failed job.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

function hasParallel(): boolean {
  try {
    return execFileSync('parallel', ['--version'], { encoding: 'utf8' }).startsWith('GNU parallel');
  } catch {
    return false;
  }
}

describe('GNU parallel recipe', { timeout: 300_000 }, () => {
  it('parallel --pipe --block 1M arqam --jsonl --format jsonl --no-fail-on-empty gives the lines of a single process', () => {
    if (!hasParallel()) {
      throw new Error('GNU parallel is not installed: apt-get install -y parallel (CI installs it in .ci/run)');
    }
    const texts = readdirSync(join(ROOT, 'fixtures'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
    // ~2 MB of JSON Lines; every document has its own id, so a fact's "input" does not depend on
    // which block (and which line of that block) it was read from.
    const lines: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes < 2 * 1024 * 1024; i++) {
      const line = `${JSON.stringify({ id: `doc-${i}`, text: texts[i % texts.length] })}\n`;
      lines.push(line);
      bytes += Buffer.byteLength(line);
    }
    const file = join(mkdtempSync(join(tmpdir(), 'arqam-recipe-')), 'archive.jsonl');
    writeFileSync(file, lines.join(''));
    const input = readFileSync(file);
    // A copy of the built CLI: both runs use the same build even if dist/ is rebuilt meanwhile.
    const app = mkdtempSync(join(tmpdir(), 'arqam-app-'));
    cpSync(join(ROOT, 'bin'), join(app, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(app, 'dist'), { recursive: true });
    const bin = join(app, 'bin', 'arqam.js');

    const single = spawnSync(process.execPath, [bin, '--jsonl', '--format', 'jsonl'], {
      input,
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
    expect([single.status, single.stderr]).toEqual([0, '']);

    const par = spawnSync(
      'parallel',
      [
        '--will-cite',
        '--pipe',
        '--block',
        '1M',
        process.execPath,
        bin,
        '--jsonl',
        '--format',
        'jsonl',
        '--no-fail-on-empty',
      ],
      { input, maxBuffer: 1 << 30, encoding: 'utf8' },
    );
    expect([par.status, par.stderr]).toEqual([0, '']);

    const sorted = (s: string) => s.split('\n').filter(Boolean).sort();
    const want = sorted(single.stdout);
    // Facts of every document, not an empty run: each document is there.
    expect(new Set(want.map((l) => JSON.parse(l).input)).size).toBe(lines.length);
    expect(sorted(par.stdout)).toEqual(want);
  });
});
