// Turns an RFC 9457 problem response (or a transport failure) into the SDK's error classes.
import {
  ApiError,
  type ApiErrorOptions,
  AuthenticationError,
  ConflictError,
  type FieldError,
  IdempotencyError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ValidationError,
} from './errors.js';

/** The fields of an `application/problem+json` body the SDK reads. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  requestId?: string;
  errors?: FieldError[];
}

function asProblem(body: unknown): Problem {
  return body && typeof body === 'object' ? (body as Problem) : {};
}

/** Seconds from a Retry-After header (delta-seconds or HTTP-date); undefined if absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}

/** Maps a failed response to the most specific error class. */
export function errorFromResponse(status: number, headers: Headers, body: unknown): ApiError {
  const problem = asProblem(body);
  const code = typeof problem.code === 'string' ? problem.code : `http_${status}`;
  const requestId = headers.get('request-id') ?? problem.requestId ?? undefined;
  const message =
    problem.detail ||
    problem.title ||
    (typeof body === 'string' && body.length < 200 && body) ||
    `HTTP ${status}`;
  const opts: ApiErrorOptions = {
    status,
    code,
    requestId,
    errors: Array.isArray(problem.errors) ? problem.errors : [],
    retryAfter: parseRetryAfter(headers.get('retry-after')),
  };
  if (code.includes('idempotency')) return new IdempotencyError(message, opts);
  switch (status) {
    case 400:
    case 422:
      return new ValidationError(message, opts);
    case 401:
      return new AuthenticationError(message, opts);
    case 403:
      return new PermissionError(message, opts);
    case 404:
      return new NotFoundError(message, opts);
    case 409:
      return new ConflictError(message, opts);
    case 429:
      return new RateLimitError(message, opts);
    default:
      return new ApiError(message, opts);
  }
}
