// Validation issues carry a stable code in `params.code`, which toFieldErrors turns into a
// message in the caller's locale. No global Zod configuration is touched.
import * as z from 'zod/mini';
import { type FieldErrorCode, fieldErrorMessages } from './messages.js';

/** A check that reports the code `problem` returns, or passes when it returns null. */
export function codedCheck<T>(problem: (value: T) => FieldErrorCode | null): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    const code = problem(value);
    // The message is the English text of the code: never the value, which may be personal.
    if (code) ctx.addIssue({ code: 'custom', message: fieldErrorMessages[code].en, params: { code } });
  });
}
