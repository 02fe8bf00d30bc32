// package.json as npm reads it: always parsed (under its own bound, not the per-file analysis limit), and every
// way it can be missing, unreadable or malformed is a finding. A manifest the review cannot read is a review of
// nothing: its install scripts and entry points are exactly what matters.
import type { Fact, FileEntry } from '../../model/types.js';

/** package.json is parsed up to this size whatever the per-file analysis limit; real ones are a few KB. */
export const MAX_MANIFEST_CHARS = 16 * 1024 * 1024;

/** Scripts npm runs on install (`prepare` for git, file and link sources). */
const INSTALL_SCRIPTS = new Set(['preinstall', 'install', 'postinstall', 'prepare']);

export interface ManifestRead {
  manifest: Record<string, unknown> | null;
  /** Archive-level findings: no files at all, no package.json, or one that cannot be read. */
  facts: Fact[];
}

function archiveFact(code: string, detail: string): Fact {
  return { key: `tarball-anomaly:${code}`, kind: 'tarball-anomaly', severity: 'high', detail, ...(code === 'manifest-unreadable' ? { file: 'package.json' } : {}) };
}

export function readManifest(files: Map<string, FileEntry>): ManifestRead {
  if (files.size === 0) {
    return {
      manifest: null,
      facts: [archiveFact('empty', 'The archive of this version contains no files: `npm publish` always packs at least package.json, so it was built by hand, and what npm installs from it cannot be reviewed.')],
    };
  }
  const file = files.get('package.json');
  if (file === undefined || file.type !== 'file') {
    return {
      manifest: null,
      facts: [archiveFact('no-manifest', 'The archive of this version has no package.json at its root: `npm publish` never produces this, and without it nothing says what npm runs, so nothing of it could be reviewed against its entry points and install scripts.')],
    };
  }
  const unreadable = (why: string) => ({
    manifest: null,
    facts: [archiveFact('manifest-unreadable', `package.json could not be read (${why}), so its install scripts and entry points were not reviewed; read it before trusting this version.`)],
  });
  if (file.text === undefined) return unreadable(file.unread ?? `its ${file.size} bytes were not decoded as UTF-8 text`);
  if (file.text.length > MAX_MANIFEST_CHARS) return unreadable(`it is ${file.text.length} characters, over depdiff's ${MAX_MANIFEST_CHARS}-character limit for package.json`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.text);
  } catch (error) {
    return unreadable(`it is not valid JSON: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return unreadable('it is not a JSON object');
  return { manifest: parsed as Record<string, unknown>, facts: [] };
}

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function malformed(field: string, detail: string, severity: Fact['severity'] = 'medium'): Fact {
  return { key: `tarball-anomaly:malformed-manifest:${field}`, kind: 'tarball-anomaly', severity, detail, file: 'package.json' };
}

/** First value in an `exports`/`imports` tree that is none of string, array, object or null. */
function badTarget(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'string' || depth > 32) return undefined;
  const items = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : null;
  if (items === null) return value;
  for (const item of items) {
    const bad = badTarget(item, depth + 1);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

/**
 * Fields that say what npm and node run, with a type they cannot have. npm (@npmcli/package-json) silently drops
 * such values and node ignores them, so no honest publishing tool writes them; what other installers and tools
 * make of them differs, and that difference is room to hide in.
 */
export function malformedManifestFacts(manifest: Record<string, unknown> | null): Fact[] {
  if (!manifest) return [];
  const facts: Fact[] = [];
  const { scripts, bin, main, module, browser, exports, imports, directories } = manifest;
  if (scripts !== undefined && !isRecord(scripts)) {
    facts.push(malformed('scripts', `\`scripts\` in package.json is ${typeOf(scripts)}, not an object of commands: npm removes it and runs none of it, but other installers may read it differently.`));
  } else if (isRecord(scripts)) {
    for (const [name, value] of Object.entries(scripts)) {
      if (typeof value === 'string') continue;
      const install = INSTALL_SCRIPTS.has(name);
      facts.push(
        malformed(
          `scripts.${install ? name : '*'}`,
          `\`scripts.${name}\` in package.json is ${typeOf(value)}, not a command string: npm drops it${install ? ' and runs nothing on install, but an install hook in a shape no publishing tool writes is a way to make installers disagree about what runs' : ''}.`,
          install ? 'high' : 'medium',
        ),
      );
      if (!install) break;
    }
  }
  const binOk = bin === undefined || typeof bin === 'string' || ((Array.isArray(bin) || isRecord(bin)) && Object.values(bin).every((v) => typeof v === 'string'));
  if (!binOk) facts.push(malformed('bin', `\`bin\` in package.json is ${typeOf(bin)} with values that are not paths: npm drops what is not a string, so which commands get installed depends on the installer.`));
  for (const [field, value] of [['main', main], ['module', module]] as const) {
    if (value !== undefined && typeof value !== 'string') facts.push(malformed(field, `\`${field}\` in package.json is ${typeOf(value)}, not a path: node ignores it and loads index.js instead.`));
  }
  const browserOk = browser === undefined || typeof browser === 'string' || (isRecord(browser) && Object.values(browser).every((v) => typeof v === 'string' || v === false));
  if (!browserOk) facts.push(malformed('browser', `\`browser\` in package.json is ${typeOf(browser)} with values that are neither paths nor \`false\`: bundlers disagree about what they load.`));
  for (const [field, value] of [['exports', exports], ['imports', imports]] as const) {
    const bad = field === 'imports' && imports !== undefined && !isRecord(imports) ? imports : badTarget(value);
    if (bad !== undefined) facts.push(malformed(field, `\`${field}\` in package.json holds ${typeOf(bad)} where node expects a path, a condition object, an array or null: node throws or skips it, and tools disagree about what it loads.`));
  }
  if (isRecord(directories) && directories.bin !== undefined && typeof directories.bin !== 'string') {
    facts.push(malformed('directories.bin', `\`directories.bin\` in package.json is ${typeOf(directories.bin)}, not a folder: npm ignores it.`));
  }
  return facts;
}
