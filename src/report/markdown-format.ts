import type { ChangeReport, Finding, Severity } from '../types.js';
import { escapeMarkdownInline } from './escape.js';

export const SEVERITY_EMOJI: Record<Severity, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', info: '⬜' };

export function severityEmoji(severity: Severity | null): string {
  return severity === null ? '✅' : SEVERITY_EMOJI[severity];
}

/** `🟧 **high**` */
export function severityBadge(severity: Severity): string {
  return `${SEVERITY_EMOJI[severity]} **${severity}**`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `1.0.0 → 2.0.0`, `2.0.0 (added)`, `1.0.0 (removed)`, all escaped. */
export function versionChange(change: ChangeReport): string {
  const from = change.from === null ? null : escapeMarkdownInline(change.from, 80);
  const to = change.to === null ? null : escapeMarkdownInline(change.to, 80);
  if (from === null) return `${to ?? '?'} (added)`;
  if (to === null) return `${from} (removed)`;
  return `${from} → ${to}`;
}

/** The version a finding is about: the new one, or the old one for a removed package. */
export function subjectVersion(change: ChangeReport): string {
  return change.to ?? change.from ?? '';
}

function urlPart(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The npm website's code view of one version; `@scope/name` keeps its `@` and `/` as npm's own URLs do. */
export function npmCodeUrl(name: string, version: string): string {
  const scoped = /^@([^/]+)\/([^/]+)$/.exec(name);
  const path = scoped === null ? urlPart(name) : `@${urlPart(scoped[1]!)}/${urlPart(scoped[2]!)}`;
  return `https://www.npmjs.com/package/${path}/v/${urlPart(version)}?activeTab=code`;
}

const LINKABLE_HOSTS = new Set(['www.npmjs.com', 'github.com']);

/**
 * Where to check a finding: the analyzer's URL when it points at a trusted host, else the npm
 * code view. Characters that could end a Markdown link destination are percent-encoded.
 */
export function findingUrl(change: ChangeReport, finding: Finding): string {
  if (finding.url !== undefined) {
    try {
      const url = new URL(finding.url);
      if (url.protocol === 'https:' && LINKABLE_HOSTS.has(url.hostname) && url.username === '' && url.password === '') {
        return url.href.replace(/[()<>\s"'`\\[\]]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
      }
    } catch {
      // fall through to the code view
    }
  }
  return npmCodeUrl(change.name, subjectVersion(change));
}

/** A fence language from a file name, from a short allow-list (anything else gets none). */
export function fenceLanguage(file: string | undefined): string {
  const extension = /\.([a-z0-9]+)$/i.exec(file ?? '')?.[1]?.toLowerCase();
  switch (extension) {
    case 'js':
    case 'cjs':
    case 'mjs':
    case 'jsx':
      return 'js';
    case 'ts':
    case 'cts':
    case 'mts':
    case 'tsx':
      return 'ts';
    case 'json':
      return 'json';
    case 'sh':
    case 'bash':
      return 'sh';
    case 'py':
      return 'python';
    default:
      return '';
  }
}
