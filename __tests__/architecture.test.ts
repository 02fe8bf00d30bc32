// The tree reads as the pipeline (docs/architecture.md): each folder of src/ is one stage, and a stage imports
// only the stages listed before it. An import that runs back up is how a codebase stops being readable.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { parse } from 'acorn';
import { simple } from 'acorn-walk';
import { transformSync } from 'esbuild';

const SRC = join(process.cwd(), 'src');

/** Lowest first: a folder may import itself and any folder before it, never one after it. */
const STAGES = ['model', 'types', 'options', 'registry', 'lockfile', 'tarball', 'checks', 'policy', 'pipeline', 'report', 'github', 'sources', 'cli', 'entry'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The stage a file belongs to: its top folder under src/, or `entry` for src/index.ts and src/main.ts. */
function stageOf(file: string): string {
  const parts = relative(SRC, file).split(/[\\/]/);
  return parts.length === 1 ? 'entry' : parts[0]!;
}

function relativeImports(text: string): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!);
  return [...new Set(specifiers)];
}

function importEdges(): Array<{ file: string; target: string; from: string; to: string }> {
  return sourceFiles(SRC).flatMap((file) =>
    relativeImports(readFileSync(file, 'utf8')).map((specifier) => {
      const target = join(dirname(file), specifier);
      return { file: relative(SRC, file), target: relative(SRC, target), from: stageOf(file), to: stageOf(target) };
    }),
  );
}

test('every folder of src/ is a known stage', () => {
  const folders = readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  expect(folders.filter((folder) => !STAGES.includes(folder))).toEqual([]);
});

test('no stage imports a later one', () => {
  const backwards = importEdges()
    .filter((edge) => STAGES.indexOf(edge.to) > STAGES.indexOf(edge.from))
    .map((edge) => `${edge.file} (${edge.from}) imports ${posix.normalize(edge.target)} (${edge.to})`);
  expect(backwards).toEqual([]);
});

test('the check folders do not import each other except their shared text helpers', () => {
  const codeChecksFrom = (edge: { file: string; target: string }) => edge.file.split('/').slice(0, 2).join('/');
  const crossing = importEdges()
    .filter((edge) => edge.from === 'checks' && edge.to === 'checks')
    .filter((edge) => codeChecksFrom(edge) !== edge.target.split('/').slice(0, 2).join('/'))
    // checks/fact-text.ts is shared wording; the registry checks reuse the new-dependency text of the lockfile checks.
    .filter((edge) => !edge.target.startsWith('checks/fact-text') && !(edge.file.startsWith('checks/registry/') && edge.target.startsWith('checks/lockfile/')))
    .map((edge) => `${edge.file} imports ${edge.target}`);
  expect(crossing).toEqual([]);
});

test('the rule itself catches an import that runs back up', () => {
  // A lockfile parser that imported the pipeline would be reported.
  expect(STAGES.indexOf('pipeline')).toBeGreaterThan(STAGES.indexOf('lockfile'));
  const fake = relativeImports("import { review } from '../pipeline/review.js';\nimport x from './y.js';");
  expect(fake).toEqual(['../pipeline/review.js', './y.js']);
});

test('docs/architecture.md names every folder of src/ and only files that exist', () => {
  const doc = readFileSync(join(process.cwd(), 'docs/architecture.md'), 'utf8');
  const folders = readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'types').map((entry) => entry.name);
  const checks = readdirSync(join(SRC, 'checks'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `checks/${entry.name}`);
  const missing = [...folders.filter((folder) => folder !== 'checks'), ...checks].filter((folder) => !doc.includes(`\`${folder}/\``));
  expect(missing).toEqual([]);
  const named = [...doc.matchAll(/`((?:src|__tests__)\/[\w./-]+\.(?:ts|md))`/g)].map((match) => match[1]!);
  expect(named.length).toBeGreaterThan(10);
  expect(named.filter((path) => !existsSync(join(process.cwd(), path)))).toEqual([]);
});

test('test helpers live in __tests__/helpers/, fixtures in __tests__/fixtures/: every other file is a test', () => {
  const tests = join(process.cwd(), '__tests__');
  const strays = sourceFiles(tests)
    .map((file) => relative(tests, file).split(/[\\/]/).join('/'))
    .filter((file) => !file.endsWith('.test.ts') && !file.startsWith('helpers/') && !file.startsWith('fixtures/'));
  expect(strays).toEqual([]);
});

/** What a process is given and where it writes: read only by the entry points (process.version and such are not inputs). */
const PROCESS_INPUTS = new Set(['env', 'cwd', 'chdir', 'argv', 'stdin', 'stdout', 'stderr', 'exit', 'exitCode']);

test('only the entry points read the process (environment, folder, arguments, streams); everything below is handed them', () => {
  const entryPoints = new Set(['index.ts', 'main.ts', 'cli/main.ts']);
  const readers = sourceFiles(SRC)
    .filter((file) => !entryPoints.has(relative(SRC, file).split(/[\\/]/).join('/')))
    .flatMap((file) => {
      // Types stripped by esbuild (what jest runs), then `process.env` and the others as code, not as text inside a string or
      // comment (the checks describe it in messages).
      const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm' });
      const found: string[] = [];
      simple(parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true }), {
        MemberExpression(node) {
          const { object, property } = node;
          if (object.type === 'Identifier' && object.name === 'process' && property.type === 'Identifier' && PROCESS_INPUTS.has(property.name)) {
            found.push(`${relative(SRC, file)}: process.${property.name} (compiled line ${node.loc!.start.line})`);
          }
        },
      });
      return found;
    });
  expect(readers).toEqual([]);
});
