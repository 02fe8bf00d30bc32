// Facts carried by string values: servers (`network:host:*`), secret files (`fs-sensitive:*`), encoded blobs and
// escape-heavy strings (`obfuscation:*`), and code hidden in decoded strings (analyzed like the file itself).
import type { Fact } from '../../../model/types.js';
import { decodeConstant, revealed, type DecodedConstant } from './encoded-constants.js';
import { blobShape } from './entropy.js';
import type { FactCollector } from './fact-collector.js';
import { sensitivePathsIn } from './sensitive-paths.js';
import { hostOptionHost, urlHostsIn } from './url-hosts.js';

export interface StringContext {
  path: string;
  out: FactCollector;
  /** Analyzes code found in a decoded string; returns nothing past the recursion limit. */
  scanHidden: (code: string) => Fact[];
  /** The file only exports one string (a figlet font, a license text): its URLs are text, not endpoints. */
  textModule?: boolean;
}

export interface StringOrigin {
  /** How the value was hidden ('base64', 'char codes' ...), when it was decoded or assembled by folding. */
  decoded?: string;
  /** The literal as written, for counting escapes. */
  raw?: string;
  /** A part of a path built by `+` or `path.join`: the whole path is checked, where it shows where the file is. */
  pathPart?: boolean;
  /** The argument of a decoding call (`atob('...')`), whose decoded value is checked where the call is. */
  decoderInput?: boolean;
}

