// Kept apart from client.ts: a module that only reads a status must not load Octokit (@actions/github), which the
// CLI never uses (see trusted-config.ts).

/** The HTTP status of an Octokit RequestError, or undefined for anything else (network errors). */
export function httpStatus(error: unknown): number | undefined {
  const status = error && typeof error === 'object' ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}
