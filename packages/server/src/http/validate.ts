// Validation with @skills-huaian/schemas: field errors localised by Accept-Language, and fields
// the schema does not know reported as `unrecognized_keys` (the schemas strip them silently).
import { type FieldError, fieldErrorMessage, type Locale, toFieldErrors } from '@skills-huaian/schemas';

interface Schema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths of keys in `input` that parsing dropped. Records (kept whole) never report. */
export function unknownKeys(input: unknown, output: unknown, path: string[] = []): string[] {
  if (Array.isArray(input) && Array.isArray(output))
    return input.flatMap((item, i) => unknownKeys(item, output[i], [...path, String(i)]));
  if (!isPlainObject(input) || !isPlainObject(output)) return [];
  const out: string[] = [];
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(output, key)) out.push([...path, key].join('.'));
    else out.push(...unknownKeys(input[key], output[key], [...path, key]));
  }
  return out;
}

export function validate<T>(
  schema: Schema<T>,
  input: unknown,
  locale: Locale,
  strict: boolean,
): Validated<T> {
  const result = schema.safeParse(input);
  if (!result.success)
    return {
      ok: false,
      errors: toFieldErrors(result.error as Parameters<typeof toFieldErrors>[0], locale, input),
    };
  if (strict) {
    const extra = unknownKeys(input, result.data);
    if (extra.length > 0)
      return {
        ok: false,
        errors: extra.slice(0, 20).map((path) => ({
          path,
          code: 'unrecognized_keys',
          message: fieldErrorMessage('unrecognized_keys', locale),
        })),
      };
  }
  return { ok: true, data: result.data };
}
