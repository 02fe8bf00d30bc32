// Collects the facts of one file: one per key (the first place it shows up), with line and evidence from the source.
import type { Fact, FindingKind, Severity } from '../../../model/types.js';
import { evidenceAt, evidenceSpan, lineOf, lineStarts } from './js-ast.js';

export interface FactInput {
  key: string;
  kind: FindingKind;
  severity: Severity;
  detail: string;
}

export class FactCollector {
  private readonly facts = new Map<string, Fact>();
  /** Keys whose place is still where the capability was only declared (an import), not where it is used. */
  private readonly declaredOnly = new Set<string>();
  private starts: number[] | undefined;
  /** Said after each detail, e.g. when the fact was found inside a decoded string or by a text scan. */
  suffix = '';

  constructor(
    readonly path: string,
    private readonly text: string,
  ) {}

  has(key: string): boolean {
    return this.facts.has(key);
  }

  /** Records a fact where it is used (`end` given: the evidence covers that node's first lines). */
  add(input: FactInput, offset: number, end?: number): void {
    if (this.facts.has(input.key)) return;
    this.facts.set(input.key, {
      key: input.key,
      kind: input.kind,
      detail: this.suffix ? `${input.detail.replace(/\.$/, '')} ${this.suffix}.` : input.detail,
      file: this.path,
      ...this.place(offset, end),
      severity: input.severity,
    });
  }

  /**
   * Records a fact where the capability is only declared (`require('child_process')`, `import https`): a reviewer
   * judges the call, not the import, so the first later `use` of the same key moves the evidence there.
   */
  declare(input: FactInput, offset: number): void {
    if (this.facts.has(input.key)) return;
    this.add(input, offset);
    this.declaredOnly.add(input.key);
  }

  /** Moves a declared fact's line and evidence to the call that uses it (the first one). */
  use(key: string, offset: number, end?: number): void {
    const fact = this.facts.get(key);
    if (!fact || !this.declaredOnly.delete(key)) return;
    this.facts.set(key, { ...fact, ...this.place(offset, end) });
  }

  private place(offset: number, end: number | undefined): { line: number; evidence: string } {
    this.starts ??= lineStarts(this.text);
    return {
      line: lineOf(this.starts, offset),
      evidence: end === undefined ? evidenceAt(this.text, this.starts, offset) : evidenceSpan(this.text, this.starts, offset, end),
    };
  }

  /** Adopts facts found in code hidden inside this file (a decoded string), placed where that string is. */
  adopt(inner: Fact[], offset: number, note: string): void {
    for (const fact of inner) {
      this.add({ key: fact.key, kind: fact.kind, severity: fact.severity, detail: `${fact.detail.replace(/\.$/, '')} ${note}.` }, offset);
    }
  }

  /** Replaces a fact already collected (used to raise a severity once the whole file is known). */
  update(key: string, change: (fact: Fact) => Fact): void {
    const fact = this.facts.get(key);
    if (fact) this.facts.set(key, change(fact));
  }

  list(): Fact[] {
    return [...this.facts.values()];
  }
}
