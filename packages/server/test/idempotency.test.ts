import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { enrolmentListSchema } from '@skills-huaian/schemas';
import { enrolment, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

const post = (body: unknown, key: string, apiKey = 'pk_test_demo') =>
  server.api('/v1/enrolments', {
    method: 'POST',
    json: body,
    key: apiKey,
    headers: { 'Idempotency-Key': key },
  });

async function countFor(courseId: string): Promise<number> {
  const res = await server.api(`/v1/enrolments?courseId=${courseId}&limit=1`, { key: 'sk_test_demo' });
  return enrolmentListSchema.parse(await res.json()).total;
}

describe('Idempotency-Key', () => {
  test('the same key and body replay the first response', async () => {
    const body = enrolment('crs_demo_night_care', 501);
    const first = await post(body, 'idem-replay-1');
    assert.equal(first.status, 201);
    const firstBody = await first.json();
    // Key order does not matter.
    const reordered = { consent: body.consent, applicant: body.applicant, courseId: body.courseId };
    const second = await post(reordered, 'idem-replay-1');
    assert.equal(second.status, 201);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await second.json(), firstBody);
  });

  test('retries with one key create one enrolment', async () => {
    const before = await countFor('crs_demo_open');
    const body = enrolment('crs_demo_open', 502);
    const results = await Promise.all(Array.from({ length: 10 }, () => post(body, 'idem-retry-1')));
    const statuses = results.map((r) => r.status);
    // Concurrent duplicates are either replays (201) or told the first is in flight (409).
    assert.ok(
      statuses.every((s) => s === 201 || s === 409),
      String(statuses),
    );
    for (let i = 0; i < 5; i++) assert.equal((await post(body, 'idem-retry-1')).status, 201);
    assert.equal(await countFor('crs_demo_open'), before + 1);
    const ids = new Set(
      await Promise.all(
        results.filter((r) => r.status === 201).map(async (r) => ((await r.json()) as { id: string }).id),
      ),
    );
    assert.equal(ids.size, 1);
  });

  test('the same key with another body → 422', async () => {
    assert.equal((await post(enrolment('crs_demo_open', 503), 'idem-other-1')).status, 201);
    const other = await post(enrolment('crs_demo_open', 504), 'idem-other-1');
    assert.equal(other.status, 422);
    assert.equal(((await other.json()) as { code: string }).code, 'idempotency_key_reused');
  });

  test('errors are replayed too, and keys are scoped to the API key', async () => {
    const bad = { courseId: 'crs_nope' };
    const first = await post(bad, 'idem-error-1');
    assert.equal(first.status, 400);
    const again = await post(bad, 'idem-error-1');
    assert.equal(again.status, 400);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    // Another API key may use the same Idempotency-Key for its own request.
    const mine = await post(enrolment('crs_demo_open', 505), 'idem-error-1', 'sk_test_demo');
    assert.equal(mine.status, 201);
  });

  test('the same key while the first request is still running → 409', async () => {
    const body = JSON.stringify(enrolment('crs_demo_open', 506));
    const url = new URL(`${server.url}/v1/enrolments`);
    // Send the first request's headers and half its body, then hold it open.
    const slow = request(url, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer pk_test_demo',
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(body)),
        'Idempotency-Key': 'idem-inflight-1',
      },
    });
    const slowDone = new Promise<number>((resolve, reject) => {
      slow.on('response', (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      slow.on('error', reject);
    });
    slow.write(body.slice(0, 20));
    await new Promise((r) => setTimeout(r, 500));
    const second = await server.api('/v1/enrolments', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'idem-inflight-1', 'Content-Type': 'application/json' },
      body,
    });
    assert.equal(second.status, 409);
    assert.equal(((await second.json()) as { code: string }).code, 'idempotency_in_flight');
    slow.end(body.slice(20));
    assert.equal(await slowDone, 201);
    const third = await server.api('/v1/enrolments', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'idem-inflight-1', 'Content-Type': 'application/json' },
      body,
    });
    assert.equal(third.status, 201);
    assert.equal(third.headers.get('idempotent-replayed'), 'true');
  });

  test('keys expire after the configured time', async () => {
    const short = await startTestServer({ idempotencyTtlMs: 1500 }, { courses: 0, enrolments: 0 });
    try {
      const send = (n: number) =>
        short.api('/v1/enrolments', {
          method: 'POST',
          json: enrolment('crs_demo_open', n),
          headers: { 'Idempotency-Key': 'idem-ttl' },
        });
      assert.equal((await send(507)).status, 201);
      assert.equal((await send(508)).status, 422);
      await new Promise((r) => setTimeout(r, 1700));
      assert.equal((await send(508)).status, 201);
    } finally {
      await short.stop();
    }
  });

  test('an invalid key is a 400', async () => {
    const res = await post(enrolment('crs_demo_open', 509), 'x'.repeat(300));
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { code: string }).code, 'invalid_idempotency_key');
  });
});

describe('concurrency', () => {
  test('200 concurrent enrolments into a 30-seat course: exactly 30 submitted, 170 waitlisted', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        server
          .api('/v1/enrolments', {
            method: 'POST',
            json: enrolment('crs_demo_concurrency', 10_000 + i),
            headers: { 'Idempotency-Key': `conc-${i}` },
          })
          .then(async (r) => ({ status: r.status, body: (await r.json()) as { status: string } })),
      ),
    );
    assert.ok(
      results.every((r) => r.status === 201),
      JSON.stringify(results.find((r) => r.status !== 201)),
    );
    const count = (s: string) => results.filter((r) => r.body.status === s).length;
    assert.equal(count('submitted'), 30);
    assert.equal(count('waitlisted'), 170);
    const course = (await (await server.api('/v1/courses/crs_demo_concurrency')).json()) as {
      seatsLeft: number;
    };
    assert.equal(course.seatsLeft, 0);
  });
});
