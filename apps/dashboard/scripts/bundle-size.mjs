// Prints the JavaScript the landing route loads (entry chunk and its static imports), raw and gzip.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const html = readFileSync(new URL('index.html', dist), 'utf8');
const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let raw = 0;
let gzip = 0;
for (const file of scripts) {
  const bytes = readFileSync(new URL(file, dist));
  raw += bytes.length;
  gzip += gzipSync(bytes).length;
  console.log(
    `${file}: ${(bytes.length / 1024).toFixed(1)} KiB, gzip ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB`,
  );
}
console.log(`landing route JavaScript: ${(raw / 1024).toFixed(1)} KiB, gzip ${(gzip / 1024).toFixed(1)} KiB`);
