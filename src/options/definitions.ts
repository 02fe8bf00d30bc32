// Every option of depdiff, once: its name, type, allowed values and default, and which front doors take it
// (Action input, CLI flag, config file key). action.yml's inputs and the README's options table are generated
// from this table (`npm run options:docs`) and a test fails when they differ from it.

export const FAIL_ON_VALUES = ['critical', 'high', 'medium', 'low', 'never'] as const;
export const COMMENT_MODES = ['always', 'on-findings', 'never'] as const;
export const OUTPUT_FORMATS = ['markdown', 'json', 'sarif'] as const;
export const DEPENDENCY_SCOPES = ['runtime', 'development'] as const;

export type CommentMode = (typeof COMMENT_MODES)[number];
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export type DependencyScope = (typeof DEPENDENCY_SCOPES)[number];

export const DEFAULT_CONFIG_PATH = '.github/depdiff.yml';
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_COOLDOWN_HOURS = 72;
export const DEFAULT_FAIL_ON = 'high';

/** Another Action's input name that means the same thing, accepted so its users can switch without renaming. */
export interface InputAlias {
  name: string;
  /** That Action's spelling of a value, e.g. dependency-review-action's `moderate` for `medium`. */
  values?: Readonly<Record<string, string>>;
}

export type OptionType = 'string' | 'boolean' | 'integer' | 'number' | 'choice' | 'list';

export interface OptionSpec {
  /** The Action input's name and, unless `cli.flag` says otherwise, the CLI flag (`--name`). */
  name: string;
  type: OptionType;
  /** For `choice`, and for the items of a `list` whose items are fixed words. */
  values?: readonly string[];
  min?: number;
  max?: number;
  /** The built-in default, applied when neither the input/flag nor the config file gives a value. */
  default?: string | number | boolean | readonly string[];
  /** How the default is shown in documentation when it is not a plain value. */
  defaultText?: string;
  /** Present when the Action takes it as an input; the text is action.yml's description. */
  action?: { description: string; aliases?: readonly InputAlias[] };
  /** Present when the CLI takes it as a flag. */
  cli?: { flag?: string; short?: string; arg?: string; help: string; multiple?: boolean };
  /** The config file key, when the config file can set it too (input and flag win over the file). */
  configKey?: string;
}

/** Options whose value the config file may hold too: an empty input then means "the file's value, else the default". */
const FROM_CONFIG = 'Empty means the config file\'s value, else the default.';

