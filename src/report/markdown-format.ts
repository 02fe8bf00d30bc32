import type { ChangeReport, Finding, Severity } from '../model/types.js';
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

const LINKABLE_HOSTS = new Set(['www.npmjs.com', 'github.com']);

/**
 * Where to check a finding: its URL (set by the analysis: the npm code view of the version, or an
 * advisory) when it points at a trusted host; none otherwise. Characters that could end a Markdown
 * link destination are percent-encoded.
 */
export function findingUrl(finding: Finding): string | undefined {
  if (finding.url === undefined) return undefined;
  try {
    const url = new URL(finding.url);
    if (url.protocol === 'https:' && LINKABLE_HOSTS.has(url.hostname) && url.username === '' && url.password === '') {
      return url.href.replace(/[()<>\s"'`\\[\]]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    }
  } catch {
    // not a URL: no link
  }
  return undefined;
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
