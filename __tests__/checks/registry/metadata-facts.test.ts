import { metadataFacts, PUBLISH_TIME_UNAVAILABLE, type MetadataContext } from '../../../src/checks/registry/metadata-facts.js';
import { MAINTAINERS_UNAVAILABLE, PUBLISHER_UNAVAILABLE } from '../../../src/checks/registry/publisher-facts.js';
import type { Change, Fact } from '../../../src/model/types.js';
import { added, packument, updated } from '../../fixtures/metadata/builders.js';

// Long after every publish time below, so only the tests about age see `recently-published`.
const LATER: MetadataContext = { now: new Date('2026-01-01T00:00:00Z'), cooldownHours: 72 };

function keys(facts: Fact[]): string[] {
  return facts.map((f) => f.key).sort();
}

function only(facts: Fact[], kind: Fact['kind']): Fact[] {
  return facts.filter((f) => f.kind === kind);
}

describe('event-stream 2018: a handed-over package adds flatmap-stream', () => {
  const eventStream = packument('event-stream', [
    { version: '3.3.4', publisher: 'dominictarr', time: '2015-09-07T10:00:00Z', maintainers: ['dominictarr'], dependencies: { through: '~2.3.1', duplexer: '~0.1.1' } },
    { version: '3.3.5', publisher: 'right9ctrl', time: '2018-09-05T10:00:00Z', maintainers: ['dominictarr', 'right9ctrl'], dependencies: { through: '~2.3.1', duplexer: '~0.1.1' } },
    { version: '3.3.6', publisher: 'right9ctrl', time: '2018-09-09T10:00:00Z', maintainers: ['dominictarr', 'right9ctrl'], dependencies: { through: '~2.3.1', duplexer: '~0.1.1', 'flatmap-stream': '^0.1.0' } },
  ]);

  test('3.3.4 -> 3.3.6 reports the new publisher, the new maintainer and the new dependency', () => {
    const { facts, unavailable } = metadataFacts(updated('event-stream', '3.3.4', '3.3.6'), eventStream, LATER);
    expect(unavailable).toEqual([]);
    expect(keys(facts)).toEqual(['maintainer-change:maintainers', 'maintainer-change:publisher:right9ctrl', 'new-dependency:flatmap-stream']);
    const publisher = facts.find((f) => f.key === 'maintainer-change:publisher:right9ctrl')!;
    expect(publisher.severity).toBe('medium');
    expect(publisher.detail).toContain('was published by `right9ctrl`');
    expect(publisher.detail).toContain('up to 3.3.4');
    expect(publisher.evidence).toBe('publisher: dominictarr -> right9ctrl');
    const maintainers = facts.find((f) => f.key === 'maintainer-change:maintainers')!;
    expect(maintainers.severity).toBe('medium');
    expect(maintainers.detail).toContain('added `right9ctrl`');
    expect(maintainers.detail).not.toContain('removed');
    const dependency = only(facts, 'new-dependency')[0];
    expect(dependency).toMatchObject({ severity: 'low', file: 'package.json', evidence: 'flatmap-stream@^0.1.0' });
    expect(dependency.detail).toContain('now depends on `flatmap-stream`, which 3.3.4 did not');
  });

  test('3.3.5 -> 3.3.6 is the same hand: only the new dependency is news', () => {
    const { facts } = metadataFacts(updated('event-stream', '3.3.5', '3.3.6'), eventStream, LATER);
    expect(keys(facts)).toEqual(['new-dependency:flatmap-stream']);
  });

  test('a changed range of an existing dependency is not a new dependency', () => {
    const p = packument('x', [
      { version: '1.0.0', dependencies: { a: '^1.0.0', b: '^1.0.0' } },
      { version: '1.1.0', dependencies: { b: '^2.0.0', a: '^1.2.0' } },
    ]);
    expect(metadataFacts(updated('x', '1.0.0', '1.1.0'), p, LATER).facts).toEqual([]);
  });
});

