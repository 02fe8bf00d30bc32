// Recognizes native executables and libraries by their first bytes. A shebang script is text, not magic.

/** One of 'elf' | 'pe' | 'macho' | 'java-class' | 'wasm', or undefined for anything else. */
export function detectMagic(data: Buffer, looksBinary: boolean): string | undefined {
  if (data.length < 4) return data.length >= 2 && data[0] === 0x4d && data[1] === 0x5a && looksBinary ? 'pe' : undefined;
  const word = data.readUInt32BE(0);
  if (word === 0x7f454c46) return 'elf';
  if (word === 0x0061736d) return 'wasm';
  if (word === 0xfeedface || word === 0xfeedfacf || word === 0xcefaedfe || word === 0xcffaedfe) return 'macho';
  if (word === 0xcafebabe || word === 0xcafebabf) {
    // Fat Mach-O and Java class files share this magic. A fat header's next word counts its
    // architectures (a handful); a class file's holds minor/major version, with major >= 45.
    const next = data.length >= 8 ? data.readUInt32BE(4) : 0;
    return next > 0 && next < 45 ? 'macho' : 'java-class';
  }
  if (data[0] === 0x4d && data[1] === 0x5a) {
    // 'MZ' also starts ordinary text; require the PE signature the DOS header points at, or binary content.
    const peOffset = data.length >= 0x40 ? data.readUInt32LE(0x3c) : -1;
    const hasPe = peOffset >= 0x40 && peOffset + 4 <= data.length && data.readUInt32BE(peOffset) === 0x50450000;
    return hasPe || looksBinary ? 'pe' : undefined;
  }
  return undefined;
}
