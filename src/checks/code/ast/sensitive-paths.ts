// Files that hold secrets: what credential stealers read. Matched against string literals and folded path expressions.
import type { Severity } from '../../../model/types.js';

export interface SensitivePath {
  /** Normalized target, used in the fact key (`fs-sensitive:<target>`). */
  target: string;
  /** What the file holds, for the finding's sentence. */
  holds: string;
  severity: Severity;
}

interface Rule extends SensitivePath {
  pattern: RegExp;
  /** The path itself contains spaces (`Login Data`), so it is looked for in strings with spaces too. */
  spaced?: boolean;
}

// Patterns run on a '/'-separated string; `(^|/)` keeps `.envelope` or `my.npmrc.md` from matching.
const RULES: Rule[] = [
  { pattern: /(^|\/)\.npmrc$/i, target: '~/.npmrc', holds: 'npm auth tokens', severity: 'critical' },
  { pattern: /(^|\/)\.yarnrc(\.yml)?$/i, target: '~/.yarnrc', holds: 'registry auth tokens', severity: 'high' },
  { pattern: /(^|\/)\.ssh(\/|$)|(^|\/)id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/i, target: '~/.ssh', holds: 'SSH private keys', severity: 'critical' },
  { pattern: /(^|\/)\.aws\/(credentials|config)$|(^|\/)\.aws$/i, target: '~/.aws/credentials', holds: 'AWS credentials', severity: 'critical' },
  { pattern: /(^|\/)(\.config\/)?gcloud(\/|$).*credentials|application_default_credentials\.json$/i, target: '~/.config/gcloud', holds: 'Google Cloud credentials', severity: 'critical' },
  { pattern: /(^|\/)\.azure\/(accesstokens|msal_token_cache)/i, target: '~/.azure', holds: 'Azure credentials', severity: 'critical' },
  { pattern: /(^|\/)\.git-credentials$/i, target: '~/.git-credentials', holds: 'git passwords and tokens', severity: 'critical' },
  { pattern: /(^|\/)\.gitconfig$/i, target: '~/.gitconfig', holds: 'git identity and credential settings', severity: 'high' },
  { pattern: /(^|\/)\.docker\/config\.json$/i, target: '~/.docker/config.json', holds: 'container registry credentials', severity: 'high' },
  { pattern: /(^|\/)\.kube\/config$/i, target: '~/.kube/config', holds: 'Kubernetes cluster credentials', severity: 'high' },
  { pattern: /(^|\/)\.env(\.(local|production|development|prod|dev))?$/, target: '.env', holds: 'application secrets', severity: 'high' },
  { pattern: /^\/etc\/passwd$/, target: '/etc/passwd', holds: 'the system user list', severity: 'high' },
  { pattern: /^\/etc\/shadow$/, target: '/etc/shadow', holds: 'system password hashes', severity: 'high' },
  { pattern: /exodus\/exodus\.wallet|(^|\/)exodus\.wallet/i, target: 'wallet:exodus', holds: 'an Exodus crypto wallet', severity: 'critical' },
  { pattern: /(^|\/)\.?electrum\/wallets/i, target: 'wallet:electrum', holds: 'an Electrum crypto wallet', severity: 'critical' },
  { pattern: /(^|\/)wallet\.dat$/i, target: 'wallet:wallet.dat', holds: 'a Bitcoin Core wallet', severity: 'critical' },
  { pattern: /(^|\/)\.ethereum\/keystore/i, target: 'wallet:ethereum-keystore', holds: 'Ethereum private keys', severity: 'critical' },
  { pattern: /(^|\/)(\.config\/)?solana\/id\.json$/i, target: 'wallet:solana', holds: 'a Solana keypair', severity: 'critical' },
  { pattern: /nkbihfbeogaeaoehlefnkodbefgpgknn/, target: 'wallet:metamask', holds: 'the MetaMask extension storage', severity: 'critical', spaced: true },
  { pattern: /google\/chrome\/user data|google-chrome(\/|$)|bravesoftware\/brave-browser/i, target: 'browser:chrome-profile', holds: 'a browser profile (saved passwords, cookies)', severity: 'critical', spaced: true },
  { pattern: /(^|\/)Login Data$/, target: 'browser:login-data', holds: 'saved browser passwords', severity: 'critical', spaced: true },
  { pattern: /(^|\/)Local State$/, target: 'browser:local-state', holds: 'the browser key that decrypts saved passwords', severity: 'critical', spaced: true },
  { pattern: /(^|\/)\.mozilla\/firefox/i, target: 'browser:firefox-profile', holds: 'a Firefox profile (saved passwords, cookies)', severity: 'critical' },
  { pattern: /(^|\/)cookies\.sqlite$/i, target: 'browser:cookies', holds: 'browser cookies', severity: 'critical' },
];

const MAX_CHECKED_LENGTH = 512;

// A command line names files among other words; a sentence ("check your ~/.npmrc") only mentions them.
const COMMAND_LIKE = /^\s*(cat|type|cp|copy|scp|curl|tar|zip|base64|xxd|find|grep|powershell|cmd|sh|bash)\b|[|>]/i;

/** The sensitive files a string names, if any. Long strings are data, and paths inside sentences are prose. */
export function sensitivePathsIn(text: string): SensitivePath[] {
  // Glob patterns (`**/.npmrc` in a packing ignore list) name files to skip, not files to read.
  if (text.length < 4 || text.length > MAX_CHECKED_LENGTH || text.includes('*')) return [];
  const normalized = text.replace(/\\+/g, '/').trim();
  const spaced = /\s/.test(normalized);
  const words = spaced && COMMAND_LIKE.test(normalized) ? normalized.split(/[\s'"=;|&()<>]+/) : [];
  const found: SensitivePath[] = [];
  for (const rule of RULES) {
    const hit = !spaced || rule.spaced ? rule.pattern.test(normalized) : words.some((word) => rule.pattern.test(word));
    if (hit) found.push({ target: rule.target, holds: rule.holds, severity: rule.severity });
  }
  return found;
}
