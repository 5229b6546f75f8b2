import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  dictionariesSchema,
  problemSchema,
  providerListSchema,
  providerSchema,
} from '@skills-huaian/schemas';
import { enrolment, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

const codeOf = async (res: Response) => problemSchema.parse(await res.json()).code;

describe('keys', () => {
  test('no key → 401, unknown key → 401', async () => {
    const none = await server.api('/v1/courses', { key: null });
    assert.equal(none.status, 401);
    assert.equal(await codeOf(none), 'authentication_required');
    assert.equal(none.headers.get('www-authenticate'), 'Bearer');
    const wrong = await server.api('/v1/courses', { key: 'sk_test_nope' });
    assert.equal(await codeOf(wrong), 'invalid_api_key');
    assert.equal((await server.api('/v1/courses', { key: 'x'.repeat(5000) })).status, 401);
  });

  test('publishable keys only from their origins (or with no Origin at all)', async () => {
    const local = await server.api('/v1/courses?limit=1', { headers: { Origin: 'http://localhost:6006' } });
    assert.equal(local.status, 200);
    assert.equal(local.headers.get('access-control-allow-origin'), 'http://localhost:6006');
    assert.match(local.headers.get('access-control-expose-headers')!, /Request-Id/);
    const foreign = await server.api('/v1/courses?limit=1', { headers: { Origin: 'https://evil.example' } });
    assert.equal(foreign.status, 403);
    assert.equal(await codeOf(foreign), 'origin_not_allowed');
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    const lookalike = await server.api('/v1/courses?limit=1', {
      headers: { Origin: 'http://localhost.evil.example:80' },
    });
    assert.equal(lookalike.status, 403);
    const partner = await server.api('/v1/courses?limit=1', {
      key: 'pk_test_partner',
      headers: { Origin: 'https://partner.example.com' },
    });
    assert.equal(partner.status, 200);
    const partnerOnLocal = await server.api('/v1/courses?limit=1', {
      key: 'pk_test_partner',
      headers: { Origin: 'http://localhost:3000' },
    });
    assert.equal(partnerOnLocal.status, 403);
  });

  test('secret keys are refused with a browser Origin', async () => {
    const res = await server.api('/v1/courses', {
      key: 'sk_test_demo',
      headers: { Origin: 'http://localhost:5173' },
    });
    assert.equal(res.status, 403);
    assert.equal(await codeOf(res), 'secret_key_in_browser');
    assert.equal((await server.api('/v1/courses?limit=1', { key: 'sk_test_demo' })).status, 200);
  });

  test('CORS preflight for registered origins only', async () => {
    const ok = await fetch(`${server.url}/v1/enrolments`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:8000',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key',
      },
    });
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8000');
    assert.match(ok.headers.get('access-control-allow-headers')!, /Idempotency-Key/);
    assert.match(ok.headers.get('access-control-allow-methods')!, /POST/);
    const bad = await fetch(`${server.url}/v1/enrolments`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(bad.status, 403);
    assert.equal(bad.headers.get('access-control-allow-origin'), null);
  });

  test('a browser enrolment with pk from an allowed origin', async () => {
    const res = await server.api('/v1/enrolments', {
      method: 'POST',
      json: enrolment('crs_demo_open', 7001),
      headers: { Origin: 'http://localhost:8080' },
    });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:8080');
  });
});

describe('every response', () => {
  test('carries a Request-Id, errors included, and problems quote it', async () => {
    const responses = await Promise.all([
      fetch(`${server.url}/healthz`),
      server.api('/v1/courses?limit=1'),
      server.api('/v1/courses', { key: null }),
      server.api('/v1/nowhere'),
      fetch(`${server.url}/nowhere`),
    ]);
    const ids = responses.map((r) => r.headers.get('request-id'));
    assert.ok(ids.every((id) => id && id.length >= 8));
    assert.equal(new Set(ids).size, ids.length);
    const problem = problemSchema.parse(await responses[2]!.json());
    assert.equal(problem.requestId, ids[2]);
    assert.equal(responses[3]!.status, 404);
    assert.equal(await codeOf(responses[3]!), 'not_found');
  });

  test('a caller-supplied Request-Id is kept', async () => {
    const res = await server.api('/v1/courses?limit=1', { headers: { 'Request-Id': 'partner-trace-12345' } });
    assert.equal(res.headers.get('request-id'), 'partner-trace-12345');
  });
});

