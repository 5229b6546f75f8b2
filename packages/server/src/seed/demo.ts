// The deterministic demo seed: providers, courses (with the documented fixtures), competitions,
// keys and a few hundred invented enrolments.
import type { SqliteStore } from '../storage/sqlite-store.js';
import { generateCompetitions } from './competitions.js';
import { generateCourses } from './courses.js';
import { fixtureCourses, fixtureIds, fullCourseCapacity } from './fixtures.js';
import { demoKeys } from './keys.js';
import { demoProviders } from './organisations.js';
import { inventedApplicant } from './people.js';
import { seededRandom } from './random.js';

export interface DemoOptions {
  /** Generated courses besides the fixtures (default 320). */
  courses?: number;
  /** Invented enrolments spread over the generated courses (default 400). */
  enrolments?: number;
}

/** Short, stable, non-sequential-looking course ids. */
const courseId = (i: number) =>
  `crs_${((i * 2_654_435_761) % 2_176_782_336).toString(36).padStart(6, '0')}${i.toString(36)}`;

const SEED_TIME = new Date('2026-11-20T02:00:00Z');

export function seedDemo(store: SqliteStore, options: DemoOptions = {}): void {
  const rnd = seededRandom(20250612);
  const courses = [...fixtureCourses(rnd), ...generateCourses(rnd, options.courses ?? 320, courseId)];
  store.import({
    apiKeys: demoKeys(),
    providers: demoProviders.map((p) => ({
      id: p.id,
      name: { 'zh-CN': p.zh, en: p.en },
      kind: p.kind,
      districtCode: p.districtCode,
      ...(p.creditCode ? { creditCode: p.creditCode } : {}),
    })),
    courses,
    ...generateCompetitions(rnd),
  });
  const consent = { noticeVersion: '2026-01', agreedAt: '2026-11-01T08:00:00Z' };
  let n = 0;
  // Fill the full course to capacity.
  for (let i = 0; i < fullCourseCapacity; i++) {
    store.createEnrolment(
      { courseId: fixtureIds.full, applicant: inventedApplicant(rnd, ++n), answers: {}, consent },
      SEED_TIME,
    );
  }
  // Spread invented enrolments over generated courses that start after the seed time.
  const open = courses.filter(
    (c) =>
      c.course.id.startsWith('crs_') &&
      !c.course.id.startsWith('crs_demo') &&
      c.course.questions.length === 0,
  );
  const wanted = options.enrolments ?? 400;
  for (let k = 0; k < wanted && open.length > 0; k++) {
    const c = open[(k * 37) % open.length]!.course;
    const positionId = c.orderClass?.positions[0]?.id;
    store.createEnrolment(
      {
        courseId: c.id,
        applicant: inventedApplicant(rnd, ++n, c.targetGroups.slice(0, 1), 1980 + (k % 10)),
        ...(positionId ? { positionId } : {}),
        answers: c.orderClass ? { 'shift-work': true } : {},
        consent,
      },
      SEED_TIME,
    );
  }
}
