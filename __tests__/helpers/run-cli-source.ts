// Runs the CLI from the TypeScript sources in this process (src/cli/run.ts), with the same environment as the
// bundled runs of run-cli.ts. For the tests of what the CLI does with its input and options: they judge the
// source (so a mutation of it is seen), and cost no Node start. __tests__/cli/cli.test.ts and the README test
// run the bundle itself.
import { runCli } from '../../src/cli/run.js';
import { cliEnv, type RunResult } from './run-cli.js';

/** The environment of cliEnv; analysis runs in this thread (no bundled worker here). */
export async function runCliSource(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    env: cliEnv(cwd, env),
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}
