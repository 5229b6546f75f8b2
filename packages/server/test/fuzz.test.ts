// Throws a few thousand random and mutated bodies at POST /v1/enrolments: never a 5xx, always a
// problem+json with a Request-Id, and nothing personal in the log.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { seededRandom } from '../src/seed/random.js';
import { enrolment, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer({ bodyLimitBytes: 16 * 1024 });
});
after(() => server.stop());

const rnd = seededRandom(4242);

const strings = [
  '',
  ' ',
  '养老护理员',
  '<script>alert(1)</script>',
  "'; DROP TABLE enrolments; --",
  '%_\\',
  '\u0000\u202e',
  '𠮷'.repeat(40),
  'x'.repeat(3000),
  '320812199001011234',
  '13800138000',
  '2026-02-30',
  '__proto__',
  'NaN',
];
const keys = [
  'courseId',
  'applicant',
  'name',
  'citizenId',
  'mobile',
  'districtCode',
  'targetGroups',
  'consent',
  'answers',
  'positionId',
  '__proto__',
  'constructor',
  'prototype',
  'x',
];

function randomValue(depth: number): unknown {
  switch (rnd.int(0, depth > 3 ? 4 : 7)) {
    case 0:
      return null;
    case 1:
      return rnd.chance(0.5);
    case 2:
      return rnd.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 42]);
    case 3:
    case 4:
      return rnd.pick(strings);
    case 5:
      return Array.from({ length: rnd.int(0, 4) }, () => randomValue(depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: rnd.int(0, 5) }, () => [rnd.pick(keys), randomValue(depth + 1)]),
      );
  }
}

function mutate(body: Record<string, unknown>, depth = 0): unknown {
  const copy: Record<string, unknown> = { ...body };
  const names = Object.keys(copy);
  const name = rnd.pick(names);
  const value = copy[name];
  switch (rnd.int(0, 5)) {
    case 0:
      delete copy[name];
      break;
    case 1:
      copy[name] = randomValue(2);
      break;
    case 2:
      copy[rnd.pick(keys)] = randomValue(2);
      break;
    case 3:
      if (value && typeof value === 'object' && !Array.isArray(value) && depth < 2)
        copy[name] = mutate(value as Record<string, unknown>, depth + 1);
      else copy[name] = rnd.pick(strings);
      break;
    default:
      copy[name] = Array.isArray(value) ? [...value, randomValue(3)] : [value];
  }
  return copy;
}

function randomBody(i: number): { text: string; type: string } {
  const kind = i % 10;
  const valid = enrolment(
    rnd.pick(['crs_demo_open', 'crs_demo_order_class', 'crs_demo_restricted', 'crs_demo_full']),
    i,
  );
  if (kind < 5)
    return {
      text: JSON.stringify(mutate(valid as unknown as Record<string, unknown>)),
      type: 'application/json',
    };
  if (kind < 7) return { text: JSON.stringify(randomValue(0)), type: 'application/json' };
  if (kind === 7) {
    const t = JSON.stringify(valid);
    return { text: t.slice(0, rnd.int(0, t.length - 1)), type: 'application/json' };
  }
  if (kind === 8)
    return {
      text: rnd.pick(['[', '{"a":', '\u0000', '{"courseId":"x"}}', '[]'.repeat(2000), '['.repeat(5000)]),
      type: 'application/json',
    };
  return {
    text: JSON.stringify(valid),
    type: rnd.pick([
      'text/plain',
      'application/x-www-form-urlencoded',
      '',
      'application/json; charset=utf-8',
    ]),
  };
}

test('a few thousand random bodies: no 5xx, always a problem with a Request-Id', async () => {
  const total = 3000;
  const counts = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const body = randomBody(i);
      const headers: Record<string, string> = { ...(body.type ? { 'Content-Type': body.type } : {}) };
      if (i % 7 === 0) headers['Idempotency-Key'] = `fuzz-${i % 50}`;
      if (i % 11 === 0) headers['Accept-Language'] = 'en';
      const res = await server.api('/v1/enrolments', { method: 'POST', headers, body: body.text });
      counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
      assert.ok(res.status < 500, `${res.status} for ${body.text.slice(0, 200)}`);
      assert.ok(res.headers.get('request-id'));
      if (res.status >= 400) {
        assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
        const problem = (await res.json()) as { code: string; requestId: string };
        assert.match(problem.code, /^[a-z][a-z0-9_]*$/);
      } else await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  assert.ok((counts.get(400) ?? 0) > total / 3, JSON.stringify([...counts]));
  assert.ok((counts.get(201) ?? 0) > 0, JSON.stringify([...counts]));
});

test('the log holds no ID or phone numbers', () => {
  assert.ok(server.logs.length > 1000);
  const text = server.logs.join('\n');
  assert.doesNotMatch(text, /\d{17}[\dXx]/);
  assert.doesNotMatch(text, /1[3-9]\d{9}/);
  assert.doesNotMatch(text, /测试学员/);
});
