// Reads ahead up to two items to tell whether a stream holds more than one, without losing any.
//   peekMany(<a>)       → { many: false, items: <a> }
//   peekMany(<a, b, c>) → { many: true,  items: <a, b, c> }

export async function peekMany<T>(items: AsyncIterable<T>): Promise<{ many: boolean; items: AsyncIterable<T> }> {
  const it = items[Symbol.asyncIterator]();
  const a = await it.next();
  if (a.done) return { many: false, items: (async function* () {})() };
  const b = await it.next();
  if (b.done) {
    return {
      many: false,
      items: (async function* () {
        yield a.value;
      })(),
    };
  }
  return {
    many: true,
    items: (async function* () {
      yield a.value;
      yield b.value;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    })(),
  };
}
