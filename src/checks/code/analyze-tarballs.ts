// Unpack the old and the new tarball of one change and find what the new code newly does.
// Runs inside an analysis worker (src/checks/code/worker.ts), or in-thread where no worker bundle exists
// (the jest suite runs the TypeScript sources); both call this one function.
import type { ReviewErrorCode } from '../../model/codes.js';
import { errorMessage, PackageError } from '../../model/errors.js';
import { packageJsonDiff } from './package-json-diff.js';
import { extractTarball, type ExtractLimits } from '../../tarball/extract.js';
import type { ExtractedPackage, Fact, SourceType } from '../../model/types.js';
import { analyzeCodeChange } from './new-facts.js';
import type { FactCache } from './package-facts.js';

export interface TarballAnalysisInput {
  /** null for an added package, or when the old tarball could not be downloaded. */
  oldData: Uint8Array | null;
  newData: Uint8Array;
  /** True when an old version exists: without its code there is no baseline to compare with. */
  hasBaseline: boolean;
  source: SourceType;
  limits?: Partial<ExtractLimits>;
}

/** A failure as plain data, so that it crosses the worker boundary. */
export interface AnalysisFailure {
  code: ReviewErrorCode;
  message: string;
}

export interface TarballAnalysisResult {
  facts: Fact[];
  packageJsonDiff?: string;
  oldFailure?: AnalysisFailure;
  newFailure?: AnalysisFailure;
  /** Anomaly codes of a new package whose unpacking stopped at a bound: the review is partial. */
  truncatedBy?: string[];
}

function failure(error: unknown, fallbackCode: ReviewErrorCode): AnalysisFailure {
  return { code: error instanceof PackageError ? error.code : fallbackCode, message: errorMessage(error) };
}

export async function analyzeTarballs(input: TarballAnalysisInput, cache: FactCache): Promise<TarballAnalysisResult> {
  const result: TarballAnalysisResult = { facts: [] };
  const unpack = (data: Uint8Array) => extractTarball(Buffer.from(data.buffer, data.byteOffset, data.byteLength), input.limits);
  // One after the other: an unpacked tarball and its decoded texts are the peak of memory.
  const oldPkg = input.oldData ? await unpack(input.oldData).catch((error: unknown) => ((result.oldFailure = failure(error, 'EUNTAR')), null)) : null;
  const newPkg = await unpack(input.newData).catch((error: unknown) => ((result.newFailure = failure(error, 'EUNTAR')), null));
  if (!newPkg) return result;
  if (newPkg.truncated) result.truncatedBy = newPkg.anomalies.map((anomaly) => anomaly.code);
  // Comparing against nothing would report everything the package ever did as new.
  if (input.hasBaseline && !oldPkg) return result;
  try {
    result.facts = analyzeCodeChange(oldPkg, newPkg, input.source, cache);
    result.packageJsonDiff = packageJsonDiff(packageJsonText(oldPkg), packageJsonText(newPkg));
  } catch (error) {
    result.newFailure = { code: 'EANALYZE', message: `analysis failed: ${errorMessage(error)}` };
  }
  return result;
}

function packageJsonText(pkg: ExtractedPackage | null): string | null {
  return pkg?.files.get('package.json')?.text ?? null;
}
