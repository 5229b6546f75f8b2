// The citizen ID field: the plain-words message for what is wrong, or what the number encodes
// (birth date, sex) for the applicant to confirm. The rules are @skills-huaian/schemas' own.
import { type CitizenIdErrorCode, citizenIdProblem, parseCitizenId } from '@skills-huaian/schemas';
import type { EnrolmentMessageKey } from './messages.js';

export { normaliseCitizenId } from '@skills-huaian/schemas';

export type CitizenIdCheck =
  | { ok: true; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; key: EnrolmentMessageKey };

const MESSAGE: Record<CitizenIdErrorCode, EnrolmentMessageKey> = {
  citizen_id_legacy: 'citizenIdLegacy',
  citizen_id_length: 'citizenIdFormat',
  citizen_id_characters: 'citizenIdFormat',
  citizen_id_region: 'citizenIdRegion',
  citizen_id_date: 'citizenIdDate',
  citizen_id_future_date: 'citizenIdDate',
  citizen_id_check_digit: 'citizenIdCheck',
};

export function checkCitizenId(raw: string): CitizenIdCheck {
  if (raw.trim() === '') return { ok: false, key: 'citizenIdRequired' };
  const problem = citizenIdProblem(raw);
  if (problem) return { ok: false, key: MESSAGE[problem] ?? 'citizenIdFormat' };
  const { birthDate, sex } = parseCitizenId(raw);
  return { ok: true, birthDate, sex };
}
