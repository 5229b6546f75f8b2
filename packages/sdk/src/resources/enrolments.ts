import {
  type Enrolment,
  type EnrolmentCreated,
  type EnrolmentQuery,
  type EnrolmentRequest,
  enrolmentQuerySchema,
  enrolmentRequestSchema,
} from '../models.js';
import { type ListOptions, type ListResponse, Page, type PagePromise, paginate } from '../pagination.js';
import type { CallOptions, PostOptions, Query } from '../transport.js';
import { validateInput, validateQuery } from '../validate.js';
import { type ResourceContext, segment } from './context.js';

/** `POST /v1/enrolments` (pk or sk); reading back (`get`, `list`) needs a secret key. */
export class EnrolmentsResource {
  readonly #ctx: ResourceContext;
  /** @internal Use `createClient`. */
  constructor(ctx: ResourceContext) {
    this.#ctx = ctx;
  }

  /**
   * Submits an application. Validated locally first (a `ValidationError` with field errors in the
   * client's locale, nothing sent). Safe to retry: one Idempotency-Key per call, reused on every
   * retry; pass your own `idempotencyKey` to dedupe across process restarts too.
   */
  async create(body: EnrolmentRequest, options: PostOptions = {}): Promise<EnrolmentCreated> {
    validateInput(enrolmentRequestSchema, body, this.#ctx.locale);
    return this.#ctx.transport.post<EnrolmentCreated>('enrolments', body, options);
  }

  get(id: string, options: CallOptions = {}): Promise<Enrolment> {
    return this.#ctx.transport.get<Enrolment>(`enrolments/${segment(id)}`, undefined, options);
  }

  /** The enrolments visible to the key's organisation, newest first. */
  list(query: EnrolmentQuery = {}, options: ListOptions = {}): PagePromise<Enrolment, Page<Enrolment>> {
    const { transport, locale } = this.#ctx;
    return paginate(
      Page<Enrolment>,
      async (cursor, signal) => {
        validateQuery(enrolmentQuerySchema, { ...(query as Query), cursor }, locale);
        return transport.get<ListResponse<Enrolment>>(
          'enrolments',
          { ...(query as Query), cursor },
          { signal },
        );
      },
      options,
    );
  }
}