describe('public reads', () => {
  test('providers, one provider, 404', async () => {
    const page = providerListSchema.parse(await (await server.api('/v1/providers?limit=100')).json());
    assert.ok(page.total >= 20);
    const kinds = new Set(page.data.map((p) => p.kind));
    assert.deepEqual([...kinds].sort(), ['enterprise', 'private-institution', 'public-college']);
    const names = page.data.filter((p) => p.kind === 'public-college').map((p) => p.name['zh-CN']);
    for (const college of [
      '江苏护理职业学院',
      '江苏食品药品职业技术学院',
      '江苏省淮安技师学院',
      '江苏省淮阴商业学校',
      '淮安生物工程高等职业学校',
    ])
      assert.ok(names.includes(college), college);
    assert.ok(page.data.filter((p) => p.kind === 'enterprise').every((p) => p.creditCode));
    const colleges = providerListSchema.parse(
      await (await server.api('/v1/providers?kind=public-college')).json(),
    );
    assert.equal(colleges.total, 5);
    const one = providerSchema.parse(await (await server.api('/v1/providers/prv_yunfan_data')).json());
    assert.ok(one.courseCount! > 0);
    assert.equal((await server.api('/v1/providers/prv_nope')).status, 404);
    const paged = providerListSchema.parse(await (await server.api('/v1/providers?limit=10')).json());
    const next = providerListSchema.parse(
      await (await server.api(`/v1/providers?limit=10&cursor=${paged.nextCursor}`)).json(),
    );
    assert.equal(new Set([...paged.data, ...next.data].map((p) => p.id)).size, 20);
  });

  test('dictionaries have every code list in both locales, and the catalogue’s occupations', async () => {
    const d = dictionariesSchema.parse(await (await server.api('/v1/dictionaries')).json());
    assert.equal(d.districts.length, 7);
    assert.equal(d.trainingStyles.length, 4);
    assert.ok(d.occupations.some((o) => o.code === '5-04-01-05'));
  });

  test('the OpenAPI document, without a key', async () => {
    const res = await fetch(`${server.url}/v1/openapi.json`);
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    assert.match(doc.openapi, /^3\.1/);
    assert.ok(doc.paths['/v1/courses'] || doc.paths['/courses']);
  });
});

describe('methods', () => {
  test('an unsupported method on a known path → 405 with Allow; an unknown path stays 404', async () => {
    const cases: [string, string, string][] = [
      ['DELETE', '/v1/courses/crs_demo_open', 'GET, HEAD'],
      ['PUT', '/v1/courses', 'GET, HEAD'],
      ['PATCH', '/v1/enrolments/enr_x', 'GET, HEAD'],
      ['DELETE', '/v1/enrolments', 'GET, HEAD, POST'],
      ['GET', '/v1/competitions/cmp_demo_live/scores', 'POST'],
      ['POST', '/v1/competitions/cmp_demo_live/leaderboard', 'GET, HEAD'],
      ['POST', '/healthz', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await server.api(path, { method, key: 'sk_test_demo' });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.equal(res.headers.get('allow'), allow, `${method} ${path}`);
      assert.equal(await codeOf(res), 'method_not_allowed');
    }
    const unknown = await server.api('/v1/nowhere', { method: 'DELETE', key: 'sk_test_demo' });
    assert.equal(unknown.status, 404);
    assert.equal(await codeOf(unknown), 'not_found');
    assert.equal((await server.api('/v1/courses/a/b', { key: 'sk_test_demo' })).status, 404);
  });
});

describe('rate limiting', () => {
  test('429 with Retry-After once a key is over its limit', async () => {
    const limited = await startTestServer(
      { rateLimit: 5, rateWindowMs: 60_000 },
      { courses: 0, enrolments: 0 },
    );
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 8; i++) {
        last = await limited.api('/v1/dictionaries');
        statuses.push(last.status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429, 429]);
      assert.ok(Number(last!.headers.get('retry-after')) >= 1);
      assert.equal(await codeOf(last!), 'rate_limited');
      // Another key has its own budget.
      assert.equal((await limited.api('/v1/dictionaries', { key: 'sk_test_demo' })).status, 200);
      // Without a key, the client address is limited too.
      const anon: number[] = [];
      for (let i = 0; i < 7; i++) anon.push((await limited.api('/v1/dictionaries', { key: null })).status);
      assert.deepEqual(anon.slice(-2), [429, 429]);
      // Made-up keys count against the address, not a fresh budget each.
      assert.equal((await limited.api('/v1/dictionaries', { key: 'pk_test_made_up_1' })).status, 429);
    } finally {
      await limited.stop();
    }
  });
});
