// Unpacking and analysis are CPU-bound: a small pool of worker threads runs them on every core, and
// isolates each package's analysis (its own heap limit, a time limit), so that a hostile tarball costs
// an error entry for that package, not the whole review.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorMessage, PackageError } from '../../model/errors.js';
import { createLimiter } from '../../registry/pool.js';
import { analyzeTarballs, type AnalysisFailure, type TarballAnalysisInput, type TarballAnalysisResult } from './analyze-tarballs.js';
import type { FactCache } from './package-facts.js';

export interface TarballAnalyzer {
  readonly mode: 'workers' | 'in-thread';
  /** Worker threads started so far (0 in-thread): a replaced worker counts again. */
  readonly workersStarted: number;
  /** Takes ownership of the input's tarball buffers: a worker pool moves them to the worker, leaving them empty here. */
  analyze(input: TarballAnalysisInput): Promise<TarballAnalysisResult>;
  close(): Promise<void>;
}

export interface AnalyzerOptions {
  /** Workers (or in-thread analyses) at once; default: DEFAULT_WORKERS. */
  size?: number;
  /** The bundled worker script; default: `analyze-worker.js` beside this bundle. */
  workerUrl?: URL;
  timeoutMs?: number;
  /** Replace a worker after a change of more compressed bytes than this; default RECYCLE_AFTER_BYTES. */
  recycleAfterBytes?: number;
}

export const ANALYSIS_TIMEOUT_MS = 120_000;
export const WORKER_HEAP_MB = 1024;
/**
 * After a change this large (compressed bytes, both sides), the worker is replaced rather than reused:
 * V8 keeps the heap a giant package grew, and that heap would stay for the rest of the review.
 */
export const RECYCLE_AFTER_BYTES = 16 * 1024 * 1024;

/**
 * The tarball buffers a task can hand over instead of copying: only a buffer that owns its whole
 * ArrayBuffer (a pooled Buffer's memory is shared with other Buffers and must not be detached).
 */
export function transferables(input: TarballAnalysisInput): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const data of [input.oldData, input.newData]) {
    if (!data || !(data.buffer instanceof ArrayBuffer)) continue;
    if (data.byteOffset !== 0 || data.byteLength !== data.buffer.byteLength || out.includes(data.buffer)) continue;
    out.push(data.buffer);
  }
  return out;
}

/**
 * One core is left to the main thread, which downloads, hashes and reads the cache meanwhile. Measured
 * on the 2-core machine (large corpus case, warm, shared with other jobs): 1 worker used 5-20% less CPU
 * (each extra heap compiles and collects the same code again) and 60-90 MB less peak RSS than 2; wall
 * times were within the noise of the other jobs (80 s against 80 s, then 261 s against 166 s).
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores - 1, 4));
}

function inputBytes(input: TarballAnalysisInput): number {
  return input.newData.byteLength + (input.oldData?.byteLength ?? 0);
}

type WorkerReply = { ok: true; result: TarballAnalysisResult } | { ok: false; error: AnalysisFailure };

interface Task {
  input: TarballAnalysisInput;
  resolve: (result: TarballAnalysisResult) => void;
  reject: (error: Error) => void;
}

function defaultWorkerUrl(): URL {
  // In dist/ this is dist/analyze-worker.js; run from the TypeScript sources (tests) it does not exist.
  return new URL('./analyze-worker.js', import.meta.url);
}

/** Runs one task at a time in its own worker thread, replacing the worker when it crashes or times out. */
class WorkerSlot {
  private worker: Worker | null = null;
  private task: Task | null = null;
  private timer: NodeJS.Timeout | null = null;
  private recycle = false;

  constructor(
    private readonly script: string,
    private readonly timeoutMs: number,
    private readonly recycleAfterBytes: number,
    private readonly onSpawn: () => void,
  ) {}

  run(task: Task): void {
    this.task = task;
    this.recycle = inputBytes(task.input) > this.recycleAfterBytes;
    const worker = this.worker ?? this.spawn();
    worker.ref();
    this.timer = setTimeout(() => {
      this.fail(new PackageError('ETIMEOUT', `analysis took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped`));
    }, this.timeoutMs);
    // Moved, not copied: the main thread does not read the tarball again, and a copy doubles its memory.
    worker.postMessage(task.input, transferables(task.input));
  }

  close(): Promise<unknown> {
    const worker = this.worker;
    this.worker = null;
    return worker ? worker.terminate() : Promise.resolve();
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.onSpawn();
    // Events of a worker that was already replaced (timed out, crashed) must not touch the next task.
    const current = () => this.worker === worker;
    worker.on('message', (reply: WorkerReply) => {
      if (!current()) return;
      if (reply.ok) this.finish(reply.result);
      else this.fail(new PackageError(reply.error.code, reply.error.message));
    });
    worker.on('error', (error) => {
      if (current()) this.fail(new PackageError('EANALYZE', `the analysis worker failed: ${errorMessage(error)}`));
    });
    worker.on('exit', () => {
      if (current()) this.fail(new PackageError('EANALYZE', 'the analysis worker stopped (out of memory?)'));
    });
    this.worker = worker;
    return worker;
  }

  private settle(): Task | null {
    const task = this.task;
    this.task = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // An idle worker must not keep the process alive.
    this.worker?.unref();
    return task;
  }

  private finish(result: TarballAnalysisResult): void {
    const task = this.settle();
    if (this.recycle) {
      const worker = this.worker;
      this.worker = null;
      void worker?.terminate();
    }
    task?.resolve(result);
  }

  private fail(error: Error): void {
    const task = this.settle();
    // The worker's state is unknown after a failure: replace it.
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    task?.reject(error);
  }
}

function workerPool(script: string, size: number, timeoutMs: number, recycleAfterBytes: number): TarballAnalyzer {
  let started = 0;
  const idle = Array.from({ length: size }, () => new WorkerSlot(script, timeoutMs, recycleAfterBytes, () => (started += 1)));
  const all = [...idle];
  const queue: Task[] = [];
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const slot = idle.pop()!;
      const task = queue.shift()!;
      const release = () => {
        idle.push(slot);
        dispatch();
      };
      slot.run({
        input: task.input,
        resolve: (result) => (release(), task.resolve(result)),
        reject: (error) => (release(), task.reject(error)),
      });
    }
  };
  return {
    mode: 'workers',
    get workersStarted() {
      return started;
    },
    analyze: (input) =>
      new Promise<TarballAnalysisResult>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        dispatch();
      }),
    close: async () => {
      await Promise.all(all.map((slot) => slot.close()));
    },
  };
}

function inThread(size: number): TarballAnalyzer {
  const limit = createLimiter(size);
  const cache: FactCache = new Map();
  return {
    mode: 'in-thread',
    workersStarted: 0,
    analyze: (input) => limit(() => analyzeTarballs(input, cache)),
    close: async () => undefined,
  };
}

export function createTarballAnalyzer(options: AnalyzerOptions = {}): TarballAnalyzer {
  const size = options.size ?? defaultWorkers();
  const url = options.workerUrl ?? defaultWorkerUrl();
  const script = url.protocol === 'file:' ? fileURLToPath(url) : '';
  if (script === '' || !existsSync(script)) return inThread(size);
  return workerPool(script, size, options.timeoutMs ?? ANALYSIS_TIMEOUT_MS, options.recycleAfterBytes ?? RECYCLE_AFTER_BYTES);
}
