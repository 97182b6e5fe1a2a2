#!/usr/bin/env node
// Measures the built web app: gzip size of the JavaScript the first load fetches (the entry and
// its static imports) and what each page adds when first visited. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const gzip = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;

/** A chunk's file and every chunk it imports statically, transitively. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const first = closure('index.html');
const firstBytes = [...first].filter((f) => f.endsWith('.js')).reduce((n, f) => n + gzip(f), 0);
console.log(`First load (entry and its static imports): ${kb(firstBytes)} gzip JS in ${first.size} files`);
const rows = Object.entries(manifest)
  .filter(([key, chunk]) => chunk.isDynamicEntry && /(^|\/)modules\//.test(key))
  .map(([key]) => {
    const added = [...closure(key)].filter((f) => !first.has(f) && f.endsWith('.js'));
    return { page: key.replace(/^.*modules\//, ''), added: added.reduce((n, f) => n + gzip(f), 0) };
  })
  .sort((a, b) => b.added - a.added);
for (const row of rows) console.log(`  + ${row.page.padEnd(44)} ${kb(row.added)}`);
if (process.argv.includes('--json')) console.log(JSON.stringify({ firstLoadGzip: firstBytes, pages: rows }));
