import { createDownloadBudget } from '../../src/pipeline/download-budget.js';

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

test('no download starts while the bytes waiting for analysis fill the budget', async () => {
  const budget = createDownloadBudget(100);
  expect(await settled(budget.whenRoom())).toBe(true);
  budget.hold(60);
  expect(await settled(budget.whenRoom())).toBe(true);
  budget.hold(60);
  const blocked = budget.whenRoom();
  expect(await settled(blocked)).toBe(false);
  budget.release(60);
  expect(await settled(blocked)).toBe(true);
  expect(budget.held).toBe(60);
});

test('one package larger than the whole budget still proceeds once nothing else is held', async () => {
  const budget = createDownloadBudget(10);
  await budget.whenRoom();
  budget.hold(1000);
  const next = budget.whenRoom();
  expect(await settled(next)).toBe(false);
  budget.release(1000);
  expect(await settled(next)).toBe(true);
});
