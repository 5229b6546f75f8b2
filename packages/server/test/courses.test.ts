import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Course, type CourseList, courseListSchema, courseSchema } from '@skills-huaian/schemas';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.stop());

async function list(query: string): Promise<CourseList> {
  const res = await server.api(`/v1/courses?${query}`);
  assert.equal(res.status, 200, await res.clone().text());
  return courseListSchema.parse(await res.json());
}

const zh = (c: Course) => c.title['zh-CN'] + c.occupation.name['zh-CN'];

describe('course search', () => {
  test('two-character Chinese words match (护理, 电商)', async () => {
    // Tags are searched too (康养·护理), so check the best matches and the bulk of the rest.
    const care = await list(`q=${encodeURIComponent('护理')}&sort=relevance&limit=100`);
    assert.ok(care.total > 0);
    assert.match(zh(care.data[0]!), /护理/);
    const named = care.data.filter((c) => /护理/.test(`${zh(c)}${c.provider.name['zh-CN']}`));
    assert.ok(named.length > care.data.length / 2);
    const ecommerce = await list('q=电商');
    assert.ok(ecommerce.total > 0);
  });

  test('pinyin, full and initials, finds 养老护理员 courses', async () => {
    for (const q of ['yanglao', 'ylhl', 'YangLao']) {
      const page = await list(`q=${q}&limit=100`);
      assert.ok(page.total >= 5, q);
      assert.ok(
        page.data.some((c) => c.id === 'crs_demo_night_care'),
        q,
      );
      assert.ok(
        page.data.some((c) => c.title['zh-CN'].includes('养老护理员')),
        q,
      );
    }
  });

  test('documented fixture queries find exactly their fixture', async () => {
    const fixtures: [string, string[]][] = [
      ['夜校示范班', ['crs_demo_night_care']],
      ['云帆数据标注员订单班', ['crs_demo_order_class']],
      ['已满员', ['crs_demo_full']],
      ['退役军人专场', ['crs_demo_restricted']],
      ['并发测试专用', ['crs_demo_concurrency']],
      ['网页安全测试', ['crs_demo_html']],
      ['报名演示班', ['crs_demo_open']],
      ['补贴重叠演示', ['crs_demo_overlap_a', 'crs_demo_overlap_b']],
    ];
    for (const [q, ids] of fixtures) {
      const page = await list(`q=${encodeURIComponent(q)}`);
      assert.deepEqual(page.data.map((c) => c.id).sort(), ids, q);
    }
    const html = await list(`q=${encodeURIComponent('网页安全测试')}`);
    assert.equal(html.data[0]!.title['zh-CN'], '<script>alert(1)</script><b>x</b> 网页安全测试课程');
  });

  test('no match gives an empty page, and LIKE wildcards are literal', async () => {
    for (const q of ['zzzzqqq', '%', '_', '\\']) {
      const page = await list(`q=${encodeURIComponent(q)}`);
      assert.equal(page.total, 0, q);
      assert.equal(page.nextCursor, null);
    }
  });

  test('every filter narrows the results', async () => {
    const all = await list('limit=1');
    const checks: [string, (c: Course) => boolean][] = [
      ['district=320830', (c) => c.districtCode === '320830'],
      ['occupation=4-10-01-05', (c) => c.occupation.code === '4-10-01-05'],
      ['level=5', (c) => c.level === 5],
      ['style=order', (c) => c.style === 'order' && !!c.orderClass],
      ['format=online', (c) => c.format === 'online'],
      ['schedule=night-school', (c) => c.schedule === 'night-school'],
      ['group=veteran', (c) => c.targetGroups.length === 0 || c.targetGroups.includes('veteran')],
      ['subsidised=true', (c) => c.subsidised],
      ['subsidised=false', (c) => !c.subsidised],
      ['provider=prv_jsnu_nursing', (c) => c.provider.id === 'prv_jsnu_nursing'],
      ['cluster=modern-agriculture', (c) => c.cluster === 'modern-agriculture'],
      ['startFrom=2026-06-01', (c) => c.startDate >= '2026-06-01'],
      ['startTo=2025-12-31', (c) => c.startDate <= '2025-12-31'],
    ];
    for (const [query, ok] of checks) {
      const page = await list(`${query}&limit=100`);
      assert.ok(page.total > 0 && page.total < all.total, query);
      for (const c of page.data) assert.ok(ok(c), `${query}: ${c.id}`);
    }
  });

  test('a Chinese query with two filters', async () => {
    const page = await list(`q=${encodeURIComponent('护理')}&district=320812&subsidised=true`);
    for (const c of page.data) {
      assert.equal(c.districtCode, '320812');
      assert.equal(c.subsidised, true);
    }
    assert.ok(page.data.some((c) => c.id === 'crs_demo_night_care'));
  });

  test('facets count the current result set per filter value', async () => {
    const page = await list('style=basic&limit=1');
    const districts = page.facets['district']!;
    assert.equal(districts.length, 7);
    assert.equal(
      districts.reduce((sum, f) => sum + f.count, 0),
      page.total,
    );
    const styles = page.facets['style']!;
    assert.deepEqual(styles, [{ code: 'basic', count: page.total }]);
    for (const name of [
      'occupation',
      'level',
      'format',
      'schedule',
      'group',
      'subsidised',
      'provider',
      'cluster',
    ])
      assert.ok(Array.isArray(page.facets[name]), name);
    const one = await list('district=320831&limit=1');
    assert.equal(one.facets['district']![0]!.count, one.total);
  });

  test('sorts: start date, relevance, fee, placement rate, seats left', async () => {
    const byDate = await list('sort=start-date&limit=50');
    const dates = byDate.data.map((c) => c.startDate);
    assert.deepEqual(dates, [...dates].sort());
    const byFee = await list('sort=fee&limit=50');
    const fees = byFee.data.map((c) => c.fee);
    assert.deepEqual(
      fees,
      [...fees].sort((a, b) => a - b),
    );
    const byRate = await list('sort=placement-rate&limit=100');
    const rates = byRate.data.map((c) => c.outcomes.placementRate ?? -1);
    assert.deepEqual(
      rates,
      [...rates].sort((a, b) => b - a),
    );
    const bySeats = await list('sort=seats-left&limit=20');
    assert.equal(bySeats.data[0]!.id, 'crs_demo_open');
    const relevant = await list(`q=${encodeURIComponent('养老护理员')}&sort=relevance&limit=10`);
    assert.ok(relevant.data.every((c) => c.title['zh-CN'].includes('养老护理员')));
  });

  test('cursor paging never repeats or skips', async () => {
    for (const base of [
      'sort=start-date',
      'sort=placement-rate',
      `q=${encodeURIComponent('培训')}&sort=relevance`,
      'sort=fee&subsidised=true',
    ]) {
      const whole = await list(`${base}&limit=100`);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: CourseList = await list(
          `${base}&limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        seen.push(...page.data.map((c) => c.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 200);
      assert.equal(new Set(seen).size, seen.length, `${base}: repeats`);
      assert.equal(seen.length, whole.total, `${base}: skips`);
      if (whole.total <= 100)
        assert.deepEqual(
          seen,
          whole.data.map((c) => c.id),
        );
    }
  });

  test('invalid query values are 400 problems with localised field errors', async () => {
    const zhRes = await server.api('/v1/courses?limit=500&district=999999');
    assert.equal(zhRes.status, 400);
    assert.match(zhRes.headers.get('content-type')!, /application\/problem\+json/);
    const zhBody = (await zhRes.json()) as { code: string; errors: { path: string; message: string }[] };
    assert.equal(zhBody.code, 'validation_failed');
    assert.deepEqual(zhBody.errors.map((e) => e.path).sort(), ['district', 'limit']);
    assert.match(zhBody.errors[0]!.message, /[\u4e00-\u9fff]/);
    const enRes = await server.api('/v1/courses?sort=sideways', {
      headers: { 'Accept-Language': 'en-GB,en;q=0.9' },
    });
    const enBody = (await enRes.json()) as { errors: { message: string }[] };
    assert.match(enBody.errors[0]!.message, /^[\x20-\x7e]+$/);
    const badCursor = await server.api('/v1/courses?cursor=bm90LWEtY3Vyc29y');
    assert.equal(badCursor.status, 400);
    const cursorBody = (await badCursor.json()) as {
      code: string;
      errors: { path: string; code: string; message: string }[];
    };
    assert.equal(cursorBody.code, 'invalid_cursor');
    assert.deepEqual(cursorBody.errors, [{ path: 'cursor', code: 'invalid', message: '此项无效' }]);
    const enCursor = await server.api('/v1/competitions?cursor=bm90LWEtY3Vyc29y', {
      headers: { 'Accept-Language': 'en' },
    });
    assert.deepEqual(((await enCursor.json()) as { errors: unknown[] }).errors, [
      { path: 'cursor', code: 'invalid', message: 'This value is not valid' },
    ]);
  });

  test('GET /v1/courses/{id}: one course, or 404', async () => {
    const res = await server.api('/v1/courses/crs_demo_order_class');
    assert.equal(res.status, 200);
    const course = courseSchema.parse(await res.json());
    assert.equal(course.orderClass?.positions.length, 2);
    assert.equal(course.seatsLeft, course.capacity);
    const full = courseSchema.parse(await (await server.api('/v1/courses/crs_demo_full')).json());
    assert.equal(full.seatsLeft, 0);
    const missing = await server.api('/v1/courses/crs_nope');
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { code: string }).code, 'not_found');
  });
});
