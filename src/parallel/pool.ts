// A pool of worker threads, each handling one job at a time. run(job) returns a promise that
// always resolves (never rejects): to the worker's answer, to { kind: 'timeout' } when the job ran
// longer than `maxTimeMs` (its worker is then terminated and replaced), or to { kind: 'error' }
// when the worker died (it is replaced too). Jobs wait in a FIFO queue until a worker is free.
//
//   const pool = new Pool({ size: 2, script: new URL('./worker.js', import.meta.url), workerData, maxTimeMs: 30000 });
//   await pool.run({ id: 'a.txt', text, refDate: null })  → { kind: 'ok', out: '{"input":"a.txt",...}\n', facts: 3 }
//   await pool.close();   (workers keep the process alive until then)

import { Worker } from 'node:worker_threads';

/** One document for a worker. */
export interface Job {
  id: string;
  text: string;
  refDate: string | null;
  /** The first document of the run (formatters may mark the documents after it). */
  first?: boolean;
}

/** What a worker posts back for a job. */
export type WorkerAnswer =
  | { kind: 'ok'; out: string; facts: number }
  | { kind: 'error'; message: string; stack?: string };

/** What a worker posts once, when it is ready for jobs (so a job's time never counts its start-up). */
export const READY = 'ready';

export type JobResult = WorkerAnswer | { kind: 'timeout'; ms: number };

interface Pending {
  job: Job;
  resolve: (r: JobResult) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
  ready: boolean;
}

export interface PoolOptions {
  /** Number of workers (at least 1). */
  size: number;
  /** The worker script (dist/worker.js), or a `data:` URL in tests. */
  script: URL;
  /** Data handed to every worker at start (e.g. the format it applies to each result). */
  workerData: unknown;
  /** Per-job time budget in ms; 0 or Infinity: none. */
  maxTimeMs: number;
  /** V8 heap limits of each worker (e.g. a small young generation keeps the RSS of N workers low). */
  resourceLimits?: import('node:worker_threads').ResourceLimits;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;
  private broken: WorkerAnswer | null = null;

  constructor(private readonly o: PoolOptions) {
    const n = Math.max(1, Math.floor(o.size) || 1);
    for (let i = 0; i < n; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  private spawn(): Slot {
    const worker = new Worker(this.o.script, { workerData: this.o.workerData, resourceLimits: this.o.resourceLimits });
    const slot: Slot = { worker, busy: null, timer: null, ready: false };
    worker.on('message', (m: WorkerAnswer | typeof READY) => {
      if (m !== READY) this.finish(slot, m, false);
      else if (this.slots.includes(slot)) {
        slot.ready = true;
        this.pump();
      }
    });
    const died = (r: WorkerAnswer) => {
      if (!this.slots.includes(slot)) return;
      if (slot.ready) this.finish(slot, r, true);
      else this.fail(r); // a worker that cannot even start: replacing it would fail again
    };
    worker.on('error', (err: Error) => died({ kind: 'error', message: err.message, stack: err.stack }));
    // A worker that exits on its own (not terminated by us) fails its job and is replaced.
    worker.on('exit', (code) => died({ kind: 'error', message: `worker exited with code ${code}` }));
    return slot;
  }

  /** The pool cannot work: every job, queued or to come, resolves to `r`. */
  private fail(r: WorkerAnswer): void {
    this.broken = r;
    void this.close();
  }

  private finish(slot: Slot, r: JobResult, dead: boolean): void {
    if (!this.slots.includes(slot)) return; // a late event of a replaced worker
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const p = slot.busy;
    slot.busy = null;
    if (dead) this.replace(slot);
    p?.resolve(r);
    this.pump();
  }

  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {}); // an error racing the termination is expected
    void slot.worker.terminate();
    if (i < 0) return;
    if (this.closed) this.slots.splice(i, 1);
    else this.slots[i] = this.spawn();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.busy || this.queue.length === 0) continue;
      const p = this.queue.shift() as Pending;
      slot.busy = p;
      const ms = this.o.maxTimeMs;
      if (Number.isFinite(ms) && ms > 0) {
        slot.timer = setTimeout(() => {
          slot.timer = null;
          const q = slot.busy;
          slot.busy = null;
          this.replace(slot);
          q?.resolve({ kind: 'timeout', ms });
          this.pump();
        }, ms);
      }
      slot.worker.postMessage(p.job);
    }
  }

  run(job: Job): Promise<JobResult> {
    if (this.closed) return Promise.resolve(this.broken ?? { kind: 'error', message: 'pool closed' });
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  /** Terminates every worker; jobs still queued or running resolve to an error. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    const r = this.broken ?? { kind: 'error', message: 'pool closed' };
    for (const p of this.queue.splice(0)) p.resolve(r);
    await Promise.all(
      slots.map((s) => {
        if (s.timer) clearTimeout(s.timer);
        s.busy?.resolve(r);
        s.worker.removeAllListeners();
        s.worker.on('error', () => {});
        return s.worker.terminate();
      }),
    );
  }
}
