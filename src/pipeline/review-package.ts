import type { TarballAnalyzer } from '../checks/code/analysis-pool.js';
import { assignSeverities } from './severity-model.js';
import type { DownloadBudget } from './download-budget.js';
import { failureFacts } from '../checks/registry/failure-facts.js';
import { groupNewDependencies } from './group-new-dependencies.js';
import type { TarballAnalysisInput, TarballAnalysisResult } from '../checks/code/analyze-tarballs.js';
import { licenseOf } from '../checks/registry/license.js';
import { lockfileFacts } from '../checks/lockfile/lockfile-facts.js';
import { lockfileIntegrityFact } from '../checks/registry/lockfile-integrity.js';
import { metadataFacts } from '../checks/registry/metadata-facts.js';
import { vulnerabilityFacts } from '../checks/registry/vulnerability.js';
import { errorMessage, PackageError } from '../model/errors.js';
import { npmCodeUrl } from '../model/npm-links.js';
import type { Advisory } from '../registry/advisory.js';
import type { RegistryClient } from '../registry/client.js';
import { resolvedElsewhere } from '../registry/registry-hosts.js';
import type { ExtractLimits } from '../tarball/extract.js';
import type { Change, ChangeReport, Fact, Finding, LockedPackage, Packument, ReviewError } from '../model/types.js';

export interface ChangeContext {
  client: RegistryClient;
  fetch: boolean;
  now: Date;
  cooldownHours: number;
  /** Hosts trusted to serve registry tarballs for a lockfile: the policy's and the base lockfile's own. */
  allowedHosts: (lockfile: string) => string[];
  /** Advisories by package name, or null when the advisory check could not run. */
  advisories: Promise<Record<string, Advisory[]> | null>;
  note: (text: string) => void;
  /** Extraction bounds; the defaults unless a caller (tests, a future option) narrows them. */
  extractLimits?: Partial<ExtractLimits>;
  /** Unpacks and analyzes the tarballs (worker threads in the bundle); bounds how many at once. */
  analyzer: TarballAnalyzer;
  /** Bounds the compressed bytes downloaded and waiting for analysis; none: unbounded. */
  downloads?: DownloadBudget;
}

export function toFinding(fact: Fact & { url?: string }, change: Change): Finding {
  const version = change.to ?? change.from;
  const codeFile = fact.file !== undefined && fact.file !== change.lockfile;
  return {
    kind: fact.kind,
    key: fact.key,
    severity: fact.severity,
    message: fact.detail,
    ...(fact.file !== undefined ? { file: fact.file } : {}),
    ...(fact.line !== undefined ? { line: fact.line } : {}),
    ...(fact.evidence !== undefined ? { evidence: fact.evidence } : {}),
    ...(codeFile && version ? { url: npmCodeUrl(change.name, version) } : {}),
    // Advisory facts carry their own link to the advisory.
    ...(fact.url !== undefined ? { url: fact.url } : {}),
  };
}

/** The same fact can come from two checks (e.g. new-dependency from the lockfile and from the packument). */
function uniqueByKey(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => (seen.has(fact.key) ? false : (seen.add(fact.key), true)));
}

function fetchable(entry: LockedPackage | undefined): entry is LockedPackage {
  return entry !== undefined && entry.source === 'registry';
}

function download(ctx: ChangeContext, entry: LockedPackage, packument: Packument | null, lockfileIntegrityKnownBad = false): Promise<Buffer> {
  const registryIntegrity = packument?.versions[entry.version]?.dist?.integrity;
  // When the lockfile's checksum already disagrees with the registry's (a critical finding of its own),
  // the registry's checksum alone is checked, so that the code the registry serves is still reviewed.
  const integrity = lockfileIntegrityKnownBad ? undefined : entry.integrity;
  return ctx.client.tarball({ name: entry.name, version: entry.version, resolved: entry.resolved, integrity }, registryIntegrity);
}

/** What the registry and the published code say about one change: shared by every lockfile that has it. */
export interface PublishedReview {
  facts: Fact[];
  errors: ReviewError[];
  packument: Packument | null;
  licenses?: ChangeReport['licenses'];
  packageJsonDiff?: string;
}

export const NOT_FETCHED: PublishedReview = { facts: [], errors: [], packument: null };

/** Whether a change has published code to fetch at all. */
export function needsFetch(change: Change, ctx: ChangeContext): boolean {
  return ctx.fetch && change.type !== 'removed' && change.after !== undefined;
}

/** Registry metadata, advisories, and the old and new tarballs of one change. */
export async function reviewPublished(change: Change, ctx: ChangeContext): Promise<PublishedReview> {
  const review: PublishedReview = { facts: [], errors: [], packument: null };
  const after = change.after!;
  if (after.source === 'registry') await reviewRegistryMetadata(change, ctx, review);
  // Without the packument there is nothing to verify a tarball against (and the fetch failure or the
  // missing package is already reported): no download.
  if (!fetchable(after) || review.packument === null) return review;
  await reviewCode(change, ctx, review, review.packument);
  return review;
}

function addError(review: PublishedReview, entry: LockedPackage, error: unknown): void {
  review.errors.push({
    name: entry.name,
    version: entry.version,
    message: errorMessage(error),
    code: error instanceof PackageError ? error.code : 'EFETCH',
  });
}

