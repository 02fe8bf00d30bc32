import { renderSarif, sarifLevel } from '../../src/report/sarif.js';
import { sampleReport } from '../helpers/report-fixtures.js';

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations: Array<{ name: string; fullyQualifiedName: string }> }>;
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
  suppressions?: Array<{ kind: string; justification: string }>;
}

function parse(text: string) {
  return JSON.parse(text) as {
    $schema: string;
    version: string;
    runs: Array<{
      tool: { driver: { name: string; version: string; informationUri: string; rules: Array<{ id: string; shortDescription: { text: string }; defaultConfiguration: { level: string }; properties: Record<string, unknown> }> } };
      invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string }; descriptor?: { id: string } }> }>;
      results: SarifResult[];
    }>;
  };
}

describe('renderSarif', () => {
  const sarif = parse(renderSarif(sampleReport()));
  const run = sarif.runs[0]!;

  test('is SARIF 2.1.0 from depdiff', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.tool.driver).toMatchObject({ name: 'depdiff', version: '0.1.0' });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
  });

  test('has one rule per finding kind present, at the worst level seen', () => {
    const ids = run.tool.driver.rules.map((rule) => rule.id).sort();
    expect(ids).toEqual(['deprecated', 'env', 'eval', 'install-script', 'maintainer-change', 'network', 'new-dependency', 'recently-published', 'shell']);
    const network = run.tool.driver.rules.find((rule) => rule.id === 'network')!;
    expect(network.defaultConfiguration.level).toBe('error');
    expect(network.shortDescription.text.length).toBeGreaterThan(10);
    expect(network.properties['security-severity']).toBe('8.0');
    expect(run.tool.driver.rules.find((rule) => rule.id === 'deprecated')!.defaultConfiguration.level).toBe('note');
  });

  test('maps severities to levels', () => {
    expect(['critical', 'high', 'medium', 'low', 'info'].map((s) => sarifLevel(s as 'high'))).toEqual(['error', 'error', 'warning', 'note', 'note']);
  });

  test('one result per finding, located at the lockfile line of the change', () => {
    expect(run.results).toHaveLength(10);
    const install = run.results.find((result) => result.ruleId === 'install-script')!;
    expect(install.level).toBe('error');
    expect(install.message.text).toBe('event-stream-helper@3.3.6: event-stream-helper@3.3.6 adds a postinstall script: node lib/setup.js. (package.json:9)');
    expect(install.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'package-lock.json' }, region: { startLine: 140 } });
    expect(install.locations[0]!.logicalLocations[0]).toMatchObject({ name: 'event-stream-helper@3.3.6', fullyQualifiedName: 'event-stream-helper@3.3.6/package.json:9' });
    expect(install.properties).toMatchObject({ package: 'event-stream-helper', version: '3.3.6', file: 'package.json:9' });
    const chalk = run.results.find((result) => result.ruleId === 'eval')!;
    expect(chalk.locations[0]!.physicalLocation.artifactLocation.uri).toBe('packages/web/pnpm-lock.yaml');
  });

  test('acknowledged findings are suppressed with their reason', () => {
    const suppressed = run.results.filter((result) => result.suppressions !== undefined);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.suppressions).toEqual([{ kind: 'external', justification: 'Opt-in telemetry, reviewed by the platform team' }]);
  });

  test('fingerprints are stable across runs and differ between findings', () => {
    const again = parse(renderSarif(sampleReport())).runs[0]!.results.map((result) => result.partialFingerprints);
    expect(again).toEqual(run.results.map((result) => result.partialFingerprints));
    const values = run.results.map((result) => Object.values(result.partialFingerprints)[0]);
    expect(new Set(values).size).toBe(values.length);
  });

  test('a removed package without line numbers falls back to line 1; errors become notifications', () => {
    const report = sampleReport();
    report.changes = [{ ...report.changes[3]!, before: undefined, findings: [{ kind: 'unpublished', severity: 'high', message: 'gone' }] }];
    const parsed = parse(renderSarif(report)).runs[0]!;
    expect(parsed.results[0]!.locations[0]!.physicalLocation.region.startLine).toBe(1);
    expect(parsed.invocations[0]!.toolExecutionNotifications[0]).toMatchObject({
      message: { text: 'big-binary@2.0.0 could not be reviewed: The tarball is larger than 200 MB.' },
      descriptor: { id: 'ELIMIT' },
    });
  });

  test('no findings still gives a valid, empty run', () => {
    const report = sampleReport();
    report.changes = [];
    const parsed = parse(renderSarif(report)).runs[0]!;
    expect(parsed.results).toEqual([]);
    expect(parsed.tool.driver.rules).toEqual([]);
  });
});