export const OPTIONS = [
  {
    name: 'github-token',
    type: 'string',
    defaultText: '`${{ github.token }}`',
    action: {
      description:
        'Token for the pull request comment and, with a shallow checkout, for reading the base lockfiles through the contents API. Needs `pull-requests: write` to comment and `contents: read`.',
    },
  },
  {
    name: 'fail-on',
    type: 'choice',
    values: FAIL_ON_VALUES,
    default: DEFAULT_FAIL_ON,
    configKey: 'fail-on',
    action: {
      description: `Fail when an unacknowledged finding is at least this severe: critical, high, medium, low or never. ${FROM_CONFIG}`,
      aliases: [{ name: 'fail-on-severity', values: { moderate: 'medium' } }],
    },
    cli: { arg: 'LEVEL', help: 'critical, high (default), medium, low or never' },
  },
  {
    name: 'fail-on-scopes',
    type: 'list',
    values: DEPENDENCY_SCOPES,
    default: DEPENDENCY_SCOPES,
    configKey: 'fail-on-scopes',
    action: {
      description:
        'Dependency scopes whose findings can fail the job: runtime, development (both by default). Findings of development-only packages that are excluded are still reported; install-time and attack-shape findings fail in every scope. ' +
        FROM_CONFIG,
    },
    cli: { arg: 'SCOPES', help: 'runtime,development (default both); see the README for what is never exempt' },
  },
  {
    name: 'warn-only',
    type: 'boolean',
    default: false,
    action: { description: 'Report findings but never fail the job (true or false).' },
  },
  {
    name: 'comment',
    type: 'choice',
    values: COMMENT_MODES,
    default: 'always',
    action: {
      description:
        'always: one comment per pull request, updated on every push. on-findings: only while there are findings (deleted when they are gone). never: no comment (summary, annotations and outputs only).',
    },
  },
  {
    name: 'comment-author',
    type: 'string',
    defaultText: 'the token\'s identity',
    action: {
      description:
        'Login whose marked comment depdiff updates, e.g. `my-app[bot]`. Empty: the token\'s own identity, the user of a personal token, or the app\'s bot account for GITHUB_TOKEN and GitHub App installation tokens.',
    },
  },
  {
    name: 'config-file',
    type: 'string',
    default: DEFAULT_CONFIG_PATH,
    action: {
      description:
        'Policy file, read from the base commit only (a pull request cannot acknowledge its own findings), or `OWNER/REPO/FILE@REF` for a config kept in another repository (read through the API).',
    },
    cli: { flag: 'config', arg: 'FILE', help: `policy file (default: ${DEFAULT_CONFIG_PATH} when present; see "What is read from where")` },
  },
  {
    name: 'config-file-token',
    type: 'string',
    defaultText: '`github-token`',
    action: {
      description:
        'Token that can read the repository of an `OWNER/REPO/FILE@REF` config-file (`contents: read` there). Empty: the github-token.',
    },
  },
  {
    name: 'base-ref',
    type: 'string',
    defaultText: 'the event\'s base',
    action: {
      description:
        'Commit to compare against. Default: the pull request\'s base SHA (pull_request, pull_request_target), the merge group\'s base SHA (merge_group), `before` (push). Required for workflow_dispatch and other events.',
    },
    cli: { arg: 'REF', help: 'compare every lockfile that changed since REF (against the working tree, or --head-ref)' },
  },
  {
    name: 'head-ref',
    type: 'string',
    defaultText: 'the event\'s head',
    action: {
      description:
        'Commit to review. Default: the pull request\'s head SHA, the merge group\'s head SHA, `after` (push); empty on other events means the checked-out working tree.',
    },
    cli: { arg: 'REF', help: 'the head commit to compare (default: the working tree)' },
  },
  {
    name: 'lockfiles',
    type: 'list',
    defaultText: 'every supported lockfile',
    action: {
      description:
        'Lockfiles to review: paths or glob patterns (`**`, `*`, `{a,b}`), separated by newlines or commas; a pattern starting with `!` excludes. Default: every supported lockfile (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, bun.lock).',
    },
    cli: {
      flag: 'lockfile',
      arg: 'PATTERN',
      multiple: true,
      help: 'restrict the git comparison to lockfiles matching PATTERN, a path or glob from the repository root; !PATTERN excludes (repeatable); a pattern that names no lockfile is an error',
    },
  },
  {
    name: 'registry',
    type: 'string',
    defaultText: 'npm config',
    action: {
      description:
        'npm registry URL. Without it: the base commit\'s `.npmrc`, then the runner\'s npm config, then registry.npmjs.org.',
    },
    cli: { arg: 'URL', help: 'npm registry (default: your npm config, so .npmrc scoped registries and auth apply)' },
  },
  {
    name: 'cache-dir',
    type: 'string',
    defaultText: 'a folder under RUNNER_TEMP',
    action: { description: 'Registry cache: tarballs by digest (verified on every read), packuments with HTTP revalidation. Restore it with actions/cache to speed up reruns.' },
    cli: { arg: 'DIR', help: 'registry cache: tarballs by digest, verified on every read (default: a folder under the system temp dir)' },
  },
  {
    name: 'concurrency',
    type: 'integer',
    min: 1,
    max: 64,
    default: DEFAULT_CONCURRENCY,
    action: { description: 'Packages fetched in parallel (1-64); unpacking and analysis use one worker thread per core but one (at most 4).' },
    cli: { arg: 'N', help: `packages fetched in parallel (default ${DEFAULT_CONCURRENCY})` },
  },
  {
    name: 'cooldown-hours',
    type: 'number',
    min: 0,
    max: 24 * 365,
    default: DEFAULT_COOLDOWN_HOURS,
    configKey: 'cooldown-hours',
    action: { description: `Versions published more recently than this are a \`recently-published\` finding. ${FROM_CONFIG}` },
  },
  {
    name: 'allow-incomplete',
    type: 'boolean',
    default: false,
    configKey: 'allow-incomplete',
    action: {
      description: `true: a package that could not be reviewed (registry outage after retries, unreadable tarball) does not fail the job; it is still listed and named in the verdict line. ${FROM_CONFIG} The default false fails closed: a green check means every new version was reviewed.`,
    },
    cli: { help: 'pass even when some packages could not be reviewed (registry outage); still reported' },
  },
  {
    name: 'allow-licenses',
    type: 'list',
    configKey: 'allow-licenses',
    defaultText: 'any license',
    action: { description: `SPDX licenses allowed for new versions, e.g. \`MIT, Apache-2.0, GPL-2.0-or-later\`; anything else is a finding. Not together with deny-licenses. ${FROM_CONFIG}` },
    cli: { arg: 'LIST', help: 'SPDX licenses allowed for new versions (comma-separated)' },
  },
  {
    name: 'deny-licenses',
    type: 'list',
    configKey: 'deny-licenses',
    defaultText: 'none',
    action: { description: `SPDX licenses denied for new versions, e.g. \`GPL-3.0-or-later, AGPL-3.0-only\`. Not together with allow-licenses. ${FROM_CONFIG}` },
    cli: { arg: 'LIST', help: 'SPDX licenses denied for new versions (comma-separated)' },
  },
  {
    name: 'format',
    type: 'choice',
    values: OUTPUT_FORMATS,
    default: 'markdown',
    cli: { arg: 'FORMAT', help: 'markdown (default), json or sarif' },
  },
  { name: 'out', type: 'string', cli: { arg: 'FILE', help: 'write the report to FILE instead of stdout' } },
  { name: 'offline', type: 'boolean', default: false, cli: { help: 'use the cache only' } },
  {
    name: 'no-fetch',
    type: 'boolean',
    default: false,
    cli: { help: 'lockfile-level review only: no registry metadata, no tarballs (non-registry sources, typosquats, new dependencies, deny)' },
  },
  { name: 'quiet', type: 'boolean', default: false, cli: { short: 'q', help: 'no progress on stderr' } },
  { name: 'help', type: 'boolean', default: false, cli: { short: 'h', help: 'show this help' } },
  { name: 'version', type: 'boolean', default: false, cli: { short: 'v', help: 'show the version' } },
] as const satisfies readonly OptionSpec[];

export type OptionName = (typeof OPTIONS)[number]['name'];

export function optionSpec(name: OptionName): OptionSpec {
  return OPTIONS.find((spec) => spec.name === name)!;
}

/** The config file's top-level keys that are options too; the others (severity, ignore, ...) are policy structure. */
export const CONFIG_OPTION_KEYS = OPTIONS.flatMap((spec: OptionSpec) => (spec.configKey === undefined ? [] : [spec.configKey]));
