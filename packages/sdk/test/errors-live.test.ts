// Every error class, provoked against the REAL sandbox server (or a real closed port / the
// fault proxy for the transport failures), and the key never showing up in what is thrown.
// RateLimitError has its own file (rate-limit.test.ts): it needs servers with low limits.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { inspect } from 'node:util';
import {
  ApiError,
  AuthenticationError,
  ConflictError,
  createClient,
  IdempotencyError,
  NetworkError,
  NotFoundError,
  PermissionError,
  TimeoutError,
  ValidationError,
} from '@skills-huaian/sdk';
import { enrolmentFor } from './support/applicants.js';
import { startFaultProxy } from './support/fault-proxy.js';
import { eligibleEnrolment, openCourse } from './support/fixtures.js';
import { useSandbox } from './support/sandbox.js';

const sandbox = useSandbox();
const client = (apiKey: string, more: { locale?: 'en' | 'zh-CN'; maxRetries?: number } = {}) =>
  createClient({ baseUrl: sandbox.current.apiBase, apiKey, retryDelay: 10, ...more });

/** Asserts the rejection's class and the fields every ApiError carries; returns it. */
async function rejectsWith<E extends ApiError>(
  promise: PromiseLike<unknown>,
  Class: new (...args: never[]) => E,
  key?: string,
): Promise<E> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof Class, `expected ${Class.name}, got ${inspect(e)}`);
    assert.ok(e instanceof ApiError);
    assert.equal(e.name, Class.name);
    assert.equal(typeof e.code, 'string');
    if (key) {
      for (const text of [e.message, String(e), JSON.stringify(e), inspect(e, { depth: 10 })]) {
        assert.ok(!text.includes(key), `the key leaked into: ${text}`);
      }
    }
    return e;
  }
  assert.fail(`expected ${Class.name}, but the call succeeded`);
}

test('NotFoundError: status 404, stable code, request id', async () => {
  const e = await rejectsWith(
    client('pk_test_demo').courses.get('no-such-course'),
    NotFoundError,
    'pk_test_demo',
  );
  assert.equal(e.status, 404);
  assert.ok(e.requestId, 'the Request-Id header is kept');
});

test('AuthenticationError: an unknown key (401), never echoed', async () => {
  const key = 'sk_test_not_a_real_key_123';
  const e = await rejectsWith(client(key).courses.list({ limit: 1 }), AuthenticationError, key);
  assert.equal(e.status, 401);
  assert.ok(e.requestId);
});

test('PermissionError: a publishable key reading enrolments (403)', async () => {
  const e = await rejectsWith(client('pk_test_demo').enrolments.list(), PermissionError, 'pk_test_demo');
  assert.equal(e.status, 403);
});

test('ValidationError client-side: nothing sent, field errors in the client locale', async () => {
  let sent = 0;
  const counting = createClient({
    baseUrl: sandbox.current.apiBase,
    apiKey: 'pk_test_demo',
    locale: 'en',
    fetch: (input, init) => {
      sent++;
      return fetch(input, init);
    },
  });
  const course = await openCourse(counting);
  sent = 0;
  const bad = enrolmentFor(course.id, 2);
  bad.applicant.citizenId = '320812199001011234'; // wrong check digit
  bad.applicant.mobile = '12345';
  const e = await rejectsWith(counting.enrolments.create(bad), ValidationError);
  assert.equal(sent, 0, 'refused before sending');
  assert.equal(e.status, undefined);
  const paths = e.errors.map((f) => f.path);
  assert.ok(paths.includes('applicant.citizenId'), paths.join());
  assert.ok(paths.includes('applicant.mobile'), paths.join());
  assert.ok(!e.message.includes('320812199001011234'), 'no personal data in the message');
  const zh = createClient({ baseUrl: sandbox.current.apiBase, apiKey: 'pk_test_demo', locale: 'zh-CN' });
  const ezh = await rejectsWith(zh.enrolments.create(bad), ValidationError);
  const en = e.errors.find((f) => f.path === 'applicant.citizenId')!.message;
  const cn = ezh.errors.find((f) => f.path === 'applicant.citizenId')!.message;
  assert.notEqual(en, cn, 'messages follow the locale');
  assert.match(cn, /[\u4e00-\u9fff]/);
});

