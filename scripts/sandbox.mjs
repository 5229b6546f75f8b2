// Starts the real sandbox server (the built bin) on a free port for a test run.
// Used by the SDK, component and end-to-end tests: they all talk to it over HTTP.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './setup.mjs';

export const serverBin = join(root, 'packages', 'server', 'dist', 'cli.js');

/**
 * @param {{ port?: number, host?: string, db?: string, seed?: 'demo' | 'none', env?: Record<string,string> }} [opts]
 * @returns {Promise<{ url: string, apiBase: string, port: number, stop: () => Promise<void>, output: () => string }>}
 */
export function startSandbox({
  port = 0,
  host = '127.0.0.1',
  db = ':memory:',
  seed = 'demo',
  env = {},
} = {}) {
  const child = spawn(
    process.execPath,
    [serverBin, '--port', String(port), '--host', host, '--db', db, '--seed', seed],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`sandbox server did not start in 60 s:\n${out}`));
    }, 60_000);
    const onData = (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        const url = m[1].replace(/\/$/, '');
        resolve({
          url,
          apiBase: `${url}/v1`,
          port: Number(new URL(url).port),
          output: () => out,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (c) => {
      out += c;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox server exited with ${code} before listening:\n${out}`));
    });
  });
}
