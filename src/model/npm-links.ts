function urlPart(text: string): string {
  // encodeURIComponent throws on a lone surrogate, which a hostile lockfile can put in a name.
  return encodeURIComponent(text.replace(/\p{Cs}/gu, '\uFFFD')).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The npm website's code view of one version: where a reviewer checks a finding in one click.
 * `@scope/name` keeps its `@` and `/`, as npm's own URLs do.
 */
export function npmCodeUrl(name: string, version: string): string {
  const scoped = /^@([^/]+)\/([^/]+)$/.exec(name);
  const path = scoped === null ? urlPart(name) : `@${urlPart(scoped[1]!)}/${urlPart(scoped[2]!)}`;
  return `https://www.npmjs.com/package/${path}/v/${urlPart(version)}?activeTab=code`;
}
