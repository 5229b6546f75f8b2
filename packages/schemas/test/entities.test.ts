import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as s from '@skills-huaian/schemas';
import * as fixtures from './fixtures.js';

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

const cases: [string, { parse(x: unknown): unknown }, unknown][] = [
  ['provider', s.providerSchema, fixtures.provider],
  ['course (order class)', s.courseSchema, fixtures.course],
  ['enrolment', s.enrolmentSchema, fixtures.enrolment],
  ['enrolment created (201)', s.enrolmentCreatedSchema, fixtures.enrolmentCreated],
  ['competition', s.competitionSchema, fixtures.competition],
  ['leaderboard', s.leaderboardSchema, fixtures.leaderboard],
  ['score request', s.scoreRequestSchema, fixtures.scoreRequest],
  ['problem', s.problemSchema, fixtures.problem],
  ['dictionaries', s.dictionariesSchema, s.dictionaries],
  [
    'course list',
    s.courseListSchema,
    {
      data: [fixtures.course],
      nextCursor: 'abc',
      total: 1,
      facets: { district: [{ code: '320812', count: 1 }] },
    },
  ],
  ['provider list', s.providerListSchema, { data: [fixtures.provider], nextCursor: null, total: 1 }],
  ['competition list', s.competitionListSchema, { data: [fixtures.competition], nextCursor: null, total: 1 }],
  ['enrolment list', s.enrolmentListSchema, { data: [fixtures.enrolment], nextCursor: null, total: 1 }],
];

describe('every entity round-trips through JSON', () => {
  for (const [name, schema, value] of cases) {
    test(name, () => {
      const parsed = schema.parse(json(value));
      assert.deepEqual(parsed, json(value));
      assert.deepEqual(schema.parse(json(parsed)), parsed);
    });
  }
  test('the plan’s annual targets are plain JSON', () => {
    assert.deepEqual(json(s.annualTargets), s.annualTargets);
    assert.equal(s.annualTargets.find((target) => target.code === 'training')?.figure, 100_000);
  });
  test('a course without an order class', () => {
    const { orderClass: _, ...plain } = fixtures.course;
    assert.deepEqual(s.courseSchema.parse(json(plain)), json(plain));
  });
});

describe('enrolment request', () => {
  test('normalises identity and fills in defaults', () => {
    const parsed = s.enrolmentRequestSchema.parse(json(fixtures.enrolmentRequest));
    assert.equal(parsed.applicant.mobile, '13912345678');
    assert.deepEqual(s.enrolmentRequestSchema.parse(json(parsed)), parsed);
    const { answers: _, ...minimal } = fixtures.enrolmentRequest;
    const filled = s.enrolmentRequestSchema.parse({
      ...minimal,
      applicant: { ...minimal.applicant, targetGroups: undefined },
    });
    assert.deepEqual(filled.answers, {});
    assert.deepEqual(filled.applicant.targetGroups, []);
  });
  test('a full enrolment also satisfies the 201 schema', () => {
    assert.equal(
      s.enrolmentCreatedSchema.safeParse(json({ ...fixtures.enrolment, status: 'submitted' })).success,
      true,
    );
  });
  test('the masked applicant matches what the mask functions produce', () => {
    const applicant = s.maskedApplicantSchema.parse({
      ...fixtures.enrolment.applicant,
      citizenId: s.maskCitizenId(fixtures.enrolmentRequest.applicant.citizenId),
      mobile: s.maskMobile(fixtures.enrolmentRequest.applicant.mobile),
    });
    assert.equal(applicant.citizenId, '320826**********31');
    assert.equal(s.maskedApplicantSchema.safeParse(fixtures.enrolmentRequest.applicant).success, false);
  });
});

describe('consistency rules', () => {
  test('a course ending before it starts, or with more seats left than capacity', () => {
    const result = s.courseSchema.safeParse({
      ...json(fixtures.course),
      endDate: '2026-08-01',
      seatsLeft: 99,
    });
    assert.equal(result.success, false);
    assert.deepEqual(
      s
        .toFieldErrors(result.error!, 'en')
        .map((e) => e.code)
        .sort(),
      ['date_order', 'seats_exceed_capacity'],
    );
  });
  test('age limits in the wrong order', () => {
    const result = s.ageLimitsSchema.safeParse({ min: 60, max: 16 });
    assert.equal(s.toFieldErrors(result.error!, 'en')[0]?.code, 'range_order');
  });
});

describe('queries', () => {
  test('course query coerces strings and applies defaults', () => {
    assert.deepEqual(s.courseQuerySchema.parse({ level: '3', subsidised: 'false', district: '320830' }), {
      level: 3,
      subsidised: false,
      district: '320830',
      sort: 'start-date',
      limit: 20,
    });
  });
  test('limit is 1–100', () => {
    assert.equal(s.courseQuerySchema.safeParse({ limit: '0' }).success, false);
    assert.equal(s.courseQuerySchema.safeParse({ limit: '101' }).success, false);
    assert.equal(s.courseQuerySchema.parse({ limit: '100' }).limit, 100);
  });
  test('competition query', () => {
    assert.deepEqual(s.competitionQuerySchema.parse({ status: 'live', year: '2026' }), {
      status: 'live',
      year: 2026,
      limit: 20,
    });
  });
});

describe('code lists', () => {
  test('codes are unique and every label exists in both locales', () => {
    for (const [name, list] of Object.entries(s.dictionaries)) {
      const codes = list.map((entry) => entry.code);
      assert.equal(new Set(codes).size, codes.length, name);
      for (const entry of list) assert.ok(entry.name['zh-CN'] && entry.name.en, `${name}.${entry.code}`);
    }
  });
  test('the plan’s identifiers are present', () => {
    assert.deepEqual(s.codesOf(s.trainingStyles), ['basic', 'order', 'post', 'directed']);
    assert.deepEqual(s.codesOf(s.providerKinds), ['public-college', 'private-institution', 'enterprise']);
    assert.deepEqual(s.codesOf(s.skillLevels), [5, 4, 3, 2, 1]);
    assert.equal(s.tasks.length, 16);
    assert.equal(s.districts.length, 7);
    assert.equal(s.provinceCodes.length, 34);
    for (const code of [
      'registered-unemployed',
      'zero-employment-household',
      'returnee',
      'veteran',
      'transferred-fisher',
    ]) {
      assert.ok(s.codesOf(s.targetGroups).includes(code as s.TargetGroup), code);
    }
  });
  test('occupations use the N-NN-NN-NN format and offer real levels', () => {
    for (const occupation of s.occupations) {
      assert.ok(s.isOccupationCode(occupation.code));
      assert.ok(occupation.levels.every((level) => s.codesOf(s.skillLevels).includes(level)));
    }
    assert.deepEqual(s.occupations.find((o) => o.code === '4-10-01-06')?.levels, [5, 4, 3, 2]);
  });
  test('labelOf gives the label in a locale', () => {
    assert.equal(s.labelOf(s.districts, '320830', 'en'), 'Xuyi County');
    assert.equal(s.labelOf(s.schedules, 'night-school'), '技能夜校');
  });
});
