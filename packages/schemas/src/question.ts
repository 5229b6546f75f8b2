// A question on a course's or order class's own enrolment form. Answers are keyed by `id`.
import * as z from 'zod/mini';
import { localisedTextSchema } from './common-schemas.js';

export const questionKinds = ['text', 'choice', 'yesno'] as const;

export const questionOptionSchema = z.object({
  value: z.string().check(z.minLength(1), z.maxLength(64)),
  label: localisedTextSchema,
});

export const questionSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9][\w-]{0,63}$/)),
  kind: z.enum(questionKinds),
  label: localisedTextSchema,
  /** The choices of a `choice` question; absent otherwise. */
  options: z.optional(z.array(questionOptionSchema)),
  required: z.boolean(),
});

/** Answers by question id: text and choice answers are strings, yes/no answers booleans. */
export const answersSchema = z.record(
  z.string(),
  z.union([z.string().check(z.maxLength(2000)), z.boolean()]),
);

export type QuestionKind = (typeof questionKinds)[number];
export type QuestionOption = z.infer<typeof questionOptionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Answers = z.infer<typeof answersSchema>;
