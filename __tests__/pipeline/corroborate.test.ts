import { corroborate } from '../../src/pipeline/corroborate.js';
import type { Fact } from '../../src/model/types.js';

const publisher: Fact = { key: 'maintainer-change:publisher:mallory', kind: 'maintainer-change', severity: 'medium', detail: 'x@2.0.0 was published by `mallory`.' };
const maintainers: Fact = { key: 'maintainer-change:maintainers', kind: 'maintainer-change', severity: 'medium', detail: 'The maintainers changed.' };

test('a new publisher together with risky new behaviour is high, and says why', () => {
  const shell: Fact = { key: 'shell:child_process.exec', kind: 'shell', severity: 'high', detail: 'runs programs.' };
  const [raised, , other] = corroborate([publisher, shell, maintainers]);
  expect(raised).toMatchObject({ severity: 'high', detail: expect.stringContaining('newly does something risky') });
  expect(other).toEqual(maintainers);
});

test('a new publisher alone, or with only low-signal findings, stays medium', () => {
  expect(corroborate([publisher])).toEqual([publisher]);
  const network: Fact = { key: 'network:module:https', kind: 'network', severity: 'medium', detail: 'loads https.' };
  const dependency: Fact = { key: 'new-dependency:left-pad', kind: 'new-dependency', severity: 'low', detail: 'depends on left-pad.' };
  expect(corroborate([publisher, network, dependency])).toEqual([publisher, network, dependency]);
});
