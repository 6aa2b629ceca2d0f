// The main loop's stages (run.ts): documents → process → sink, in order; a failing document is an
// outcome with its error, not an exception, so the other documents still go through.
import { describe, expect, it } from 'vitest';
import type { Doc } from '../src/input/sources.js';
import { extractProcess, type Outcome, runAll } from '../src/run.js';

async function* docs(list: Doc[]): AsyncGenerator<Doc> {
  for (const d of list) yield d;
}

describe('runAll', () => {
  it('hands outcomes to the sink in document order; an error stays with its document', async () => {
    const seen: string[] = [];
    const sink = async (o: Outcome) => {
      seen.push(o.result ? `${o.doc.id}:${o.result.numbers.map((n) => n.value).join('+')}` : `${o.doc.id}:error`);
    };
    await runAll(
      docs([
        { id: 'a', text: 'وصل 3' },
        // A reference date that is not a date makes extract() throw.
        { id: 'b', text: 'وصل 4', refDate: '2024-02-30' },
        { id: 'c', text: 'وصل 5 و 6' },
      ]),
      extractProcess({ kinds: ['numbers'] }),
      sink,
    );
    expect(seen).toEqual(['a:3', 'b:error', 'c:5+6']);
  });
  it("a document's own date wins over the shared reference date", async () => {
    const p = extractProcess({ kinds: ['numbers'], refDate: '2020-01-01' });
    const own = await p({ id: 'x', text: 'نص', refDate: '2024-05-06' });
    const shared = await p({ id: 'y', text: 'نص' });
    expect([own.result?.ref_date, shared.result?.ref_date]).toEqual(['2024-05-06', '2020-01-01']);
  });
});
