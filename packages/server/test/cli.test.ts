// The built bin, started the way every other package's tests start it (scripts/sandbox.mjs).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { serverBin, startSandbox } from '../../../scripts/sandbox.mjs';

const dir = mkdtempSync(join(tmpdir(), 'skills-server-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const auth = { headers: { Authorization: 'Bearer pk_test_demo' } };

test('--port 0 prints the real port; /healthz and the demo data answer', async () => {
  const sandbox = await startSandbox();
  try {
    assert.ok(sandbox.port > 0);
    const health = await fetch(`${sandbox.url}/healthz`);
    assert.deepEqual(await health.json(), { status: 'ok' });
    assert.ok(health.headers.get('request-id'));
    const courses = (await (await fetch(`${sandbox.apiBase}/courses?limit=1`, auth)).json()) as {
      total: number;
    };
    assert.ok(courses.total >= 300);
  } finally {
    await sandbox.stop();
  }
});

test('--seed none starts empty', async () => {
  const sandbox = await startSandbox({ seed: 'none' });
  try {
    // Without the demo seed there are no keys either.
    assert.equal((await fetch(`${sandbox.apiBase}/courses`, auth)).status, 401);
  } finally {
    await sandbox.stop();
  }
});

test('a database file keeps its data across restarts and is seeded once', async () => {
  const db = join(dir, 'nested', 'sandbox.db');
  const first = await startSandbox({ db });
  const body = {
    courseId: 'crs_demo_open',
    applicant: {
      name: '测试',
      citizenId: '32081219900307123X',
      mobile: '13900001234',
      districtCode: '320812',
    },
    consent: { noticeVersion: '1', agreedAt: '2026-01-01T00:00:00Z' },
  };
  const created = await fetch(`${first.apiBase}/enrolments`, {
    method: 'POST',
    headers: { Authorization: 'Bearer pk_test_demo', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(created.status, 201, await created.clone().text());
  const { id } = (await created.json()) as { id: string };
  const total1 = ((await (await fetch(`${first.apiBase}/courses?limit=1`, auth)).json()) as { total: number })
    .total;
  await first.stop();
  const second = await startSandbox({ db });
  try {
    const res = await fetch(`${second.apiBase}/enrolments/${id}`, {
      headers: { Authorization: 'Bearer sk_test_demo' },
    });
    assert.equal(res.status, 200);
    const total2 = (
      (await (await fetch(`${second.apiBase}/courses?limit=1`, auth)).json()) as { total: number }
    ).total;
    assert.equal(total2, total1);
  } finally {
    await second.stop();
  }
});

function run(args: string[], signal?: NodeJS.Signals): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [serverBin, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SKILLS_LOG: 'silent' },
  });
  let out = '';
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      out += chunk;
      if (signal && out.includes('listening on')) child.kill(signal);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

test('stops cleanly on SIGINT and SIGTERM; rejects bad flags', async () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const { code, out } = await run(['--port', '0', '--db', ':memory:', '--seed', 'none'], signal);
    assert.equal(code, 0, out);
    assert.match(out, /^listening on http:\/\/127\.0\.0\.1:\d+$/m);
  }
  const bad = await run(['--seed', 'lots']);
  assert.equal(bad.code, 2);
  assert.match(bad.out, /usage/);
});
