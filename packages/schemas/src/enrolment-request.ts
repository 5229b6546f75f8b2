// POST /v1/enrolments: what an applicant submits.
import * as z from 'zod/mini';
import { districtCodeSchema, educationLevelSchema, targetGroupSchema } from './code-schemas.js';
import { idSchema, isoDateTimeSchema, requiredText } from './common-schemas.js';
import { citizenId, mobile } from './identity-schemas.js';
import { answersSchema } from './question.js';

export const applicantSchema = z.object({
  /** Personal. */
  name: requiredText(50),
  /** Personal and sensitive; masked in every response. */
  citizenId,
  /** Personal; masked in every response. */
  mobile,
  /** Where the applicant lives now. */
  districtCode: districtCodeSchema,
  /** Sensitive: may reveal unemployment, disability or household hardship. */
  targetGroups: z._default(z.array(targetGroupSchema), []),
  education: z.optional(educationLevelSchema),
  /** For returnees: where they come back from (city or province, free text). */
  returnedFrom: z.optional(z.string().check(z.trim(), z.maxLength(100))),
});

/** The privacy notice the applicant agreed to, and when. */
export const consentSchema = z.object({
  noticeVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  agreedAt: isoDateTimeSchema,
});

export const trackingSchema = z.object({
  source: z.optional(z.string().check(z.maxLength(100))),
  campaign: z.optional(z.string().check(z.maxLength(100))),
});

export const enrolmentRequestSchema = z.object({
  courseId: idSchema,
  applicant: applicantSchema,
  /** The position applied for, on order classes. */
  positionId: z.optional(idSchema),
  answers: z._default(answersSchema, {}),
  consent: consentSchema,
  tracking: z.optional(trackingSchema),
});

export type Applicant = z.infer<typeof applicantSchema>;
export type Consent = z.infer<typeof consentSchema>;
export type Tracking = z.infer<typeof trackingSchema>;
/** The request after parsing (defaults filled in, identity normalised). */
export type EnrolmentRequest = z.infer<typeof enrolmentRequestSchema>;
/** What a client may send (targetGroups and answers may be left out). */
export type EnrolmentRequestInput = z.input<typeof enrolmentRequestSchema>;
