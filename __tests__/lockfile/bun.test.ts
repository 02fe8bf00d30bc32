import { InputError } from '../../src/model/errors.js';
import { parseBun } from '../../src/lockfile/bun.js';
import { fixture, find } from '../helpers/lockfile-fixtures.js';

// The shapes bun writes (JSONC, trailing commas, one line per package), one of each resolution kind.
const MONOREPO = `{
  "lockfileVersion": 1,
  "workspaces": {
    "": {
      "name": "bun-mono",
      "dependencies": {
        "@acme/ui": "workspace:*",
        "is-even": "github:jonschlinkert/is-even",
        "left-pad": "git+https://github.com/stevemao/left-pad.git",
        "linked": "link:linked",
        "local-lib": "file:./vendor/local-lib",
        "my-react": "npm:react@18.2.0",
        "tiny": "https://example.com/tiny-1.0.0.tgz",
      },
      "devDependencies": {
        "eslint": "^9.0.0",
        "typescript": "^5.4.0",
      },
      "optionalDependencies": {
        "fsevents": "^2.3.3",
      },
      "peerDependencies": {
        "typescript": ">= 5",
        "vue": "^3",
      },
      "optionalPeers": [
        "vue",
      ],
    },
    "packages/ui": {
      "name": "@acme/ui",
      "version": "0.3.0",
      "dependencies": {
        "chalk": "^4.1.2",
      },
    },
  },
  "trustedDependencies": [
    "fsevents",
  ],
  "packages": {
    "@acme/ui": ["@acme/ui@workspace:packages/ui"],

    "ansi-styles": ["ansi-styles@4.3.0", "", { "dependencies": { "color-convert": "^2.0.1" } }, "sha512-zbB9rCJAT1rbjiVDb2hqKFHNYLxgtk8NURxZ3IZwD3F6NtxbXZQCnnSi1Lkx+IDohdPlFp222wVALIheZJQSEg=="],

    "chalk": ["chalk@5.3.0", "", {}, "sha512-dLitG79d+GV1Nb/VYcCDFivJeK1hiukt9QjRNVOsUtTy1rR1YJsmpGGTZ3qJos+uw7WmWF4wUwBd9jxjocFC2w=="],

    "color-convert": ["color-convert@2.0.1", "", { "dependencies": { "color-name": "~1.1.4" } }, "sha512-RRECPsj7iu/xb5oKYcsFHSppFNnsj/52OVTRKb4zP5onXwVF3zVmmToNcOfGC+CRDpfK/U584fMg38ZHCaElKQ=="],

    "color-name": ["color-name@1.1.4", "", {}, "sha512-dOy+3AuW3a2wNbZHIuMZpTcgjGuLU/uBL/ubcZF9OXbDo8ff4O8yVp5Bf0efS8uEoYo5q4Fx7dY9OgQGXgAsQA=="],

    "eslint": ["eslint@9.0.0", "", { "dependencies": { "is-number": "^7.0.0" }, "bin": { "eslint": "bin/eslint.js" } }, "sha512-IMryZ5SudxzQvuod6rUdIUz29qFItWx281VhtFVc2Psy/ZhlCeD/5DT6lBIJ4H3G+iamGJoTln1v+QSuPw0p7Q=="],

    "fsevents": ["fsevents@2.3.3", "", { "os": "darwin" }, "sha512-5xoDfX+fL7faATnagmWPpbFtwh/R77WmMMqqHGS65C3vvB0YHrgF+B1YmZ3441tMj5n63k0212XNoJwzlhffQw=="],

    "is-even": ["is-even@github:jonschlinkert/is-even#a0bf8e5", { "dependencies": { "is-odd": "^0.1.2" } }, "jonschlinkert-is-even-a0bf8e5"],

    "is-number": ["is-number@3.0.0", "", { "dependencies": { "kind-of": "^3.0.2" } }, "sha512-4cboCqIpliH+mAvFNegjZQ4kgKc3ZUhQVr3HvWbSh5q3WH2v82ct+T2Y1hdU5Gdtorx/cLifQjqCbL7bpznLTg=="],

    "is-odd": ["is-odd@0.1.2", "", { "dependencies": { "is-number": "^3.0.0" } }, "sha512-Ri7C2K7o5IrUU9UEI8losXJCCD/UtsaIrkR5sxIcFg4xQ9cRJXlWA5DQvTE0yDc0krvSNLsRGXN11UPS6KyfBw=="],

    "kind-of": ["kind-of@3.2.2", "", { "dependencies": { "is-buffer": "^1.1.5" } }, "sha512-NOW9QQXMoZGg/oqnVNoNTTIFEIid1627WCffUBJEdMxYApq7mNE7CpzucIPc+ZQg25Phej7IJSmX3hO+oblOtQ=="],

    "linked": ["linked@link:linked", {}],

    "local-lib": ["local-lib@file:vendor/local-lib", { "dependencies": { "ms": "^2.1.3" } }],

    "loose-envify": ["loose-envify@1.4.0", "", { "dependencies": { "js-tokens": "^3.0.0 || ^4.0.0" }, "bin": { "loose-envify": "cli.js" } }, "sha512-lyuxPGr/Wfhrlem2CL/UcnUc1zcqKAImBDzukY7Y5F/yQiNdko6+fRLevlw1HgMySw7f611UIY408EtxRSoK3Q=="],

    "js-tokens": ["js-tokens@4.0.0", "", {}, "sha512-RdJUflcE3cUzKiMqQgsCu06FPu9UdIJO0beYbPhHN4k6apgJtifcoCtT9bcxOpYBtpD2kCM6Sbzg4CausW/PKQ=="],

    "left-pad": ["left-pad@git+https://github.com/stevemao/left-pad.git#5e5c5ee7f6f1d4a3b2c1d0e9f8a7b6c5d4e3f2a1", {}, "5e5c5ee7f6f1d4a3b2c1d0e9f8a7b6c5d4e3f2a1"],

    "ms": ["ms@2.1.3", "https://npm.internal.example/ms/-/ms-2.1.3.tgz", {}, "sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA=="],

    "my-react": ["react@18.2.0", "", { "dependencies": { "loose-envify": "^1.1.0" } }, "sha512-/3IjMdb2L9QbBdWiW5e3P2/npwMBaU9mHCSCUzNln0ZCYbcfTsGbTJrU/kGemdH2IWmB2ioZ+zkxtmq6g09fGQ=="],

    "tiny": ["tiny@https://example.com/tiny-1.0.0.tgz", { "dependencies": { "chalk": "^5.3.0" } }],

    "typescript": ["typescript@5.4.5", "", { "bin": { "tsc": "bin/tsc", "tsserver": "bin/tsserver" } }, "sha512-vcI4UpRgg81oIRUFwR0WSIHKt11nJ7SAVlYNIu+QpqeyXP+gpQJy/Z4+F0aGxSE4MqwjyXvW/TzgkLAx2AGHwQ=="],

    "@acme/ui/chalk": ["chalk@4.1.2", "", { "dependencies": { "ansi-styles": "^4.1.0" } }, "sha512-oKnbhFyRIXpUuez8iBMmyEa4nbj4IOQyuhc/wy9kY7/WVPcwIO9VA668Pu8RkO7+0G76SLROeyw9CpQ061i4mA=="],

    "eslint/is-number": ["is-number@7.0.0", "", {}, "sha512-41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng=="],

    "kind-of/is-buffer": ["is-buffer@1.1.6", "", {}, "sha512-NcdALwpXkTm5Zvvbk7owOUSvVvBKDgKP5/ewfXEznmQFfs4ZRmanOeKBTjRVjka3QFoN6XJ+9YKA4Fg/wPqkDg=="],
  }
}
`;

