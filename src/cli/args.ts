import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../model/errors.js';
import type { FailOn } from '../model/types.js';
import { DEFAULT_CONFIG_PATH, OPTIONS, type DependencyScope, type OptionSpec, type OutputFormat } from '../options/definitions.js';
import { parseOptionValue } from '../options/parse-value.js';

export type { OutputFormat } from '../options/definitions.js';

const CLI_OPTIONS = OPTIONS.filter((spec: OptionSpec) => spec.cli !== undefined) as OptionSpec[];

function flagOf(spec: OptionSpec): string {
  return spec.cli?.flag ?? spec.name;
}

/** The Options section of --help, from options/. */
function optionsHelp(): string {
  const lines = CLI_OPTIONS.map((spec) => {
    const short = spec.cli?.short ? `-${spec.cli.short}, ` : '';
    const left = `  ${short}--${flagOf(spec)}${spec.cli?.arg ? ` ${spec.cli.arg}` : ''}`;
    return left.length >= 24 ? `${left}\n${' '.repeat(24)}${spec.cli!.help}` : `${left.padEnd(24)}${spec.cli!.help}`;
  });
  return lines.join('\n');
}

export const USAGE = `Usage:
  depdiff OLD_LOCKFILE NEW_LOCKFILE [options]
  depdiff --base-ref REF [--head-ref REF] [options]     (inside a git repository)

Reviews what the new versions of changed npm dependencies newly do.

Options:
${optionsHelp()}

What is read from where:
  OLD NEW               both lockfiles, the policy file and .npmrc come from the working tree (the current folder).
  --base-ref REF        lockfiles: REF against the working tree (or --head-ref), from the repository root, wherever
                        you run depdiff. The policy file (${DEFAULT_CONFIG_PATH} or --config) and the root .npmrc are
                        read from REF, not from the working tree: the change under review cannot acknowledge its
                        own findings or send registry requests and tokens elsewhere. A --config outside the
                        repository is read from disk. Your own ~/.npmrc is read in both modes.
  Lockfiles are recognised by name, or by content when saved under another name (git show main:yarn.lock > old.lock).

Exit codes: 0 pass, 1 fail (findings at or above --fail-on, or a package that could not be reviewed),
2 usage or input error.`;

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
  failOnScopes?: DependencyScope[];
  config?: string;
  cacheDir?: string;
  concurrency?: number;
  offline: boolean;
  fetch: boolean;
  /** True only when the flag is given: the config file's allow-incomplete applies otherwise. */
  allowIncomplete: boolean;
  allowLicenses?: string[];
  denyLicenses?: string[];
  quiet: boolean;
}

const PARSE_OPTIONS: ParseArgsConfig['options'] = Object.fromEntries(
  CLI_OPTIONS.map((spec) => [
    flagOf(spec),
    {
      type: spec.type === 'boolean' ? ('boolean' as const) : ('string' as const),
      ...(spec.cli?.short ? { short: spec.cli.short } : {}),
      ...(spec.cli?.multiple ? { multiple: true } : {}),
    },
  ]),
);

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: PARSE_OPTIONS });
  } catch (error) {
    throw new InputError(`${(error as Error).message.split('\n')[0]} (see depdiff --help)`, { code: 'EUSAGE' });
  }
  const { positionals } = parsed;
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  /** The flag's typed value; undefined when not given. Booleans and repeatable flags come from parseArgs as they are. */
  const value = <T>(name: string): T | undefined => {
    const spec = CLI_OPTIONS.find((candidate) => candidate.name === name)!;
    const raw = values[flagOf(spec)];
    if (raw === undefined || typeof raw === 'boolean' || Array.isArray(raw)) return raw as T | undefined;
    return parseOptionValue(spec, raw, `--${flagOf(spec)}`) as T;
  };
  const args: CliArgs = {
    help: value<boolean>('help') ?? false,
    version: value<boolean>('version') ?? false,
    baseRef: value('base-ref'),
    headRef: value('head-ref'),
    lockfiles: value<string[]>('lockfiles') ?? [],
    registry: value('registry'),
    format: value<OutputFormat>('format') ?? 'markdown',
    out: value('out'),
    failOn: value<FailOn>('fail-on'),
    failOnScopes: value<DependencyScope[]>('fail-on-scopes'),
    config: value('config-file'),
    cacheDir: value('cache-dir'),
    offline: value<boolean>('offline') ?? false,
    fetch: !(value<boolean>('no-fetch') ?? false),
    allowIncomplete: value<boolean>('allow-incomplete') ?? false,
    allowLicenses: value<string[]>('allow-licenses'),
    denyLicenses: value<string[]>('deny-licenses'),
    quiet: value<boolean>('quiet') ?? false,
  };
  if (args.help || args.version) return args;
  args.concurrency = value<number>('concurrency');
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
