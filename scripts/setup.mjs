// Brings a bare Node 20 + npm machine to a working checkout: pnpm, dependencies and, for the
// browser tests, Chromium. Each step is skipped when it is already satisfied.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = pkg.packageManager.split('@')[1];

const log = (msg) => console.log(`[setup] ${msg}`);

function has(cmd, args = ['--version']) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/**
 * pnpm through npm (corepack's signature check fails on this kind of machine). A pnpm of the
 * pinned version on the PATH is used as it is; otherwise the pinned version is installed into
 * the checkout's own .tools folder — no global install, so no root needed and no other pnpm
 * overwritten — and put first on the PATH of everything this process starts.
 */
export function ensurePnpm() {
  const toolsBin = join(root, '.tools', 'node_modules', '.bin');
  if (existsSync(join(toolsBin, 'pnpm'))) prependPath(toolsBin);
  const v = has('pnpm');
  if (v === pnpmVersion) return;
  log(`installing pnpm@${pnpmVersion} into .tools with npm (found on the PATH: ${v ?? 'none'})`);
  execFileSync(
    'npm',
    ['install', '--prefix', join(root, '.tools'), '--no-save', '--no-package-lock', `pnpm@${pnpmVersion}`],
    { stdio: 'inherit' },
  );
  prependPath(toolsBin);
  if (has('pnpm') !== pnpmVersion) throw new Error(`pnpm@${pnpmVersion} could not be installed`);
}

function prependPath(dir) {
  const parts = (process.env.PATH ?? '').split(delimiter);
  if (parts[0] !== dir) process.env.PATH = [dir, ...parts].join(delimiter);
}

/** Environment that lets better-sqlite3 compile against the local Node headers, offline. */
export function buildEnv() {
  const env = { ...process.env };
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  return env;
}

export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  const fresh = existsSync(marker) && existsSync(lock) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
  if (fresh && !process.env.CI) return;
  log('installing dependencies with pnpm');
  const args = ['install', process.env.CI && existsSync(lock) ? '--frozen-lockfile' : '--prefer-offline'];
  execFileSync('pnpm', args, { cwd: root, stdio: 'inherit', env: buildEnv() });
}

export function chromiumPath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

/** Debian's chromium package when root; otherwise say exactly what is missing. */
export function ensureChromium() {
  if (chromiumPath()) return chromiumPath();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && has('apt-get', ['--version'])) {
    log('installing Chromium from Debian packages (about a minute)');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (chromiumPath()) return chromiumPath();
  }
  throw new Error(
    'The browser tests need Chromium. Install it, then run npm test again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere: install Chrome or Chromium and set CHROME_PATH=/path/to/chrome',
  );
}

export function setup({ browser = false } = {}) {
  ensurePnpm();
  ensureDependencies();
  if (browser) ensureChromium();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    setup({ browser: process.argv.includes('--browser') });
    log('ready');
  } catch (e) {
    console.error(`[setup] ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
