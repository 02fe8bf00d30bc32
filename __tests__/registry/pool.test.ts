import { createLimiter, mapLimit } from '../../src/registry/pool.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('the limiter never runs more than its bound and starts tasks in FIFO order', async () => {
  const limit = createLimiter(2);
  let active = 0;
  let peak = 0;
  const started: number[] = [];
  const results = await Promise.all(
    [30, 10, 20, 5, 15].map((ms, i) =>
      limit(async () => {
        started.push(i);
        active += 1;
        peak = Math.max(peak, active);
        await tick(ms);
        active -= 1;
        return i * 10;
      }),
    ),
  );
  expect(results).toEqual([0, 10, 20, 30, 40]);
  expect(peak).toBe(2);
  expect(started).toEqual([0, 1, 2, 3, 4]);
});

test('a failing task rejects its own promise and frees its slot', async () => {
  const limit = createLimiter(1);
  const failing = limit(async () => {
    throw new Error('boom');
  });
  const throwsSync = limit((() => {
    throw new Error('sync boom');
  }) as () => Promise<never>);
  const ok = limit(async () => 'ok');
  await expect(failing).rejects.toThrow('boom');
  await expect(throwsSync).rejects.toThrow('sync boom');
  await expect(ok).resolves.toBe('ok');
});

test('mapLimit keeps input order and passes the index', async () => {
  let active = 0;
  let peak = 0;
  const out = await mapLimit(['a', 'b', 'c', 'd'], 3, async (item, index) => {
    active += 1;
    peak = Math.max(peak, active);
    await tick(item === 'a' ? 20 : 1);
    active -= 1;
    return `${item}${index}`;
  });
  expect(out).toEqual(['a0', 'b1', 'c2', 'd3']);
  expect(peak).toBe(3);
  expect(await mapLimit([], 4, async () => 1)).toEqual([]);
});
