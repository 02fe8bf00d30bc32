// A real npm registry on 127.0.0.1 for tests: packuments, tarballs packed at test time, the bulk
// advisory endpoint, optional bearer auth, injected failures and redirects. The npm CLI can read
// from it. Like a careless real registry, every error answer echoes the credential it received, in
// a header and in the body, so tests can prove depdiff never repeats it.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import semver from 'semver';
import type { AdvisoryMap } from '../../src/registry/advisory.js';
import { gzip, writeTar, type TarEntry } from './tar-writer.js';

export interface FixtureVersionSpec {
  dir?: string;
  files?: Record<string, string | Buffer>;
  tarball?: Buffer;
  manifest?: Record<string, unknown>;
  time?: string;
}
export interface FixturePackageSpec {
  versions: Record<string, FixtureVersionSpec>;
  distTags?: Record<string, string>;
  omit?: Array<'_npmUser' | 'maintainers' | 'attestations' | 'deprecated' | 'time'>;
}
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body?: string;
}
export interface TestRegistry {
  url: string;
  requests: RecordedRequest[];
  integrity(name: string, version: string): string;
  tarballUrl(name: string, version: string): string;
  setAdvisories(map: AdvisoryMap): void;
  failNext(pathPrefix: string, status: number, times: number): void;
  /**
   * Answers requests under `pathPrefix` with a redirect to the same path (plus a marker query) on
   * `toBase`, which may be this registry itself. 307 keeps a POST a POST.
   */
  redirect(pathPrefix: string, toBase: string, status?: number): void;
  /** A huge packument (`size` bytes of valid JSON) streamed for `name`, without content-length. */
  servePadded(name: string, size: number): void;
  close(): Promise<void>;
}

/** The header the registry's error answers echo the received Authorization value in. */
export const ECHO_HEADER = 'x-received-authorization';
const REDIRECTED_MARK = 'depdiff-test-redirected';

const PUBLISHER = { name: 'fixture-publisher', email: 'publisher@example.test' };

/** A real gzip tarball with every file under `package/`, sorted, with npm's fixed mtime. */
export async function packFiles(files: Record<string, string | Buffer>): Promise<Buffer> {
  const entries: TarEntry[] = Object.keys(files)
    .sort()
    .map((path) => ({ path: `package/${path}`, content: files[path] }));
  return gzip(writeTar(entries));
}

