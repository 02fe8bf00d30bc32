// Runs the AST analysis of one snippet through the real entry point (parse, walk, families, hidden code, severities).
import { scanSource } from '../../src/checks/code/source-facts.js';
import type { Fact } from '../../src/model/types.js';

export const PATH = 'lib/x.js';

export const facts = (code: string): Fact[] => scanSource(PATH, code).facts;
export const keys = (code: string): string[] => facts(code).map((f) => f.key).sort();
/** Keys in the order the analysis found them: the order is part of the output. */
export const keysInOrder = (code: string): string[] => facts(code).map((f) => f.key);
export const fact = (code: string, key: string): Fact | undefined => facts(code).find((f) => f.key === key);
export const localImports = (code: string): string[] => scanSource(PATH, code).localImports;
export const b64 = (text: string): string => Buffer.from(text).toString('base64');
