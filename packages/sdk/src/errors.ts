/** One field's problem, as the server's `errors` array and the client-side validation report it. */
export interface FieldError {
  /** Dotted path into the request, e.g. `applicant.citizenId`. */
  readonly path: string;
  /** Stable machine code, e.g. `invalid_citizen_id`. */
  readonly code: string;
  /** Human message in the client's locale (client-side) or the server's. */
  readonly message: string;
}

export interface ApiErrorOptions {
  /** HTTP status; undefined when no response was received or the SDK refused before sending. */
  status?: number;
  /** Stable snake_case code from the problem document, or an SDK code (`network_error`, …). */
  code: string;
  /** The `Request-Id` of the failed response, for support. */
  requestId?: string;
  /** Field errors (validation problems). */
  errors?: readonly FieldError[];
  /** Seconds the server asked us to wait (429 / 503 with Retry-After). */
  retryAfter?: number;
  cause?: unknown;
}

// Anything that looks like one of our API keys is blanked out of messages, whatever their source.
const KEY_PATTERN = /\b(?:sk|pk)_[A-Za-z0-9_-]+/g;
export function redactKeys(text: string): string {
  return text.replace(KEY_PATTERN, '[redacted key]');
}

/**
 * The root of every error the SDK throws (except an `AbortError` when you abort a call yourself).
 * Messages never contain an API key; `toJSON()` gives a loggable, credential-free object.
 */
export class ApiError extends Error {
  readonly status: number | undefined;
  readonly code: string;
  readonly requestId: string | undefined;
  /** Field errors; empty unless the problem was about specific fields. */
  readonly errors: readonly FieldError[];
  constructor(message: string, opts: ApiErrorOptions) {
    super(redactKeys(message), opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = new.target.name;
    this.status = opts.status;
    this.code = opts.code;
    this.requestId = opts.requestId;
    this.errors = opts.errors ?? [];
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      requestId: this.requestId,
      errors: this.errors,
    };
  }
}

/** 400/422, or input the SDK refused before sending; see `errors` for each field. */
export class ValidationError extends ApiError {}
/** 401: missing, unknown or revoked key; also a secret key used in a browser page. */
export class AuthenticationError extends ApiError {}
/** 403: the key may not do this (wrong key kind, organisation or origin). */
export class PermissionError extends ApiError {}
/** 404. */
export class NotFoundError extends ApiError {}
/** 409: the request conflicts with the current state (e.g. already enrolled, course full). */
export class ConflictError extends ApiError {}
/**
 * An Idempotency-Key was reused with a different request body (422 `idempotency_key_reused`) or
 * is malformed (`invalid_idempotency_key`). `idempotency_in_flight` (409) is retried, not thrown,
 * unless the retries run out.
 */
export class IdempotencyError extends ApiError {}
/** 429 after the retries ran out; `retryAfter` says how many seconds the server asked for. */
export class RateLimitError extends ApiError {
  readonly retryAfter: number | undefined;
  constructor(message: string, opts: ApiErrorOptions) {
    super(message, opts);
    this.retryAfter = opts.retryAfter;
  }
}
/** No response: connection refused or dropped, DNS failure, CORS refusal, after the retries ran out. */
export class NetworkError extends ApiError {}
/** No response within the client's `timeout` (per attempt), after the retries ran out. */
export class TimeoutError extends ApiError {}
