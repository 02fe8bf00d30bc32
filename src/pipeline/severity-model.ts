// The final severity of every fact of one change, in one place: the kind's default from the table of kinds
// (src/model/findings.ts), raised only by the named rules below, which combine the evidence of the whole change.
// One new capability in readable code stays a medium notice; combinations with the shape of an attack are high or
// critical. The README's "Severity rules" table is this list.
import { kindRow, type FindingKind } from '../model/findings.js';
import type { Fact, Severity } from '../model/types.js';
import { severityRank } from '../policy/severity.js';

/**
 * Kinds whose severity this model decides. The checks' own severities for them are not used: they judged one file
 * or one call, and a single capability is rarely an attack. Other kinds (integrity, anomalies, advisories, licenses,
 * sources, binaries) keep what their check derived from its evidence: the verdict on a hostile archive never weakens.
 */
const CAPABILITY_KINDS = new Set<FindingKind>(['install-script', 'network', 'shell', 'eval', 'env', 'fs-sensitive', 'obfuscation']);

export interface SeverityRule {
  name: string;
  /** One sentence for the README: why this combination is an attack shape. */
  rationale: string;
  severity: Severity;
  /** Said after the finding's own text when the rule raised it; absent (or undefined for a fact) when the finding already says why. */
  because?: string | ((fact: Fact) => string | undefined);
  /** The facts of the change that this rule raises. */
  matches(facts: readonly Fact[]): Fact[];
}

// What a fact says about itself -------------------------------------------------------------------------------

const isNetwork = (f: Fact) => f.kind === 'network';
const isHook = (f: Fact) => f.key.startsWith('network:hook:');
const isShell = (f: Fact) => f.kind === 'shell';
const isEval = (f: Fact) => f.kind === 'eval';
const isDecodedRun = (f: Fact) => f.kind === 'eval' && (f.key.endsWith(':decoded') || f.key === 'eval:data-url-import');
const isObfuscation = (f: Fact) => f.kind === 'obfuscation';
const isEnvHarvest = (f: Fact) => f.kind === 'env';
/** Targets anchored at the home directory or naming a wallet or browser store; project files (`.env`) are not. */
const isCredentialStore = (f: Fact) => f.kind === 'fs-sensitive' && /^fs-sensitive:(~\/|wallet:|browser:|\/etc\/shadow)/.test(f.key);
const isSecretRead = (f: Fact) => isEnvHarvest(f) || f.kind === 'fs-sensitive';
/** The URL checks say where an address was hidden ("hidden in the source as base64"). */
const isEncodedHost = (f: Fact) => f.key.startsWith('network:host:') && /\bhidden in the source as\b/.test(f.detail);
/** Words for private keys and recovery phrases at the place a new host is used (tokens go to auth servers by design). */
const KEY_MATERIAL = /private[_-]?key|secret[_-]?key|mnemonic|seed[_-]?phrase|keystore|keypair|xprv/i;
const sendsKeyMaterial = (f: Fact) => f.key.startsWith('network:host:') && KEY_MATERIAL.test(f.evidence ?? '');
const isNewPublisher = (f: Fact) => f.key.startsWith('maintainer-change:publisher:');

/** What the install-script check says the script's files do (src/checks/code/install-scripts.ts, summarizeCapabilities). */
const SCRIPT_REACHES_OUT = /makes network calls|downloads (files|code)|runs other programs|decodes and runs a hidden payload/;
const SCRIPT_HARVESTS = /collects environment variables|refers to secret files/;
/** Commands that fetch or pipe code themselves (`curl ... | sh`), as the install-script check reads them. */
const COMMAND_DOWNLOADS = /\b(curl|wget|Invoke-WebRequest|iwr|Invoke-RestMethod|irm|certutil|bitsadmin)\b/i;
const installCommand = (f: Fact) => f.key.split(':').slice(2).join(':');
const scriptReachesOut = (f: Fact) => f.kind === 'install-script' && (SCRIPT_REACHES_OUT.test(f.detail) || COMMAND_DOWNLOADS.test(installCommand(f)));
const scriptHarvests = (f: Fact) => f.kind === 'install-script' && SCRIPT_HARVESTS.test(f.detail);
const atInstall = (f: Fact) => f.installTime === true;

const sameFile = (a: Fact, b: Fact) => a.file !== undefined && a.file === b.file;

// The rules ---------------------------------------------------------------------------------------------------

