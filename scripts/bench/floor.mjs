// The download floor: the same tarballs fetched with plain fetch, 8 at a time, bodies read and dropped.
//   node scripts/bench/floor.mjs URLS.json
import { readFileSync } from 'node:fs';

const urls = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let next = 0;
let bytes = 0;
async function worker() {
  while (next < urls.length) {
    const url = urls[next++];
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    bytes += (await res.arrayBuffer()).byteLength;
  }
}
await Promise.all(Array.from({ length: 8 }, worker));
console.log(JSON.stringify({ tarballs: urls.length, bytes }));
