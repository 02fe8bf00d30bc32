import * as core from '@actions/core';

/** GitHub refuses a step summary over 1 MiB; keep a little room for what other writers may add. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

/**
 * Renders with a shrinking character budget until the UTF-8 size fits: characters and bytes differ for
 * non-ASCII package text, so the budget is corrected by the measured ratio, a few times at most.
 */
export function fitToBytes(render: (maxChars: number) => string, limitBytes: number, fallback: string): string {
  let maxChars = limitBytes;
  for (let attempt = 0; attempt < 5; attempt++) {
    const text = render(maxChars);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= limitBytes) return text;
    maxChars = Math.floor(((maxChars * limitBytes) / bytes) * 0.9);
    if (maxChars < 1024) break;
  }
  return fallback;
}

/** Appends to the step summary (`summaryFile` is GITHUB_STEP_SUMMARY); outside the runner it says so and moves on. */
export async function writeSummary(markdown: string, summaryFile: string | undefined, log: (message: string) => void = core.info): Promise<boolean> {
  if (!summaryFile) {
    log('No GITHUB_STEP_SUMMARY file: skipping the job summary.');
    return false;
  }
  await core.summary.addRaw(markdown, true).write();
  return true;
}
