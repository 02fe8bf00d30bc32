import { collectCandidates } from '../../../../src/checks/code/ast/candidates.js';
import { FactCollector } from '../../../../src/checks/code/ast/fact-collector.js';
import { startFileScan } from '../../../../src/checks/code/ast/file-scan.js';
import { parseJs } from '../../../../src/checks/code/ast/js-ast.js';
import { StringFolder } from '../../../../src/checks/code/ast/string-eval.js';
import { keys } from '../../../helpers/ast-scan.js';

const walk = (code: string) => {
  const scan = startFileScan({ path: 'x.js', out: new FactCollector('x.js', code), folder: new StringFolder(), localImports: new Set(), scanHidden: () => [] });
  const candidates = collectCandidates(parseJs(code)!.program, scan);
  return { scan, candidates };
};

describe('the walk', () => {
  test('binds names before any check, so a helper declared later still folds', () => {
    expect(keys("const h = require(name());\nfunction name() { return 'ht' + 'tps'; }")).toEqual(['network:module:https', 'obfuscation:hidden-require']);
    const { scan } = walk("const later = 'x';");
    expect(scan.folder.fold({ type: 'Identifier', name: 'later', start: 0, end: 5 })?.value).toBe('x');
  });

  test('collects only the nodes the families check, in source order, calls with their enclosing function', () => {
    const { candidates } = walk("a.b; obj.exec; f(1);\nfunction g(p) { h(p); }\nconst s = 'long enough';");
    expect(candidates.map((c) => c.node.type)).toEqual(['MemberExpression', 'CallExpression', 'CallExpression', 'Literal']);
    expect(candidates[1]!.enclosing).toBeUndefined();
    expect(candidates[2]!.enclosing?.type).toBe('FunctionDeclaration');
  });

  test('only the outermost + of a chain is a candidate', () => {
    const { candidates } = walk("x = a + b + c + 'd';");
    expect(candidates.filter((c) => c.node.type === 'BinaryExpression')).toHaveLength(1);
  });
});
