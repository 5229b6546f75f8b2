// The core entry (`@skills-huaian/sdk/core`): the same client without client-side validation.
// It must not bundle Zod or the schemas, and bad input must still be refused — by the server,
// with a 400 ValidationError carrying the field errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as main from '@skills-huaian/sdk';
import * as core from '@skills-huaian/sdk/core';
import { createClient, type FetchLike, type InputValidator, ValidationError } from '@skills-huaian/sdk/core';
import { build } from 'esbuild';
import { eligibleEnrolment, openCourse } from './support/fixtures.js';
import { useSandbox } from './support/sandbox.js';

const sandbox = useSandbox();

/** A fetch that counts the requests it sends, to tell client-side refusals from server ones. */
function countingFetch(): { fetch: FetchLike; count: () => number } {
  let n = 0;
  return {
    fetch: (input, init) => {
      n++;
      return globalThis.fetch(input, init);
    },
    count: () => n,
  };
}

async function rejection(promise: PromiseLike<unknown>): Promise<ValidationError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof ValidationError, `expected a ValidationError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected a ValidationError, but the call succeeded');
}

/** Which input files an esbuild browser bundle of an SDK entry is made of. */
async function bundleInputs(entry: 'core' | 'index'): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../src/${entry}.ts`, import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    metafile: true,
    conditions: ['@skills-huaian/source', 'browser'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

const isValidationModule = (path: string) => /(^|\/)zod\//.test(path) || /schemas\/(src|dist)\//.test(path);

test('the core bundle contains neither Zod nor the schemas; the main bundle does', async () => {
  const core = await bundleInputs('core');
  assert.ok(
    core.some((p) => p.includes('/ky/')),
    'the core bundle includes ky',
  );
  assert.deepEqual(core.filter(isValidationModule), []);
  const full = await bundleInputs('index');
  assert.ok(
    full.some((p) => /(^|\/)zod\//.test(p)),
    'sanity: the main bundle does include Zod',
  );
});

test('both entries share one set of error classes', () => {
  assert.equal(main.ValidationError, ValidationError);
  assert.equal(main.ApiError, core.ApiError);
  assert.equal(main.AuthenticationError, core.AuthenticationError);
});

test('the core client lists courses and creates an enrolment against the sandbox', async () => {
  const client = createClient({ baseUrl: sandbox.current.apiBase, apiKey: 'pk_test_demo', locale: 'en' });
  const page = await client.courses.list({ limit: 3, subsidised: true });
  assert.equal(page.data.length, 3);
  assert.ok(page.total > 3);
  assert.ok(page.data.every((c) => c.subsidised));
  const ids = new Set<string>();
  for await (const c of client.courses.list({ limit: 2 }, { max: 5 })) ids.add(c.id);
  assert.equal(ids.size, 5, 'pagination works without a validator');

  const course = await openCourse(client);
  const created = await client.enrolments.create(eligibleEnrolment(course, 501));
  assert.equal(created.courseId, course.id);
  assert.match(created.status, /^(submitted|waitlisted)$/);
  assert.ok(!JSON.stringify(created).includes(eligibleEnrolment(course, 501).applicant.citizenId));
});

test('the core client sends invalid input; the server answers 400 ValidationError with field errors', async () => {
  const counter = countingFetch();
  const client = createClient({
    baseUrl: sandbox.current.apiBase,
    apiKey: 'pk_test_demo',
    locale: 'en',
    fetch: counter.fetch,
  });
  const course = await openCourse(client, 1);
  const body = eligibleEnrolment(course, 502);
  const bad = { ...body, applicant: { ...body.applicant, citizenId: '320812199001011234' } };
  const before = counter.count();
  const e = await rejection(client.enrolments.create(bad));
  assert.equal(counter.count(), before + 1, 'sent once (a 400 is not retried)');
  assert.equal(e.status, 400);
  assert.ok(e.requestId, 'a server answer, with its Request-Id');
  assert.ok(
    e.errors.some((f) => f.path === 'applicant.citizenId'),
    JSON.stringify(e.errors),
  );
  assert.ok(!JSON.stringify(e).includes('320812199001011234'), 'the ID number is not echoed');

  const q = await rejection(client.courses.list({ limit: 500 }));
  assert.equal(q.status, 400);
  assert.deepEqual(
    q.errors.map((f) => f.path),
    ['limit'],
  );
  assert.doesNotMatch(
    q.errors[0]?.message ?? '',
    /[\u4e00-\u9fff]/,
    "in the client's locale (en), by the server",
  );
});

test('the main entry still refuses the same input before sending', async () => {
  const counter = countingFetch();
  const client = main.createClient({
    baseUrl: sandbox.current.apiBase,
    apiKey: 'pk_test_demo',
    fetch: counter.fetch,
  });
  const e = await rejection(client.courses.list({ limit: 500 }));
  assert.equal(e.status, undefined);
  assert.equal(e.code, 'validation_failed');
  assert.equal(e.errors[0]?.path, 'limit');
  assert.match(e.errors[0]?.message ?? '', /[\u4e00-\u9fff]/, 'in the client locale (zh-CN)');
  assert.equal(counter.count(), 0);
});

test('a validator can be injected into the core client, or replace the default', async () => {
  const counter = countingFetch();
  const noWelding: InputValidator = {
    courseQuery: (query) =>
      query.q === 'welding' ? [{ path: 'q', code: 'not_here', message: 'not this query' }] : null,
  };
  const options = { baseUrl: sandbox.current.apiBase, apiKey: 'pk_test_demo', fetch: counter.fetch };
  const custom = createClient({ ...options, validator: noWelding });
  const e = await rejection(custom.courses.list({ q: 'welding' }));
  assert.equal(e.code, 'validation_failed');
  assert.deepEqual(e.errors, [{ path: 'q', code: 'not_here', message: 'not this query' }]);
  assert.equal(counter.count(), 0);
  // Kinds the validator does not cover are not checked client-side.
  assert.equal((await rejection(custom.courses.list({ limit: 500 }))).status, 400);

  const schemaChecked = createClient({ ...options, validator: main.schemaValidator });
  const before = counter.count();
  assert.equal((await rejection(schemaChecked.courses.list({ limit: 500 }))).code, 'validation_failed');
  assert.equal(counter.count(), before);

  const replaced = main.createClient({ ...options, validator: noWelding });
  assert.equal((await rejection(replaced.courses.list({ q: 'welding' }))).errors[0]?.code, 'not_here');
});
