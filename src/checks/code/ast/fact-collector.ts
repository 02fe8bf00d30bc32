// Collects the facts of one file: one per key (the first place it shows up), with line and evidence from the source.
import type { Fact, FindingKind, Severity } from '../../../model/types.js';
import { evidenceAt, lineOf, lineStarts } from './js-ast.js';

export interface FactInput {
  key: string;
  kind: FindingKind;
  severity: Severity;
  detail: string;
}

export class FactCollector {
  private readonly facts = new Map<string, Fact>();
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

  add(input: FactInput, offset: number): void {
    if (this.facts.has(input.key)) return;
    this.starts ??= lineStarts(this.text);
    this.facts.set(input.key, {
      key: input.key,
      kind: input.kind,
      detail: this.suffix ? `${input.detail.replace(/\.$/, '')} ${this.suffix}.` : input.detail,
      file: this.path,
      line: lineOf(this.starts, offset),
      evidence: evidenceAt(this.text, this.starts, offset),
      severity: input.severity,
    });
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
