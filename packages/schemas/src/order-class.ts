// 订单班 / 冠名班: an enterprise recruits trainees for its own positions.
import * as z from 'zod/mini';
import { idSchema, localisedTextSchema } from './common-schemas.js';
import { creditCode } from './identity-schemas.js';
import { questionSchema } from './question.js';

export const orderClassPositionSchema = z.object({
  id: idSchema,
  title: localisedTextSchema,
  headcount: z.int().check(z.minimum(1)),
});

export const orderClassSchema = z.object({
  enterprise: z.object({ name: localisedTextSchema, creditCode }),
  positions: z.array(orderClassPositionSchema),
  /** The enterprise's employment commitment to those who complete the class. */
  commitment: localisedTextSchema,
  /** The enterprise's extra questions, asked after the course's own. */
  questions: z._default(z.array(questionSchema), []),
});

export type OrderClassPosition = z.infer<typeof orderClassPositionSchema>;
export type OrderClass = z.infer<typeof orderClassSchema>;