export const SEVERITY_RULES: readonly SeverityRule[] = [
  {
    name: 'decoded-payload-run',
    rationale: 'Code that decodes a string and runs it (or imports a `data:` URL) hides what it runs from every reader.',
    severity: 'critical',
    matches: (facts) => facts.filter(isDecodedRun),
  },
  {
    name: 'global-hook',
    rationale: 'Replacing the page\'s `fetch`, `XMLHttpRequest` or the wallet\'s `ethereum.request` intercepts everything a page sends: the 2025 chalk/debug payload.',
    severity: 'high',
    matches: (facts) => facts.filter(isHook),
  },
  {
    name: 'obfuscated-hook',
    rationale: 'A hook on requests or wallets inside obfuscated code is a wallet drainer, not an instrumentation library.',
    severity: 'critical',
    because: 'the same release hides its code from review',
    matches: (facts) => (facts.some(isObfuscation) ? facts.filter(isHook) : []),
  },
  {
    name: 'obfuscated-code-runs',
    rationale: 'Obfuscated code that also runs programs, builds code or hooks globals is hiding what it does for a reason.',
    severity: 'high',
    because: 'the same release also runs programs, builds code at run time or hooks globals',
    matches: (facts) => {
      const acts = facts.filter((f) => isShell(f) || isEval(f) || isHook(f));
      return acts.length > 0 && facts.some(isObfuscation) ? [...facts.filter(isObfuscation), ...acts] : [];
    },
  },
  {
    name: 'obfuscated-network',
    rationale: 'An address hidden in encoded text, or obfuscated code next to network calls, is how payloads find their server (node-ipc).',
    severity: 'high',
    because: 'the address is hidden, or the same file is obfuscated',
    matches: (facts) => {
      const hidden = facts.filter(isEncodedHost);
      const obfuscated = facts.filter(isObfuscation);
      const near = facts.filter((f) => isNetwork(f) && obfuscated.some((o) => sameFile(o, f)));
      return [...hidden, ...near, ...obfuscated.filter((o) => near.some((n) => sameFile(o, n)))];
    },
  },
  {
    name: 'module-name-hidden',
    rationale: 'Assembling a module name at run time only serves to hide what is loaded.',
    severity: 'high',
    matches: (facts) => facts.filter((f) => f.key === 'obfuscation:hidden-require'),
  },
  {
    name: 'credential-store',
    rationale: 'Few libraries have a reason to open `~/.npmrc`, `~/.ssh`, cloud credentials, wallets or browser profiles.',
    severity: 'high',
    matches: (facts) => facts.filter(isCredentialStore),
  },
  {
    name: 'secrets-and-network',
    rationale: 'Reading secrets (bulk environment, secret files) in a release that also newly reaches the network is the shape of exfiltration.',
    severity: 'high',
    because: 'the same release also newly reaches the network',
    matches: (facts) => {
      const secrets = facts.filter(isSecretRead);
      const network = facts.filter((f) => isNetwork(f) || scriptReachesOut(f));
      return secrets.length > 0 && network.length > 0 ? [...secrets, ...network] : [];
    },
  },
  {
    name: 'credentials-exfiltrated',
    rationale: 'Credential files or secrets read at install time, in a release that reaches the network, is a token stealer (Shai-Hulud, eslint-scope).',
    severity: 'critical',
    because: 'credentials are read and the same release sends data over the network',
    matches: (facts) => {
      const stolen = facts.filter((f) => isCredentialStore(f) || (isSecretRead(f) && atInstall(f)) || scriptHarvests(f));
      const network = facts.filter((f) => isNetwork(f) || scriptReachesOut(f));
      return stolen.length > 0 && network.length > 0 ? [...stolen, ...network.filter((f) => !isNetwork(f) || atInstall(f) || f.key.startsWith('network:host:'))] : [];
    },
  },
  {
    name: 'install-time-network-or-shell',
    rationale: 'An install script whose code reaches the network or starts programs runs on every install, with nothing to review later (ua-parser-js).',
    severity: 'high',
    // An install script says so itself; install-time code may already say it (src/checks/code/package-facts.ts).
    because: (fact) => (fact.kind === 'install-script' || /\bat install time\b/.test(fact.detail) ? undefined : 'it runs at install time'),
    matches: (facts) => {
      const acting = facts.filter((f) => (isNetwork(f) || isShell(f)) && atInstall(f));
      const scripts = facts.filter((f) => f.kind === 'install-script');
      const reaching = scripts.filter(scriptReachesOut);
      return acting.length > 0 ? [...acting, ...scripts] : reaching;
    },
  },
  {
    name: 'key-material-to-new-host',
    rationale: 'A new hard-coded host used where private keys or recovery phrases are handled is how wallet libraries were backdoored (@solana/web3.js 2024).',
    severity: 'high',
    because: 'the code around it handles private keys or recovery phrases',
    matches: (facts) => facts.filter(sendsKeyMaterial),
  },
  {
    name: 'new-publisher-and-risky-code',
    rationale: 'A first release by a new publisher that also newly does something high-risk is the shape of an account takeover (event-stream).',
    severity: 'high',
    because: 'the same release newly does something risky (below)',
    // Applied last: "risky" means high or critical after the other rules.
    matches: () => [],
  },
];

const PUBLISHER_RULE = SEVERITY_RULES.find((rule) => rule.name === 'new-publisher-and-risky-code')!;

function baseSeverity(fact: Fact): Severity {
  return CAPABILITY_KINDS.has(fact.kind) ? kindRow(fact.kind).severity : fact.severity;
}

function withRule(fact: Fact, rule: SeverityRule): Fact {
  if (severityRank(rule.severity) <= severityRank(fact.severity)) return fact;
  const because = typeof rule.because === 'function' ? rule.because(fact) : rule.because;
  const detail = because ? `${fact.detail.replace(/\.$/, '')}; ${because}.` : fact.detail;
  return { ...fact, severity: rule.severity, detail };
}

/** The facts of one change with their final severities (before per-kind overrides of the policy). */
export function assignSeverities(facts: readonly Fact[]): Fact[] {
  const byKey = new Map<string, Fact>(facts.map((fact) => [fact.key, { ...fact, severity: baseSeverity(fact) }]));
  // Rules read the original evidence (kinds, keys, details), never each other's raises, so their order does not matter.
  const original = [...byKey.values()];
  for (const rule of SEVERITY_RULES) {
    for (const match of rule.matches(original)) byKey.set(match.key, withRule(byKey.get(match.key)!, rule));
  }
  const risky = [...byKey.values()].some((f) => (CAPABILITY_KINDS.has(f.kind) || f.kind === 'binary') && severityRank(f.severity) >= severityRank('high'));
  if (risky) for (const fact of original.filter(isNewPublisher)) byKey.set(fact.key, withRule(byKey.get(fact.key)!, PUBLISHER_RULE));
  return [...byKey.values()];
}
