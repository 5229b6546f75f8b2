import {
  type Course,
  type EnrolmentRequest,
  enrolmentCreatedSchema,
  enrolmentListSchema,
  enrolmentQuerySchema,
  enrolmentRequestSchema,
  enrolmentSchema,
  type FieldError,
  fieldErrorMessage,
  type Locale,
} from '@skills-huaian/schemas';
import { type Context, Hono } from 'hono';
import { requireSecret } from '../http/auth.js';
import { readJsonBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { problem, problemTitle } from '../http/problem.js';
import { respond } from '../http/respond.js';
import { validate } from '../http/validate.js';
import type { OrgScope } from '../storage/types.js';
import type { RouteDeps } from './deps.js';
import { parseQuery, withCursor } from './query.js';

const scopeOf = (c: Context<AppEnv>): OrgScope => ({
  orgId: c.get('apiKey').orgId,
  orgKind: c.get('apiKey').orgKind,
});

/** Answers must fit the course's (and its order class's) own questions. */
function answerErrors(course: Course, answers: EnrolmentRequest['answers'], locale: Locale): FieldError[] {
  const questions = [...course.questions, ...(course.orderClass?.questions ?? [])];
  const errors: FieldError[] = [];
  const err = (id: string, code: 'required' | 'invalid_type' | 'invalid_value' | 'unrecognized_keys') =>
    errors.push({ path: `answers.${id}`, code, message: fieldErrorMessage(code, locale) });
  for (const q of questions) {
    const a = answers[q.id];
    if (a === undefined || a === '') {
      if (q.required) err(q.id, 'required');
    } else if (q.kind === 'yesno' ? typeof a !== 'boolean' : typeof a !== 'string') err(q.id, 'invalid_type');
    else if (q.kind === 'choice' && !q.options?.some((o) => o.value === a)) err(q.id, 'invalid_value');
  }
  for (const id of Object.keys(answers))
    if (!questions.some((q) => q.id === id)) err(id, 'unrecognized_keys');
  return errors;
}

export function enrolmentRoutes({ store, config, idempotency }: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/', (c) =>
    idempotency.run(
      c,
      async () => {
        const body = await readJsonBody(c, config.bodyLimitBytes);
        return body.ok ? body : { ok: false, response: problem(c, body.code) };
      },
      (body) => {
        const locale = c.get('locale');
        const v = validate(enrolmentRequestSchema, body, locale, true);
        if (!v.ok) return problem(c, 'validation_failed', { errors: v.errors });
        const course = store.getCourse(v.data.courseId);
        if (!course) return problem(c, 'course_not_found');
        const errors = answerErrors(course, v.data.answers, locale);
        if (errors.length > 0) return problem(c, 'validation_failed', { errors });
        const outcome = store.createEnrolment(v.data, new Date());
        if (!outcome.ok) {
          const fieldErrors = outcome.field
            ? [{ path: outcome.field, code: outcome.code, message: problemTitle(outcome.code, locale) }]
            : undefined;
          return problem(c, outcome.code, fieldErrors ? { errors: fieldErrors } : {});
        }
        // Exactly the contract's 201 fields: the answers and consent stay with the organisation.
        const { id, reference, status, courseId, applicant, createdAt } = outcome.enrolment;
        return respond(
          c,
          config.log,
          enrolmentCreatedSchema,
          { id, reference, status, courseId, applicant, createdAt },
          201,
          { Location: `/v1/enrolments/${id}` },
        );
      },
    ),
  );

  app.get('/', requireSecret, (c) => {
    const q = parseQuery(c, enrolmentQuerySchema);
    if (!q.ok) return q.response;
    return withCursor(c, () =>
      respond(c, config.log, enrolmentListSchema, store.listEnrolments(scopeOf(c), q.data)),
    );
  });

  app.get('/:id', requireSecret, (c) => {
    const enrolment = store.getEnrolment(c.req.param('id'), scopeOf(c));
    if (!enrolment) return problem(c, 'not_found');
    return respond(c, config.log, enrolmentSchema, enrolment);
  });
  return app;
}
