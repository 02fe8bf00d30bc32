// pnpm-lock.yaml key styles, shared by the parser and the dependency graph walk:
//   v5 (5.3, 5.4): `/name/1.0.0`, `/@scope/name/1.0.0_peer@2.0.0`
//   v6 (6.x):      `/name@1.0.0`, `/name@1.0.0(peer@2.0.0)`
//   v9 (7+):       `name@1.0.0` in `packages`, with peer-suffixed copies in `snapshots`

export type KeyStyle = 'v5' | 'v6' | 'v9';

export function keyStyleOf(lockfileVersion: number): KeyStyle {
  return lockfileVersion < 6 ? 'v5' : lockfileVersion < 7 ? 'v6' : 'v9';
}

/**
 * The key a dependency reference points at (pnpm's own `refToRelative`), or undefined for `link:`, which
 * points at a folder rather than a locked package: a plain version becomes `name@version` in the key
 * style; anything else (an alias, `file:`, a URL, a path) already is a key.
 */
export function referencedKey(name: string, reference: string, style: KeyStyle): string | undefined {
  if (reference.startsWith('link:')) return undefined;
  if (style === 'v9') {
    if (reference.startsWith('@')) return reference;
    const at = reference.indexOf('@');
    if (at === -1) return `${name}@${reference}`;
    const colon = reference.indexOf(':');
    const paren = reference.indexOf('(');
    return (colon === -1 || at < colon) && (paren === -1 || at < paren) ? reference : `${name}@${reference}`;
  }
  if (reference.startsWith('file:')) return reference;
  const withoutSuffix = style === 'v6' ? reference.replace(/(\([^)]+\))+$/, '') : reference;
  if (!withoutSuffix.includes('/')) return style === 'v6' ? `/${name}@${reference}` : `/${name}/${reference}`;
  return reference;
}

export function withoutPeers(key: string, style: KeyStyle): string {
  if (style !== 'v5') {
    const paren = key.indexOf('(');
    return paren === -1 ? key : key.slice(0, paren);
  }
  // v5 peer suffixes start with `_` after the version (semver has no `_`). Scoped peers use `+`
  // rather than `/`, but a `link:` peer may hold slashes, so registry keys are read from the front.
  if (key.startsWith('/')) {
    const body = key.slice(1);
    let versionStart = 0;
    for (let segment = body.startsWith('@') ? 2 : 1; segment > 0; segment--) {
      const slash = body.indexOf('/', versionStart);
      if (slash === -1) return key;
      versionStart = slash + 1;
    }
    const underscore = body.indexOf('_', versionStart);
    return underscore === -1 ? key : `/${body.slice(0, underscore)}`;
  }
  const firstUnderscore = key.indexOf('_');
  if (firstUnderscore === -1) return key;
  const firstSlash = key.indexOf('/');
  // A plain version (`1.0.0_react@18.0.0`) or a non-registry key (`github.com/a/b/<sha>_react@18.0.0`).
  if (firstSlash === -1 || firstSlash > firstUnderscore) return key.slice(0, firstUnderscore);
  const underscore = key.indexOf('_', key.lastIndexOf('/') + 1);
  return underscore === -1 ? key : key.slice(0, underscore);
}

