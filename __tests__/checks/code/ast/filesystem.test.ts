import { fact, keys } from '../../../helpers/ast-scan.js';

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

describe('home credential files only where the path starts at the home folder; project files are a lesser find', () => {
  const sensitive = (code: string) => keys(code).filter((k) => k.startsWith('fs-sensitive:'));

  test('anchored at the home folder: os.homedir(), HOME/USERPROFILE, ~, a name bound to one of them', () => {
    expect(sensitive("fs.readFileSync(os.homedir() + '/.npmrc');")).toEqual(['fs-sensitive:~/.npmrc']);
    expect(sensitive("fs.readFileSync(path.join(process.env.HOME, '.ssh/id_rsa'));")).toEqual(['fs-sensitive:~/.ssh']);
    expect(sensitive("const h = process.env.USERPROFILE || process.env.HOME; read(`${h}/.npmrc`);")).toEqual(['fs-sensitive:~/.npmrc']);
    expect(sensitive("const dir = require('os').homedir(); read(path.resolve(dir, '.yarnrc.yml'));")).toEqual(['fs-sensitive:~/.yarnrc']);
    expect(sensitive("read('~/.npmrc'); read('%USERPROFILE%\\\\.npmrc');")).toEqual(['fs-sensitive:~/.npmrc']);
    expect(fact("read(os.userInfo().homedir + '/.npmrc')", 'fs-sensitive:~/.npmrc')?.severity).toBe('critical');
  });

  test("knip: isFile(join(cwd, '.yarnrc.yml')) is the project's file, medium, not a home credential", () => {
    const code = "const filePath = pnpmWorkspacePath ?? (isFile(join(cwd, '.yarnrc.yml')) ? join(cwd, '.yarnrc.yml') : undefined);";
    expect(sensitive(code)).toEqual(['fs-sensitive:.yarnrc']);
    expect(fact(code, 'fs-sensitive:.yarnrc')?.severity).toBe('medium');
    expect(sensitive("const rc = path.join(process.cwd(), '.npmrc'); const env = '.env';")).toEqual(['fs-sensitive:.env', 'fs-sensitive:.npmrc']);
    expect(fact("read(path.join(process.cwd(), '.npmrc'))", 'fs-sensitive:.npmrc')?.severity).toBe('medium');
  });

  test('files that only live in the home folder stay what they are wherever the path starts', () => {
    expect(sensitive("read(path.join(dir, '.aws', 'credentials'));")).toEqual(['fs-sensitive:~/.aws/credentials']);
  });
});
