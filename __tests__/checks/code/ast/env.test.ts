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
