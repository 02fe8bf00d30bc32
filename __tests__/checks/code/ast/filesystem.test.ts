import { fact, keys } from './scan.js';

describe('filesystem family: secret files named in built paths', () => {
  test('path.join / path.resolve whose parts only name the file together, with unknown parts', () => {
    // Neither '.docker' nor 'config.json' alone is a secret file; joined under the home folder they are.
    expect(keys("const p = path.join(os.homedir(), '.docker', 'config.json');")).toEqual(['fs-sensitive:~/.docker/config.json']);
    const found = fact("x();\nconst p = resolve(home, '.kube', 'config');", 'fs-sensitive:~/.kube/config');
    expect(found).toMatchObject({ kind: 'fs-sensitive', severity: 'high', line: 2 });
  });

  test('other calls with the same parts, and ordinary paths, are not secret files', () => {
    expect(keys("list(home, '.docker', 'config.json');")).toEqual([]);
    expect(keys("path.join(root, 'lib', 'index.js');")).toEqual([]);
  });
});
