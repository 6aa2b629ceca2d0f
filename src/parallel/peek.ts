// Reads ahead in a stream, without losing any item, to decide whether it is worth worker threads.
//   peekMany(<a>)       → { many: false, items: <a> }
//   peekMany(<a, b, c>) → { many: true,  items: <a, b, c> }
//   peekAhead(<a, b>, xs => xs.length > 5)        → { stopped: false, items: <a, b> }  (the stream ended first)
//   peekAhead(<a, b, …>, xs => xs.length > 1)      → { stopped: true,  items: <a, b, …> }

/** Reads items until `enough(seen)` holds or the stream ends; `items` yields every item, read or not. */
export async function peekAhead<T>(
  items: AsyncIterable<T>,
  enough: (seen: readonly T[]) => boolean,
): Promise<{ stopped: boolean; seen: number; items: AsyncIterable<T> }> {
  const it = items[Symbol.asyncIterator]();
  const seen: T[] = [];
  let stopped = false;
  let ended = false;
  while (!stopped) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    seen.push(r.value);
    stopped = enough(seen);
  }
  return {
    stopped,
    seen: seen.length,
    items: (async function* () {
      yield* seen;
      seen.length = 0;
      if (!ended) for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    })(),
  };
}

export async function peekMany<T>(items: AsyncIterable<T>): Promise<{ many: boolean; items: AsyncIterable<T> }> {
  const p = await peekAhead(items, (seen) => seen.length >= 2);
  return { many: p.stopped, items: p.items };
}