// Encoded media and WebAssembly: large base64 literals that are data, not hidden code.
const DATA_PREFIXES = ['AGFzbQ', 'iVBORw0KGgo', '/9j/', 'R0lGOD', 'd09GMg', 'd09GRg', 'AAEAAAA', 'T1RUTw', 'PHN2Zy', 'UklGR', 'SUQz', 'AAAAIGZ0eX'];
const PRINTABLE_HEX_ESCAPE = /\\x(2[0-9a-f]|[3-6][0-9a-f]|7[0-9a-e])/gi;
const LOOKS_LIKE_CODE = /require\s*\(|import\s*\(|\beval\s*\(|=>|\bfunction\b|process\.|child_process|\bfetch\s*\(/;

/** Decoded bytes that are text, not a binary (a wasm module, an image) that happens to contain `=>`. */
function isText(value: string): boolean {
  const sample = value.slice(0, 2000);
  const odd = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return odd * 20 < sample.length;
}

/**
 * Share of the highest entropy `n` bytes can have (log2 of min(n, 256)) above which decoded bytes look encrypted or
 * compressed rather than like a data structure (a protobuf descriptor is near 0.65, random bytes near 0.95).
 */
const SEALED_ENTROPY_SHARE = 0.85;

function byteEntropy(bytes: Buffer): number {
  const counts = new Array<number>(256).fill(0);
  for (const byte of bytes) counts[byte]!++;
  let entropy = 0;
  for (const count of counts) if (count > 0) entropy -= (count / bytes.length) * Math.log2(count / bytes.length);
  return entropy;
}

/**
 * Base64 that decodes to binary with the structure of data (a generated protobuf descriptor: field names between
 * length bytes), not to text and not to sealed bytes: it hides nothing a reviewer could read. Text (code, a URL)
 * and encrypted or compressed bytes are still reported.
 */
function isStructuredData(value: string, shape: string): boolean {
  if (shape !== 'base64') return false;
  const bytes = Buffer.from(value.slice(0, 20000), value.includes('-') || value.includes('_') ? 'base64url' : 'base64');
  return !isText(bytes.toString('latin1')) && byteEntropy(bytes) < SEALED_ENTROPY_SHARE * Math.log2(Math.min(bytes.length, 256));
}

/** The server a request option names (`https.request({ hostname: 'backup.wallet-sync.net' })`). */
export function hostOptionFacts(ctx: StringContext, value: string, offset: number): void {
  const found = ctx.textModule ? undefined : hostOptionHost(value);
  if (!found) return;
  ctx.out.add(
    {
      key: `network:host:${found.host}`,
      kind: 'network',
      severity: 'medium',
      detail: `${ctx.path} names the server \`${found.url}\` as a request's host, so this package may send data to or download code from \`${found.host}\`.`,
    },
    offset,
  );
}

const REVEALS: Record<'url' | 'code' | 'name', string> = {
  url: 'an address',
  code: 'code',
  name: 'the name of a module or function that runs code or reaches the network',
};
const MAX_SHOWN = 60;

/**
 * A constant written encoded (`'Y2hpbGRfcHJvY2Vzcw=='`, `[104, 116, 116, 112, ...]`) whose text is a URL, code or a
 * module name: obfuscation evidence even when the decoder is elsewhere. The decoded text is then checked like any
 * decoded value, so its hosts say they were hidden and its code is analyzed.
 */
export function encodedConstantFacts(ctx: StringContext, constant: DecodedConstant, offset: number): void {
  const what = revealed(constant.text);
  if (!what) return;
  const shown = constant.text.length > MAX_SHOWN ? `${constant.text.slice(0, MAX_SHOWN - 3)}...` : constant.text;
  ctx.out.add(
    {
      key: 'obfuscation:encoded-constant',
      kind: 'obfuscation',
      severity: 'medium',
      detail: `${ctx.path} writes ${REVEALS[what]} as ${constant.encoding} (it decodes to \`${shown.replace(/`/g, "'")}\`), which only serves to keep it out of sight of review.`,
    },
    offset,
  );
  stringFacts(ctx, constant.text, offset, { decoded: constant.encoding });
}

export function stringFacts(ctx: StringContext, value: string, offset: number, origin: StringOrigin = {}): void {
  const { path, out } = ctx;
  const hidden = origin.decoded ? `, hidden in the source as ${origin.decoded}` : '';
  for (const { host, url } of ctx.textModule ? [] : urlHostsIn(value)) {
    out.add(
      {
        key: `network:host:${host}`,
        kind: 'network',
        severity: 'medium',
        detail: `${path} contains the address \`${url}\`${hidden}, so this package may send data to or download code from \`${host}\`.`,
      },
      offset,
    );
  }
  for (const target of origin.pathPart ? [] : sensitivePathsIn(value)) {
    out.add(
      {
        key: `fs-sensitive:${target.target}`,
        kind: 'fs-sensitive',
        severity: target.severity,
        detail: `${path} refers to \`${target.target}\`${hidden}, which holds ${target.holds}; reading it is how credential stealers start.`,
      },
      offset,
    );
  }
  if (origin.decoded) {
    if (value.length >= 16 && isText(value) && LOOKS_LIKE_CODE.test(value)) {
      out.adopt(ctx.scanHidden(value), offset, `(in code hidden as ${origin.decoded})`);
    }
    return;
  }
  const constant = origin.decoderInput || DATA_PREFIXES.some((prefix) => value.startsWith(prefix)) ? undefined : decodeConstant(value);
  if (constant) encodedConstantFacts(ctx, constant, offset);
  const shape = blobShape(value);
  if (shape && !value.startsWith('data:') && !DATA_PREFIXES.some((prefix) => value.startsWith(prefix)) && !isStructuredData(value, shape)) {
    out.add(
      {
        key: `obfuscation:${shape}-blob`,
        kind: 'obfuscation',
        severity: 'medium',
        detail: `${path} contains a ${value.length}-character ${shape === 'hex' ? 'hex' : 'base64'} string with the randomness of encoded data, a common way to hide a payload from review.`,
      },
      offset,
    );
  }
  if (origin.raw && origin.raw.length >= 48) {
    const escapes = origin.raw.match(PRINTABLE_HEX_ESCAPE)?.length ?? 0;
    if (escapes >= 12 && escapes * 4 >= origin.raw.length / 2) {
      out.add(
        {
          key: 'obfuscation:escaped-strings',
          kind: 'obfuscation',
          severity: 'medium',
          detail: `${path} spells ordinary text as \`\\x..\` escapes (${escapes} in one string), which only serves to hide what the code says.`,
        },
        offset,
      );
    }
  }
}
