import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { enrolmentCreatedSchema, enrolmentListSchema, enrolmentSchema } from '@skills-huaian/schemas';
import { citizenIdFor, enrolment, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

let n = 1000;
const post = (body: unknown, init: RequestInit & { key?: string } = {}) =>
  server.api('/v1/enrolments', { method: 'POST', json: body, ...init });
const codeOf = async (res: Response) => ((await res.json()) as { code: string }).code;

describe('POST /v1/enrolments', () => {
  test('creates an enrolment with personal fields masked', async () => {
    const body = enrolment('crs_demo_open', ++n);
    const res = await post(body);
    assert.equal(res.status, 201);
    const json = (await res.json()) as Record<string, unknown>;
    // Exactly the contract's fields: answers and consent are not handed back to the browser.
    assert.deepEqual(Object.keys(json).sort(), [
      'applicant',
      'courseId',
      'createdAt',
      'id',
      'reference',
      'status',
    ]);
    const e = enrolmentCreatedSchema.parse(json);
    assert.equal(e.status, 'submitted');
    assert.equal(e.courseId, 'crs_demo_open');
    assert.match(e.reference, /^HA-\d{4}-\d{6}$/);
    assert.equal(e.applicant.citizenId, `320812**********${body.applicant.citizenId.slice(16)}`);
    assert.match(e.applicant.mobile, /^139\*{4}\d{4}$/);
    assert.equal(res.headers.get('location'), `/v1/enrolments/${e.id}`);
    const raw = JSON.stringify(e);
    assert.ok(!raw.includes(body.applicant.citizenId) && !raw.includes(body.applicant.mobile));
  });

  test('a full course waitlists', async () => {
    const res = await post(enrolment('crs_demo_full', ++n));
    assert.equal(res.status, 201);
    assert.equal(((await res.json()) as { status: string }).status, 'waitlisted');
  });

  test('one person cannot hold two active enrolments on one course', async () => {
    const body = enrolment('crs_demo_open', ++n);
    assert.equal((await post(body)).status, 201);
    const again = await post({
      ...body,
      applicant: { ...body.applicant, name: '另一个名字', mobile: '13700000000' },
    });
    assert.equal(again.status, 409);
    assert.equal(await codeOf(again), 'duplicate_enrolment');
  });

  test('nor two subsidised courses whose dates overlap', async () => {
    const id = ++n;
    assert.equal((await post(enrolment('crs_demo_overlap_a', id))).status, 201);
    const second = await post(enrolment('crs_demo_overlap_b', id));
    assert.equal(second.status, 409);
    assert.equal(await codeOf(second), 'subsidised_overlap');
    // Someone else may take the second.
    assert.equal((await post(enrolment('crs_demo_overlap_b', ++n))).status, 201);
  });

  test('target-group and age eligibility', async () => {
    const noGroup = await post(enrolment('crs_demo_restricted', ++n));
    assert.equal(noGroup.status, 422);
    const problem = (await noGroup.json()) as { code: string; errors: { path: string }[] };
    assert.equal(problem.code, 'not_eligible_target_group');
    assert.equal(problem.errors[0]!.path, 'applicant.targetGroups');
    const veteran = (m: number, year: number) => {
      const b = enrolment('crs_demo_restricted', m);
      return {
        ...b,
        applicant: { ...b.applicant, citizenId: citizenIdFor(m, year), targetGroups: ['veteran'] },
      };
    };
    assert.equal((await post(veteran(++n, 1990))).status, 201);
    const old = await post(veteran(++n, 1960));
    assert.equal(old.status, 422);
    assert.equal(await codeOf(old), 'not_eligible_age');
    const young = await post(veteran(++n, 2010));
    assert.equal(await codeOf(young), 'not_eligible_age');
  });

  test('order classes need a known position and their required answers', async () => {
    const missing = await post(enrolment('crs_demo_order_class', ++n, { answers: { 'shift-work': true } }));
    assert.equal(missing.status, 422);
    assert.equal(await codeOf(missing), 'position_required');
    const unknown = await post(
      enrolment('crs_demo_order_class', ++n, { positionId: 'pos_nope', answers: { 'shift-work': true } }),
    );
    assert.equal(await codeOf(unknown), 'position_unknown');
    const noAnswer = await post(enrolment('crs_demo_order_class', ++n, { positionId: 'pos_yunfan_qa' }));
    assert.equal(noAnswer.status, 400);
    assert.deepEqual(
      ((await noAnswer.json()) as { errors: { path: string }[] }).errors[0]!.path,
      'answers.shift-work',
    );
    const wrongType = await post(
      enrolment('crs_demo_order_class', ++n, {
        positionId: 'pos_yunfan_qa',
        answers: { 'shift-work': 'yes' },
      }),
    );
    assert.equal(wrongType.status, 400);
    const ok = await post(
      enrolment('crs_demo_order_class', ++n, {
        positionId: 'pos_yunfan_qa',
        answers: { 'shift-work': false },
      }),
    );
    assert.equal(ok.status, 201);
    const okId = ((await ok.json()) as { id: string }).id;
    const stored = await server.api(`/v1/enrolments/${okId}`, { key: 'sk_test_demo' });
    assert.equal(enrolmentSchema.parse(await stored.json()).positionId, 'pos_yunfan_qa');
    const notOrder = await post(enrolment('crs_demo_open', ++n, { positionId: 'pos_yunfan_qa' }));
    assert.equal(await codeOf(notOrder), 'position_not_applicable');
  });

  test('unknown course → 404; consent is required', async () => {
    const missing = await post(enrolment('crs_nope', ++n));
    assert.equal(missing.status, 404);
    assert.equal(await codeOf(missing), 'course_not_found');
    const { consent: _, ...noConsent } = enrolment('crs_demo_open', ++n);
    const res = await post(noConsent);
    assert.equal(res.status, 400);
    const body = (await res.json()) as { errors: { path: string; code: string }[] };
    assert.deepEqual(body.errors, [{ path: 'consent', code: 'required', message: '此项为必填项' }]);
  });

  test('malformed JSON, wrong types, huge strings and unknown fields are 400, localised', async () => {
    const malformed = await server.api('/v1/enrolments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"courseId": ',
    });
    assert.equal(malformed.status, 400);
    assert.equal(await codeOf(malformed), 'invalid_json');

    const wrong = await post(
      { ...enrolment('crs_demo_open', ++n), courseId: 42 },
      { headers: { 'Accept-Language': 'en' } },
    );
    const wrongBody = (await wrong.json()) as { title: string; errors: { path: string; message: string }[] };
    assert.equal(wrong.status, 400);
    assert.equal(wrongBody.title, 'The request did not pass validation');
    assert.deepEqual(
      wrongBody.errors.map((e) => e.path),
      ['courseId'],
    );
    assert.equal(wrongBody.errors[0]!.message, 'This field has the wrong type');

    const huge = enrolment('crs_demo_open', ++n);
    huge.applicant.name = '长'.repeat(5000);
    const hugeRes = await post(huge);
    assert.equal(hugeRes.status, 400);
    assert.equal(((await hugeRes.json()) as { errors: { code: string }[] }).errors[0]!.code, 'too_long');

    const extra = await post({
      ...enrolment('crs_demo_open', ++n),
      isAdmin: true,
      applicant: { ...enrolment('x', n).applicant, salary: 1 },
    });
    const extraBody = (await extra.json()) as { errors: { path: string; code: string }[] };
    assert.equal(extra.status, 400);
    assert.deepEqual(extraBody.errors.map((e) => e.path).sort(), ['applicant.salary', 'isAdmin']);
    assert.ok(extraBody.errors.every((e) => e.code === 'unrecognized_keys'));

    const badId = enrolment('crs_demo_open', ++n);
    badId.applicant.citizenId = `${badId.applicant.citizenId.slice(0, 17)}${badId.applicant.citizenId[17] === '0' ? '1' : '0'}`;
    const badIdRes = await post(badId);
    const badIdText = await badIdRes.text();
    assert.equal(badIdRes.status, 400);
    assert.match(badIdText, /citizen_id_check_digit/);
    assert.ok(!badIdText.includes(badId.applicant.citizenId), 'the ID number is not echoed');

    for (const body of ['null', '[]', '"x"', '42', '{}']) {
      const res = await server.api('/v1/enrolments', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      assert.equal(res.status, 400, body);
    }
  });

  test('wrong content type → 415; a body over the limit → 413', async () => {
    const text = await server.api('/v1/enrolments', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    assert.equal(text.status, 415);
    const big = await server.api('/v1/enrolments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(100_000) }),
    });
    assert.equal(big.status, 413);
    assert.equal(await codeOf(big), 'payload_too_large');
  });
});

describe('reading enrolments', () => {
  test('needs a secret key', async () => {
    for (const path of ['/v1/enrolments', '/v1/enrolments/enr_x']) {
      const res = await server.api(path);
      assert.equal(res.status, 403);
      assert.equal(await codeOf(res), 'secret_key_required');
    }
  });

  test('the bureau reads all; an organisation only its own', async () => {
    const created = enrolmentCreatedSchema.parse(
      await (await post(enrolment('crs_demo_night_care', ++n))).json(),
    );
    const asBureau = await server.api(`/v1/enrolments/${created.id}`, { key: 'sk_test_demo' });
    assert.equal(asBureau.status, 200);
    assert.equal(
      enrolmentSchema.parse(await asBureau.json()).applicant.citizenId,
      created.applicant.citizenId,
    );
    assert.equal(
      (await server.api(`/v1/enrolments/${created.id}`, { key: 'sk_test_jsnu_nursing' })).status,
      200,
    );
    assert.equal(
      (await server.api(`/v1/enrolments/${created.id}`, { key: 'sk_test_jsfd_college' })).status,
      404,
    );

    const nursing = enrolmentListSchema.parse(
      await (await server.api('/v1/enrolments?limit=100', { key: 'sk_test_jsnu_nursing' })).json(),
    );
    assert.ok(nursing.data.some((e) => e.id === created.id));
    const courses = new Set(nursing.data.map((e) => e.courseId));
    for (const id of courses) {
      const course = (await (await server.api(`/v1/courses/${id}`)).json()) as { provider: { id: string } };
      assert.equal(course.provider.id, 'prv_jsnu_nursing');
    }
    const all = enrolmentListSchema.parse(
      await (await server.api('/v1/enrolments?limit=1', { key: 'sk_test_demo' })).json(),
    );
    assert.ok(all.total > nursing.total);
  });

  test('an enterprise reads the enrolments of its order classes', async () => {
    const res = await post(
      enrolment('crs_demo_order_class', ++n, {
        positionId: 'pos_yunfan_annotator',
        answers: { 'shift-work': true },
      }),
    );
    const created = enrolmentCreatedSchema.parse(await res.json());
    const list = enrolmentListSchema.parse(
      await (
        await server.api('/v1/enrolments?courseId=crs_demo_order_class', { key: 'sk_test_yunfan_data' })
      ).json(),
    );
    assert.ok(list.data.some((e) => e.id === created.id));
    assert.ok(list.data.every((e) => e.courseId === 'crs_demo_order_class'));
    assert.equal(
      (await server.api(`/v1/enrolments/${created.id}`, { key: 'sk_test_hengrui_mfg' })).status,
      404,
    );
  });

  test('lists newest first, with cursors that stay stable while new enrolments arrive', async () => {
    const key = { key: 'sk_test_demo' };
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await post(enrolment('crs_demo_open', ++n));
      ids.push(((await res.json()) as { id: string }).id);
    }
    const first = enrolmentListSchema.parse(
      await (await server.api('/v1/enrolments?courseId=crs_demo_open&limit=2', key)).json(),
    );
    assert.deepEqual(
      first.data.map((e) => e.id),
      [ids[2], ids[1]],
    );
    // One more arrives while paging: the next page goes on after the cursor, no repeat, no skip.
    const newest = ((await (await post(enrolment('crs_demo_open', ++n))).json()) as { id: string }).id;
    const rest = enrolmentListSchema.parse(
      await (
        await server.api(`/v1/enrolments?courseId=crs_demo_open&limit=100&cursor=${first.nextCursor}`, key)
      ).json(),
    );
    assert.equal(rest.data[0]!.id, ids[0]);
    assert.ok(!rest.data.some((e) => e.id === newest || e.id === ids[1] || e.id === ids[2]));
    const all = enrolmentListSchema.parse(
      await (await server.api('/v1/enrolments?courseId=crs_demo_open&limit=100', key)).json(),
    );
    assert.equal(all.data[0]!.id, newest);
    const times = all.data.map((e) => e.createdAt);
    assert.deepEqual(times, [...times].sort().reverse());
  });

  test('list filters and paging', async () => {
    const waitlisted = enrolmentListSchema.parse(
      await (await server.api('/v1/enrolments?status=waitlisted&limit=100', { key: 'sk_test_demo' })).json(),
    );
    assert.ok(waitlisted.total >= 1 && waitlisted.data.every((e) => e.status === 'waitlisted'));
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = enrolmentListSchema.parse(
        await (
          await server.api(`/v1/enrolments?limit=40${cursor ? `&cursor=${cursor}` : ''}`, {
            key: 'sk_test_demo',
          })
        ).json(),
      );
      for (const e of page.data) {
        assert.ok(!seen.has(e.id));
        seen.add(e.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    const total = enrolmentListSchema.parse(
      await (await server.api('/v1/enrolments?limit=1', { key: 'sk_test_demo' })).json(),
    ).total;
    assert.equal(seen.size, total);
  });
});
