// Shannon entropy and blob shapes: how a long string literal that hides a payload is told apart from prose or data tables.

/** Bits of entropy per character (0 for an empty string). */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

export type BlobShape = 'hex' | 'base64';

export const MIN_BLOB_LENGTH = 200;

const HEX = /^[0-9a-fA-F]+$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * 'hex' or 'base64' when the string is one long token of encoded bytes with the entropy of real data.
 * Text, identifiers lists and repeated padding stay under the thresholds (hex tops out at 4 bits, base64 at 6).
 */
export function blobShape(text: string): BlobShape | null {
  if (text.length < MIN_BLOB_LENGTH) return null;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  if (HEX.test(sample)) return shannonEntropy(sample) >= 3 ? 'hex' : null;
  if (BASE64.test(sample) && /[0-9]/.test(sample) && /[A-Z]/.test(sample) && /[a-z]/.test(sample)) {
    return shannonEntropy(sample) >= 4.5 ? 'base64' : null;
  }
  return null;
}
