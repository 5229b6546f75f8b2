import type { Provider, ProviderQuery } from '../models.js';
import { type ListOptions, type ListResponse, Page, type PagePromise, paginate } from '../pagination.js';
import type { CallOptions, Query } from '../transport.js';
import { validateQuery } from '../validate.js';
import { type ResourceContext, segment } from './context.js';

/** `GET /v1/providers`, `GET /v1/providers/{id}`: training providers. */
export class ProvidersResource {
  readonly #ctx: ResourceContext;
  /** @internal Use `createClient`. */
  constructor(ctx: ResourceContext) {
    this.#ctx = ctx;
  }

  list(query: ProviderQuery = {}, options: ListOptions = {}): PagePromise<Provider, Page<Provider>> {
    const ctx = this.#ctx;
    return paginate(
      Page<Provider>,
      async (cursor, signal) => {
        validateQuery(ctx, 'providerQuery', { ...(query as Query), cursor });
        return ctx.transport.get<ListResponse<Provider>>(
          'providers',
          { ...(query as Query), cursor },
          { signal },
        );
      },
      options,
    );
  }

  get(id: string, options: CallOptions = {}): Promise<Provider> {
    return this.#ctx.transport.get<Provider>(`providers/${segment(id)}`, undefined, options);
  }
}
