// A byte-level line splitter: a stream of chunks → lines, without ever holding more than one line.
// Lines end at "\n" (a "\r" before it is dropped); a last line without "\n" is still a line.
// A line longer than `maxBytes` is not kept: its bytes are counted and dropped, and it comes out as
// { tooLong } so the caller can report it and go on.
//
// "a\r\nb\n\nc" → {n:1, bytes:"a"}, {n:2, bytes:"b"}, {n:3, bytes:""}, {n:4, bytes:"c"}

export type Line =
  | { n: number; bytes: Buffer; tooLong?: undefined }
  | { n: number; bytes?: undefined; tooLong: number };

const NL = 0x0a;
const CR = 0x0d;

export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  /** Bytes of the current line dropped because it is too long; -1 while the line is kept. */
  let dropped = -1;
  let n = 0;

  const finish = (): Line => {
    n++;
    if (dropped >= 0) {
      const line: Line = { n, tooLong: dropped + size };
      dropped = -1;
      parts = [];
      size = 0;
      return line;
    }
    let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    size = 0;
    return { n, bytes };
  };
  const keep = (b: Buffer) => {
    if (b.length === 0) return;
    if (dropped >= 0) {
      dropped += b.length;
      return;
    }
    if (size + b.length > maxBytes) {
      dropped = size + b.length;
      parts = [];
      size = 0;
      return;
    }
    parts.push(b);
    size += b.length;
  };

  for await (const c of chunks) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    let from = 0;
    for (let nl = chunk.indexOf(NL, from); nl !== -1; nl = chunk.indexOf(NL, from)) {
      keep(chunk.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    // The rest of the chunk starts the next line: copy it so a small rest does not pin a big chunk.
    if (from < chunk.length) keep(Buffer.from(chunk.subarray(from)));
  }
  if (size > 0 || dropped >= 0) yield finish();
}
