// String constants that are encoded text: base64 or hex written out in the source, or an array of character codes,
// with no decoder call beside them (the decoder sits elsewhere, in a helper or a bundled dependency). What matters is
// what they decode to: a URL, code, or the name of a module or function that runs things is hidden on purpose; a
// long run of binary data (a font, a wasm module, a protobuf descriptor) hides nothing a reviewer could read.

export interface DecodedConstant {
  text: string;
  /** How it was written: 'base64', 'hex' or 'char codes'. */
  encoding: string;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const HEX = /^(?:[0-9a-f]{2})+$|^(?:[0-9A-F]{2})+$/;
/** Shorter constants than this decode to one or two characters, whatever they are. */
const MIN_ENCODED_LENGTH = 8;
const MIN_CHAR_CODES = 4;
const MAX_DECODED = 20_000;

/** Printable ASCII plus tabs and newlines: what a URL, code or a module name decodes to. */
const PRINTABLE = /^[\t\n\r\x20-\x7e]+$/;

/** Names whose only reason to be encoded is to hide what is loaded or run. */
const RUNNING_NAMES = new Set([
  'child_process', 'node:child_process', 'eval', 'Function', 'exec', 'execSync', 'spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork',
  'require', 'vm', 'node:vm', 'runInThisContext', 'runInNewContext', '_compile', 'https', 'node:https', 'http', 'node:http', 'net', 'node:net',
  'dgram', 'dns', 'XMLHttpRequest', 'WebSocket', 'fetch', 'sendBeacon', 'ethereum', 'process', 'mainModule', 'constructor',
]);
const CODE = /require\s*\(|import\s*\(|\beval\s*\(|=>|\bfunction\b|process\.|child_process|\bfetch\s*\(|\bnew\s+Function\b/;
const URL_START = /\b(?:https?|wss?|ftp):\/\//i;

/** The text a base64 or hex constant decodes to, when it decodes cleanly to printable text. */
export function decodeConstant(value: string): DecodedConstant | undefined {
  if (value.length < MIN_ENCODED_LENGTH || value.length > MAX_DECODED * 2) return undefined;
  if (HEX.test(value)) return printable(Buffer.from(value, 'hex').toString('latin1'), 'hex');
  // Only canonical base64 with all three character classes: words and identifiers that happen to fit the
  // alphabet (`function`, `someName`) decode to noise and are dropped by the printable check anyway.
  if (value.length % 4 === 0 && BASE64.test(value) && /[0-9+/=]/.test(value)) return printable(Buffer.from(value, 'base64').toString('latin1'), 'base64');
  return undefined;
}

/** The text an array of character codes spells, when all of them are printable. */
export function decodeCharCodes(codes: number[]): DecodedConstant | undefined {
  if (codes.length < MIN_CHAR_CODES || codes.length > MAX_DECODED) return undefined;
  return printable(String.fromCharCode(...codes), 'char codes');
}

function printable(text: string, encoding: string): DecodedConstant | undefined {
  return PRINTABLE.test(text) ? { text, encoding } : undefined;
}

/** What decoded text reveals: a URL, code, or a name of something that runs or reaches out; undefined for other text. */
export function revealed(text: string): 'url' | 'code' | 'name' | undefined {
  if (URL_START.test(text)) return 'url';
  if (RUNNING_NAMES.has(text.trim())) return 'name';
  if (text.length >= 12 && CODE.test(text)) return 'code';
  return undefined;
}
