import { binaryFacts } from '../../../src/checks/code/binaries.js';
import type { FileEntry } from '../../../src/model/types.js';
import { fileEntry } from '../../helpers/package-from.js';

const elf = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]);

test('executables and libraries by magic or extension, keyed by type and basename', () => {
  expect(binaryFacts(fileEntry('bin/linux/helper', elf))).toEqual([
    expect.objectContaining({ key: 'binary:elf:helper', kind: 'binary', severity: 'high', file: 'bin/linux/helper' }),
  ]);
  expect(binaryFacts(fileEntry('prebuilds/addon.node', elf))[0]!.key).toBe('binary:elf:addon.node');
  const dll: FileEntry = { path: 'win/x.dll', size: 10, sha256: 'a', mode: 0o644, type: 'file' };
  expect(binaryFacts(dll)[0]).toMatchObject({ key: 'binary:pe:x.dll', severity: 'high' });
  expect(binaryFacts({ ...dll, path: 'build/Release/sharp.node' })[0]!.detail).toContain('native addon');
});

test('shell, batch and PowerShell scripts by extension or shebang', () => {
  expect(binaryFacts(fileEntry('scripts/setup.sh', 'echo hi\n'))[0]).toMatchObject({ key: 'binary:script:setup.sh', severity: 'medium', line: 1, evidence: 'echo hi' });
  expect(binaryFacts(fileEntry('install.ps1', 'iwr x'))[0]!.detail).toContain('PowerShell');
  expect(binaryFacts(fileEntry('bin/run', '#!/usr/bin/env bash\nexec node x.js\n'))[0]!.key).toBe('binary:script:run');
});

test('look-alikes: JavaScript, node shebang scripts, wasm, links', () => {
  expect(binaryFacts(fileEntry('index.js', 'module.exports = 1;'))).toEqual([]);
  expect(binaryFacts(fileEntry('bin/cli', '#!/usr/bin/env node\nrequire("../")'))).toEqual([]);
  expect(binaryFacts({ ...fileEntry('lib/x.wasm', 'x'), magic: 'wasm' })).toEqual([]);
  expect(binaryFacts({ path: 'x.sh', size: 0, sha256: 'a', mode: 0, type: 'symlink', linkTarget: '/bin/sh' })).toEqual([]);
});
