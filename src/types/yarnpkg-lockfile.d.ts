// @yarnpkg/lockfile ships no types; only the parse entry point is used.
declare module '@yarnpkg/lockfile' {
  export interface ParseResult {
    type: 'success' | 'merge' | 'conflict';
    object: Record<string, unknown>;
  }
  const lockfile: {
    parse(text: string, fileLoc?: string): ParseResult;
  };
  export default lockfile;
}
