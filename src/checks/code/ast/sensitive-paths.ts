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
  /**
   * The file also lives in projects (`.npmrc`, `.yarnrc.yml`, `.env` next to package.json): it is the user's
   * credential file only when the path starts at the home folder; elsewhere it is the project's, a lesser find.
   */
  project?: SensitivePath;
  /** The path itself contains spaces (`Login Data`), so it is looked for in strings with spaces too. */
  spaced?: boolean;
}

// Patterns run on a '/'-separated string; `(^|/)` keeps `.envelope` or `my.npmrc.md` from matching.
const RULES: Rule[] = [
  { pattern: /(^|\/)\.npmrc$/i, target: '~/.npmrc', holds: 'npm auth tokens', severity: 'critical', project: { target: '.npmrc', holds: "the project's npm settings (and any registry token written there)", severity: 'medium' } },
  { pattern: /(^|\/)\.yarnrc(\.yml)?$/i, target: '~/.yarnrc', holds: 'registry auth tokens', severity: 'high', project: { target: '.yarnrc', holds: "the project's yarn settings (and any registry token written there)", severity: 'medium' } },
  { pattern: /(^|\/)\.ssh(\/|$)|(^|\/)id_(rsa|dsa|ecdsa|ed25519)(\.pub)?$/i, target: '~/.ssh', holds: 'SSH private keys', severity: 'critical' },
  { pattern: /(^|\/)\.aws\/(credentials|config)$|(^|\/)\.aws$/i, target: '~/.aws/credentials', holds: 'AWS credentials', severity: 'critical' },
  { pattern: /(^|\/)(\.config\/)?gcloud(\/|$).*credentials|application_default_credentials\.json$/i, target: '~/.config/gcloud', holds: 'Google Cloud credentials', severity: 'critical' },
  { pattern: /(^|\/)\.azure\/(accesstokens|msal_token_cache)/i, target: '~/.azure', holds: 'Azure credentials', severity: 'critical' },
  { pattern: /(^|\/)\.git-credentials$/i, target: '~/.git-credentials', holds: 'git passwords and tokens', severity: 'critical' },
  { pattern: /(^|\/)\.gitconfig$/i, target: '~/.gitconfig', holds: 'git identity and credential settings', severity: 'high' },
  { pattern: /(^|\/)\.docker\/config\.json$/i, target: '~/.docker/config.json', holds: 'container registry credentials', severity: 'high' },
  { pattern: /(^|\/)\.kube\/config$/i, target: '~/.kube/config', holds: 'Kubernetes cluster credentials', severity: 'high' },
  { pattern: /(^|\/)\.env(\.(local|production|development|prod|dev))?$/, target: '~/.env', holds: 'secrets kept in the home folder', severity: 'high', project: { target: '.env', holds: "the project's application secrets", severity: 'medium' } },
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

/** Paths that start at the home folder: `~/`, `$HOME/`, `%USERPROFILE%\`, `/home/<user>/`, `/Users/<user>/`, `C:\Users\<user>\`. */
const HOME_ANCHORED = /^(~|\$\{?HOME\}?|%(USERPROFILE|HOMEPATH|HOME)%|\/root|\/home\/[^/]+|\/Users\/[^/]+|[a-z]:\/Users\/[^/]+)(\/|$)/i;

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
    if (!hit) continue;
    const home = HOME_ANCHORED.test(spaced ? (words.find((word) => rule.pattern.test(word)) ?? normalized) : normalized);
    const { target, holds, severity } = rule.project && !home ? rule.project : rule;
    found.push({ target, holds, severity });
  }
  return found;
}
