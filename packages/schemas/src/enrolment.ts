// An enrolment as the API returns it: identity masked, with its status history.
import * as z from 'zod/mini';
import {
  districtCodeSchema,
  educationLevelSchema,
  enrolmentStatusSchema,
  targetGroupSchema,
} from './code-schemas.js';
import { idSchema, isoDateTimeSchema } from './common-schemas.js';
import { consentSchema } from './enrolment-request.js';
import { maskedCitizenId, maskedMobile } from './identity-schemas.js';
import { answersSchema } from './question.js';

export const maskedApplicantSchema = z.object({
  name: z.string(),
  citizenId: maskedCitizenId,
  mobile: maskedMobile,
  districtCode: districtCodeSchema,
  targetGroups: z.array(targetGroupSchema),
  education: z.optional(educationLevelSchema),
  returnedFrom: z.optional(z.string()),
});

export const statusChangeSchema = z.object({
  status: enrolmentStatusSchema,
  at: isoDateTimeSchema,
  note: z.optional(z.string()),
});

export const enrolmentSchema = z.object({
  id: idSchema,
  /** A short reference to quote on the phone, e.g. HA-2026-000123. */
  reference: z.string().check(z.minLength(1)),
  status: enrolmentStatusSchema,
  courseId: idSchema,
  positionId: z.optional(z.nullable(idSchema)),
  applicant: maskedApplicantSchema,
  answers: answersSchema,
  consent: consentSchema,
  statusHistory: z.array(statusChangeSchema),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

/** The 201 response of POST /v1/enrolments. A full enrolment also parses as this. */
export const enrolmentCreatedSchema = z.object({
  id: idSchema,
  reference: z.string().check(z.minLength(1)),
  status: z.enum(['submitted', 'waitlisted']),
  courseId: idSchema,
  applicant: maskedApplicantSchema,
  createdAt: isoDateTimeSchema,
});

export type MaskedApplicant = z.infer<typeof maskedApplicantSchema>;
export type StatusChange = z.infer<typeof statusChangeSchema>;
export type Enrolment = z.infer<typeof enrolmentSchema>;
export type EnrolmentCreated = z.infer<typeof enrolmentCreatedSchema>;