describe('parseBun', () => {
  const lockfile = parseBun(MONOREPO, 'bun.lock');
  const line = (needle: string): number => MONOREPO.split('\n').findIndex((l) => l.includes(needle)) + 1;

  test('reads the format and every installed entry', () => {
    expect(lockfile).toMatchObject({ path: 'bun.lock', format: 'bun', formatVersion: '1' });
    expect(lockfile.packages).toHaveLength(23);
  });

  test('registry entries: default registry has no resolved, a custom one keeps its URL', () => {
    expect(find(lockfile, 'typescript')).toMatchObject({
      version: '5.4.5',
      source: 'registry',
      integrity: expect.stringMatching(/^sha512-vcI4/),
      line: line('"typescript": ['),
    });
    expect(find(lockfile, 'typescript').resolved).toBeUndefined();
    expect(find(lockfile, 'ms')).toMatchObject({
      source: 'registry',
      resolved: 'https://npm.internal.example/ms/-/ms-2.1.3.tgz',
    });
  });

  test('an alias key installs the real package under its own folder', () => {
    expect(find(lockfile, 'react')).toMatchObject({
      version: '18.2.0',
      alias: 'my-react',
      direct: true,
      paths: ['node_modules/my-react'],
      dependencies: { 'loose-envify': '^1.1.0' },
    });
  });

  test('git, github, tarball, file, link and workspace entries', () => {
    expect(find(lockfile, 'is-even')).toMatchObject({
      source: 'git',
      version: 'github:jonschlinkert/is-even#a0bf8e5',
      resolved: 'github:jonschlinkert/is-even#a0bf8e5',
      dependencies: { 'is-odd': '^0.1.2' },
    });
    expect(find(lockfile, 'left-pad')).toMatchObject({
      source: 'git',
      resolved: 'git+https://github.com/stevemao/left-pad.git#5e5c5ee7f6f1d4a3b2c1d0e9f8a7b6c5d4e3f2a1',
    });
    expect(find(lockfile, 'tiny')).toMatchObject({ source: 'tarball', version: 'https://example.com/tiny-1.0.0.tgz' });
    expect(find(lockfile, 'local-lib')).toMatchObject({ source: 'file', dependencies: { ms: '^2.1.3' } });
    expect(find(lockfile, 'linked')).toMatchObject({ source: 'link', direct: true });
    expect(find(lockfile, '@acme/ui')).toMatchObject({
      source: 'workspace',
      version: '0.3.0',
      resolved: 'packages/ui',
      direct: true,
    });
  });

  test('nested keys are copies under their parent, resolved before hoisted ones', () => {
    expect(find(lockfile, 'chalk', '4.1.2')).toMatchObject({
      paths: ['node_modules/@acme/ui/node_modules/chalk'],
      direct: true, // the ui workspace's own chalk
      dev: false,
    });
    expect(find(lockfile, 'chalk', '5.3.0')).toMatchObject({ direct: false, dev: false });
    expect(find(lockfile, 'is-number', '7.0.0')).toMatchObject({
      paths: ['node_modules/eslint/node_modules/is-number'],
      dev: true,
    });
    expect(find(lockfile, 'is-buffer').paths).toEqual(['node_modules/kind-of/node_modules/is-buffer']);
  });

  test('dev and optional follow what the workspaces reach', () => {
    const dev = lockfile.packages.filter((p) => p.dev).map((p) => `${p.name}@${p.version}`).sort();
    expect(dev).toEqual(['eslint@9.0.0', 'is-number@7.0.0', 'typescript@5.4.5']);
    const optional = lockfile.packages.filter((p) => p.optional).map((p) => p.name);
    expect(optional).toEqual(['fsevents']);
    // is-number 3 comes through the git dependency is-even -> is-odd, so it is production code.
    expect(find(lockfile, 'is-number', '3.0.0')).toMatchObject({ dev: false, direct: false });
    // typescript is both a devDependency and a peer: dev wins, it is not shipped.
    expect(find(lockfile, 'typescript')).toMatchObject({ dev: true, direct: true });
  });

  test('lockfileVersion 0 and a lockfile without packages', () => {
    const empty = parseBun('{\n  "lockfileVersion": 0,\n  "workspaces": { "": { "name": "x" } },\n}\n', 'bun.lock');
    expect(empty).toMatchObject({ formatVersion: '0', packages: [] });
  });
});