describe('publisher checks that must stay quiet', () => {
  test('ua-parser-js 2021: the owner account itself was hijacked, so no maintainer change is reported', () => {
    const p = packument('ua-parser-js', [
      { version: '0.7.28', publisher: 'faisalman', time: '2021-04-26T10:00:00Z', maintainers: ['faisalman'] },
      { version: '0.7.29', publisher: 'faisalman', time: '2021-10-22T12:15:00Z', maintainers: ['faisalman'] },
    ]);
    const { facts, unavailable } = metadataFacts(updated('ua-parser-js', '0.7.28', '0.7.29'), p, LATER);
    expect(only(facts, 'maintainer-change')).toEqual([]);
    expect(facts).toEqual([]);
    expect(unavailable).toEqual([]);
  });

  test('a publisher name differing only in case is the same person', () => {
    const p = packument('x', [
      { version: '1.0.0', publisher: 'Alice', time: '2020-01-01T00:00:00Z' },
      { version: '1.0.1', publisher: 'alice', time: '2021-01-01T00:00:00Z' },
    ]);
    expect(metadataFacts(updated('x', '1.0.0', '1.0.1'), p, LATER).facts).toEqual([]);
  });

  test('an added package has no history to compare its publisher with', () => {
    const p = packument('fresh', [{ version: '1.0.0', publisher: 'mallory', time: '2020-01-01T00:00:00Z' }]);
    expect(metadataFacts(added('fresh', '1.0.0'), p, LATER).facts).toEqual([]);
  });

  test('a registry that omits `_npmUser` everywhere gives one unavailable note and no finding', () => {
    const p = packument('private-pkg', [
      { version: '1.0.0', publisher: null, time: '2020-01-01T00:00:00Z' },
      { version: '1.1.0', publisher: null, time: '2021-01-01T00:00:00Z' },
    ]);
    const { facts, unavailable } = metadataFacts(updated('private-pkg', '1.0.0', '1.1.0'), p, LATER);
    expect(facts).toEqual([]);
    expect(unavailable).toEqual([PUBLISHER_UNAVAILABLE]);
  });

  test('a mirror that drops `maintainers` gives one unavailable note and no finding', () => {
    const p = packument('mirrored', [
      { version: '1.0.0', publisher: 'alice', maintainers: null, time: '2020-01-01T00:00:00Z' },
      { version: '1.1.0', publisher: 'alice', maintainers: null, time: '2021-01-01T00:00:00Z' },
    ]);
    const { facts, unavailable } = metadataFacts(updated('mirrored', '1.0.0', '1.1.0'), p, LATER);
    expect(facts).toEqual([]);
    expect(unavailable).toEqual([MAINTAINERS_UNAVAILABLE]);
  });

  test('without `time`, "earlier" falls back to semver order', () => {
    const p = packument('x', [
      { version: '1.0.0', publisher: 'alice' },
      { version: '2.0.0', publisher: 'mallory' },
    ]);
    const { facts } = metadataFacts({ ...updated('x', '2.0.0', '1.0.0'), type: 'downgraded' }, p, LATER);
    expect(only(facts, 'maintainer-change')).toEqual([]);
    const up = metadataFacts(updated('x', '1.0.0', '2.0.0'), p, LATER);
    expect(keys(up.facts)).toEqual(['maintainer-change:publisher:mallory']);
    expect(up.unavailable).toEqual([PUBLISH_TIME_UNAVAILABLE]);
  });
});

