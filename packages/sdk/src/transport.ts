// The HTTP layer: one ky instance per client (no global state), error mapping, idempotency keys.
import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import { ApiError, IdempotencyError, NetworkError, TimeoutError } from './errors.js';
import { errorFromResponse } from './problem.js';
import { kyRetryOptions, type RetrySettings } from './retry-policy.js';

export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  baseUrl: string;
  apiKey: string;
  locale: string;
  fetch: FetchLike;
  /** Per-attempt timeout in ms (connect + headers + body). */
  timeout: number;
  retry: RetrySettings;
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type Query = Record<string, QueryValue>;

export interface CallOptions {
  /** Cancels the call, including any retry wait. The promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface PostOptions extends CallOptions {
  /**
   * Makes the POST safe to retry: the server applies it once per key. The SDK generates one per
   * call (and reuses it on every retry) unless you pass your own, e.g. to dedupe across restarts.
   */
  idempotencyKey?: string;
}

export function toSearchParams(query: Query | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}

export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Reads the whole body inside the fetch, so that a connection cut mid-body is a network error
 * ky can retry, not a failure after the retry loop has finished.
 */
function bufferingFetch(inner: FetchLike): FetchLike {
  return async (input, init) => {
    const res = await inner(input, init);
    if (res.status === 204 || res.status === 304 || !res.body) return res;
    let body: ArrayBuffer;
    try {
      body = await res.arrayBuffer();
    } catch (e) {
      if (init?.signal?.aborted) throw e;
      throw new TypeError('fetch failed', { cause: e });
    }
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}

export class Transport {
  readonly #ky: KyInstance;
  readonly #opts: TransportOptions;

  constructor(opts: TransportOptions) {
    this.#opts = opts;
    this.#ky = ky.create({
      prefix: opts.baseUrl,
      timeout: opts.timeout,
      retry: kyRetryOptions(opts.retry),
      fetch: bufferingFetch(opts.fetch),
      headers: {
        authorization: `Bearer ${opts.apiKey}`,
        accept: 'application/json',
        'accept-language': opts.locale,
      },
    });
  }

  get locale(): string {
    return this.#opts.locale;
  }

  async get<T>(path: string, query?: Query, options: CallOptions = {}): Promise<T> {
    return this.#send<T>('get', path, { searchParams: toSearchParams(query), signal: options.signal });
  }

  async post<T>(path: string, body: unknown, options: PostOptions = {}): Promise<T> {
    // One key per logical call: ky retries the same Request, so every attempt carries it.
    const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
    if (!/^[\x21-\x7e]{1,255}$/.test(idempotencyKey)) {
      const message = 'idempotencyKey must be 1–255 visible ASCII characters';
      throw new IdempotencyError(message, {
        code: 'invalid_idempotency_key',
        errors: [{ path: 'idempotencyKey', code: 'invalid_format', message }],
      });
    }
    return this.#send<T>('post', path, {
      json: body,
      signal: options.signal,
      headers: { 'idempotency-key': idempotencyKey },
    });
  }

  /** A raw streaming GET (no timeout, no retry, body not buffered) for Server-Sent Events. */
  async stream(path: string, options: { signal: AbortSignal; lastEventId?: string }): Promise<Response> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.#opts.apiKey}`,
      accept: 'text/event-stream',
      'accept-language': this.#opts.locale,
    }; // only headers a CORS preflight allows: `cache: 'no-store'` instead of a Cache-Control header
    if (options.lastEventId) headers['last-event-id'] = options.lastEventId;
    const url = `${this.#opts.baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
    let res: Response;
    try {
      res = await this.#opts.fetch(url, { headers, signal: options.signal, cache: 'no-store' });
    } catch (e) {
      if (options.signal.aborted) throw options.signal.reason ?? e;
      throw new NetworkError('Could not open the event stream', { code: 'network_error', cause: e });
    }
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {}
      throw errorFromResponse(res.status, res.headers, body);
    }
    return res;
  }

  async #send<T>(
    method: 'get' | 'post',
    path: string,
    init: {
      searchParams?: URLSearchParams;
      json?: unknown;
      signal?: AbortSignal;
      headers?: Record<string, string>;
    },
  ): Promise<T> {
    try {
      const res = await this.#ky(path.replace(/^\/+/, ''), { method, ...init });
      if (res.status === 204) return undefined as T;
      return (await res.json()) as T;
    } catch (e) {
      if (init.signal?.aborted) throw init.signal.reason ?? e;
      throw this.#toApiError(e);
    }
  }

  // Never pass ky's own error on as `cause`: it holds the Request, whose headers carry the key.
  #toApiError(e: unknown): ApiError {
    if (e instanceof ApiError) return e;
    if (isHTTPError(e)) return errorFromResponse(e.response.status, e.response.headers, e.data);
    if (isTimeoutError(e))
      return new TimeoutError(`No response within ${this.#opts.timeout} ms`, { code: 'timeout' });
    if (isNetworkError(e)) {
      const cause = e.cause instanceof Error ? e.cause : undefined;
      return new NetworkError(`Could not reach the API${cause ? `: ${cause.message}` : ''}`, {
        code: 'network_error',
        cause: cause && { name: cause.name, message: cause.message },
      });
    }
    if (e instanceof SyntaxError)
      return new ApiError('The API answered with invalid JSON', { code: 'invalid_response' });
    const message = e instanceof Error ? e.message : String(e);
    return new ApiError(`Unexpected failure: ${message}`, { code: 'unexpected_error' });
  }
}
