import type { Dictionaries } from '../models.js';
import type { CallOptions } from '../transport.js';
import type { ResourceContext } from './context.js';

/** `GET /v1/dictionaries`: every code list with zh-CN and en labels. */
export class DictionariesResource {
  readonly #ctx: ResourceContext;
  /** @internal Use `createClient`. */
  constructor(ctx: ResourceContext) {
    this.#ctx = ctx;
  }

  get(options: CallOptions = {}): Promise<Dictionaries> {
    return this.#ctx.transport.get<Dictionaries>('dictionaries', undefined, options);
  }
}
