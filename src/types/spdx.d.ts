// The SPDX packages ship no types; only their default exports are used.
declare module 'spdx-satisfies' {
  /** Whether the expression is satisfied by the licenses of `allowed` (ids, `id+`/`-or-later` ranges, `id WITH exception`). Throws on an invalid expression. */
  function satisfies(expression: string, allowed: string[]): boolean;
  export default satisfies;
}
declare module 'spdx-correct' {
  /** The SPDX id a loose license name most likely means, or null. */
  function correct(text: string, options?: { upgrade?: boolean }): string | null;
  export default correct;
}
declare module 'spdx-expression-parse' {
  export type SpdxTree = { license: string; plus?: true; exception?: string } | { left: SpdxTree; conjunction: 'and' | 'or'; right: SpdxTree };
  function parse(expression: string): SpdxTree;
  export default parse;
}
