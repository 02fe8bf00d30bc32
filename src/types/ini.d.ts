// ini (npm's own .npmrc reader) ships no types; only decode is used.
declare module 'ini' {
  /** Top-level keys map to strings, booleans, null or arrays; a [section] maps to a nested object. */
  export function decode(text: string, options?: { bracketedArray?: boolean }): Record<string, unknown>;
}
