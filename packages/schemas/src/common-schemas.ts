// Small building blocks shared by the entity schemas.
import * as z from 'zod/mini';
import { codedCheck } from './coded-check.js';
import { isOccupationCode } from './occupations.js';

export const idSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** A calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

/** An instant with a zone offset, e.g. 2026-01-01T00:00:00Z. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const localisedTextSchema = z.object({
  'zh-CN': z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

/** A name or text a person types: trimmed, not empty. */
export function requiredText(max: number) {
  return z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
}

export const occupationCodeSchema = z
  .string()
  .check(codedCheck<string>((value) => (isOccupationCode(value) ? null : 'occupation_code_format')));

/** A share between 0 and 1 (0.87 = 87 %), or null when there are no figures yet. */
export const rateSchema = z.nullable(z.number().check(z.minimum(0), z.maximum(1)));

export const countSchema = z.int().check(z.minimum(0));

/** Money in yuan. */
export const yuanSchema = z.number().check(z.minimum(0));
