import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Built inside run(), never at import time, so tests can point it at a stand-in API. */
export function createClient(token: string, baseUrl = 'https://api.github.com'): GitHubClient {
  return getOctokit(token, { baseUrl });
}

/** `owner/repo` from GITHUB_REPOSITORY. */
export function repoFromEnv(value: string | undefined): RepoRef | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return match ? { owner: match[1], repo: match[2] } : undefined;
}