describe('parseBun on real lockfiles (elysia)', () => {
  test('bun-text-small new: direct prod, direct dev and hoisting-conflict copies', () => {
    const lockfile = parseBun(fixture('bun-text-small/new/bun.lock'), 'bun.lock');
    expect(lockfile.packages.length).toBeGreaterThan(250);
    expect(find(lockfile, 'cookie', '1.1.1')).toMatchObject({ direct: true, dev: false, line: 330 });
    expect(find(lockfile, 'cookie', '1.1.0')).toMatchObject({
      direct: false,
      paths: ['node_modules/@types/cookie/node_modules/cookie', 'node_modules/elysia/node_modules/cookie'],
    });
    expect(find(lockfile, '@types/bun')).toMatchObject({ version: '1.3.5', direct: true, dev: true });
    expect(find(lockfile, 'brace-expansion', '2.0.2').paths).toEqual([
      'node_modules/@typescript-eslint/typescript-estree/node_modules/minimatch/node_modules/brace-expansion',
      'node_modules/eslint-plugin-sonarjs/node_modules/minimatch/node_modules/brace-expansion',
    ]);
    // Platform builds of esbuild are optional dependencies of a dev tool.
    expect(find(lockfile, '@esbuild/linux-x64')).toMatchObject({ dev: true, optional: true });
    expect(lockfile.packages.filter((p) => !p.dev).map((p) => p.name).sort()).toEqual([
      '@sinclair/typebox',
      'cookie',
      'exact-mirror',
      'fast-decode-uri-component',
      'memoirist',
      'openapi-types',
    ]);
  });
});

