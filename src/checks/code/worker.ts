// Worker-thread entry (bundled as dist/analyze-worker.js): unpacks and analyzes one change at a time.
import { parentPort } from 'node:worker_threads';
import { analyzeTarballs, type TarballAnalysisInput } from './analyze-tarballs.js';
import { errorMessage, PackageError } from '../../model/errors.js';
import type { Fact } from '../../model/types.js';

// Per-file facts by content hash, kept for the worker's life: the same file in many packages is analyzed once per worker.
const cache = new Map<string, Fact[]>();

parentPort?.on('message', (input: TarballAnalysisInput) => {
  analyzeTarballs(input, cache).then(
    (result) => parentPort!.postMessage({ ok: true, result }),
    (error: unknown) =>
      parentPort!.postMessage({ ok: false, error: { code: error instanceof PackageError ? error.code : 'EANALYZE', message: errorMessage(error) } }),
  );
});
