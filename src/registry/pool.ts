// Bounded concurrency for registry fetches: a review may touch hundreds of packages, and the
// registry (or a corporate mirror) should see a handful of requests at a time, not all of them.

export function createLimiter(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  const limit = Math.max(1, Math.floor(concurrency) || 1);
  const queue: Array<() => void> = [];
  let active = 0;

  const next = (): void => {
    if (active >= limit) return;
    const start = queue.shift();
    if (start) {
      active += 1;
      start();
    }
  };

  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        // A task that throws synchronously still releases its slot.
        Promise.resolve()
          .then(task)
          .then(resolve, reject)
          .finally(() => {
            active -= 1;
            next();
          });
      });
      next();
    });
}

/** Like Promise.all over `items.map(fn)`, at most `concurrency` at a time, results in input order. */
export function mapLimit<T, R>(items: T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const limiter = createLimiter(concurrency);
  return Promise.all(items.map((item, index) => limiter(() => fn(item, index))));
}
