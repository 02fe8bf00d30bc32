import type { SourceType } from '../model/types.js';

// Shared by every lockfile parser: what kind of source a resolved URL or spec points at, and
// which package a registry tarball URL belongs to.

const GIT_PREFIXES = ['git+', 'git://', 'git@', 'github:', 'gitlab:', 'bitbucket:', 'gist:', 'ssh://'];
// `patch:` wraps another resolution; an attacker could nest it, so unwrap only a few levels.
const MAX_PATCH_DEPTH = 4;

/**
 * Classifies a lockfile's resolved URL or dependency spec. Registry tarballs are recognised by
 * their shape (`.../<name>/-/<name>-<version>.tgz`) on any host, since private registries use the
 * same layout; the registry stage fetches by name and version and checks integrity, so the host
 * recorded here is never trusted for content.
 */
export function classifyResolved(resolved: string | undefined): SourceType {
  return classify(resolved?.trim(), 0);
}

function classify(spec: string | undefined, depth: number): SourceType {
  if (!spec) return 'unknown';
  const lower = spec.toLowerCase();
  if (GIT_PREFIXES.some((prefix) => lower.startsWith(prefix))) return 'git';
  if (lower.startsWith('npm:')) return 'registry';
  if (lower.startsWith('file:')) return 'file';
  if (lower.startsWith('link:') || lower.startsWith('portal:')) return 'link';
  if (lower.startsWith('workspace:')) return 'workspace';
  if (lower.startsWith('patch:')) return depth < MAX_PATCH_DEPTH ? classify(patchedReference(spec), depth + 1) : 'unknown';
  if (lower.startsWith('http://') || lower.startsWith('https://')) return classifyUrl(spec);
  if (/^[a-z][a-z0-9+.-]*:/.test(lower)) return 'unknown';
  if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('~')) return 'file';
  // `user/repo` and `user/repo#ref` are GitHub shorthands; a bare range or version is a registry spec.
  if (/^[^@/\s][^/\s]*\/[^/\s]+$/.test(spec.split('#')[0] ?? '')) return 'git';
  return 'registry';
}

function classifyUrl(url: string): SourceType {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (nameFromTarballUrl(url) !== null) return 'registry';
  // Git hosts serve repository snapshots as tarballs; they are git sources, not published packages.
  const host = parsed.hostname.toLowerCase();
  if (host === 'codeload.github.com' || host === 'github.com') return 'git';
  if (host === 'gitlab.com' && parsed.pathname.includes('/-/archive/')) return 'git';
  if (host === 'bitbucket.org' && parsed.pathname.includes('/get/')) return 'git';
  if (parsed.pathname.endsWith('.git') || /^#(commit|head|tag|semver)=/.test(parsed.hash)) return 'git';
  return 'tarball';
}

/** `patch:name@npm%3A1.2.3#./patches/x.patch::locator=...` -> `npm:1.2.3` */
function patchedReference(spec: string): string | undefined {
  const body = spec.slice('patch:'.length).split('#')[0] ?? '';
  let descriptor: string;
  try {
    descriptor = decodeURIComponent(body);
  } catch {
    return undefined;
  }
  const at = descriptor.indexOf('@', 1);
  return at === -1 ? undefined : descriptor.slice(at + 1);
}

/**
 * The package name of a registry tarball URL (`https://registry.npmjs.org/@scope/name/-/name-1.0.0.tgz`
 * -> `@scope/name`), or null when the URL does not have that shape.
 */
export function nameFromTarballUrl(url: string): string | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const marker = pathname.lastIndexOf('/-/');
  if (marker === -1) return null;
  const file = pathname.slice(marker + 3);
  if (file.includes('/') || !file.endsWith('.tgz')) return null;
  const segments = pathname.slice(0, marker).split('/').filter((segment) => segment !== '');
  let name: string;
  try {
    const last = decodeURIComponent(segments.at(-1) ?? '');
    const previous = segments.length >= 2 ? decodeURIComponent(segments.at(-2) ?? '') : '';
    // Scoped names appear either as `@scope/name/-/` or encoded as `@scope%2fname/-/`.
    name = last.startsWith('@') ? last : previous.startsWith('@') ? `${previous}/${last}` : last;
  } catch {
    return null;
  }
  if (!/^(@[^/@\s]+\/)?[^/@\s]+$/.test(name)) return null;
  const basename = name.slice(name.indexOf('/') + 1);
  // The file is `<unscoped name>-<version>.tgz`; anything else is not a registry tarball.
  return file.startsWith(`${basename}-`) && file.length > basename.length + 5 ? name : null;
}

/** Splits `name@range` (`@scope/name@npm:^1`) at the `@` that ends the name; null when there is none. */
export function splitSpec(spec: string): { name: string; range: string } | null {
  const at = spec.indexOf('@', 1);
  if (at <= 0) return null;
  return { name: spec.slice(0, at), range: spec.slice(at + 1) };
}
