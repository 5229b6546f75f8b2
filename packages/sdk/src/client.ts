import { assertKeyAllowedHere } from './browser-guard.js';
import { AuthenticationError, ValidationError } from './errors.js';
import type { Locale } from './models.js';
import { CompetitionsResource } from './resources/competitions.js';
import { CoursesResource } from './resources/courses.js';
import { DictionariesResource } from './resources/dictionaries.js';
import { EnrolmentsResource } from './resources/enrolments.js';
import { ProvidersResource } from './resources/providers.js';
import { defaultRetrySettings } from './retry-policy.js';
import { type FetchLike, Transport } from './transport.js';
import type { InputValidator } from './validator.js';
import type { WatchLeaderboardOptions } from './watch-leaderboard.js';

export interface ClientOptions {
  /** The API base up to and including `/v1`, e.g. `https://api.example.org/v1`. */
  baseUrl: string;
  /** `pk_…` (publishable: browsers, kiosks) or `sk_…` (secret: servers only). */
  apiKey: string;
  /** Locale of client-side validation messages and the server's `Accept-Language`. Default `zh-CN`. */
  locale?: Locale;
  /** A fetch implementation (default: the global one), e.g. for instrumentation or tests. */
  fetch?: FetchLike;
  /** Per-attempt timeout in ms, from sending to the end of the body. Default 10 000. */
  timeout?: number;
  /** Retries after the first attempt for network errors, timeouts, 408/429/5xx. Default 2; 0 disables. */
  maxRetries?: number;
  /** First backoff delay in ms, doubled each retry, with jitter. Default 300. */
  retryDelay?: number;
  /** Upper bound of a backoff delay in ms. Default 8 000. */
  maxRetryDelay?: number;
  /** A Retry-After longer than this (ms) is not waited for: the error is thrown. Default 60 000. */
  maxRetryAfter?: number;
  /** Defaults for `competitions.watchLeaderboard` (polling period, fallback timeout, …). */
  leaderboard?: Omit<WatchLeaderboardOptions, 'signal' | 'onUpdate' | 'onError' | 'onStatus'>;
  /**
   * Checks input before it is sent (refused: a `ValidationError`, nothing sent). `@skills-huaian/sdk`
   * defaults to `schemaValidator` (Zod and the schemas); `@skills-huaian/sdk/core` to none, and
   * the server's 400 `ValidationError` carries the field errors instead.
   */
  validator?: InputValidator;
}

/** A client for one key against one API base. Create as many as you like: no shared state. */
export interface Client {
  readonly baseUrl: string;
  readonly locale: Locale;
  readonly courses: CoursesResource;
  readonly enrolments: EnrolmentsResource;
  readonly competitions: CompetitionsResource;
  readonly providers: ProvidersResource;
  readonly dictionaries: DictionariesResource;
}

function configError(message: string, path: string): ValidationError {
  return new ValidationError(message, {
    code: 'invalid_client_options',
    errors: [{ path, code: 'invalid', message }],
  });
}

/**
 * Creates a client (the core one: it validates input only with `options.validator`). Throws at once (no request made) for a missing key or base URL, and for a
 * secret key in a browser page.
 */
export function createClient(options: ClientOptions): Client {
  const { apiKey, baseUrl } = options;
  if (typeof apiKey !== 'string' || !/^(pk|sk)_/.test(apiKey)) {
    throw new AuthenticationError('apiKey must be a publishable (pk_…) or secret (sk_…) key', {
      code: 'invalid_api_key',
    });
  }
  assertKeyAllowedHere(apiKey);
  if (typeof baseUrl !== 'string' || (!/^https?:\/\//.test(baseUrl) && !baseUrl.startsWith('/'))) {
    throw configError('baseUrl must be an http(s) URL ending in /v1, or a path like /v1', 'baseUrl');
  }
  const locale: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const userFetch = options.fetch;
  const transport = new Transport({
    baseUrl,
    apiKey,
    locale,
    // Called through a closure so that a browser's `fetch` is never invoked on the wrong `this`.
    fetch: userFetch
      ? (input, init) => userFetch(input, init)
      : (input, init) => globalThis.fetch(input, init),
    timeout: options.timeout ?? 10_000,
    retry: {
      maxRetries: options.maxRetries ?? defaultRetrySettings.maxRetries,
      baseDelay: options.retryDelay ?? defaultRetrySettings.baseDelay,
      maxDelay: options.maxRetryDelay ?? defaultRetrySettings.maxDelay,
      maxRetryAfter: options.maxRetryAfter ?? defaultRetrySettings.maxRetryAfter,
    },
  });
  const ctx = { transport, locale, validator: options.validator };
  return {
    baseUrl,
    locale,
    courses: new CoursesResource(ctx),
    enrolments: new EnrolmentsResource(ctx),
    competitions: new CompetitionsResource(ctx, options.leaderboard),
    providers: new ProvidersResource(ctx),
    dictionaries: new DictionariesResource(ctx),
  };
}