async function readTree(root: string, dir = ''): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  for (const dirent of (await readdir(join(root, dir), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = dir ? `${dir}/${dirent.name}` : dirent.name;
    if (dirent.isDirectory()) entries.push(...(await readTree(root, rel)));
    else if (dirent.isFile()) {
      const full = join(root, rel);
      const executable = ((await stat(full)).mode & 0o111) !== 0;
      entries.push({ path: `package/${rel}`, content: await readFile(full), mode: executable ? 0o755 : 0o644 });
    }
  }
  return entries;
}

export async function packDir(dir: string): Promise<Buffer> {
  return gzip(writeTar(await readTree(dir)));
}

function basename(name: string): string {
  return name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Built {
  bytes: Buffer;
  integrity: string;
  shasum: string;
  packageJson: Record<string, unknown>;
}

async function buildVersion(name: string, version: string, spec: FixtureVersionSpec): Promise<Built> {
  let bytes: Buffer;
  let packageJson: Record<string, unknown> = {};
  if (spec.tarball) {
    bytes = spec.tarball;
  } else if (spec.dir) {
    bytes = await packDir(spec.dir);
    packageJson = JSON.parse(await readFile(join(spec.dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  } else {
    const files = { ...(spec.files ?? {}) };
    if (files['package.json'] === undefined) files['package.json'] = JSON.stringify({ name, version }, null, 2) + '\n';
    try {
      const parsed: unknown = JSON.parse(String(files['package.json']));
      if (isObject(parsed)) packageJson = parsed;
    } catch {
      // A deliberately broken package.json still gets packed; the packument just lacks its fields.
    }
    bytes = await packFiles(files);
  }
  return {
    bytes,
    integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
    shasum: createHash('sha1').update(bytes).digest('hex'),
    packageJson,
  };
}

export async function startTestRegistry(
  packages: Record<string, FixturePackageSpec>,
  options: { token?: string; /** Packuments carry an ETag and a matching If-None-Match gets 304, as registry.npmjs.org does. */ validators?: boolean } = {},
): Promise<TestRegistry> {
  const built = new Map<string, Map<string, Built>>();
  for (const [name, pkg] of Object.entries(packages)) {
    const versions = new Map<string, Built>();
    for (const [version, spec] of Object.entries(pkg.versions)) versions.set(version, await buildVersion(name, version, spec));
    built.set(name, versions);
  }
  const requests: RecordedRequest[] = [];
  const failures: Array<{ prefix: string; status: number; remaining: number }> = [];
  const redirects: Array<{ prefix: string; toBase: string; status: number }> = [];
  const padded = new Map<string, number>();
  let advisories: AdvisoryMap = {};
  let base = '';

  const tarballUrl = (name: string, version: string): string => `${base}${name}/-/${basename(name)}-${version}.tgz`;

  function packument(name: string): Record<string, unknown> {
    const pkg = packages[name];
    const omit = new Set(pkg.omit ?? []);
    const versionNames = Object.keys(pkg.versions);
    const time: Record<string, string> = {};
    const versions: Record<string, unknown> = {};
    versionNames.forEach((version, index) => {
      const spec = pkg.versions[version];
      const b = built.get(name)!.get(version)!;
      time[version] = spec.time ?? new Date(Date.UTC(2020, 0, 1 + index)).toISOString();
      const override = { ...(spec.manifest ?? {}) };
      const distOverride = isObject(override.dist) ? override.dist : {};
      delete override.dist;
      const manifest: Record<string, unknown> = {
        ...b.packageJson,
        name,
        version,
        _id: `${name}@${version}`,
        _npmUser: PUBLISHER,
        maintainers: [PUBLISHER],
        ...override,
        dist: { tarball: tarballUrl(name, version), integrity: b.integrity, shasum: b.shasum, ...distOverride },
      };
      if (omit.has('_npmUser')) delete manifest._npmUser;
      if (omit.has('maintainers')) delete manifest.maintainers;
      if (omit.has('deprecated')) delete manifest.deprecated;
      if (omit.has('attestations')) delete (manifest.dist as Record<string, unknown>).attestations;
      versions[version] = manifest;
    });
    const sorted = Object.values(time).sort();
    const highest = versionNames.filter((v) => semver.valid(v)).sort(semver.rcompare)[0] ?? versionNames[0];
    const doc: Record<string, unknown> = {
      _id: name,
      name,
      'dist-tags': pkg.distTags ?? (highest ? { latest: highest } : {}),
      versions,
      time: { created: sorted[0], modified: sorted[sorted.length - 1], ...time },
    };
    if (!omit.has('maintainers')) doc.maintainers = [PUBLISHER];
    if (omit.has('time')) delete doc.time;
    return doc;
  }

  function send(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
    res.writeHead(status, { 'content-type': type, 'content-length': bytes.length });
    res.end(bytes);
  }

  /** An error answer that repeats the received credential: whole in a header, and in the body both whole and bare. */
  function sendError(req: IncomingMessage, res: ServerResponse, status: number, message: string): void {
    const received = req.headers.authorization ?? '';
    const bare = received.replace(/^\S+\s+/, '');
    const bytes = Buffer.from(JSON.stringify({ error: `${message} (received authorization: ${received}; credential ${bare} is not valid here)` }));
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': bytes.length, [ECHO_HEADER]: received });
    res.end(bytes);
  }

  function streamPadded(res: ServerResponse, name: string, size: number): void {
    // Valid JSON of exactly `size` bytes: the real packument's fields plus one long string.
    const head = JSON.stringify(packument(name)).slice(0, -1) + ',"padding":"';
    const tail = '"}';
    res.writeHead(200, { 'content-type': 'application/json' });
    let left = size - head.length - tail.length;
    res.write(head);
    const block = Buffer.alloc(64 * 1024, 'x');
    const pump = (): void => {
      while (left > 0) {
        const n = Math.min(left, block.length);
        left -= n;
        if (!res.write(block.subarray(0, n))) {
          res.once('drain', pump);
          return;
        }
      }
      res.end(tail);
    };
    res.on('close', () => {
      left = 0;
    });
    pump();
  }

  function findTarball(decoded: string): Buffer | undefined {
    const match = /^\/((?:@[^/]+\/)?[^/@][^/]*)\/-\/([^/]+)$/.exec(decoded);
    if (!match) return undefined;
    const versions = built.get(match[1]);
    if (!versions) return undefined;
    for (const [version, b] of versions) {
      if (`${basename(match[1])}-${version}.tgz` === match[2]) return b.bytes;
    }
    return undefined;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let raw = Buffer.concat(chunks);
    if (raw.length > 0 && req.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
    const rawPath = req.url ?? '/';
    const pathname = new URL(rawPath, 'http://127.0.0.1').pathname;
    const decoded = decodeURIComponent(pathname);
    requests.push({ method: req.method ?? 'GET', path: rawPath, headers: { ...req.headers }, body: raw.length ? raw.toString('utf8') : undefined });

    const failure = failures.find((f) => f.remaining > 0 && (pathname.startsWith(f.prefix) || decoded.startsWith(f.prefix)));
    if (failure) {
      failure.remaining -= 1;
      return sendError(req, res, failure.status, `injected failure ${failure.status}`);
    }
    const redirect = redirects.find((r) => pathname.startsWith(r.prefix) || decoded.startsWith(r.prefix));
    if (redirect && !new URL(rawPath, 'http://127.0.0.1').searchParams.has(REDIRECTED_MARK)) {
      res.writeHead(redirect.status, { location: `${redirect.toBase.replace(/\/$/, '')}${pathname}?${REDIRECTED_MARK}=1`, 'content-length': 0 });
      return void res.end();
    }
    if (options.token !== undefined && req.headers.authorization !== `Bearer ${options.token}`) {
      return sendError(req, res, 401, 'unauthorized');
    }
    if (req.method === 'POST' && decoded === '/-/npm/v1/security/advisories/bulk') {
      const wanted = JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
      const answer: AdvisoryMap = {};
      for (const name of Object.keys(wanted)) if (advisories[name]) answer[name] = advisories[name];
      return send(res, 200, answer);
    }
    if (req.method === 'GET') {
      const tarball = findTarball(decoded);
      if (tarball) return send(res, 200, tarball, 'application/octet-stream');
      const name = decoded.slice(1);
      const size = padded.get(name);
      if (size !== undefined && Object.hasOwn(packages, name)) return streamPadded(res, name, size);
      if (Object.hasOwn(packages, name)) {
        if (!options.validators) return send(res, 200, packument(name));
        const bytes = Buffer.from(JSON.stringify(packument(name)));
        const etag = `"${createHash('sha1').update(bytes).digest('hex')}"`;
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, { etag });
          return void res.end();
        }
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length, etag });
        return void res.end(bytes);
      }
    }
    sendError(req, res, 404, 'not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => sendError(req, res, 500, String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const lookup = (name: string, version: string): Built => {
    const b = built.get(name)?.get(version);
    if (!b) throw new Error(`test registry has no ${name}@${version}`);
    return b;
  };

  return {
    url: base,
    requests,
    integrity: (name, version) => lookup(name, version).integrity,
    tarballUrl: (name, version) => {
      lookup(name, version);
      return tarballUrl(name, version);
    },
    setAdvisories: (map) => {
      advisories = map;
    },
    failNext: (prefix, status, times) => {
      failures.push({ prefix, status, remaining: times });
    },
    redirect: (prefix, toBase, status = 302) => {
      redirects.push({ prefix, toBase, status });
    },
    servePadded: (name, size) => {
      padded.set(name, size);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
