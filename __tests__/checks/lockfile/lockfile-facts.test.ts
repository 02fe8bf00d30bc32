import { createHash } from 'node:crypto';
import { lockfileFacts, type LockfileFactContext } from '../../../src/checks/lockfile/lockfile-facts.js';
import { lockfileIntegrityFact } from '../../../src/checks/registry/lockfile-integrity.js';
import { parseIntegrity } from '../../../src/checks/registry/lockfile-integrity.js';
import type { Change, Fact } from '../../../src/model/types.js';
import { added, packument, updated } from '../../fixtures/metadata/builders.js';

const PUBLIC: LockfileFactContext = { registryUrl: () => 'https://registry.npmjs.org/', allowedHosts: [] };

function kinds(facts: Fact[], kind: Fact['kind']): Fact[] {
  return facts.filter((f) => f.kind === kind);
}

describe('non-registry sources', () => {
  test('a registry package that now comes from a git repository: high, with lockfile path and line', () => {
    const change = updated('left-pad', '1.3.0', '1.3.1', {}, {
      source: 'git',
      resolved: 'git+ssh://git@github.com/evil/left-pad.git#0123456789abcdef0123456789abcdef01234567',
      line: 42,
    });
    const [fact] = kinds(lockfileFacts(change, PUBLIC), 'non-registry-source');
    expect(fact).toMatchObject({
      severity: 'high',
      file: 'package-lock.json',
      line: 42,
      key: 'non-registry-source:git:git+ssh://git@github.com/evil/left-pad.git',
    });
    expect(fact.evidence).toContain('github.com/evil/left-pad.git#0123');
    expect(fact.detail).toContain('left-pad@1.3.1 now comes from a git repository instead of the registry');
  });

  test('the same git repository at a new commit is not news', () => {
    const repo = 'git+https://github.com/acme/tool.git';
    const change = updated('tool', '1.0.0', '1.1.0', { source: 'git', resolved: `${repo}#aaaa` }, { source: 'git', resolved: `${repo}#bbbb` });
    expect(kinds(lockfileFacts(change, PUBLIC), 'non-registry-source')).toEqual([]);
  });

  test('an http tarball is high; a local file path is low', () => {
    const tarball = added('x', '1.0.0', { source: 'tarball', resolved: 'https://files.example.net/x-1.0.0.tgz' });
    expect(kinds(lockfileFacts(tarball, PUBLIC), 'non-registry-source')[0]).toMatchObject({
      severity: 'high',
      key: 'non-registry-source:tarball:files.example.net',
    });
    const local = added('y', '1.0.0', { source: 'file', resolved: 'file:../y' });
    expect(kinds(lockfileFacts(local, PUBLIC), 'non-registry-source')[0].severity).toBe('low');
  });

  test('a registry entry resolved on a foreign host: high', () => {
    const change = updated('lodash', '4.17.20', '4.17.21', {}, { resolved: 'https://npm.evil.example/lodash/-/lodash-4.17.21.tgz' });
    const [fact] = kinds(lockfileFacts(change, PUBLIC), 'non-registry-source');
    expect(fact).toMatchObject({ severity: 'high', key: 'non-registry-source:host:npm.evil.example' });
  });

  test('registry.yarnpkg.com and registry.npmjs.org are the same public registry', () => {
    const yarn = updated('lodash', '4.17.20', '4.17.21', {}, {
      resolved: 'https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#679591c564c3bffaae8454cf0b3df370c3d6911c',
    });
    expect(lockfileFacts(yarn, PUBLIC)).toEqual([]);
  });

  test('the configured registry, an allowed mirror, and non-URL specs (berry, bun) are fine', () => {
    const mirror: LockfileFactContext = { registryUrl: () => 'https://npm.corp.example/', allowedHosts: ['https://cache.corp.example:8443/'] };
    const onRegistry = updated('a', '1.0.0', '1.0.1', {}, { resolved: 'https://npm.corp.example/a/-/a-1.0.1.tgz' });
    const onMirror = updated('a', '1.0.0', '1.0.1', {}, { resolved: 'https://cache.corp.example:8443/a/-/a-1.0.1.tgz' });
    const berry = updated('a', '1.0.0', '1.0.1', {}, { resolved: 'a@npm:1.0.1' });
    for (const change of [onRegistry, onMirror, berry]) expect(lockfileFacts(change, mirror)).toEqual([]);
    // A project installing through a mirror may keep public URLs in its lockfile: npm rewrites them.
    expect(lockfileFacts(updated('a', '1.0.0', '1.0.1'), mirror)).toEqual([]);
  });

  test('a scope with its own registry fetched from the public registry is dependency confusion', () => {
    const scoped: LockfileFactContext = {
      registryUrl: (name) => (name.startsWith('@corp/') ? 'https://npm.corp.example/' : 'https://registry.npmjs.org/'),
      allowedHosts: [],
    };
    const change = added('@corp/secrets', '99.0.0');
    expect(kinds(lockfileFacts(change, scoped), 'non-registry-source')[0]).toMatchObject({
      severity: 'high',
      key: 'non-registry-source:host:registry.npmjs.org',
    });
    const ownRegistry = added('@corp/secrets', '1.0.0', { resolved: 'https://npm.corp.example/@corp/secrets/-/secrets-1.0.0.tgz' });
    expect(lockfileFacts(ownRegistry, scoped)).toEqual([]);
  });
});

