// Where the config file lives: a path in the repository under review (read from its base commit), or
// `OWNER/REPO/FILE@REF`, the form of actions/dependency-review-action, for one config shared by an organisation.

export type ConfigLocation =
  | { kind: 'local'; path: string }
  | { kind: 'remote'; owner: string; repo: string; path: string; ref: string; text: string };

// GitHub owner and repository names: letters, digits, `-`, `_`, `.`; the ref is anything up to the last @.
const REMOTE = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})\/([^@]+)@([^@\s]+)$/;

export function configLocation(value: string): ConfigLocation {
  const match = REMOTE.exec(value);
  if (match === null) return { kind: 'local', path: value.replace(/^\.\//, '') };
  const [, owner, repo, path, ref] = match as unknown as [string, string, string, string, string];
  return { kind: 'remote', owner, repo, path: path.replace(/^\.\//, ''), ref, text: value };
}
