// A training provider (培训主体) and its follow-up outcomes.
import * as z from 'zod/mini';
import { districtCodeSchema, providerKindSchema } from './code-schemas.js';
import { idSchema, localisedTextSchema } from './common-schemas.js';
import { creditCode } from './identity-schemas.js';
import { outcomesSchema } from './outcomes.js';

/** The provider as embedded in a course: CONTRACT's `provider { id, name, kind }`. */
export const providerSummarySchema = z.object({
  id: idSchema,
  name: localisedTextSchema,
  kind: providerKindSchema,
});

export const providerSchema = z.object({
  ...providerSummarySchema.shape,
  districtCode: districtCodeSchema,
  creditCode: z.optional(creditCode),
  address: z.optional(localisedTextSchema),
  website: z.optional(z.url()),
  /** Outcomes over all of the provider's followed-up courses. */
  outcomes: outcomesSchema,
  courseCount: z.optional(z.int().check(z.minimum(0))),
});

export type ProviderSummary = z.infer<typeof providerSummarySchema>;
export type Provider = z.infer<typeof providerSchema>;
