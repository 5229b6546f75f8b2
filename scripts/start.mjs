// `npm start`: set up what is missing, build, then run the main job — the sandbox server with
// demo data, the demo pages and Storybook — print their URLs, and stop them all on Ctrl-C.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, setup } from './setup.mjs';

try {
  setup();
} catch (e) {
  console.error(`[setup] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
console.log('[start] building the packages');
execFileSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const scriptsOf = (dir) => {
  const file = join(root, dir, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).scripts ?? {}) : {};
};

mkdirSync(join(root, '.data'), { recursive: true });
const services = [
  {
    name: 'sandbox API',
    cmd: process.execPath,
    args: [
      join(root, 'packages/server/dist/cli.js'),
      ...['--port', '8787', '--host', '127.0.0.1', '--db', join(root, '.data/sandbox.db'), '--seed', 'demo'],
    ],
    enabled: existsSync(join(root, 'packages/server/dist/cli.js')),
    ready: /listening on (\S+)/,
    show: (url) => `${url}  (API base ${url}/v1, demo keys pk_test_demo / sk_test_demo)`,
  },
  {
    name: 'demo pages',
    cmd: 'pnpm',
    args: ['--silent', '--dir', 'apps/examples', 'run', 'start'],
    enabled: Boolean(scriptsOf('apps/examples').start),
    ready: /(http:\/\/(?:127\.0\.0\.1|localhost):\d+\/?)/,
  },
  {
    name: 'Storybook',
    cmd: 'pnpm',
    args: ['--silent', '--dir', 'apps/storybook', 'run', 'storybook'],
    enabled: Boolean(scriptsOf('apps/storybook').storybook),
    ready: /(http:\/\/(?:127\.0\.0\.1|localhost):\d+\/?)/,
  },
];

const children = [];
let stopping = false;
for (const s of services.filter((x) => x.enabled)) {
  const child = spawn(s.cmd, s.args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.push(child);
  let seen = false;
  const onData = (chunk) => {
    const text = String(chunk);
    if (!seen) {
      const m = s.ready.exec(text);
      if (m) {
        seen = true;
        console.log(`[start] ${s.name.padEnd(12)} ${s.show ? s.show(m[1]) : m[1]}`);
      }
    }
    if (process.env.SKILLS_VERBOSE) process.stdout.write(`[${s.name}] ${text}`);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', (c) => {
    // Once we are stopping, the wrappers' complaints about being stopped are noise.
    if (!stopping) process.stderr.write(`[${s.name}] ${c}`);
  });
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`[start] ${s.name} stopped (${signal ?? code})`);
  });
}
console.log('[start] press Ctrl-C to stop everything');

function stop() {
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping');
  for (const c of children) {
    try {
      process.kill(-c.pid, 'SIGTERM');
    } catch {}
  }
  setTimeout(() => process.exit(0), 3000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(
    () => process.exit(0),
  );
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
