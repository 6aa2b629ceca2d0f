// Promise forms of the few file-system calls the inputs make, over node:fs's callback API: loading
// node:fs/promises would cost a one-article run about 2 ms at start.
import {
  close,
  type Dir,
  open,
  opendir as opendirCb,
  read,
  readFile as readFileCb,
  type Stats,
  stat as statCb,
} from 'node:fs';

type Callback<T> = (err: NodeJS.ErrnoException | null, value: T) => void;
const promise = <T>(call: (cb: Callback<T>) => void) =>
  new Promise<T>((resolve, reject) => call((err, value) => (err ? reject(err) : resolve(value))));

export const stat = (path: string) => promise<Stats>((cb) => statCb(path, cb));
export const readFile = (path: string) => promise<Buffer>((cb) => readFileCb(path, cb));
export const opendir = (path: string) => promise<Dir>((cb) => opendirCb(path, cb));

/** The first `n` bytes of a file (fewer when it is shorter). */
export async function readHead(path: string, n: number): Promise<Buffer> {
  const fd = await promise<number>((cb) => open(path, 'r', cb));
  try {
    const buf = Buffer.alloc(n);
    const got = await promise<number>((cb) => read(fd, buf, 0, n, 0, cb));
    return buf.subarray(0, got);
  } finally {
    await promise<void>((cb) => close(fd, (err) => cb(err, undefined)));
  }
}

/** Throws the reason when the file cannot be opened for reading. */
export async function checkReadable(path: string): Promise<void> {
  const fd = await promise<number>((cb) => open(path, 'r', cb));
  await promise<void>((cb) => close(fd, (err) => cb(err, undefined)));
}
