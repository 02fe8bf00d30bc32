import { establishedRegistryHosts } from '../../src/lockfile/established-hosts.js';
import type { LockedPackage, Lockfile } from '../../src/model/types.js';

const entry = (name: string, host: string, source: LockedPackage['source'] = 'registry'): LockedPackage => ({
  name,
  version: '1.0.0',
  resolved: `https://${host}/${name}/-/${name}-1.0.0.tgz`,
  source,
  direct: false,
  dev: false,
  optional: false,
  paths: [`node_modules/${name}`],
});
const lockfile = (packages: LockedPackage[]): Lockfile => ({ path: 'package-lock.json', format: 'npm', formatVersion: '3', packages });

test('hosts that serve a real share of the base lockfile are established; a stray one is not', () => {
  const packages = [
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((name) => entry(name, 'registry.npmjs.org')),
    ...['g', 'h', 'i'].map((name) => entry(name, 'npm.corp.example')),
    entry('stray', 'npm.attacker.example'),
    entry('git-dep', 'github.com', 'git'),
  ];
  expect(establishedRegistryHosts(lockfile(packages)).sort()).toEqual(['npm.corp.example', 'registry.npmjs.org']);
});

test('no base lockfile, or too few entries to tell, trusts nothing extra', () => {
  expect(establishedRegistryHosts(null)).toEqual([]);
  expect(establishedRegistryHosts(lockfile([entry('a', 'npm.corp.example'), entry('b', 'npm.corp.example')]))).toEqual([]);
});
