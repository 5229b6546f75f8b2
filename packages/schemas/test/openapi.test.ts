import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { openApiDocument } from '@skills-huaian/schemas';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: object };
};

test('the document is valid OpenAPI 3.1', async () => {
  const document = openApiDocument() as Doc;
  assert.equal(document.openapi, '3.1.0');
  const result = await new Validator().validate(document as never);
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
});

test('it covers every endpoint of CONTRACT.md', () => {
  const { paths } = openApiDocument() as Doc;
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => key !== 'servers')
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
  assert.deepEqual(operations.sort(), [
    'GET /competitions',
    'GET /competitions/{id}',
    'GET /competitions/{id}/leaderboard',
    'GET /competitions/{id}/leaderboard/stream',
    'GET /courses',
    'GET /courses/{id}',
    'GET /dictionaries',
    'GET /enrolments',
    'GET /enrolments/{id}',
    'GET /healthz',
    'GET /openapi.json',
    'GET /providers',
    'GET /providers/{id}',
    'POST /competitions/{id}/scores',
    'POST /enrolments',
  ]);
});

test('the course query lists every parameter of the contract', () => {
  const { paths } = openApiDocument() as Doc;
  const get = paths['/courses']!['get'] as { parameters: { name: string }[] };
  assert.deepEqual(
    get.parameters.map((p) => p.name),
    'q district occupation level style format schedule group subsidised provider cluster startFrom startTo sort limit cursor'.split(
      ' ',
    ),
  );
});

test('/healthz is served outside /v1', () => {
  const { paths } = openApiDocument() as Doc;
  assert.deepEqual(paths['/healthz']!['servers'], [{ url: '/' }]);
});

test('building it twice gives the same document (no hidden state)', () => {
  assert.deepEqual(openApiDocument(), openApiDocument());
});

test('the POST operations document every error they can answer, and their Idempotency-Key', () => {
  const { paths } = openApiDocument() as Doc;
  type Op = { responses: Record<string, unknown>; parameters: { name: string; in: string }[] };
  const enrol = paths['/enrolments']!['post'] as Op;
  const score = paths['/competitions/{id}/scores']!['post'] as Op;
  for (const op of [enrol, score]) {
    for (const status of ['400', '401', '403', '404', '409', '413', '415', '422', '429', '500'])
      assert.ok(op.responses[status], status);
    assert.ok(op.parameters.some((p) => p.name === 'Idempotency-Key' && p.in === 'header'));
  }
  const stream = paths['/competitions/{id}/leaderboard/stream']!['get'] as Op;
  assert.ok(stream.parameters.some((p) => p.name === 'Last-Event-ID' && p.in === 'header'));
});