describe('provenance', () => {
  test('chalk/debug 2025: same (phished) publisher, and the new version lost its provenance', () => {
    const p = packument('debug', [
      { version: '4.4.1', publisher: 'qix', time: '2025-05-13T10:00:00Z', attested: true },
      { version: '4.4.2', publisher: 'qix', time: '2025-09-08T13:00:00Z' },
    ]);
    const { facts } = metadataFacts(updated('debug', '4.4.1', '4.4.2'), p, LATER);
    expect(keys(facts)).toEqual(['provenance-lost']);
    expect(facts[0].severity).toBe('high');
    expect(facts[0].detail).toContain('without the provenance attestation that 4.4.1 had');
  });

  test('a package that never had provenance says nothing, not even "unavailable"', () => {
    const p = packument('debug', [
      { version: '4.4.1', publisher: 'qix', time: '2025-05-13T10:00:00Z' },
      { version: '4.4.2', publisher: 'qix', time: '2025-09-08T13:00:00Z' },
    ]);
    expect(metadataFacts(updated('debug', '4.4.1', '4.4.2'), p, LATER)).toEqual({ facts: [], unavailable: [] });
  });

  test('a downgrade to a version from before the package adopted provenance is not a loss', () => {
    const p = packument('x', [
      { version: '1.0.0', time: '2020-01-01T00:00:00Z' },
      { version: '2.0.0', time: '2024-01-01T00:00:00Z', attested: true },
    ]);
    const change: Change = { ...updated('x', '2.0.0', '1.0.0'), type: 'downgraded' };
    expect(only(metadataFacts(change, p, LATER).facts, 'provenance-lost')).toEqual([]);
  });
});

describe('unpublished and missing versions', () => {
  test('no packument at all: high, the version cannot be verified', () => {
    const { facts } = metadataFacts(updated('gone', '1.0.0', '1.0.1'), null, LATER);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ kind: 'unpublished', severity: 'high', key: 'unpublished:not-found' });
  });

  test('a pinned version missing from the packument: critical', () => {
    const p = packument('x', [{ version: '1.0.0' }]);
    const { facts } = metadataFacts(updated('x', '1.0.0', '1.0.1'), p, LATER);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ kind: 'unpublished', severity: 'critical' });
    expect(facts[0].detail).toContain('The lockfile pins x@1.0.1, which the registry no longer serves');
  });

  test('a packument marked unpublished: critical', () => {
    const p = packument('x', [{ version: '1.0.0' }, { version: '1.0.1' }]);
    p.time = { ...p.time, unpublished: '2024-01-01T00:00:00Z' };
    expect(metadataFacts(updated('x', '1.0.0', '1.0.1'), p, LATER).facts[0].severity).toBe('critical');
  });

  test('a version named like an Object.prototype key is not found through the prototype', () => {
    const p = packument('x', [{ version: '1.0.0' }]);
    expect(metadataFacts(updated('x', '1.0.0', 'constructor'), p, LATER).facts[0].severity).toBe('critical');
  });

  test('removed changes and git sources are not checked against the registry', () => {
    const removed: Change = { ...updated('x', '1.0.0', '1.0.0'), to: null, type: 'removed', after: undefined };
    expect(metadataFacts(removed, null, LATER)).toEqual({ facts: [], unavailable: [] });
    const git = updated('x', '1.0.0', '1.0.1', {}, { source: 'git', resolved: 'git+https://github.com/a/x.git#abc' });
    expect(metadataFacts(git, null, LATER)).toEqual({ facts: [], unavailable: [] });
  });
});

describe('publish age', () => {
  const p = packument('debug', [
    { version: '4.4.1', publisher: 'qix', time: '2025-05-13T10:00:00Z' },
    { version: '4.4.2', publisher: 'qix', time: '2025-09-08T13:00:00Z' },
  ]);
  const change = updated('debug', '4.4.1', '4.4.2');

  test('published 5 hours ago, inside a 72-hour cooldown', () => {
    const { facts } = metadataFacts(change, p, { now: new Date('2025-09-08T18:00:00Z'), cooldownHours: 72 });
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ kind: 'recently-published', severity: 'medium', evidence: 'published: 2025-09-08T13:00:00.000Z' });
    expect(facts[0].detail).toContain('was published 5 hours ago; most malicious versions are caught and removed within 72 hours');
  });

  test('ten days old is outside the cooldown, and a zero cooldown turns the check off', () => {
    expect(metadataFacts(change, p, { now: new Date('2025-09-18T13:00:00Z'), cooldownHours: 72 }).facts).toEqual([]);
    expect(metadataFacts(change, p, { now: new Date('2025-09-08T13:05:00Z'), cooldownHours: 0 }).facts).toEqual([]);
  });

  test('a publish time in the future is not trusted', () => {
    const { facts } = metadataFacts(change, p, { now: new Date('2025-09-06T13:00:00Z'), cooldownHours: 72 });
    expect(facts.map((f) => f.key)).toEqual(['recently-published:future']);
    expect(facts[0].detail).toContain('2 days in the future');
  });

  test('no `time` in the metadata: unavailable, no finding', () => {
    const bare = packument('debug', [{ version: '4.4.1', publisher: 'qix' }, { version: '4.4.2', publisher: 'qix' }]);
    delete bare.time;
    expect(metadataFacts(change, bare, LATER)).toEqual({ facts: [], unavailable: [PUBLISH_TIME_UNAVAILABLE] });
  });
});

