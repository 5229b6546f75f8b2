// Schemas for the identity primitives. Each normalises its value (upper-case X, bare digits)
// and reports a stable error code; the plain functions live beside them without Zod.
import * as z from 'zod/mini';
import { citizenIdProblem, normaliseCitizenId } from './citizen-id.js';
import { codedCheck } from './coded-check.js';
import { creditCodeProblem, normaliseCreditCode } from './credit-code.js';
import { normaliseMobile } from './mobile-number.js';

/** GB 11643 citizen ID number → the normalised 18 characters. Personal and sensitive. */
export const citizenId = z.string().check(
  z.overwrite(normaliseCitizenId),
  codedCheck<string>((value) => citizenIdProblem(value)),
);

/** GB 32100 unified social credit code → the normalised 18 characters. */
export const creditCode = z.string().check(z.overwrite(normaliseCreditCode), codedCheck(creditCodeProblem));

/** Mainland mobile number → the bare 11 digits. Personal. */
export const mobile = z.string().check(
  codedCheck<string>((value) => (normaliseMobile(value) ? null : 'mobile_format')),
  z.overwrite((value) => normaliseMobile(value) ?? value),
);

/** What a masked ID number looks like on the wire: 320812**********3X. */
export const maskedCitizenId = z.string().check(z.regex(/^\d{6}\*{10}[\dX]{2}$/));

/** What a masked mobile number looks like on the wire: 138****5678. */
export const maskedMobile = z.string().check(z.regex(/^1\d{2}\*{4}\d{4}$/));
