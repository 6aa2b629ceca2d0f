// A pool of worker threads that run extract() + format on documents; results come back in
// submission order through the promises the caller keeps in order.
//
// Each worker handles one document at a time. A document that runs longer than `maxTimeMs` has its
// worker terminated and replaced; its promise resolves to { kind: 'timeout' }.

import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../types.js';

export interface Job {
  text: string;
  options: ExtractOptions;
}

export type JobResult =
  | { kind: 'ok'; out: string; facts: number }
  | { kind: 'timeout'; ms: number }
  | { kind: 'error'; message: string; stack?: string };

interface Pending {
  job: Job;
  resolve: (r: JobResult) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
}

export interface PoolOptions {
  size: number;
  /** Absolute path of the worker script (dist/worker.js). */
  script: URL;
  /** Data handed to every worker at start: the formatter it applies to each result. */
  workerData: unknown;
  maxTimeMs: number;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(private readonly o: PoolOptions) {
    for (let i = 0; i < Math.max(1, o.size); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.o.script, { workerData: this.o.workerData });
    const slot: Slot = { worker, busy: null, timer: null };
    worker.on('message', (m: JobResult) => this.finish(slot, m));
    worker.on('error', (err: Error) =>
      this.finish(slot, { kind: 'error', message: err.message, stack: err.stack }, true),
    );
    worker.unref();
    return slot;
  }

  private finish(slot: Slot, r: JobResult, dead = false): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const p = slot.busy;
    slot.busy = null;
    if (dead) this.replace(slot);
    p?.resolve(r);
    this.pump();
  }

  private replace(slot: Slot): void {
    void slot.worker.terminate();
    const i = this.slots.indexOf(slot);
    if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const p = this.queue.shift() as Pending;
      slot.busy = p;
      if (Number.isFinite(this.o.maxTimeMs) && this.o.maxTimeMs > 0) {
        const ms = this.o.maxTimeMs;
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
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
