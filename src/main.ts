import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { errorMessage, InputError } from './model/errors.js';
import { annotateChanges } from './github/annotations.js';
import { createClient, repoFromEnv, type GitHubClient, type RepoRef } from './github/client.js';
import { COMMENT_MARKER, decideComment, publishComment, resolveCommentAuthor, type CommentOutcome } from './github/comment.js';
import { eventRefs } from './github/event-refs.js';
import { readInputs, type ActionInputs } from './github/inputs.js';
import { createRunDir, reportCounts, setOutputs, writeRunFile } from './github/outputs.js';
import { collectSources } from './sources/review-sources.js';
import { fitToBytes, SUMMARY_LIMIT_BYTES, writeSummary } from './github/summary.js';
import { actionSettings } from './sources/trusted-config.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { verdictLine } from './report/verdict-line.js';
import { review } from './pipeline/review.js';

/** GitHub rejects comment bodies over 65,536 characters; the margin covers the marker and line endings. */
const COMMENT_MAX_CHARS = 65_000;

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

function noChangesBody(): string {
  return `${COMMENT_MARKER}\n### depdiff\n\nThis pull request no longer changes any dependency: nothing to review.\n`;
}

// The comment is found again only by a marker at the very start of its body.
function withMarker(body: string): string {
  return body.startsWith(COMMENT_MARKER) ? body : `${COMMENT_MARKER}\n${body}`;
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

/** The Action: inputs -> lockfile pairs -> review -> comment, summary, annotations, outputs, result. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const inputs = readInputs();
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    let refs;
    try {
      refs = eventRefs(eventName, readEventPayload(env.GITHUB_EVENT_PATH), inputs);
    } catch (error) {
      // A push that creates a branch has nothing to compare against; that is not the user's mistake.
      if (eventName === 'push' && error instanceof InputError && error.code === 'ENOBASE') {
        core.notice(error.message);
        setOutputs({ verdict: 'pass', findings: 0, critical: 0, high: 0, medium: 0, low: 0, 'report-path': '', 'sarif-path': '', 'comment-path': '', 'comment-url': '' });
        return;
      }
      throw error;
    }
    const repo = repoFromEnv(env.GITHUB_REPOSITORY);
    const client = inputs.githubToken ? createClient(inputs.githubToken, env.GITHUB_API_URL || undefined) : undefined;

    const sources = await collectSources({
      workspace,
      env,
      eventName,
      refs,
      only: inputs.lockfiles,
      client,
      repo,
      checkoutSha: env.GITHUB_SHA,
    });
    core.info(`Comparing ${refs.base} with ${refs.head ?? 'the working tree'} (read through ${sources.via}): ${sources.pairs.length} lockfile(s) changed.`);
    const { policy, configFound, configChanged, registry } = await actionSettings(sources, inputs, env);
    if (!configFound) core.info(`No ${inputs.configFile} in the base commit: using the default policy.`);

    const report = await review({
      pairs: sources.pairs,
      unlocked: sources.unlocked,
      patches: sources.patches,
      policy,
      registry,
      concurrency: inputs.concurrency,
      log: (message) => core.info(message),
    });

    const counts = reportCounts(report);
    const changed = report.changes.length > 0 || report.errors.length > 0;
    const runDir = await createRunDir(env.RUNNER_TEMP || tmpdir());
    const reportPath = await writeRunFile(runDir, 'report.json', renderJson(report));
    const sarifPath = await writeRunFile(runDir, 'report.sarif', renderSarif(report));
    const markdownOptions = { configPath: inputs.configFile, configChanged };
    const commentBody = changed
      ? withMarker(
          renderMarkdown(report, {
            ...markdownOptions,
            maxChars: COMMENT_MAX_CHARS,
            marker: COMMENT_MARKER,
            overflowPointer: runUrl(env) ? `See the [job summary](${runUrl(env)}) for the full report.` : 'See the job summary for the full report.',
          }),
        )
      : noChangesBody();
    const commentPath = await writeRunFile(runDir, 'comment.md', commentBody);

    const summary = changed
      ? fitToBytes(
          (maxChars) => renderMarkdown(report, { ...markdownOptions, full: true, maxChars, overflowPointer: 'The full report is in the JSON file of the `report-path` output.' }),
          SUMMARY_LIMIT_BYTES,
          `### depdiff\n\n${verdictLine(report)}\n\nThe full report did not fit in the job summary; see the JSON report (the report-path output).\n`,
        )
      : '### depdiff\n\nNo dependency changes between the base and the head: nothing to review.\n';
    await writeSummary(summary, env.GITHUB_STEP_SUMMARY);
    annotateChanges(report);

    const outcome = await publishToPullRequest(client, repo, refs.pullNumber, inputs, {
      changed,
      findings: counts.findings,
      body: commentBody,
    });
    setOutputs({
      ...counts,
      'report-path': reportPath,
      'sarif-path': sarifPath,
      'comment-path': commentPath,
      'comment-url': 'url' in outcome ? outcome.url : '',
    });

    const line = `depdiff: ${verdictLine(report, 'plain')}`;
    if (report.verdict === 'fail' && !inputs.warnOnly) core.setFailed(line);
    else if (report.verdict === 'fail') core.warning(`${line} (warn-only: the job passes)`);
    else core.info(line);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
