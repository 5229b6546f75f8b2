// A list call's result: awaitable as one page, and async-iterable over every item of every page.
import type { CallOptions } from './transport.js';

/** The wire shape of every list response. */
export interface ListResponse<T> {
  data: T[];
  nextCursor: string | null;
  total: number;
}

export interface ListOptions extends CallOptions {
  /**
   * The most items iteration yields across all pages (default: no cap). The page size is the
   * query's `limit` (1–100), which is a different thing.
   */
  max?: number;
}

export interface AutoPaginateOptions {
  /** The most items to yield across all pages (default: the list call's `max`, else no cap). */
  max?: number;
}

/** Fetches one page of a list by cursor (undefined: the first). */
export type FetchPage<R> = (cursor: string | undefined, signal: AbortSignal | undefined) => Promise<R>;

/**
 * One page of a list. `data`, `nextCursor` and `total` are the server's; iterating the page with
 * `for await` continues through the following pages.
 */
export class Page<T, R extends ListResponse<T> = ListResponse<T>> implements AsyncIterable<T> {
  readonly data: T[];
  readonly nextCursor: string | null;
  readonly total: number;
  /** The whole response body, for extra fields such as the course search's `facets`. */
  readonly response: R;
  readonly #fetchPage: FetchPage<R>;
  readonly #options: ListOptions;

  constructor(response: R, fetchPage: FetchPage<R>, options: ListOptions) {
    this.response = response;
    this.data = response.data;
    this.nextCursor = response.nextCursor ?? null;
    this.total = response.total;
    this.#fetchPage = fetchPage;
    this.#options = options;
  }

  hasNextPage(): boolean {
    return this.nextCursor !== null;
  }

  /** The next page, or `null` after the last one. */
  async nextPage(options: CallOptions = {}): Promise<this | null> {
    if (this.nextCursor === null) return null;
    const signal = options.signal ?? this.#options.signal;
    const next = await this.#fetchPage(this.nextCursor, signal);
    return new (this.constructor as new (r: R, f: FetchPage<R>, o: ListOptions) => this)(
      next,
      this.#fetchPage,
      this.#options,
    );
  }

  /** Every item from this page on, fetching following pages as needed, up to `max`. */
  async *autoPaginate(options: AutoPaginateOptions = {}): AsyncGenerator<T, void, undefined> {
    const max = options.max ?? this.#options.max ?? Number.POSITIVE_INFINITY;
    let yielded = 0;
    let page: this | null = this;
    const seen = new Set<string>();
    while (page) {
      for (const item of page.data) {
        if (yielded >= max) return;
        yield item;
        yielded++;
      }
      if (yielded >= max || page.nextCursor === null || seen.has(page.nextCursor)) return;
      seen.add(page.nextCursor); // a server repeating a cursor must not loop us forever
      page = await page.nextPage();
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.autoPaginate();
  }
}

/** The course search's page: adds the facet counts. */
export class CoursePage<T, F> extends Page<T, ListResponse<T> & { facets?: F }> {
  get facets(): F | undefined {
    return this.response.facets;
  }
}

/**
 * What a list method returns: `await` it for the first page, or `for await` it directly for every
 * item across pages. Nothing is requested until you do one of the two.
 */
/** What `PagePromise` needs of a page. */
export interface PageLike<T> extends AsyncIterable<T> {
  autoPaginate(options?: AutoPaginateOptions): AsyncGenerator<T, void, undefined>;
}

export class PagePromise<T, P extends PageLike<T>> implements Promise<P>, AsyncIterable<T> {
  readonly [Symbol.toStringTag] = 'PagePromise';
  readonly #load: () => Promise<P>;
  readonly #options: ListOptions;
  #promise: Promise<P> | undefined;

  constructor(load: () => Promise<P>, options: ListOptions) {
    this.#load = load;
    this.#options = options;
  }

  #first(): Promise<P> {
    this.#promise ??= this.#load();
    return this.#promise;
  }

  // biome-ignore lint/suspicious/noThenProperty: this object is deliberately awaitable
  then<A = P, B = never>(
    onfulfilled?: ((value: P) => A | PromiseLike<A>) | null,
    // biome-ignore lint/suspicious/noExplicitAny: the signature of Promise.prototype.then
    onrejected?: ((reason: any) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#first().then(onfulfilled, onrejected);
  }

  // biome-ignore lint/suspicious/noExplicitAny: the signature of Promise.prototype.catch
  catch<B = never>(onrejected?: ((reason: any) => B | PromiseLike<B>) | null): Promise<P | B> {
    return this.#first().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<P> {
    return this.#first().finally(onfinally);
  }

  /** Every item across pages, up to `max` (default: the list call's `max`, else no cap). */
  async *autoPaginate(options: AutoPaginateOptions = {}): AsyncGenerator<T, void, undefined> {
    const page = await this.#first();
    yield* page.autoPaginate({ max: options.max ?? this.#options.max });
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.autoPaginate();
  }
}

export function paginate<T, R extends ListResponse<T>, P extends Page<T, R>>(
  PageClass: new (r: R, f: FetchPage<R>, o: ListOptions) => P,
  fetchPage: FetchPage<R>,
  options: ListOptions,
): PagePromise<T, P> {
  return new PagePromise<T, P>(
    async () => new PageClass(await fetchPage(undefined, options.signal), fetchPage, options),
    options,
  );
}