/** The packument's and the advisories' facts about a registry package's new version; sets the review's packument and licenses. */
async function reviewRegistryMetadata(change: Change, ctx: ChangeContext, review: PublishedReview): Promise<void> {
  const after = change.after!;
  let packument: Packument | null = null;
  let notFound = false;
  try {
    packument = await ctx.client.packument(after.name);
  } catch (error) {
    if (error instanceof PackageError && error.code === 'E404') notFound = true;
    else addError(review, after, error);
  }
  review.packument = packument;
  const otherRegistry = notFound ? resolvedElsewhere(after, ctx.client.registryFor(after.name)) : null;
  if (otherRegistry) {
    // Not on the registry depdiff asked, but the lockfile resolves it from another one (a private
    // registry configured outside the repository): that is a set-up gap, not an unpublished package.
    addError(review, after, new PackageError('E404', `not found on ${ctx.client.registryFor(after.name)}; the lockfile resolves it from ${otherRegistry}`));
    ctx.note(`Some packages resolve from ${otherRegistry}, which is not the registry depdiff used: set --registry (the Action's \`registry\` input) or an .npmrc to review them.`);
  } else if (packument !== null || notFound) {
    // A fetch failure is an error entry above, never an "unpublished" guess.
    const metadata = metadataFacts(change, packument, { now: ctx.now, cooldownHours: ctx.cooldownHours });
    metadata.unavailable.forEach(ctx.note);
    review.facts.push(...metadata.facts);
  }
  const advisories = await ctx.advisories;
  if (advisories) review.facts.push(...vulnerabilityFacts(change, advisories[after.name] ?? []));
  review.licenses = {
    before: change.from ? licenseOf(packument?.versions[change.from]) : null,
    after: licenseOf(packument?.versions[after.version]),
  };
}

/** Downloads the old and new tarballs and adds what their code newly does, or why it could not be reviewed. */
async function reviewCode(change: Change, ctx: ChangeContext, review: PublishedReview, packument: Packument): Promise<void> {
  const after = change.after!;
  const before = change.before;
  const lockfileIntegrityKnownBad = lockfileIntegrityFact(change, packument) !== null;
  let oldFailureCode: string | undefined;
  const onOldFailure = (error: unknown) => {
    addError(review, before!, error);
    oldFailureCode = error instanceof PackageError ? error.code : 'EFETCH';
    return null;
  };
  const onNewFailure = (error: unknown) => {
    addError(review, after, error);
    review.facts.push(...failureFacts(error, after, oldFailureCode));
    return null;
  };
  let newDownloadError: unknown;
  await ctx.downloads?.whenRoom();
  const [oldData, newData] = await Promise.all([
    fetchable(before) ? download(ctx, before, packument).catch(onOldFailure) : Promise.resolve(null),
    download(ctx, after, packument, lockfileIntegrityKnownBad).catch((error: unknown) => ((newDownloadError = error), null)),
  ]);
  // Judged once both downloads are settled: a new version over the limit is news only if the old one was not.
  if (newDownloadError !== undefined) onNewFailure(newDownloadError);
  if (!newData) return;
  const analysis = await analyzeHeldBytes(ctx, { oldData, newData, hasBaseline: fetchable(before), source: after.source, limits: ctx.extractLimits });
  if (analysis.oldFailure) onOldFailure(new PackageError(analysis.oldFailure.code, analysis.oldFailure.message));
  if (analysis.newFailure) onNewFailure(new PackageError(analysis.newFailure.code, analysis.newFailure.message));
  if (analysis.truncatedBy) {
    // The anomaly itself is a finding; the error entry says the review is incomplete.
    addError(review, after, new PackageError('ELIMIT', `unpacking stopped at a limit (${analysis.truncatedBy.join(', ')}): only part of the package was reviewed`));
  }
  review.facts.push(...analysis.facts);
  if (analysis.packageJsonDiff !== undefined) review.packageJsonDiff = analysis.packageJsonDiff;
}

/** The analyzer's result, its bytes counted against the download budget meanwhile; a crash of the analysis is a new-side failure. */
function analyzeHeldBytes(ctx: ChangeContext, input: TarballAnalysisInput): Promise<TarballAnalysisResult> {
  // Read before the analyzer takes the buffers: they may be transferred to a worker and emptied here.
  const heldBytes = input.newData.length + (input.oldData?.length ?? 0);
  ctx.downloads?.hold(heldBytes);
  return ctx.analyzer
    .analyze(input)
    .catch((error: unknown) => ({ facts: [], newFailure: { code: error instanceof PackageError ? error.code : 'EANALYZE', message: errorMessage(error) } }) as TarballAnalysisResult)
    .finally(() => ctx.downloads?.release(heldBytes));
}

/**
 * One change's report: its lockfile-level findings (which name its own lockfile and line) and what the
 * registry and the published code say, combined.
 */
export function changeReport(change: Change, ctx: ChangeContext, published: PublishedReview): ChangeReport {
  const facts: Fact[] = lockfileFacts(change, {
    registryUrl: (name) => ctx.client.registryFor(name),
    allowedHosts: ctx.allowedHosts(change.lockfile),
  });
  const integrityFact = needsFetch(change, ctx) ? lockfileIntegrityFact(change, published.packument) : null;
  if (integrityFact) facts.push(integrityFact);
  facts.push(...published.facts);
  const findings = groupNewDependencies(assignSeverities(uniqueByKey(facts)), change).map((fact) => toFinding(fact, change));
  // What an added package is for helps judge its findings; an update's reader already knows the package.
  const description = change.type === 'added' && findings.length > 0 && change.to !== null ? published.packument?.versions[change.to]?.description : undefined;
  return {
    ...change,
    findings,
    worst: null,
    ...(typeof description === 'string' && description.trim() !== '' ? { description } : {}),
    ...(published.licenses ? { licenses: published.licenses } : {}),
    ...(published.packageJsonDiff !== undefined ? { packageJsonDiff: published.packageJsonDiff } : {}),
  };
}
