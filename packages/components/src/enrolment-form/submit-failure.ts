// Turns whatever the SDK threw into what the applicant reads: a plain-words message, whether a
// retry can help, and the server's field errors mapped back onto the form's fields.
import type { FieldError } from './field-errors.js';
import type { EnrolmentMessageKey } from './messages.js';

export interface SubmitFailure {
  /** The API's stable code (e.g. `duplicate_enrolment`) or the SDK's (`network_error`). */
  code: string;
  key: EnrolmentMessageKey;
  /** The server's own explanation, shown under ours when it adds something (eligibility). */
  detail?: string;
  requestId?: string;
  /** A retry with the same idempotency key can succeed (network failure, timeout, 5xx, 429). */
  retryable: boolean;
  fieldErrors: FieldError[];
}

interface ErrorLike {
  name?: string;
  code?: string;
  status?: number;
  message?: string;
  requestId?: string;
  errors?: readonly { path: string; code: string; message: string }[];
}

export function describeFailure(err: unknown): SubmitFailure {
  const e = (err && typeof err === 'object' ? err : {}) as ErrorLike;
  const code = typeof e.code === 'string' ? e.code : 'unknown_error';
  const base = { code, requestId: e.requestId, fieldErrors: [] as FieldError[] };
  const status = e.status;
  const name = e.name ?? '';

  if (name === 'TimeoutError' || code.includes('timeout'))
    return { ...base, key: 'errTimeout', retryable: true };
  if (status === undefined && (name === 'NetworkError' || name === 'TypeError' || code.includes('network')))
    return { ...base, key: 'errNetwork', retryable: true };
  if (code.includes('overlap')) return { ...base, key: 'errOverlap', retryable: false };
  if (code.includes('already') || code.includes('duplicate'))
    return { ...base, key: 'errAlreadyEnrolled', retryable: false };
  if (code.includes('eligib')) return { ...base, key: 'errNotEligible', detail: e.message, retryable: false };
  if (code.includes('idempotency') && status === 409)
    // The first attempt with this key is still being processed: trying again shortly replays it.
    return { ...base, key: 'errNetwork', retryable: true };
  if (status === 429) return { ...base, key: 'errRateLimited', retryable: true };
  if (status === 400 || status === 422 || name === 'ValidationError') {
    const fieldErrors = (e.errors ?? []).map((f) => ({ path: f.path, text: f.message }));
    return { ...base, key: 'errValidation', retryable: false, fieldErrors };
  }
  if (status !== undefined && status >= 500) return { ...base, key: 'errGeneric', retryable: true };
  return { ...base, key: 'errGeneric', retryable: false };
}