test('ValidationError server-side: a rule only the server knows (a required answer of an order class)', async () => {
  const pk = client('pk_test_demo', { locale: 'en' });
  const { data } = await pk.courses.list({ q: '云帆数据标注员订单班' });
  const course = data[0]!;
  const position = course.orderClass!.positions[0]!;
  const body = { ...eligibleEnrolment(course, 3), positionId: position.id, answers: {} };
  const e = await rejectsWith(pk.enrolments.create(body), ValidationError, 'pk_test_demo');
  assert.ok(e.status === 400 || e.status === 422);
  assert.ok(e.requestId);
  assert.ok(
    e.errors.some((f) => f.path.startsWith('answers.')),
    JSON.stringify(e.errors),
  );
});

test('ConflictError: the same person enrolling twice in one course (409)', async () => {
  const pk = client('pk_test_demo');
  const course = await openCourse(pk, 1);
  const body = eligibleEnrolment(course, 4);
  await pk.enrolments.create(body);
  const e = await rejectsWith(pk.enrolments.create(body), ConflictError);
  assert.equal(e.status, 409);
});

test('IdempotencyError: one key reused for a different body', async () => {
  const pk = client('pk_test_demo');
  const course = await openCourse(pk, 2);
  const idempotencyKey = crypto.randomUUID();
  const body = eligibleEnrolment(course, 5);
  const first = await pk.enrolments.create(body, { idempotencyKey });
  const replay = await pk.enrolments.create(structuredClone(body), { idempotencyKey });
  assert.equal(replay.id, first.id, 'the same key and body replay the first answer');
  await rejectsWith(pk.enrolments.create(eligibleEnrolment(course, 6), { idempotencyKey }), IdempotencyError);
});

test('NetworkError: nothing listening', async () => {
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  const c = createClient({
    baseUrl: `http://127.0.0.1:${port}/v1`,
    apiKey: 'sk_test_demo',
    maxRetries: 1,
    retryDelay: 5,
  });
  const e = await rejectsWith(c.courses.list(), NetworkError, 'sk_test_demo');
  assert.equal(e.status, undefined);
  assert.equal(e.code, 'network_error');
});

test('TimeoutError: a slow answer, and retries give up', async () => {
  const proxy = await startFaultProxy(sandbox.current.url);
  try {
    proxy.delayMs = 400;
    proxy.decide = () => 'delay';
    const c = createClient({
      baseUrl: proxy.apiBase,
      apiKey: 'sk_test_demo',
      timeout: 100,
      maxRetries: 1,
      retryDelay: 5,
    });
    const e = await rejectsWith(c.courses.get('x'), TimeoutError, 'sk_test_demo');
    assert.equal(e.code, 'timeout');
    assert.equal(proxy.seen.length, 2, 'one retry on timeout');
  } finally {
    await proxy.close();
  }
});

test('abort: an AbortSignal cancels a call in flight and during the retry wait', async () => {
  const proxy = await startFaultProxy(sandbox.current.url);
  try {
    proxy.delayMs = 2000;
    proxy.decide = () => 'delay';
    const c = createClient({ baseUrl: proxy.apiBase, apiKey: 'pk_test_demo' });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const t0 = Date.now();
    await assert.rejects(c.courses.list({}, { signal: ac.signal }), (e: Error) => e.name === 'AbortError');
    assert.ok(Date.now() - t0 < 1000);

    proxy.decide = () => 'drop-before';
    const slowRetry = createClient({
      baseUrl: proxy.apiBase,
      apiKey: 'pk_test_demo',
      retryDelay: 5000,
      maxRetryDelay: 5000,
    });
    const ac2 = new AbortController();
    const pending = slowRetry.dictionaries.get({ signal: ac2.signal });
    setTimeout(() => ac2.abort(), 100);
    const t1 = Date.now();
    // the dropped connection is retried after ~2.5–5 s of backoff; we abort during that wait
    await assert.rejects(pending, (e: Error) => e.name === 'AbortError');
    assert.ok(Date.now() - t1 < 2000);

    const already = AbortSignal.abort();
    await assert.rejects(c.courses.get('x', { signal: already }), (e: Error) => e.name === 'AbortError');
  } finally {
    await proxy.close();
  }
});

test('ApiError for 5xx after the retries ran out, and retries honour Retry-After', async () => {
  const proxy = await startFaultProxy(sandbox.current.url);
  try {
    proxy.decide = () => '503';
    const c = createClient({ baseUrl: proxy.apiBase, apiKey: 'pk_test_demo', maxRetries: 3, retryDelay: 5 });
    const e = await rejectsWith(c.dictionaries.get(), ApiError);
    assert.equal(e.status, 503);
    assert.equal(proxy.seen.length, 4, 'first attempt + 3 retries');
  } finally {
    await proxy.close();
  }
});