describe('deprecation', () => {
  test('newly deprecated: medium, quoting a bounded one-line message', () => {
    const message = 'Use `uuid` instead.\n'.repeat(30);
    const p = packument('node-uuid', [{ version: '1.4.7' }, { version: '1.4.8', deprecated: message }]);
    const { facts } = metadataFacts(updated('node-uuid', '1.4.7', '1.4.8'), p, LATER);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ kind: 'deprecated', severity: 'medium' });
    expect(facts[0].evidence!.length).toBeLessThanOrEqual(200);
    expect(facts[0].evidence).not.toContain('\n');
  });

  test('already deprecated before, or an empty message (npm "un-deprecate"), is not news', () => {
    const both = packument('x', [{ version: '1.0.0', deprecated: 'old' }, { version: '1.0.1', deprecated: 'old' }]);
    expect(metadataFacts(updated('x', '1.0.0', '1.0.1'), both, LATER).facts).toEqual([]);
    const cleared = packument('x', [{ version: '1.0.0' }, { version: '1.0.1', deprecated: '' }]);
    expect(metadataFacts(updated('x', '1.0.0', '1.0.1'), cleared, LATER).facts).toEqual([]);
  });

  test('an added package that is deprecated is reported too', () => {
    const p = packument('request', [{ version: '2.88.2', deprecated: 'request has been deprecated' }]);
    expect(keys(metadataFacts(added('request', '2.88.2'), p, LATER).facts)).toEqual(['deprecated']);
  });
});

describe('license changes', () => {
  function licenseFact(from: unknown, to: unknown): Fact | undefined {
    const p = packument('x', [{ version: '1.0.0', license: from }, { version: '2.0.0', license: to }]);
    return only(metadataFacts(updated('x', '1.0.0', '2.0.0'), p, LATER).facts, 'license-change')[0];
  }

  test('MIT -> GPL-3.0 is medium: permissive to copyleft', () => {
    const fact = licenseFact('MIT', 'GPL-3.0');
    expect(fact).toMatchObject({ severity: 'medium', evidence: 'license: MIT -> GPL-3.0', file: 'package.json' });
  });

  test('MIT -> Apache-2.0 is low: both permissive', () => {
    expect(licenseFact('MIT', 'Apache-2.0')?.severity).toBe('low');
  });

  test('a dropped license or UNLICENSED after MIT is medium', () => {
    expect(licenseFact('MIT', undefined)?.severity).toBe('medium');
    expect(licenseFact('ISC', 'UNLICENSED')?.severity).toBe('medium');
    expect(licenseFact('BSD-3-Clause', 'SEE LICENSE IN LICENSE.md')?.severity).toBe('medium');
  });

  test('the same license in another spelling or shape is no change', () => {
    expect(licenseFact('mit', { type: 'MIT', url: 'https://opensource.org/licenses/MIT' })).toBeUndefined();
    expect(licenseFact('GPL-3.0', 'GPL-3.0-only')).toBeUndefined();
    expect(licenseFact('(MIT OR Apache-2.0)', 'Apache-2.0 OR MIT')).toBeUndefined();
  });
});
