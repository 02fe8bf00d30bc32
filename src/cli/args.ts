import { parseArgs } from 'node:util';
import { InputError } from '../model/errors.js';
import type { FailOn } from '../model/types.js';

export const USAGE = `Usage:
  depdiff OLD_LOCKFILE NEW_LOCKFILE [options]
  depdiff --base-ref REF [--head-ref REF] [options]     (inside a git repository)

Reviews what the new versions of changed npm dependencies newly do.

Options:
  --base-ref REF        compare every lockfile that changed since REF (against the working tree, or --head-ref)
  --head-ref REF        the head commit to compare (default: the working tree)
  --lockfile PATH       restrict the git comparison to this lockfile, a path from the repository root
                        (repeatable; globs allowed); a pattern that names no lockfile is an error
  --registry URL        npm registry (default: your npm config, so .npmrc scoped registries and auth apply)
  --format FORMAT       markdown (default), json or sarif
  --out FILE            write the report to FILE instead of stdout
  --fail-on LEVEL       critical, high (default), medium, low or never
  --config FILE         policy file (default: .github/depdiff.yml when present; see "What is read from where")
  --cache-dir DIR       registry cache directory
  --concurrency N       packages fetched in parallel (default 8)
  --offline             use the cache only
  --no-fetch            lockfile-level review only: no registry metadata, no tarballs
  --allow-incomplete    pass even when some packages could not be reviewed (registry outage); still reported
  -q, --quiet           no progress on stderr
  -h, --help            show this help
  -v, --version         show the version

What is read from where:
  OLD NEW               both lockfiles, the policy file and .npmrc come from the working tree (the current folder).
  --base-ref REF        lockfiles: REF against the working tree (or --head-ref), from the repository root, wherever
                        you run depdiff. The policy file (.github/depdiff.yml or --config) and the root .npmrc are
                        read from REF, not from the working tree: the change under review cannot acknowledge its
                        own findings or send registry requests and tokens elsewhere. A --config outside the
                        repository is read from disk. Your own ~/.npmrc is read in both modes.
  Lockfiles are recognised by name, or by content when saved under another name (git show main:yarn.lock > old.lock).

Exit codes: 0 pass, 1 fail (findings at or above --fail-on, or a package that could not be reviewed),
2 usage or input error.`;

export type OutputFormat = 'markdown' | 'json' | 'sarif';

export interface CliArgs {
  help: boolean;
  version: boolean;
  oldLockfile?: string;
  newLockfile?: string;
  baseRef?: string;
  headRef?: string;
  lockfiles: string[];
  registry?: string;
  format: OutputFormat;
  out?: string;
  failOn?: FailOn;
  config?: string;
  cacheDir?: string;
  concurrency?: number;
  offline: boolean;
  fetch: boolean;
  /** True only when the flag is given: the config file's allow-incomplete applies otherwise. */
  allowIncomplete: boolean;
  quiet: boolean;
}

const FAIL_ON_VALUES: readonly FailOn[] = ['critical', 'high', 'medium', 'low', 'never'];
const FORMATS: readonly OutputFormat[] = ['markdown', 'json', 'sarif'];

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`, { code: 'EUSAGE' });
  }
  return value as T;
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'base-ref': { type: 'string' },
        'head-ref': { type: 'string' },
        lockfile: { type: 'string', multiple: true },
        registry: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'cache-dir': { type: 'string' },
        concurrency: { type: 'string' },
        offline: { type: 'boolean' },
        'no-fetch': { type: 'boolean' },
        'allow-incomplete': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new InputError(`${(error as Error).message.split('\n')[0]} (see depdiff --help)`, { code: 'EUSAGE' });
  }
  const { values, positionals } = parsed;
  const args: CliArgs = {
    help: values.help ?? false,
    version: values.version ?? false,
    baseRef: values['base-ref'],
    headRef: values['head-ref'],
    lockfiles: values.lockfile ?? [],
    registry: values.registry,
    format: oneOf('format', values.format, FORMATS) ?? 'markdown',
    out: values.out,
    failOn: oneOf('fail-on', values['fail-on'], FAIL_ON_VALUES),
    config: values.config,
    cacheDir: values['cache-dir'],
    offline: values.offline ?? false,
    fetch: !(values['no-fetch'] ?? false),
    allowIncomplete: values['allow-incomplete'] ?? false,
    quiet: values.quiet ?? false,
  };
  if (args.help || args.version) return args;
  if (values.concurrency !== undefined) {
    const n = Number(values.concurrency);
    if (!Number.isInteger(n) || n < 1 || n > 64) {
      throw new InputError(`--concurrency must be a whole number from 1 to 64 (got "${values.concurrency}")`, { code: 'EUSAGE' });
    }
    args.concurrency = n;
  }
  if (args.registry !== undefined && !/^https?:\/\//.test(args.registry)) {
    throw new InputError(`--registry must be an http(s) URL (got "${args.registry}")`, { code: 'EUSAGE' });
  }
  if (args.baseRef) {
    if (positionals.length > 0) {
      throw new InputError('give either two lockfiles or --base-ref, not both (see depdiff --help)', { code: 'EUSAGE' });
    }
  } else {
    if (args.headRef) throw new InputError('--head-ref needs --base-ref', { code: 'EUSAGE' });
    if (args.lockfiles.length > 0) throw new InputError('--lockfile needs --base-ref', { code: 'EUSAGE' });
    if (positionals.length !== 2) {
      throw new InputError('expected two lockfiles (OLD NEW) or --base-ref REF (see depdiff --help)', { code: 'EUSAGE' });
    }
    [args.oldLockfile, args.newLockfile] = positionals;
  }
  return args;
}
