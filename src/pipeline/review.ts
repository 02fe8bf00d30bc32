import { DEFAULT_CONCURRENCY } from '../options/definitions.js';
import { createTarballAnalyzer } from '../checks/code/analysis-pool.js';
import { errorMessage } from '../model/errors.js';
import { parseLockfile } from '../lockfile/detect.js';
import { diffLockfiles } from '../lockfile/diff.js';
import { aliasSwapFact, aliasSwaps } from '../checks/lockfile/alias-swap.js';
import { unlockedChangeFacts, unlockedNote } from '../checks/lockfile/unlocked-change.js';
import { installPatchFacts } from '../checks/lockfile/install-patch.js';
import { changeOf, standaloneChange, type PairFact } from '../model/pair-fact.js';
import { attachPairFacts } from './pair-facts.js';
import { establishedRegistryHosts } from '../lockfile/established-hosts.js';
import { applyPolicy } from '../policy/apply.js';
import type { Policy } from '../policy/config.js';
import { incompletePackages, verdictWithIncomplete } from '../policy/incomplete.js';
import type { AdvisoryMap } from '../registry/advisory.js';
import { createRegistryClient, type RegistryClient, type RegistryOptions } from '../registry/client.js';
import { mapLimit } from '../registry/pool.js';
import { createDownloadBudget } from './download-budget.js';
import { changeReport, needsFetch, NOT_FETCHED, reviewPublished, type ChangeContext, type PublishedReview } from './review-package.js';
import type { ExtractLimits } from '../tarball/extract.js';
import type { Change, ChangeReport, Lockfile, LockfilePair, PatchFile, Report, ReviewError, UnlockedManifest } from '../model/types.js';

import { VERSION } from '../model/version.js';

/** One lockfile at the base (before) and the head (after); null when it does not exist on that side. */
export interface ReviewOptions {
  pairs: LockfilePair[];
  /** package.json dependency changes no lockfile change covers (git and API sources find them). */
  unlocked?: UnlockedManifest[];
  /** Install-time patches the head adds or changes. */
  patches?: PatchFile[];
  policy: Policy;
  registry: RegistryOptions;
  /** false: lockfile-level review only (no packuments, no tarballs). */
  fetch?: boolean;
  concurrency?: number;
  now?: Date;
  /** Injected in tests; built from `registry` otherwise. */
  client?: RegistryClient;
  log?: (message: string) => void;
  /** Tarball extraction bounds (defaults: src/tarball/extract.ts). */
  extractLimits?: Partial<ExtractLimits>;
}


function parsePair(pair: LockfilePair): { before: Lockfile | null; after: Lockfile | null } {
  return {
    before: pair.before === null ? null : parseLockfile(pair.beforePath ?? pair.path, pair.before, { rootManifest: pair.rootManifest?.before }),
    after: pair.after === null ? null : parseLockfile(pair.path, pair.after, { rootManifest: pair.rootManifest?.after }),
  };
}

/** The same name/from/to in two lockfiles of a monorepo is fetched and analyzed once. */
function analysisKey(change: Change): string {
  const side = (entry: Change['before']) => (entry ? `${entry.version}|${entry.source}|${entry.resolved ?? ''}|${entry.integrity ?? ''}` : '-');
  return `${change.name}\0${side(change.before)}\0${side(change.after)}\0${change.type}`;
}

async function fetchAdvisories(client: RegistryClient, changes: Change[], note: (text: string) => void): Promise<AdvisoryMap | null> {
  const versionsByName: Record<string, string[]> = {};
  for (const change of changes) {
    if (!change.after || change.after.source !== 'registry') continue;
    const versions = (versionsByName[change.after.name] ??= []);
    for (const version of [change.from, change.to]) if (version && !versions.includes(version)) versions.push(version);
  }
  if (Object.keys(versionsByName).length === 0) return {};
  try {
    return await client.advisories(versionsByName);
  } catch (error) {
    note(`The vulnerability check could not run: the registry's advisory endpoint failed (${errorMessage(error)}).`);
    return null;
  }
}

/** What the lockfile pairs say before any fetch: their changes, and what the report and later checks need from them. */
interface DiffedPairs {
  lockfiles: Report['lockfiles'];
  changes: Change[];
  /** The registry hosts each base lockfile already uses, by lockfile path. */
  establishedHosts: Map<string, string[]>;
  /** Facts about a pair rather than one package version (alias swaps). */
  pairFacts: PairFact[];
}

