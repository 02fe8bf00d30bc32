import { fact, keys } from '../../../helpers/ast-scan.js';

const SECRETS = ['NPM_TOKEN', 'GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'DB_PASSWORD', 'API_KEY', 'SLACK_WEBHOOK', 'MY_SECRET', 'X_AUTH'];

describe('env family: harvesting process.env', () => {
  test('enumerating, serializing or sending the whole environment', () => {
    expect(keys('for (const k in process.env) {}')).toEqual(['env:enumerate']);
    expect(keys('Object.entries({ ...process.env });')).toEqual(['env:enumerate']);
    expect(keys('const s = JSON.stringify(process.env);')).toEqual(['env:serialize']);
    expect(keys("socket.emit('e', process.env);")).toEqual(['env:serialize']);
  });

  test('ordinary uses: one variable, a narrowed lookup, passing env to a child', () => {
    expect(keys('const h = process.env.HOME; Object.keys(process.env).filter((k) => k.startsWith("npm_"));')).toEqual([]);
  });

  test('reading eight secret-looking names, by member, computed key or destructuring, placed at the first one', () => {
    const code = [
      'const home = process.env.HOME;',
      `const { ${SECRETS.slice(0, 3).join(', ')} } = process.env;`,
      `const a = process.env.${SECRETS[3]}, b = process.env['${SECRETS[4]}'];`,
      ...SECRETS.slice(5).map((name, i) => `const v${i} = process.env.${name};`),
    ].join('\n');
    const found = fact(code, 'env:secret-names');
    expect(found).toMatchObject({ kind: 'env', severity: 'high', line: 2 });
    expect(found?.detail).toBe('lib/x.js reads 8 environment variables with secret-looking names (`NPM_TOKEN`, `GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`, `DB_PASSWORD`, `API_KEY`, ...), the shopping list of a credential stealer.');
    expect(keys(SECRETS.slice(1).map((name) => `process.env.${name};`).join('\n'))).toEqual([]);
  });

  test('env harvesting in a file that also reaches the network is critical', () => {
    expect(fact("const s = JSON.stringify(process.env); require('https');", 'env:serialize')?.severity).toBe('critical');
  });
});

describe('env family: harvesting through Object.entries/keys/values, and copying the environment into a child', () => {
  test('a filter that keeps secret-looking names is the harvest itself, by regex, string or a bound pattern', () => {
    const harvest = "const s = Object.fromEntries(Object.entries(process.env).filter(([k]) => /TOKEN|SECRET|KEY/i.test(k)));";
    expect(keys(harvest)).toEqual(['env:enumerate']);
    expect(fact(harvest, 'env:enumerate')?.detail).toContain('keeps the ones whose names look like secrets');
    expect(keys("Object.keys(process.env).filter((k) => k.includes('TOKEN')).forEach(send);")).toEqual(['env:enumerate']);
    expect(keys("const SECRET = /_TOKEN$|PASSWORD/; const s = Object.keys(process.env).filter((k) => SECRET.test(k));")).toEqual(['env:enumerate']);
  });

  test('loops and maps over the environment are harvesting', () => {
    expect(keys('for (const [k, v] of Object.entries(process.env)) out.push(k + v);')).toEqual(['env:enumerate']);
    expect(keys('const all = Object.values(process.env).map(String);')).toEqual(['env:enumerate']);
  });

  test('a filter for the package\'s own settings is a lookup, not a harvest', () => {
    expect(keys("const own = Object.keys(process.env).filter((k) => /^npm_config_/.test(k));")).toEqual([]);
    expect(keys("const own = Object.entries(process.env).filter(([k]) => k.startsWith('MYAPP_'));")).toEqual([]);
  });

  test('the environment spread, assigned or filtered into a child process\'s env is not harvesting', () => {
    const spawnRequire = "const { spawn } = require('child_process');\n";
    const quietEnv = (code: string) => keys(spawnRequire + code).filter((k) => k.startsWith('env:'));
    expect(quietEnv("spawn('node', ['x.js'], { env: { ...process.env, FORCE_COLOR: '1' } });")).toEqual([]);
    expect(quietEnv("spawn('node', [], { env: Object.assign({}, process.env, { X: 1 }) });")).toEqual([]);
    expect(quietEnv("spawn('node', [], { env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_'))) });")).toEqual([]);
    expect(quietEnv("const env = Object.fromEntries(Object.entries(process.env).map(([k, v]) => [k, v ?? '']));\nspawn('node', [], { env });")).toEqual([]);
    expect(quietEnv("const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_')));\nspawn('node', [], { env: { ...base, CI: '1' } });")).toEqual([]);
    expect(quietEnv("const opts = { env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !/TOKEN/.test(k))) };\nspawn('node', [], opts);")).toEqual([]);
    // The same enumeration anywhere else is still reported.
    expect(quietEnv("const env = Object.fromEntries(Object.entries(process.env).map(([k, v]) => [k, v ?? '']));\nspawn('node', [], { env: {} });\nsend(env);")).toEqual(['env:enumerate']);
  });
});
