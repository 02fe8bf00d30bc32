// Runs the bundled CLI (dist/cli.js) as a user would: a child process, its exit code and both streams.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BUNDLE_ENV, BUNDLE_NODE } from './bundle-node.js';

export const CLI = resolve('dist/cli.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function assertBundled(): void {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run bundle` first');
}

/** The environment of a CLI run in a test: no colour, and no user ~/.npmrc (only what the test sets up is read). */
export function cliEnv(cwd: string, env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', npm_config_userconfig: join(cwd, '.no-npmrc'), ...env };
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((done) => {
    execFile(
      BUNDLE_NODE,
      [CLI, ...args],
      { cwd, env: cliEnv(cwd, { ...BUNDLE_ENV, ...env }), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** A git repository in `dir` with a committer identity. */
export function gitIn(dir: string): (...args: string[]) => string {
  return (...args) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    });
}

/**
 * A git repository in `root` whose HEAD~1 holds `base` and HEAD holds `head`
 * (a null file is deleted). The caller removes `root`.
 */
export function twoCommitRepo(root: string, base: Record<string, string | null>, head: Record<string, string | null>): string {
  const git = gitIn(root);
  git('init', '-q', '-b', 'main');
  for (const files of [base, head]) {
    for (const [path, text] of Object.entries(files)) {
      if (text === null) rmSync(join(root, path), { force: true });
      else {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
    }
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', 'c');
  }
  return root;
}