function diffPairs(pairs: LockfilePair[]): DiffedPairs {
  const diffed: DiffedPairs = { lockfiles: [], changes: [], establishedHosts: new Map(), pairFacts: [] };
  for (const pair of pairs) {
    const parsed = parsePair(pair);
    diffed.establishedHosts.set(pair.path, establishedRegistryHosts(parsed.before));
    const found = diffLockfiles(parsed.before, parsed.after);
    diffed.lockfiles.push({ path: pair.path, format: (parsed.after ?? parsed.before)?.format ?? null, changes: found.length });
    diffed.changes.push(...found);
    for (const swap of aliasSwaps(parsed.before, parsed.after)) {
      const change = changeOf(found, pair.path, swap.after) ?? standaloneChange(pair.path, swap.after.name, null, swap.after.version, swap.after);
      diffed.pairFacts.push({ change, fact: aliasSwapFact(swap, pair.path) });
    }
  }
  return diffed;
}

/** What reviewing one change needs; starts the advisory query for all of them. */
function changeContext(options: ReviewOptions, run: { fetch: boolean; now: Date; note: (text: string) => void }, diffed: DiffedPairs): ChangeContext {
  const client = options.client ?? createRegistryClient(options.registry);
  const advisories: Promise<AdvisoryMap | null> = run.fetch ? fetchAdvisories(client, diffed.changes, run.note) : Promise.resolve(null);
  return {
    client,
    fetch: run.fetch,
    now: run.now,
    cooldownHours: options.policy.cooldownHours,
    allowedHosts: (lockfile) => [...options.policy.allowedHosts, ...(diffed.establishedHosts.get(lockfile) ?? [])],
    advisories,
    note: run.note,
    extractLimits: options.extractLimits,
    analyzer: createTarballAnalyzer(),
    downloads: createDownloadBudget(),
  };
}

/** Every change's report, each published version fetched and analyzed once (analysisKey); closes the analyzer. */
async function reviewChanges(changes: Change[], ctx: ChangeContext, concurrency: number, log: (message: string) => void): Promise<{ reports: ChangeReport[]; errors: ReviewError[] }> {
  const errors: ReviewError[] = [];
  const published = new Map<string, Promise<PublishedReview>>();
  let done = 0;
  try {
    const reports = await mapLimit(changes, concurrency, async (change) => {
      const key = analysisKey(change);
      let pending = published.get(key);
      const first = pending === undefined;
      if (pending === undefined) {
        pending = needsFetch(change, ctx) ? reviewPublished(change, ctx) : Promise.resolve(NOT_FETCHED);
        published.set(key, pending);
      }
      const outcome = await pending;
      if (first) errors.push(...outcome.errors);
      done++;
      if (done % 25 === 0) log(`reviewed ${done}/${changes.length}`);
      return changeReport(change, ctx, outcome);
    });
    return { reports, errors };
  } finally {
    await ctx.analyzer.close();
  }
}

/** The whole pipeline: lockfile pairs in, a policy-applied Report out. Shared by the CLI and the Action. */
export async function review(options: ReviewOptions): Promise<Report> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);
  const fetch = options.fetch ?? true;
  const notes = new Set<string>();
  const note = (text: string) => notes.add(text);

  const diffed = diffPairs(options.pairs);
  const { lockfiles, changes, pairFacts } = diffed;
  pairFacts.push(...unlockedChangeFacts(options.unlocked ?? []));
  pairFacts.push(...installPatchFacts(options.patches ?? []));
  const unlocked = unlockedNote(options.unlocked ?? []);
  if (unlocked !== null) note(unlocked);
  log(`${changes.length} changed packages in ${options.pairs.length} lockfile(s)`);
  if (!fetch) note('Lockfile-only review (--no-fetch): registry metadata and published code were not checked.');

  const ctx = changeContext(options, { fetch, now, note }, diffed);
  const { reports, errors } = await reviewChanges(changes, ctx, options.concurrency ?? DEFAULT_CONCURRENCY, log);
  const result = applyPolicy(attachPairFacts(reports, pairFacts), options.policy, now);
  return {
    schemaVersion: 1,
    tool: { name: 'depdiff', version: VERSION },
    verdict: verdictWithIncomplete(result.verdict, errors, options.policy.allowIncomplete),
    failOn: options.policy.failOn,
    generatedAt: now.toISOString(),
    lockfiles,
    changes: result.changes,
    errors,
    notes: [...notes, ...result.notes],
    counts: result.counts,
    incomplete: incompletePackages(errors),
    allowIncomplete: options.policy.allowIncomplete,
  };
}
