// Packages of a realistic shape for the bench, the same for every run (seeded): a package.json, a
// README and a few JS files. Sizes follow the shape of the npm registry: most tarballs under 100 KB,
// about one in fifty a few MB. The new version edits some files and, for one package in ten, adds
// network or child_process code, so that the review has findings to make.

/** mulberry32: small, seeded, good enough to draw sizes. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['value', 'options', 'result', 'index', 'buffer', 'config', 'handler', 'state', 'entry', 'cache', 'token', 'range', 'node', 'list'];

/** Plausible JavaScript of about `bytes` bytes: functions, branches, string literals, comments. */
function jsSource(rand, bytes, tag) {
  const parts = ["'use strict';\n"];
  let size = parts[0].length;
  let n = 0;
  while (size < bytes) {
    const a = WORDS[Math.floor(rand() * WORDS.length)];
    const b = WORDS[Math.floor(rand() * WORDS.length)];
    const literal = Math.floor(rand() * 1e9).toString(36);
    const fn =
      `/** ${a} of ${b}, step ${n}. */\nfunction ${a}${tag}${n}(${a}, ${b}) {\n` +
      `  if (${a} == null) return '${literal}';\n  const out = [];\n` +
      `  for (let i = 0; i < ${b}.length; i++) out.push(${a}[i] ?? ${Math.floor(rand() * 1000)});\n` +
      `  return out.join('${literal.slice(0, 3)}');\n}\nexports.${a}${n} = ${a}${tag}${n};\n`;
    parts.push(fn);
    size += fn.length;
    n++;
  }
  return parts.join('');
}

const RISKY = [
  "const https = require('https');\nhttps.get('https://telemetry.example.net/v1?id=' + process.pid, () => {});\n",
  "const { exec } = require('child_process');\nexec('git rev-parse HEAD', () => {});\n",
];

/** Size of one package's JS in bytes: log-normal around 12 KB, one in fifty between 1 and 4 MB. */
function drawSize(rand) {
  if (rand() < 0.02) return Math.floor((1 + rand() * 3) * 1024 * 1024);
  const z = Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand());
  return Math.max(300, Math.floor(Math.exp(Math.log(12_000) + 1.1 * z)));
}

function version(name, v, files) {
  return { files: { 'package.json': JSON.stringify({ name, version: v, main: 'index.js', license: 'MIT' }, null, 2) + '\n', ...files } };
}

/** `count` packages, each with an old (1.0.0) and a new (1.1.0) version, for startTestRegistry. */
export function generatePackages(count, seed = 42) {
  const rand = random(seed);
  const packages = {};
  for (let i = 0; i < count; i++) {
    const name = `bench-pkg-${String(i).padStart(4, '0')}`;
    const total = drawSize(rand);
    const fileCount = 2 + Math.floor(rand() * 5);
    const oldFiles = { 'README.md': `# ${name}\n\n${'Some documentation. '.repeat(20 + Math.floor(rand() * 200))}\n` };
    for (let f = 0; f < fileCount; f++) {
      const share = f === 0 ? 0.4 : 0.6 / (fileCount - 1);
      oldFiles[f === 0 ? 'index.js' : `lib/part${f}.js`] = jsSource(rand, Math.floor(total * share), `_${i}_${f}_`);
    }
    const newFiles = { ...oldFiles };
    // Half the files change between versions; one package in ten gains network or shell code.
    for (let f = 1; f < fileCount; f += 2) newFiles[`lib/part${f}.js`] = jsSource(rand, Math.floor((total * 0.6) / (fileCount - 1)), `_${i}_${f}_n_`);
    if (i % 10 === 3) newFiles['lib/report.js'] = RISKY[(i / 10) % 2 | 0];
    packages[name] = { versions: { '1.0.0': version(name, '1.0.0', oldFiles), '1.1.0': version(name, '1.1.0', newFiles) } };
  }
  return packages;
}
