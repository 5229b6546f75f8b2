// 3–6-month follow-up (跟踪服务): how many trainees got a job and a certificate.
import * as z from 'zod/mini';
import { countSchema, isoDateSchema, rateSchema } from './common-schemas.js';

export const outcomesSchema = z.object({
  /** Share placed in work at follow-up, 0–1; null until anyone has been followed up. */
  placementRate: rateSchema,
  /** Share who obtained the certificate, 0–1; null until known. */
  certificationRate: rateSchema,
  /** Trainees followed up: the figures mean little when this is small. */
  sampleSize: countSchema,
  /** When the follow-up figures were last computed. */
  measuredAt: z.optional(z.nullable(isoDateSchema)),
});

export type Outcomes = z.infer<typeof outcomesSchema>;
