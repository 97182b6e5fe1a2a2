#!/usr/bin/env node
// Builds the web app into dist/web when its inputs changed since the last build (or with --force).
// `npm start` runs this first, so a fresh clone serves the app after `npm install && npm start`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(root, 'dist/web/.build-stamp');
const inputs = ['src/web', 'src/domain', 'src/locales', 'vite.config.ts', 'package-lock.json'];

function files(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [entry];
  return readdirSync(full).flatMap((name) => files(path.join(entry, name)));
}

const hash = createHash('sha256');
for (const file of inputs.flatMap(files).sort())
  hash.update(file).update(readFileSync(path.join(root, file)));
const stamp = hash.digest('hex');

const force = process.argv.includes('--force');
if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  console.log('Ứng dụng web đã được dựng (dist/web), không có thay đổi.');
  process.exit(0);
}
console.log('Đang dựng ứng dụng web (dist/web)…');
// Always the production build, even when started from a test run (Vitest sets NODE_ENV=test,
// which would make React ship its development build).
process.env.NODE_ENV = 'production';
const { build } = await import('vite');
await build({ configFile: path.join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
writeFileSync(stampFile, stamp);
console.log('Đã dựng ứng dụng web.');