describe('new dependencies recorded in the lockfile', () => {
  test('a name the old entry did not list, with the same key as the metadata check', () => {
    const change = updated('event-stream', '3.3.4', '3.3.6', { dependencies: { through: '~2.3.1' } }, {
      dependencies: { through: '~2.3.1', 'flatmap-stream': '^0.1.0' },
    });
    const facts = lockfileFacts(change, PUBLIC);
    expect(facts.map((f) => f.key)).toEqual(['new-dependency:flatmap-stream']);
  });

  test('npm omits an empty `dependencies`: none before and one after is a new dependency', () => {
    const change = updated('x', '1.0.0', '1.0.1', {}, { dependencies: { 'evil-helper': '1.0.0' } });
    expect(lockfileFacts(change, PUBLIC).map((f) => f.key)).toEqual(['new-dependency:evil-helper']);
  });

  test('a format that records no dependencies at all says nothing', () => {
    expect(lockfileFacts(updated('x', '1.0.0', '1.0.1'), PUBLIC)).toEqual([]);
  });
});

describe('typosquats among added packages', () => {
  test('`lodahs` is reported as imitating `lodash`', () => {
    const [fact] = lockfileFacts(added('lodahs', '1.0.0'), PUBLIC);
    expect(fact).toMatchObject({ kind: 'typosquat', severity: 'high', key: 'typosquat:lodash' });
    expect(fact.detail).toContain('`lodahs` looks like a misspelling of the popular `lodash`');
  });

  test('the real `lodash`, and an update of a look-alike already in the tree, are not', () => {
    expect(lockfileFacts(added('lodash', '4.17.21'), PUBLIC)).toEqual([]);
    expect(lockfileFacts(updated('lodahs', '1.0.0', '1.0.1'), PUBLIC)).toEqual([]);
  });
});

describe('integrity', () => {
  const tarball = Buffer.from('pretend this is package/index.js in a tgz');
  const sha512 = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  const sha1hex = createHash('sha1').update(tarball).digest('hex');
  const other512 = `sha512-${createHash('sha512').update('tampered').digest('base64')}`;
  const otherSha1 = createHash('sha1').update('tampered').digest('hex');
  const registry = packument('x', [{ version: '1.0.0' }, { version: '1.0.1', integrity: sha512, shasum: sha1hex }]);

  test('a lockfile that lost the checksum it had: medium `integrity-mismatch:missing`', () => {
    const change = updated('x', '1.0.0', '1.0.1', { integrity: sha512 }, { integrity: undefined });
    expect(lockfileFacts(change, PUBLIC)).toEqual([
      expect.objectContaining({ key: 'integrity-mismatch:missing', kind: 'integrity-mismatch', severity: 'medium' }),
    ]);
    // Never having had one is how some formats are (pnpm tarball deps, old yarn), not a change.
    expect(lockfileFacts(updated('x', '1.0.0', '1.0.1'), PUBLIC)).toEqual([]);
  });

  test('the lockfile sha512 matches the registry: nothing', () => {
    expect(lockfileIntegrityFact(updated('x', '1.0.0', '1.0.1', {}, { integrity: sha512 }), registry)).toBeNull();
  });

  test('a different sha512 from the registry is critical', () => {
    const fact = lockfileIntegrityFact(updated('x', '1.0.0', '1.0.1', {}, { integrity: other512, line: 7 }), registry);
    expect(fact).toMatchObject({ kind: 'integrity-mismatch', severity: 'critical', file: 'package-lock.json', line: 7 });
    expect(fact!.detail).toContain("The lockfile's checksum for x@1.0.1 is not the one the registry publishes");
  });

  test('lockfile v1 sha1 hex and yarn URL fragments compare against dist.shasum', () => {
    expect(lockfileIntegrityFact(updated('x', '1.0.0', '1.0.1', {}, { integrity: sha1hex }), registry)).toBeNull();
    expect(lockfileIntegrityFact(updated('x', '1.0.0', '1.0.1', {}, { integrity: otherSha1 }), registry)?.severity).toBe('critical');
    const yarn = updated('x', '1.0.0', '1.0.1', {}, { resolved: `https://registry.yarnpkg.com/x/-/x-1.0.1.tgz#${otherSha1}` });
    expect(lockfileIntegrityFact(yarn, registry)?.severity).toBe('critical');
  });

  test('different algorithms cannot be compared, and junk digests are not evidence', () => {
    const only512 = packument('x', [{ version: '1.0.1', integrity: sha512 }]);
    expect(lockfileIntegrityFact(updated('x', '1.0.0', '1.0.1', {}, { integrity: otherSha1 }), only512)).toBeNull();
    expect(lockfileIntegrityFact(updated('x', '1.0.0', '1.0.1', {}, { integrity: 'sha512-AAAA' }), registry)).toBeNull();
  });

  test('git sources and missing packuments are skipped', () => {
    const git = updated('x', '1.0.0', '1.0.1', {}, { source: 'git', integrity: other512 });
    expect(lockfileIntegrityFact(git, registry)).toBeNull();
    expect(lockfileIntegrityFact(updated('x', '1.0.0', '1.0.1', {}, { integrity: other512 }), null)).toBeNull();
  });

  test('parseIntegrity reads several SRI hashes and bare sha1 hex', () => {
    const digests = parseIntegrity(`${sha512} sha1-${Buffer.from(sha1hex, 'hex').toString('base64')}`);
    expect([...digests.keys()].sort()).toEqual(['sha1', 'sha512']);
    expect([...digests.get('sha1')!]).toEqual([sha1hex]);
    expect(parseIntegrity(sha1hex).get('sha1')).toEqual(new Set([sha1hex]));
  });
});

test('removed changes produce nothing', () => {
  const removed: Change = { ...updated('x', '1.0.0', '1.0.0'), to: null, type: 'removed', after: undefined };
  expect(lockfileFacts(removed, PUBLIC)).toEqual([]);
});
