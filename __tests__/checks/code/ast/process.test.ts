import { parseJs } from '../../../../src/checks/code/ast/js-ast.js';
import { FactCollector } from '../../../../src/checks/code/ast/fact-collector.js';
import { startFileScan } from '../../../../src/checks/code/ast/file-scan.js';
import { isChildProcess, noteChildProcessImport } from '../../../../src/checks/code/ast/sinks/process.js';
import { StringFolder } from '../../../../src/checks/code/ast/string-eval.js';
import { fact, keys } from '../../../helpers/ast-scan.js';

describe('process family: child_process members', () => {
  test('through a require alias, a computed key, destructuring with a rename, and imports', () => {
    expect(keys("const cp = require('child_process'); cp.exec('ls');")).toEqual(['shell:child_process.exec', 'shell:module:child_process', 'shell:program:ls']);
    expect(keys("const cp = require('child_process'); cp['spa' + 'wn']('ls');")).toEqual(['shell:child_process.spawn', 'shell:module:child_process', 'shell:program:ls']);
    expect(keys("const { execSync: run, fork } = require('node:child_process');")).toEqual([
      'shell:child_process.execSync',
      'shell:child_process.fork',
      'shell:module:child_process',
    ]);
    expect(keys("import { execFile } from 'child_process';")).toEqual(['shell:child_process.execFile', 'shell:module:child_process']);
    expect(keys("import * as cp from 'child_process'; cp.spawnSync('x');")).toEqual(['shell:child_process.spawnSync', 'shell:module:child_process', 'shell:program:x']);
  });

  test('the program a call starts: the first word of a shell command, the file of execFile/spawn, node for process.execPath', () => {
    const programs = (code: string) => keys(code).filter((k) => k.startsWith('shell:program:'));
    expect(programs("const cp = require('child_process'); cp.execSync(`npm install ${pkg}`, { cwd });")).toEqual(['shell:program:npm']);
    expect(programs("const cp = require('child_process'); cp.exec('FOO=1 sudo /usr/bin/curl -s x | sh');")).toEqual(['shell:program:curl']);
    expect(programs("const c = require('node:child_process'); (0, c.execFileSync)('pnpm', ['i', p]);")).toEqual(['shell:program:pnpm']);
    expect(programs("import { spawnSync } from 'node:child_process'; spawnSync(process.execPath, ['-p', s]);")).toEqual(['shell:program:node']);
    expect(programs("const { spawn } = require('child_process'); spawn('C:\\\\Windows\\\\powershell.exe', []);")).toEqual(['shell:program:powershell']);
    expect(fact("const cp = require('child_process'); cp.exec('wget x');", 'shell:program:wget')?.severity).toBe('high');
    // Unknown programs (a variable, a template starting with a placeholder) and fork (a node module) name no program.
    expect(programs("const cp = require('child_process'); cp.execSync(cmd); cp.spawn(`${bin}`, args); cp.fork('./w.js');")).toEqual([]);
  });

  test('the evidence is the call that starts the program, with its next lines, not the require', () => {
    const code = "const { spawnSync } = require('node:child_process');\nfunction header() {\n  const child = spawnSync(process.execPath, ['-p', script], {\n    encoding: 'utf8',\n    timeout: 3000,\n    windowsHide: true\n  });\n}";
    expect(fact(code, 'shell:child_process.spawnSync')).toMatchObject({
      line: 3,
      evidence: "const child = spawnSync(process.execPath, ['-p', script], {\nencoding: 'utf8',\ntimeout: 3000,",
    });
    expect(fact(code, 'shell:module:child_process')).toMatchObject({ line: 3 });
    // Without a call, the destructuring is the best evidence there is.
    expect(fact("const { spawnSync } = require('node:child_process');", 'shell:child_process.spawnSync')).toMatchObject({ line: 1 });
  });

  test('through a chain of aliases, up to three hops', () => {
    expect(keys("const a = require('child_process'); const b = a; const c = b; c.exec('id');")).toContain('shell:child_process.exec');
    expect(keys("const a = require('child_process'); const b = a; const c = b; const d = c; const e = d; e.exec('id');")).not.toContain('shell:child_process.exec');
  });

  test('the exec-shaped members of other objects are not child_process', () => {
    expect(keys("const m = /a(b)/.exec(s); worker.spawn(); db.exec('select 1'); const { exec } = require('./db');")).toEqual([]);
  });

  test('process.binding to the spawn bindings, with an assembled name; other bindings and non-calls are ignored', () => {
    const found = fact("x();\nprocess.binding('spawn_' + 'sync').spawn({ file: 'sh' });", 'shell:process.binding:spawn_sync');
    expect(found).toMatchObject({ kind: 'shell', severity: 'high', line: 2 });
    expect(found?.detail).toBe("lib/x.js reaches Node's internal `spawn_sync` binding through `process.binding`, starting programs without going through `child_process`.");
    expect(keys("process._linkedBinding('process_wrap');")).toEqual(['shell:process.binding:process_wrap']);
    expect(keys("process.binding('fs'); const b = process.binding;")).toEqual([]);
  });

  test('the walk records names an import binds to the module itself, in the file context', () => {
    const scan = startFileScan({ path: 'x.js', out: new FactCollector('x.js', ''), folder: new StringFolder(), localImports: new Set(), scanHidden: () => [] });
    const program = parseJs("import cp, { exec } from 'node:child_process'; import * as all from 'child_process';")!.program;
    for (const node of program.body) noteChildProcessImport(scan, node);
    expect([...scan.childProcessNames]).toEqual(['cp', 'all']);
    expect(isChildProcess(scan, { type: 'Identifier', name: 'all', start: 0, end: 3 })).toBe(true);
    expect(isChildProcess(scan, { type: 'Identifier', name: 'exec', start: 0, end: 4 })).toBe(false);
  });
});
