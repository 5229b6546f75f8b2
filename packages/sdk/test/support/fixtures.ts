import type { Client, Course } from '@skills-huaian/sdk';
import { enrolmentFor } from './applicants.js';

/** True when a plain applicant can enrol: no order class, seats left, no required questions. */
function isOpen(c: Course, minSeats: number): boolean {
  const today = new Date().toISOString().slice(0, 10);
  return (
    !c.orderClass &&
    c.seatsLeft >= minSeats &&
    c.startDate >= today &&
    (c.questions ?? []).every((q) => !q.required)
  );
}

/** The `skip`-th open course of the demo data (different tests use different courses). */
export async function openCourse(client: Client, skip = 0, minSeats = 1): Promise<Course> {
  let seen = 0;
  for await (const c of client.courses.list({ limit: 100 })) {
    if (isOpen(c, minSeats) && seen++ >= skip) return c;
  }
  throw new Error('no open course in the demo data');
}

/** An enrolment request that this course accepts: eligible group, age within its limits. */
export function eligibleEnrolment(course: Course, n: number) {
  const { min, max } = course.ageLimits;
  const age = Math.min(max, Math.max(min, 30));
  return enrolmentFor(course.id, n, {
    targetGroups: course.targetGroups.slice(0, 1),
    birthYear: new Date().getFullYear() - age - 1,
  });
}
