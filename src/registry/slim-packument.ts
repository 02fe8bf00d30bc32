import type { Packument } from '../model/types.js';

/** What depdiff and pacote read of a version; everything else (readmes, keywords) is dropped. */
const VERSION_KEYS = new Set([
  'name',
  'version',
  '_id',
  'scripts',
  'dependencies',
  'optionalDependencies',
  'peerDependencies',
  'bundleDependencies',
  'bundledDependencies',
  'bin',
  'license',
  'licenses',
  'gypfile',
  'deprecated',
  '_npmUser',
  'maintainers',
  'dist',
  'os',
  'cpu',
  'engines',
  '_hasShrinkwrap',
  'hasInstallScript',
  'description',
]);

const MAX_DESCRIPTION = 200;

/**
 * Full packuments of popular packages run to tens of MB (a readme per version), and one is held per
 * package for the whole review: keeping only the fields the checks read bounds that memory.
 * Mutates in place, because pacote's packument cache holds the same object.
 */
export function slimPackument(doc: Packument): Packument {
  const record = doc as unknown as Record<string, unknown>;
  for (const key of ['readme', 'readmeFilename', 'users', 'description', 'keywords', 'homepage', 'bugs', 'repository']) delete record[key];
  for (const manifest of Object.values(doc.versions ?? {})) {
    if (!manifest || typeof manifest !== 'object') continue;
    const fields = manifest as Record<string, unknown>;
    for (const key of Object.keys(manifest)) if (!VERSION_KEYS.has(key)) delete fields[key];
    // The comment says in one line what an added package is for; a longer text is a readme in disguise.
    if (typeof fields.description === 'string') fields.description = fields.description.slice(0, MAX_DESCRIPTION);
    else delete fields.description;
  }
  return doc;
}
