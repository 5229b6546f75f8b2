// Field errors keyed by the request's own paths (`applicant.citizenId`), so the server's
// validation errors land on the same fields as the browser's.
import type { EnrolmentMessageKey } from './messages.js';

/** A message from this element's table (`key`), or text the server sent in the client's locale. */
export interface FieldError {
  path: string;
  key?: EnrolmentMessageKey;
  text?: string;
}

export type FieldErrors = Record<string, FieldError>;

/** A field's DOM id inside the shadow root, derived from its path. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}

export function toMap(errors: readonly FieldError[]): FieldErrors {
  const map: FieldErrors = {};
  for (const e of errors) if (!map[e.path]) map[e.path] = e;
  return map;
}
