import type { Enrolment, EnrolmentCreated, EnrolmentQuery, EnrolmentRequest } from '../models.js';
import { type ListOptions, type ListResponse, Page, type PagePromise, paginate } from '../pagination.js';
import type { CallOptions, PostOptions, Query } from '../transport.js';
import { validateEnrolmentRequest, validateQuery } from '../validate.js';
import { type ResourceContext, segment } from './context.js';

/** `POST /v1/enrolments` (pk or sk); reading back (`get`, `list`) needs a secret key. */
export class EnrolmentsResource {
  readonly #ctx: ResourceContext;
  /** @internal Use `createClient`. */
  constructor(ctx: ResourceContext) {
    this.#ctx = ctx;
  }

  /**
   * Submits an application. With a validator (the main entry's default) it is checked locally
   * first: a `ValidationError` with field errors in the client's locale, nothing sent. Without
   * one (the core entry) the server's 400 `ValidationError` carries the same field errors. Safe to retry: one Idempotency-Key per call, reused on every
   * retry; pass your own `idempotencyKey` to dedupe across process restarts too.
   */
  async create(body: EnrolmentRequest, options: PostOptions = {}): Promise<EnrolmentCreated> {
    validateEnrolmentRequest(this.#ctx, body);
    return this.#ctx.transport.post<EnrolmentCreated>('enrolments', body, options);
  }

  get(id: string, options: CallOptions = {}): Promise<Enrolment> {
    return this.#ctx.transport.get<Enrolment>(`enrolments/${segment(id)}`, undefined, options);
  }

  /** The enrolments visible to the key's organisation, newest first. */
  list(query: EnrolmentQuery = {}, options: ListOptions = {}): PagePromise<Enrolment, Page<Enrolment>> {
    const ctx = this.#ctx;
    return paginate(
      Page<Enrolment>,
      async (cursor, signal) => {
        validateQuery(ctx, 'enrolmentQuery', { ...(query as Query), cursor });
        return ctx.transport.get<ListResponse<Enrolment>>(
          'enrolments',
          { ...(query as Query), cursor },
          { signal },
        );
      },
      options,
    );
  }
}
