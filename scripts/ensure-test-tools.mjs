#!/usr/bin/env node
// `npm test` runs this first, before minutes of other suites: it makes sure of the two things the
// suite needs that `npm install` cannot bring — Debian's Chromium for the browser journeys and the
// PostgreSQL server for the integration suite. A missing Chromium is installed when it can be
// (root with apt-get), otherwise the run stops at once with the one command to run. Nothing is
// ever skipped.
//
//   node scripts/ensure-test-tools.mjs [--chromium] [--postgres] [--check-only]
//
// --chromium / --postgres / --libreoffice check only that one (all by default); --check-only never
// installs. A missing LibreOffice is installed as Chromium is (root with apt-get), else the run stops.
// KCN_CHROMIUM names another Chromium; KCN_TEST_PG_URL another PostgreSQL server.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const INSTALL_CHROMIUM =
  'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium';
/**
 * LibreOffice opens the Excel (and Word) files the tests write, as a user's office suite would;
 * poppler's pdftoppm renders a page of the PDF it prints to a picture.
 */
export const LIBREOFFICE_PACKAGES =
  'libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2 poppler-utils';
export const INSTALL_LIBREOFFICE = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${LIBREOFFICE_PACKAGES}`;

/**
 * What to do about Chromium, from the facts only (no side effects, so it can be tested):
 * `ok`, `install` (the default path, missing, and we are root with apt-get), or `fail` with the
 * one line to print. A browser named by KCN_CHROMIUM is never installed over: apt-get would put
 * it at /usr/bin/chromium, not where KCN_CHROMIUM points.
 */
export function chromiumPlan({ executable, overridden, version, isRoot, hasAptGet, checkOnly }) {
  if (version) return { action: 'ok', message: `Chromium: ${version} (${executable})` };
  if (overridden)
    return {
      action: 'fail',
      message:
        `KCN_CHROMIUM=${executable} is not a Chromium that runs (\`${executable} --version\` failed): ` +
        `point KCN_CHROMIUM at one, or unset it and run \`sudo apt-get install -y chromium\`.`,
    };
  if (isRoot && hasAptGet && !checkOnly)
    return {
      action: 'install',
      message: `Chromium for the browser journeys is missing at ${executable}; installing Debian's chromium: ${INSTALL_CHROMIUM}`,
    };
  return {
    action: 'fail',
    message:
      `Chromium for the browser journeys is missing at ${executable}: run ` +
      `\`${isRoot ? '' : 'sudo '}apt-get install -y chromium\` (or set KCN_CHROMIUM to a Chromium executable).`,
  };
}

/** `<executable> --version`, or null when it is missing or does not run. */
export function chromiumVersion(executable) {
  if (!existsSync(executable)) return null;
  const result = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) return null;
  return result.stdout.trim().split('\n').pop() || null;
}

function commandExists(command) {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir && existsSync(path.join(dir, command)));
}

/** Where a PostgreSQL URL points: a TCP host and port, or a socket directory (`?host=/run/…`). */
export function postgresTarget(url) {
  const parsed = new URL(url);
  const host = parsed.searchParams.get('host') || decodeURIComponent(parsed.hostname) || '127.0.0.1';
  return { host: host.replace(/^\[|\]$/g, ''), port: Number(parsed.port || 5432) };
}

/** The URL without its password, for messages. */
export function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(a value that is not a URL)';
  }
}

