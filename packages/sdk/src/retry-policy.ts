// Which failures are retried and how long to wait: exponential backoff with jitter, honouring
// Retry-After. ky runs the loop; this module only supplies its settings.
import { isHTTPError, type RetryOptions } from 'ky';
import { parseRetryAfter } from './problem.js';

export interface RetrySettings {
  /** Retries after the first attempt (0 disables retrying). */
  maxRetries: number;
  /** First backoff delay in ms; doubles each retry. */
  baseDelay: number;
  /** Upper bound of one backoff delay in ms. */
  maxDelay: number;
  /** A Retry-After longer than this (ms) is not waited for: the error is thrown at once. */
  maxRetryAfter: number;
}

export const defaultRetrySettings: RetrySettings = {
  maxRetries: 2,
  baseDelay: 300,
  maxDelay: 8_000,
  maxRetryAfter: 60_000,
};

/** "Equal jitter": half the delay is kept, the other half is random, so retries spread out but never bunch at 0. */
export function jitter(delay: number, random: () => number = Math.random): number {
  return delay / 2 + random() * (delay / 2);
}

export function backoff(attempt: number, s: Pick<RetrySettings, 'baseDelay' | 'maxDelay'>): number {
  return Math.min(s.maxDelay, s.baseDelay * 2 ** (attempt - 1));
}

export function kyRetryOptions(s: RetrySettings): RetryOptions {
  return {
    limit: s.maxRetries,
    // POST is listed because the SDK always sends an Idempotency-Key with it (see Transport).
    methods: ['get', 'post'],
    statusCodes: [408, 429, 500, 502, 503, 504],
    afterStatusCodes: [429, 503],
    maxRetryAfter: s.maxRetryAfter,
    delay: (attempt) => backoff(attempt, s),
    backoffLimit: s.maxDelay,
    jitter: (delay) => jitter(delay),
    retryOnTimeout: true,
    shouldRetry: ({ error }) => {
      if (!isHTTPError(error)) return undefined;
      // A POST without an Idempotency-Key is never replayed (the SDK always sets one; belt and braces).
      if (error.request.method === 'POST' && !error.request.headers.has('idempotency-key')) return false;
      // The first attempt of this idempotent POST is still running on the server: ask again shortly.
      const code = (error.data as { code?: unknown } | undefined)?.code;
      if (error.response.status === 409 && code === 'idempotency_in_flight') return true;
      const retryAfter = parseRetryAfter(error.response.headers.get('retry-after'));
      // Asked to wait longer than we are willing to: give up now and let the caller decide.
      if (retryAfter !== undefined && retryAfter * 1000 > s.maxRetryAfter) return false;
      return undefined;
    },
  };
}
