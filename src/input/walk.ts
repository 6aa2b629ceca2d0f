// --recursive: the files under a directory, in a stable order.
// Every regular file is listed (binary ones are skipped later, with a notice, when read);
// names starting with "." (.git, .DS_Store) are left out, as ripgrep does; symbolic links to
// directories are not followed (no cycles), links to files are read.
// Depth-first, the entries of each directory sorted by code unit order of their names:
//   dir/a.txt, dir/b/c.txt, dir/b.txt   (entries "a.txt" < "b" < "b.txt")

import { join } from 'node:path';
import { opendir, stat } from './fsp.js';
import type { InputProblem } from './sources.js';

export async function* walkFiles(dir: string, report: (p: InputProblem) => void): AsyncGenerator<string> {
  let names: { name: string; kind: 'file' | 'dir' | 'link' | 'other' }[];
  try {
    names = [];
    for await (const e of await opendir(dir)) {
      if (e.name.startsWith('.')) continue;
      const kind = e.isFile() ? 'file' : e.isDirectory() ? 'dir' : e.isSymbolicLink() ? 'link' : 'other';
      names.push({ name: e.name, kind });
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : (e.message ?? String(err));
    report({ input: dir, message: why, level: 'error' });
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, kind } of names) {
    const path = join(dir, name);
    if (kind === 'file') yield path;
    else if (kind === 'dir') yield* walkFiles(path, report);
    else if (kind === 'link') {
      try {
        if ((await stat(path)).isFile()) yield path;
      } catch {
        report({ input: path, message: 'broken symbolic link, skipped', level: 'notice' });
      }
    }
  }
}