describe('parseBun errors', () => {
  test('JSONC syntax errors name the file and line', () => {
    const broken = MONOREPO.replace('"eslint": ["eslint@9.0.0", "",', '"eslint": ["eslint@9.0.0" "",');
    const error = catchError(() => parseBun(broken, 'web/bun.lock'));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'ELOCKFILE', file: 'web/bun.lock', line: broken.split('\n').findIndex((l) => l.includes('"eslint": [')) + 1 });
    expect(error.message).toMatch(/^Cannot parse lockfile web\/bun\.lock:\d+: invalid JSONC \(CommaExpected\)/);
  });

  test('malformed entries are reported with their key and line', () => {
    const text = '{\n  "lockfileVersion": 1,\n  "packages": {\n    "evil": { "not": "an array" },\n  },\n}\n';
    expect(catchError(() => parseBun(text, 'bun.lock'))).toMatchObject({ line: 4, message: expect.stringContaining('"evil"') });
    const noName = '{ "lockfileVersion": 1, "packages": { "x": ["1.0.0", "", {}, ""] } }';
    expect(catchError(() => parseBun(noName, 'bun.lock')).message).toContain('name@version');
    expect(catchError(() => parseBun('{ "packages": {} }', 'bun.lock')).message).toContain('lockfileVersion');
    const deepKey = Array.from({ length: 65 }, (_, i) => `p${i}`).join('/');
    const deep = `{ "lockfileVersion": 1, "packages": { "${deepKey}": ["p64@1.0.0", "", {}, ""] } }`;
    expect(catchError(() => parseBun(deep, 'bun.lock')).message).toContain('deeper than 64 levels');
    const sane = deep.replace(deepKey, deepKey.split('/').slice(1).join('/'));
    expect(parseBun(sane, 'bun.lock').packages).toHaveLength(1);
  });
});

function catchError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    return error as InputError;
  }
  throw new Error('expected an error');
}