/** Whether something accepts a connection there (the fallback without pg_isready). */
export function tcpReachable({ host, port }, timeoutMs = 3_000) {
  return new Promise((resolve) => {
    const socket = connect(host.startsWith('/') ? { path: `${host}/.s.PGSQL.${port}` } : { host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Whether the server accepts connections: `pg_isready` when installed, else a TCP connect. */
export async function postgresReachable(url) {
  if (commandExists('pg_isready')) {
    const result = spawnSync('pg_isready', ['-d', url, '-t', '5', '-q'], { timeout: 10_000 });
    return result.status === 0;
  }
  try {
    return await tcpReachable(postgresTarget(url));
  } catch {
    return false; // not a URL we can read: certainly not reachable
  }
}

export function postgresProblem(url) {
  return (
    `PostgreSQL is not reachable at ${redactUrl(url)} (KCN_TEST_PG_URL to change): the integration suite ` +
    'runs on it too — start it, or run `npm run test:embedded` for the rest without it.'
  );
}

/**
 * The script. `machine` stands in for this machine's facts and the install command in tests
 * (which cannot uninstall Chromium or stop being root).
 */
export async function main(argv = process.argv.slice(2), env = process.env, machine = {}) {
  const {
    defaultChromium = DEFAULT_CHROMIUM,
    isRoot = process.getuid?.() === 0,
    hasAptGet = commandExists('apt-get'),
    installCommand = INSTALL_CHROMIUM,
  } = machine;
  const known = ['--chromium', '--postgres', '--libreoffice', '--check-only'];
  const unknown = argv.filter((arg) => !known.includes(arg));
  if (unknown.length) {
    console.error(`ensure-test-tools: unknown option ${unknown.join(' ')} (known: ${known.join(' ')})`);
    return 2;
  }
  const only = argv.filter((arg) => arg === '--chromium' || arg === '--postgres' || arg === '--libreoffice');
  const wants = (what) => only.length === 0 || only.includes(what);
  const checkOnly = argv.includes('--check-only');
  const problems = [];

  // PostgreSQL first: it is quick to check, and there is no point installing a browser for a run
  // that is going to stop anyway.
  if (wants('--postgres')) {
    const url = env.KCN_TEST_PG_URL || DEFAULT_PG_URL;
    if (await postgresReachable(url)) console.log(`PostgreSQL: ${redactUrl(url)} accepts connections`);
    else problems.push(postgresProblem(url));
  }

  let install = null;
  if (wants('--chromium')) {
    const executable = env.KCN_CHROMIUM || defaultChromium;
    const facts = {
      executable,
      overridden: Boolean(env.KCN_CHROMIUM),
      version: chromiumVersion(executable),
      isRoot,
      hasAptGet,
      checkOnly,
    };
    const plan = chromiumPlan(facts);
    if (plan.action === 'ok') console.log(plan.message);
    else if (plan.action === 'fail') problems.push(plan.message);
    else install = { plan, facts };
  }

  if (problems.length === 0 && install) {
    console.log(install.plan.message);
    const result = spawnSync('sh', ['-c', installCommand], { stdio: 'inherit' });
    const version = result.status === 0 ? chromiumVersion(install.facts.executable) : null;
    if (version) console.log(`Chromium: ${version} (${install.facts.executable})`);
    else
      problems.push(
        `Installing chromium did not give a Chromium that runs at ${install.facts.executable}: ` +
          'run `sudo apt-get install -y chromium` and look at its output (or set KCN_CHROMIUM).',
      );
  }

  if (problems.length === 0 && wants('--libreoffice')) {
    const present = () => commandExists('soffice') && commandExists('pdftoppm');
    if (!present() && isRoot && hasAptGet && !checkOnly) {
      console.log(`LibreOffice is missing; installing Debian's ${LIBREOFFICE_PACKAGES}`);
      spawnSync('sh', ['-c', INSTALL_LIBREOFFICE], { stdio: 'inherit' });
    }
    if (present()) console.log('LibreOffice: soffice and pdftoppm found');
    else
      problems.push(
        `LibreOffice is required to open the documents the tests write: run \`${isRoot ? '' : 'sudo '}apt-get install -y ${LIBREOFFICE_PACKAGES}\`.`,
      );
  }

  for (const problem of problems) console.error(problem);
  return problems.length ? 1 : 0;
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  process.exitCode = await main();
}

export const SCRIPT = fileURLToPath(import.meta.url);
