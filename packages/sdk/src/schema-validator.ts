// Client-side validation with @skills-huaian/schemas (Zod): the main entry's default. Importing
// this file bundles Zod and the schemas (about 15 KB gzip); the core entry never does.
import {
  competitionQuerySchema,
  courseQuerySchema,
  enrolmentQuerySchema,
  enrolmentRequestSchema,
  providerQuerySchema,
  scoreRequestSchema,
  toFieldErrors,
} from '@skills-huaian/schemas';
import type { FieldError } from './errors.js';
import type { Locale } from './models.js';
import type { InputValidator } from './validator.js';

/** What the SDK needs of a Zod schema. */
interface InputSchema {
  safeParse(
    input: unknown,
  ): { success: true } | { success: false; error: { readonly issues: readonly unknown[] } };
}

function check(schema: InputSchema) {
  return (input: unknown, locale: Locale): FieldError[] | null => {
    const result = schema.safeParse(input);
    if (result.success) return null;
    // Messages in the client's locale, naming the field, never its value.
    return toFieldErrors(result.error as Parameters<typeof toFieldErrors>[0], locale, input);
  };
}

/**
 * Validates every input with the same schemas the server uses, with field messages in the
 * client's locale. `createClient` from `@skills-huaian/sdk` uses it by default; pass it to the
 * core client as `createClient({ …, validator: schemaValidator })` to opt in there.
 */
export const schemaValidator: InputValidator = {
  courseQuery: check(courseQuerySchema),
  competitionQuery: check(competitionQuerySchema),
  enrolmentQuery: check(enrolmentQuerySchema),
  providerQuery: check(providerQuerySchema),
  enrolmentRequest: check(enrolmentRequestSchema),
  scoreRequest: check(scoreRequestSchema),
};
