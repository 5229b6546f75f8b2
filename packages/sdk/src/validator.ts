// The seam for client-side input validation. The core client validates nothing itself (the
// server validates everything and answers 400 with field errors); the main entry plugs in
// `schemaValidator`, built on @skills-huaian/schemas, so that bad input is refused before sending.
import type { FieldError } from './errors.js';
import type { EnrolmentRequest, Locale, ScoreRequest } from './models.js';

/** A list query as the server reads it: every value serialised to its query-string form. */
export type SerialisedQuery = Readonly<Record<string, string>>;

/**
 * Checks a call's input before it is sent. Each method returns the field errors (messages in
 * `locale`, naming fields, never their values) or `null`/`[]` when the input is fine. A missing
 * method means that input is not checked client-side.
 */
export interface InputValidator {
  /** `courses.list` filters (with `cursor`), serialised. */
  courseQuery?(query: SerialisedQuery, locale: Locale): readonly FieldError[] | null;
  /** `competitions.list` filters (with `cursor`), serialised. */
  competitionQuery?(query: SerialisedQuery, locale: Locale): readonly FieldError[] | null;
  /** `enrolments.list` filters (with `cursor`), serialised. */
  enrolmentQuery?(query: SerialisedQuery, locale: Locale): readonly FieldError[] | null;
  /** `providers.list` filters (with `cursor`), serialised. */
  providerQuery?(query: SerialisedQuery, locale: Locale): readonly FieldError[] | null;
  /** The body of `enrolments.create`. */
  enrolmentRequest?(body: EnrolmentRequest, locale: Locale): readonly FieldError[] | null;
  /** The body of `competitions.recordScore`. */
  scoreRequest?(body: ScoreRequest, locale: Locale): readonly FieldError[] | null;
}

/** The validator methods that check a list query. */
export type QueryKind = 'courseQuery' | 'competitionQuery' | 'enrolmentQuery' | 'providerQuery';
