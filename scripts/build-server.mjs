#!/usr/bin/env node
// The server and the command line, built by esbuild into dist/server/<stamp>/ — the program
// `./bin/kcn` runs. The stamp is a hash of the exact source files the last build read (esbuild's
// metafile) and of this script: `builtProgram()` hashes them again at every start (≈ 30 ms) and
// builds afresh (≈ 1 s) when any changed, so a stale build never runs (decision 025). Run it
// directly (`node scripts/build-server.mjs [--force]`) to build ahead of time.
//
// Built, a command starts in about a second; run through tsx, whose module hooks cost about as
// much again as the rest of the start-up, it took over three (decision 007 and 025).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'dist/server');
const CURRENT = path.join(OUT, 'current.json');
/** Builds kept besides the newest: a server still running an older one starts its workers from it. */
const KEPT_BUILDS = 3;

/**
 * The program's entries. Worker threads start from their own entry, named as the file the
 * sources start them from (src/server/kernel/workers/program-files.ts finds them by that name).
 */
const ENTRIES = {
  main: 'src/cli/main.ts',
  'pglite-worker-entry': 'src/server/kernel/db/pglite-worker.ts',
  'worker-entry': 'src/server/kernel/workers/worker-tasks.ts',
  'xlsx-upload.worker': 'src/server/kernel/documents/xlsx-upload.worker.ts',
};

/** The stamp of these files as they are now; null when one is gone. */
function stampOf(inputs) {
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)));
  for (const file of inputs) {
    let bytes;
    try {
      bytes = readFileSync(path.join(ROOT, file));
    } catch {
      return null;
    }
    hash.update(file).update('\0').update(bytes);
  }
  return hash.digest('hex').slice(0, 16);
}

/** The current build's main module, if it was built from the sources as they are now. */
function upToDate() {
  if (!existsSync(CURRENT)) return null;
  let current;
  try {
    current = JSON.parse(readFileSync(CURRENT, 'utf8'));
  } catch {
    return null;
  }
  const main = path.join(OUT, current.stamp, 'main.js');
  return stampOf(current.inputs) === current.stamp && existsSync(main) ? main : null;
}

/** Leaves every bare import (a library, node:…) to Node, except a library's JSON file. */
const librariesAsTheyAre = {
  name: 'libraries-as-they-are',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.endsWith('.json') ? undefined : { path: args.path, external: true },
    );
  },
};

async function build() {
  const { build: esbuild } = await import('esbuild');
  // Built beside the others and renamed into place: a command started meanwhile, or another
  // build racing this one (several commands started at once on new sources), sees a whole build
  // or none.
  const scratch = path.join(OUT, `.building-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const result = await esbuild({
      absWorkingDir: ROOT,
      entryPoints: ENTRIES,
      outdir: scratch,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Libraries load from node_modules as they are: only our TypeScript is built, with the
      // JSON data it imports from a library (Node would ask for an import attribute).
      plugins: [librariesAsTheyAre],
      // Every file in one directory, so a module finds a worker's entry beside itself wherever
      // the bundler placed it.
      chunkNames: 'chunk-[hash]',
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'error',
    });
    const inputs = Object.keys(result.metafile.inputs)
      .filter((file) => !file.startsWith('node_modules/'))
      .sort();
    const stamp = stampOf(inputs);
    const target = path.join(OUT, stamp);
    try {
      renameSync(scratch, target);
    } catch {
      // The same build is already there (another process made it).
      rmSync(scratch, { recursive: true, force: true });
    }
    const currentScratch = `${CURRENT}.${process.pid}`;
    writeFileSync(currentScratch, JSON.stringify({ stamp, inputs }));
    renameSync(currentScratch, CURRENT);
    removeOldBuilds(stamp);
    return path.join(target, 'main.js');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function removeOldBuilds(stamp) {
  const builds = readdirSync(OUT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== stamp)
    .map((entry) => ({ dir: path.join(OUT, entry.name), at: statSync(path.join(OUT, entry.name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { dir } of builds.slice(KEPT_BUILDS)) rmSync(dir, { recursive: true, force: true });
}

/** The built program's main module (a file: URL), built first if the sources changed. */
export async function builtProgram({ force = false } = {}) {
  const main = (!force && upToDate()) || (await build());
  return pathToFileURL(main).href;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const main = await builtProgram({ force: process.argv.includes('--force') });
  console.log(
    `Chương trình máy chủ: ${path.relative(ROOT, fileURLToPath(main))} (${Date.now() - started} ms)`,
  );
}
