import { insecureSourceFact } from '../../../src/checks/lockfile/insecure-source.js';
import type { Change, LockedPackage } from '../../../src/model/types.js';

const entry = (resolved: string): LockedPackage => ({
  name: 'left-pad',
  version: '1.3.0',
  resolved,
  integrity: 'sha512-abc',
  source: 'registry',
  direct: true,
  dev: false,
  optional: false,
  paths: ['node_modules/left-pad'],
});
const added = (after: LockedPackage): Change => ({ name: 'left-pad', from: null, to: '1.3.0', type: 'added', direct: true, dev: false, lockfile: 'package-lock.json', after });

test('a package the change starts fetching over plain http is high', () => {
  const after = entry('http://mirror.example:8080/left-pad/-/left-pad-1.3.0.tgz');
  expect(insecureSourceFact(added(after), after, 'https://registry.npmjs.org/')).toMatchObject({ key: 'insecure-source:http:mirror.example:8080', severity: 'high' });
});

test("the project's own http registry (a local mirror it configures) is its choice, not this change's", () => {
  const after = entry('http://127.0.0.1:4873/left-pad/-/left-pad-1.3.0.tgz');
  expect(insecureSourceFact(added(after), after, 'http://127.0.0.1:4873/')).toBeNull();
  // Another port, or an https registry on the same host, is not the configured one.
  expect(insecureSourceFact(added(after), after, 'http://127.0.0.1:4874/')).not.toBeNull();
  expect(insecureSourceFact(added(after), after, 'https://127.0.0.1:4873/')).not.toBeNull();
});
