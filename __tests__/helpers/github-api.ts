// A stand-in for the GitHub REST API on 127.0.0.1: the endpoints depdiff calls, with GitHub's shapes,
// pagination Link headers and error bodies. It records every request so tests can assert on them.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string, URL-decoded. */
  path: string;
  query: Record<string, string>;
  accept: string;
  authorization: string;
  body: unknown;
}

export interface StandInComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  /** Set on what a GitHub App's bot wrote (GITHUB_TOKEN included: slug `github-actions`); null for people. */
  performed_via_github_app: { slug: string; name: string } | null;
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface StandInOptions {
  owner?: string;
  repo?: string;
  /** The login comments are written as (the token's identity). */
  actor?: string;
  /** The app a `[bot]` actor belongs to; defaults to the login without `[bot]`, as GitHub names app bots. */
  actorApp?: string;
  /** GET /user answers this login; null answers 403 as it does for installation tokens. */
  viewer?: string | null;
  /** Files per commit sha, for the contents API. */
  contents?: Record<string, Record<string, string>>;
  /** Compare results by `base...head`. */
  compare?: Record<string, { mergeBase: string; files: string[] }>;
  /** Files of a pull request, for pulls/{n}/files. */
  pullFiles?: Record<number, string[]>;
  /** JSON contents answers carry no content above this size, as GitHub's 1 MB limit does. */
  inlineContentLimit?: number;
  /**
   * Other repositories' files (`owner/repo` -> ref -> path -> text), e.g. an organisation's config repository.
   * With `token`, the repository is private: any other token gets the 404 GitHub answers for a repository it cannot see.
   * With `status`, every contents read of the repository is answered with that error status (e.g. 403, 500).
   */
  otherRepos?: Record<string, { token?: string; status?: number; contents: Record<string, Record<string, string>> }>;
}

export interface GitHubStandIn {
  url: string;
  requests: RecordedRequest[];
  comments: Map<number, StandInComment[]>;
  options: StandInOptions;
  /** Answer comment writes (POST/PATCH/DELETE) with this status, e.g. 403 for a read-only fork token. */
  commentWriteStatus: number | null;
  /** Answer the DELETE of these comment ids with the given status (e.g. 403), while other writes succeed. */
  deleteStatus: Map<number, number>;
  /** A comment by `login`; a `[bot]` login is an app's bot (slug: login without `[bot]`) unless `app` says otherwise. */
  addComment(issue: number, login: string, body: string, app?: string | null): StandInComment;
  close(): Promise<void>;
}

