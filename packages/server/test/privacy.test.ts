// Personal data at rest and in the log: ID numbers are stored only as keyed hashes (HMAC under a
// per-database secret kept outside the tables), and request paths are logged as route patterns.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { seedDemo } from '../src/seed/demo.js';
import { startServer } from '../src/server.js';
import { resolvePersonKey } from '../src/storage/person-key.js';
import { SqliteStore } from '../src/storage/sqlite-store.js';
import { citizenIdFor, enrolment, startTestServer } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'skills-privacy-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const quiet = {
  rateLimit: 1_000_000,
  rateWindowMs: 60_000,
  bodyLimitBytes: 65_536,
  heartbeatMs: 15_000,
  idempotencyTtlMs: 86_400_000,
  log: null,
};

function storedHashes(store: SqliteStore, courseId: string): string[] {
  return (
    store.db.prepare('SELECT person_hash FROM enrolments WHERE course_id = ?').all(courseId) as {
      person_hash: string;
    }[]
  ).map((r) => r.person_hash);
}

function enrolDirect(store: SqliteStore, n: number) {
  return store.createEnrolment(
    enrolment('crs_demo_open', n) as Parameters<SqliteStore['createEnrolment']>[0],
    new Date(),
  );
}

test('the stored person hash is keyed: not the SHA-256 of the ID number, different per key', () => {
  const id = citizenIdFor(77_001);
  const hashes = ['key-one', 'key-two'].map((personKey) => {
    const store = new SqliteStore(':memory:', { personKey });
    seedDemo(store);
    assert.equal(enrolDirect(store, 77_001).ok, true);
    const [hash] = storedHashes(store, 'crs_demo_open').slice(-1);
    store.close();
    return hash!;
  });
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  for (const plain of [sha(id), sha(`skills-huaian:${id}`), sha(`person:${id}`)])
    assert.ok(!hashes.includes(plain), 'a plain SHA-256 of the ID number is stored');
  assert.notEqual(hashes[0], hashes[1]);
  assert.match(hashes[0]!, /^[0-9a-f]{64}$/);
});

test('idempotency body hashes are keyed too', () => {
  const a = new SqliteStore(':memory:', { personKey: 'a' });
  const b = new SqliteStore(':memory:', { personKey: 'b' });
  assert.notEqual(a.keyedHash('x'), b.keyedHash('x'));
  assert.notEqual(a.keyedHash('x'), createHash('sha256').update('x').digest('hex'));
  a.close();
  b.close();
});

test('the key: SKILLS_PERSON_KEY first, else a 0600 file beside the database, random for :memory:', () => {
  const db = join(dir, 'keyed.db');
  const fromFile = resolvePersonKey(db, {});
  assert.ok(existsSync(`${db}.key`));
  assert.equal(statSync(`${db}.key`).mode & 0o777, 0o600);
  assert.deepEqual(resolvePersonKey(db, {}), fromFile, 'the same file gives the same key');
  assert.ok(!readFileSync(`${db}.key`, 'utf8').includes('\0'));
  assert.deepEqual(resolvePersonKey(db, { SKILLS_PERSON_KEY: 'k' }), Buffer.from('k'));
  assert.notDeepEqual(resolvePersonKey(':memory:', {}), resolvePersonKey(':memory:', {}));
});

test('duplicate detection and idempotent replay survive a restart on the same database file', async () => {
  const db = join(dir, 'restart.db');
  const body = enrolment('crs_demo_open', 77_002);
  const send = (url: string) =>
    fetch(`${url}/v1/enrolments`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer pk_test_demo',
        'Content-Type': 'application/json',
        'Idempotency-Key': 'restart-1',
      },
      body: JSON.stringify(body),
    });
  const first = await startServer({ db, config: quiet });
  const created = await send(first.url);
  assert.equal(created.status, 201);
  const createdBody = await created.text();
  await first.stop();

  const second = await startServer({ db, config: quiet });
  try {
    const replay = await send(second.url);
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(await replay.text(), createdBody);
    const again = await fetch(`${second.url}/v1/enrolments`, {
      method: 'POST',
      headers: { Authorization: 'Bearer pk_test_demo', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.equal(again.status, 409);
    assert.equal(((await again.json()) as { code: string }).code, 'duplicate_enrolment');
  } finally {
    await second.stop();
  }
});

test('numbers pasted into a path never reach the request log', async () => {
  const server = await startTestServer();
  try {
    const paths = [
      '/v1/courses/110105194912310021',
      '/v1/enrolments/13912345678',
      '/v1/nowhere/110105194912310021',
      '/v1/courses/x/13912345678',
    ];
    for (const path of paths) await server.api(path, { key: 'sk_test_demo' });
    await server.api('/v1/courses/110105194912310021', { key: 'sk_test_demo', method: 'DELETE' });
    await server.api('/v1/enrolments/13912345678', { key: null });
    const log = server.logs.join('\n');
    assert.ok(server.logs.length >= paths.length + 2);
    for (const number of ['110105194912310021', '13912345678', '1101051949', '12345678'])
      assert.ok(!log.includes(number), `the log holds ${number}`);
    assert.match(log, /"path":"\/v1\/courses\/:id"/);
    assert.match(log, /"path":"\/v1\/enrolments\/:id"/);
  } finally {
    await server.stop();
  }
});
