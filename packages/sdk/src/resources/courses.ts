import type { Course, CourseFacets, CourseQuery } from '../models.js';
import {
  CoursePage,
  type ListOptions,
  type ListResponse,
  type PagePromise,
  paginate,
} from '../pagination.js';
import type { CallOptions, Query } from '../transport.js';
import { validateQuery } from '../validate.js';
import { type ResourceContext, segment } from './context.js';

export type CourseListResponse = ListResponse<Course> & { facets?: CourseFacets };

/** `GET /v1/courses`, `GET /v1/courses/{id}` (publishable or secret key). */
export class CoursesResource {
  readonly #ctx: ResourceContext;
  /** @internal Use `createClient`. */
  constructor(ctx: ResourceContext) {
    this.#ctx = ctx;
  }

  /**
   * Searches the catalogue. `await` it for the first page (with `facets`), or `for await` it for
   * every matching course across pages (cap with `{ max }`).
   */
  list(
    query: CourseQuery = {},
    options: ListOptions = {},
  ): PagePromise<Course, CoursePage<Course, CourseFacets>> {
    const ctx = this.#ctx;
    return paginate(
      CoursePage<Course, CourseFacets>,
      async (cursor, signal) => {
        validateQuery(ctx, 'courseQuery', { ...(query as Query), cursor });
        return ctx.transport.get<CourseListResponse>('courses', { ...(query as Query), cursor }, { signal });
      },
      options,
    );
  }

  get(id: string, options: CallOptions = {}): Promise<Course> {
    return this.#ctx.transport.get<Course>(`courses/${segment(id)}`, undefined, options);
  }
}