/** GitHub refuses comment bodies over 65,536 characters with a 422. */
export const COMMENT_BODY_LIMIT = 65_536;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'application/vnd.github.raw; charset=utf-8' : 'application/json; charset=utf-8',
    ...headers,
  });
  res.end(status === 204 ? undefined : text);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function pageLinks(base: string, query: Record<string, string>, page: number, last: number): string {
  const link = (p: number, rel: string) => {
    const params = new URLSearchParams({ ...query, page: String(p) });
    return `<${base}?${params}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  return links.join(', ');
}

export async function startGitHubStandIn(options: StandInOptions = {}): Promise<GitHubStandIn> {
  const owner = options.owner ?? 'octo';
  const repo = options.repo ?? 'app';
  const actor = options.actor ?? 'github-actions[bot]';
  const requests: RecordedRequest[] = [];
  const comments = new Map<number, StandInComment[]>();
  let nextId = 1000;
  let url = '';

  const stand: GitHubStandIn = {
    url: '',
    requests,
    comments,
    options,
    commentWriteStatus: null,
    deleteStatus: new Map(),
    addComment(issue, login, body, app) {
      const now = new Date().toISOString();
      const bot = login.endsWith('[bot]');
      const slug = app === undefined ? (bot ? login.slice(0, -'[bot]'.length) : null) : app;
      const comment: StandInComment = {
        id: nextId++,
        body,
        user: { login, type: bot ? 'Bot' : 'User' },
        performed_via_github_app: slug === null ? null : { slug, name: slug },
        html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${nextId - 1}`,
        created_at: now,
        updated_at: now,
      };
      comments.set(issue, [...(comments.get(issue) ?? []), comment]);
      return comment;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Octokit's fetch keeps connections alive; close() alone would wait for them.
        server.closeAllConnections();
      }),
  };

  const findComment = (id: number) => {
    for (const list of comments.values()) {
      const comment = list.find((c) => c.id === id);
      if (comment) return comment;
    }
    return undefined;
  };
  const forbidden = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' };
  const tooLong = {
    message: 'Validation Failed',
    errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
    documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    status: '422',
  };
  const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };

  const server = createServer((req, res) => {
    void (async () => {
      const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = decodeURIComponent(parsed.pathname);
      const query = Object.fromEntries(parsed.searchParams);
      const body = await readBody(req);
      requests.push({
        method: req.method ?? '',
        path,
        query,
        accept: String(req.headers.accept ?? ''),
        authorization: String(req.headers.authorization ?? ''),
        body,
      });
      const prefix = `/repos/${owner}/${repo}`;
      let match: RegExpExecArray | null;

      if (req.method === 'GET' && path === '/user') {
        if (options.viewer) return send(res, 200, { login: options.viewer, type: 'User' });
        return send(res, 403, forbidden);
      }
      if ((match = new RegExp(`^${prefix}/issues/(\\d+)/comments$`).exec(path))) {
        const issue = Number(match[1]);
        if (req.method === 'GET') {
          const perPage = Math.min(Number(query.per_page ?? 30), 100);
          const page = Number(query.page ?? 1);
          const all = comments.get(issue) ?? [];
          const last = Math.max(1, Math.ceil(all.length / perPage));
          const link = pageLinks(`${url}${prefix}/issues/${issue}/comments`, query, page, last);
          return send(res, 200, all.slice((page - 1) * perPage, page * perPage), link ? { link } : {});
        }
        if (req.method === 'POST') {
          if (stand.commentWriteStatus) return send(res, stand.commentWriteStatus, forbidden);
          const text = String((body as { body?: string }).body);
          if (text.length > COMMENT_BODY_LIMIT) return send(res, 422, tooLong);
          return send(res, 201, stand.addComment(issue, actor, text, options.actorApp));
        }
      }
      if ((match = new RegExp(`^${prefix}/issues/comments/(\\d+)$`).exec(path))) {
        const comment = findComment(Number(match[1]));
        if (stand.commentWriteStatus) return send(res, stand.commentWriteStatus, forbidden);
        if (!comment) return send(res, 404, notFound);
        if (comment.user.login !== actor) return send(res, 403, forbidden);
        if (req.method === 'PATCH') {
          const text = String((body as { body?: string }).body);
          if (text.length > COMMENT_BODY_LIMIT) return send(res, 422, tooLong);
          comment.body = text;
          comment.updated_at = new Date().toISOString();
          return send(res, 200, comment);
        }
        if (req.method === 'DELETE') {
          const refused = stand.deleteStatus.get(comment.id);
          if (refused !== undefined) return send(res, refused, refused === 403 ? forbidden : { message: `stand-in answer ${refused}` });
          for (const [issue, list] of comments) comments.set(issue, list.filter((c) => c !== comment));
          return send(res, 204, '');
        }
      }
      if (req.method === 'GET' && (match = /^\/repos\/([^/]+\/[^/]+)\/contents\/(.+)$/.exec(path)) && match[1] !== `${owner}/${repo}`) {
        const other = options.otherRepos?.[match[1]];
        if (other?.status !== undefined) return send(res, other.status, { message: `stand-in answer ${other.status}`, documentation_url: 'https://docs.github.com/rest', status: String(other.status) });
        const allowed = other !== undefined && (other.token === undefined || req.headers.authorization === `token ${other.token}`);
        const text = allowed ? other.contents[query.ref ?? '']?.[decodeURIComponent(match[2])] : undefined;
        if (text === undefined) return send(res, 404, notFound);
        return send(res, 200, { type: 'file', name: match[2].split('/').pop(), path: match[2], size: Buffer.byteLength(text), encoding: 'base64', content: Buffer.from(text).toString('base64') });
      }
      if (req.method === 'GET' && (match = new RegExp(`^${prefix}/contents/(.+)$`).exec(path))) {
        const file = options.contents?.[query.ref ?? '']?.[match[1]];
        if (file === undefined) return send(res, 404, notFound);
        if (/application\/vnd\.github(\.v3)?\.raw/.test(String(req.headers.accept))) return send(res, 200, file);
        const size = Buffer.byteLength(file);
        const inline = size <= (options.inlineContentLimit ?? 1024 * 1024);
        return send(res, 200, {
          type: 'file',
          name: match[1].split('/').pop(),
          path: match[1],
          size,
          encoding: inline ? 'base64' : 'none',
          content: inline ? Buffer.from(file).toString('base64') : '',
        });
      }
      if (req.method === 'GET' && (match = new RegExp(`^${prefix}/compare/(.+)$`).exec(path))) {
        const result = options.compare?.[match[1]];
        if (!result) return send(res, 404, notFound);
        return send(res, 200, {
          status: 'ahead',
          merge_base_commit: { sha: result.mergeBase },
          files: result.files.map((filename) => ({ filename, status: 'modified' })),
        });
      }
      if (req.method === 'GET' && (match = new RegExp(`^${prefix}/pulls/(\\d+)/files$`).exec(path))) {
        const all = (options.pullFiles?.[Number(match[1])] ?? []).map((filename) => ({ filename, status: 'modified' }));
        const perPage = Math.min(Number(query.per_page ?? 30), 100);
        const page = Number(query.page ?? 1);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const link = pageLinks(`${url}${prefix}/pulls/${match[1]}/files`, query, page, last);
        return send(res, 200, all.slice((page - 1) * perPage, page * perPage), link ? { link } : {});
      }
      return send(res, 404, notFound);
    })().catch((error: unknown) => send(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stand.url = url;
  return stand;
}
