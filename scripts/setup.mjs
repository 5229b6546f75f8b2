// Brings a bare Node 20 + npm machine to a working checkout: pnpm, dependencies and, for the
// browser tests, Chromium. Each step is skipped when it is already satisfied.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = pkg.packageManager.split('@')[1];

const log = (msg) => console.log(`[setup] ${msg}`);

function has(cmd, args = ['--version']) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** pnpm through npm: corepack's signature check fails on this kind of machine. */
export function ensurePnpm() {
  const v = has('pnpm');
  if (v === pnpmVersion) return;
  log(`installing pnpm@${pnpmVersion} with npm (found: ${v ?? 'none'})`);
  execFileSync('npm', ['install', '--global', `pnpm@${pnpmVersion}`], { stdio: 'inherit' });
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
  console.error(
    '[setup] The browser tests need Chromium. Install it, then run npm test again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere: install Chrome or Chromium and set CHROME_PATH=/path/to/chrome',
  );
  process.exit(1);
}

export function setup({ browser = false } = {}) {
  ensurePnpm();
  ensureDependencies();
  if (browser) ensureChromium();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  setup({ browser: process.argv.includes('--browser') });
  log('ready');
}
