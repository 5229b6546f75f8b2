// The server against its own OpenAPI document: live responses validate with the schemas the
// document declares (compiled by Ajv, independently of Zod), and every problem code the server
// can answer maps to a status the document lists for the operation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  commonProblems,
  operationProblems,
  problemCodes,
  routingProblems,
} from '../src/http/problem-codes.js';
import { enrolment, startTestServer, type TestServer } from './helpers.js';

type Operation = { operationId: string; responses: Record<string, unknown> };
type Doc = { paths: Record<string, Record<string, Operation>> };

let server: TestServer;
let doc: Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);

before(async () => {
  server = await startTestServer();
  // The document as served, so what clients download is what is checked.
  doc = (await (await server.api('/v1/openapi.json', { key: null })).json()) as Doc;
  ajv.addSchema(doc as object, 'openapi');
});
after(() => server.stop());

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** Validates a live response against the schema the document declares for it. */
async function assertDocumented(res: Response, path: string, method: string): Promise<unknown> {
  const status = String(res.status);
  const type = res.headers.get('content-type')!.split(';')[0]!;
  const response = doc.paths[path]?.[method]?.responses[status] as
    | { content?: Record<string, unknown> }
    | undefined;
  assert.ok(response, `${method.toUpperCase()} ${path} does not document ${status}`);
  assert.ok(response.content?.[type], `${method.toUpperCase()} ${path} ${status} does not document ${type}`);
  const validate = ajv.compile({
    $ref: `openapi#/${pointer('paths', path, method, 'responses', status, 'content', type, 'schema')}`,
  });
  const body = (await res.json()) as unknown;
  assert.ok(
    validate(body),
    `${method.toUpperCase()} ${path} ${status}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`,
  );
  return body;
}

describe('live responses match the OpenAPI document', () => {
  test('courses, providers and dictionaries', async () => {
    const list = (await assertDocumented(
      await server.api('/v1/courses?limit=5&q=护理'),
      '/courses',
      'get',
    )) as {
      data: { id: string }[];
    };
    await assertDocumented(await server.api(`/v1/courses/${list.data[0]!.id}`), '/courses/{id}', 'get');
    await assertDocumented(await server.api('/v1/courses/crs_demo_order_class'), '/courses/{id}', 'get');
    await assertDocumented(await server.api('/v1/courses/crs_nope'), '/courses/{id}', 'get');
    await assertDocumented(await server.api('/v1/courses?limit=500'), '/courses', 'get');
    const providers = (await assertDocumented(await server.api('/v1/providers'), '/providers', 'get')) as {
      data: { id: string }[];
    };
    await assertDocumented(
      await server.api(`/v1/providers/${providers.data[0]!.id}`),
      '/providers/{id}',
      'get',
    );
    await assertDocumented(await server.api('/v1/dictionaries'), '/dictionaries', 'get');
  });

  test('enrolments: the 201 body is exactly EnrolmentCreated; the problems are documented', async () => {
    const post = (body: unknown) => server.api('/v1/enrolments', { json: body });
    await assertDocumented(await post(enrolment('crs_demo_open', 90_001)), '/enrolments', 'post');
    await assertDocumented(await post(enrolment('crs_demo_open', 90_001)), '/enrolments', 'post'); // 409
    await assertDocumented(await post(enrolment('crs_demo_order_class', 90_002)), '/enrolments', 'post'); // 422
    await assertDocumented(await post({}), '/enrolments', 'post'); // 400
    await assertDocumented(await post(enrolment('crs_nope', 90_003)), '/enrolments', 'post'); // 404
    const key = { key: 'sk_test_demo' };
    await assertDocumented(await server.api('/v1/enrolments?limit=3', key), '/enrolments', 'get');
    const { data } = (await (await server.api('/v1/enrolments?limit=1', key)).json()) as {
      data: { id: string }[];
    };
    await assertDocumented(await server.api(`/v1/enrolments/${data[0]!.id}`, key), '/enrolments/{id}', 'get');
  });

  test('competitions, a leaderboard and a score', async () => {
    await assertDocumented(await server.api('/v1/competitions?limit=50'), '/competitions', 'get');
    await assertDocumented(await server.api('/v1/competitions/cmp_demo_live'), '/competitions/{id}', 'get');
    await assertDocumented(
      await server.api('/v1/competitions/cmp_demo_live/leaderboard'),
      '/competitions/{id}/leaderboard',
      'get',
    );
    const board = (await (await server.api('/v1/competitions/cmp_demo_live/leaderboard')).json()) as {
      entries: { contestant: { id: string }; score: number }[];
    };
    const first = board.entries[0]!;
    const score = (body: unknown) =>
      server.api('/v1/competitions/cmp_demo_live/scores', { key: 'sk_test_demo', json: body });
    await assertDocumented(
      await score({ contestantId: first.contestant.id, score: first.score }),
      '/competitions/{id}/scores',
      'post',
    );
    await assertDocumented(
      await score({ contestantId: 'cnt_nope', score: 1 }),
      '/competitions/{id}/scores',
      'post',
    ); // 422
  });
});

describe('problem codes', () => {
  const operations = () =>
    Object.values(doc.paths).flatMap((item) =>
      Object.entries(item)
        .filter(([method]) => method !== 'servers')
        .map(([, op]) => op),
    );

  test('every code an operation can answer has its status documented for that operation', () => {
    const missing: string[] = [];
    for (const op of operations()) {
      if (op.operationId === 'getHealth' || op.operationId === 'getOpenApi') continue;
      const codes = operationProblems[op.operationId];
      assert.ok(codes, `no problem list for ${op.operationId}`);
      for (const code of [...commonProblems, ...codes]) {
        const status = String(problemCodes[code].status);
        if (!op.responses[status]) missing.push(`${op.operationId} ${code} ${status}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  test('every code in the server source is in the list, with one status, and some operation answers it', () => {
    const files = [
      'app.ts',
      'http/auth.ts',
      'http/body.ts',
      'http/idempotency.ts',
      'http/rate-limit.ts',
      'routes/competitions.ts',
      'routes/courses.ts',
      'routes/enrolments.ts',
      'routes/providers.ts',
      'routes/query.ts',
      'storage/sqlite-store.ts',
    ];
    const used = new Set<string>();
    for (const file of files) {
      const source = readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8');
      for (const m of source.matchAll(/problem\(\s*c,\s*'([a-z_]+)'|ok: false,\s*code: '([a-z_]+)'/g))
        used.add((m[1] ?? m[2])!);
    }
    assert.ok(used.size >= 20, `only ${used.size} codes found; has the source changed shape?`);
    const answered = new Set<string>([
      ...commonProblems,
      ...routingProblems,
      ...Object.values(operationProblems).flat(),
    ]);
    for (const code of used) {
      assert.ok(code in problemCodes, `${code} is not in problem-codes.ts`);
      assert.ok(answered.has(code), `${code} is answered by no operation`);
    }
    for (const code of Object.keys(problemCodes))
      assert.ok(answered.has(code), `${code} is listed but never used`);
  });
});
