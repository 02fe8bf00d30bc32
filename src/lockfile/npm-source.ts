import type { SourceType } from '../model/types.js';
import { classifyResolved } from './registry-url.js';

/**
 * Where an npm or bun entry comes from, judged by its resolved URL. npm omits `resolved` for packages from
 * the default registry (and for bundled ones), so its absence means the registry.
 */
export function sourceOfResolved(resolved: string | undefined): SourceType {
  return resolved === undefined || resolved === '' ? 'registry' : classifyResolved(resolved);
}
