import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { errorMessage, InputError } from './model/errors.js';
import { annotateChanges } from './github/annotations.js';
import { createClient, repoFromEnv, type GitHubClient, type RepoRef } from './github/client.js';
import { decideComment, publishComment, resolveCommentAuthor, type CommentOutcome } from './github/comment.js';
import { eventRefs, type EventRefs } from './github/event-refs.js';
import { readInputs, type ActionInputs } from './github/inputs.js';
import { createRunDir, reportCounts, setOutputs } from './github/outputs.js';
import { writeRunFiles } from './github/run-files.js';
import { collectSources } from './sources/review-sources.js';
import { writeSummary } from './github/summary.js';
import { actionSettings } from './sources/trusted-config.js';
import { verdictLine } from './report/verdict-line.js';
import { review } from './pipeline/review.js';
import type { Report } from './model/types.js';

function readEventPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const payload: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  } catch (error) {
    throw new InputError(`Cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${errorMessage(error)}`);
  }
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

async function publishToPullRequest(
  client: GitHubClient | undefined,
  repo: RepoRef | undefined,
  pullNumber: number | undefined,
  inputs: ActionInputs,
  state: { changed: boolean; findings: number; body: string },
): Promise<CommentOutcome> {
  const action = decideComment(inputs.comment, { lockfilesChanged: state.changed, findings: state.findings });
  if (action === 'skip') return { action: 'none' };
  if (!client || !repo || pullNumber === undefined) {
    if (pullNumber !== undefined) core.warning('No github-token: depdiff cannot comment on the pull request.');
    return { action: 'none' };
  }
  const author = await resolveCommentAuthor(client, inputs.githubToken, inputs.commentAuthor);
  const outcome = await publishComment(client, { ...repo, issueNumber: pullNumber }, { action, body: state.body, author });
  if (outcome.action === 'refused') core.warning(outcome.message);
  else if (outcome.action !== 'none') core.info(`Pull request comment ${outcome.action}${'url' in outcome ? `: ${outcome.url}` : ''}.`);
  if ('duplicatesDeleted' in outcome && outcome.duplicatesDeleted) core.info(`Deleted ${outcome.duplicatesDeleted} older depdiff comment(s) on this pull request.`);
  return outcome;
}

/** The event's base and head; null for a push that creates a branch (nothing to compare: not the user's mistake). */
function refsOf(eventName: string, env: NodeJS.ProcessEnv, inputs: ActionInputs): EventRefs | null {
  try {
    return eventRefs(eventName, readEventPayload(env.GITHUB_EVENT_PATH), inputs);
  } catch (error) {
    if (eventName === 'push' && error instanceof InputError && error.code === 'ENOBASE') {
      core.notice(error.message);
      return null;
    }
    throw error;
  }
}

/** The job's result is the status check: failed on a fail verdict unless warn-only. */
function setResult(report: Report, inputs: ActionInputs): void {
  const line = `depdiff: ${verdictLine(report, 'plain')}`;
  if (report.verdict === 'fail' && !inputs.warnOnly) core.setFailed(line);
  else if (report.verdict === 'fail') core.warning(`${line} (warn-only: the job passes)`);
  else core.info(line);
}

/** The Action: inputs -> lockfile pairs -> review -> comment, summary, annotations, outputs, result. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs();
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const refs = refsOf(eventName, env, inputs);
    if (refs === null) {
      setOutputs({ verdict: 'pass', findings: 0, critical: 0, high: 0, medium: 0, low: 0, 'report-path': '', 'sarif-path': '', 'comment-path': '', 'comment-url': '' });
      return;
    }
    const repo = repoFromEnv(env.GITHUB_REPOSITORY);
    const client = inputs.githubToken ? createClient(inputs.githubToken, env.GITHUB_API_URL || undefined) : undefined;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const sources = await collectSources({ workspace, env, eventName, refs, only: inputs.lockfiles, client, repo, checkoutSha: env.GITHUB_SHA });
    core.info(`Comparing ${refs.base} with ${refs.head ?? 'the working tree'} (read through ${sources.via}): ${sources.pairs.length} lockfile(s) changed.`);
    const { policy, configFound, configChanged, registry } = await actionSettings(sources, inputs, env);
    if (!configFound) core.info(`No ${inputs.configFile} in the base commit: using the default policy.`);

    const { pairs, unlocked, patches } = sources;
    const report = await review({ pairs, unlocked, patches, policy, registry, concurrency: inputs.concurrency, log: (message) => core.info(message) });

    const counts = reportCounts(report);
    const changed = report.changes.length > 0 || report.errors.length > 0;
    const files = await writeRunFiles(await createRunDir(env.RUNNER_TEMP || tmpdir()), report, changed, {
      configPath: inputs.configFile,
      configChanged,
      runUrl: runUrl(env),
    });
    await writeSummary(files.summary, env.GITHUB_STEP_SUMMARY);
    annotateChanges(report);
    const outcome = await publishToPullRequest(client, repo, refs.pullNumber, inputs, { changed, findings: counts.findings, body: files.commentBody });
    setOutputs({
      ...counts,
      'report-path': files.reportPath,
      'sarif-path': files.sarifPath,
      'comment-path': files.commentPath,
      'comment-url': 'url' in outcome ? outcome.url : '',
    });
    setResult(report, inputs);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
