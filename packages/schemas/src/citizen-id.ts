// GB 11643-1999 citizen identity numbers: a 6-digit region code, an 8-digit birth date, a
// 3-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check character. Plain functions with
// no Zod, so a page that only checks ID numbers pays for nothing else.
import { currentDistrictCode, type DistrictCode } from './districts.js';
import { isKnownRegionCode } from './provinces.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

export type CitizenIdErrorCode =
  | 'citizen_id_length'
  | 'citizen_id_legacy'
  | 'citizen_id_characters'
  | 'citizen_id_region'
  | 'citizen_id_date'
  | 'citizen_id_future_date'
  | 'citizen_id_check_digit';

export interface ParsedCitizenId {
  /** The normalised number (upper-case X). Personal data: mask it before display. */
  id: string;
  birthDate: string;
  sex: 'male' | 'female';
  /** The region code as issued, possibly a retired one. */
  regionCode: string;
  /** Today's Huai'an division for the region code, or null outside Huai'an. */
  districtCode: DistrictCode | null;
}

/** Trims, drops inner spaces and upper-cases a trailing x. */
export function normaliseCitizenId(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 digits. */
export function citizenIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date in China (UTC+8, no daylight saving), where the numbers are issued. */
function todayIso(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Why a value is not a valid ID number, or null when it is. The first failing rule wins, in
 * the order a person would fix them: length, characters, region, date, check digit.
 */
export function citizenIdProblem(value: string, now?: Date): CitizenIdErrorCode | null {
  const id = normaliseCitizenId(value);
  // Guarded so that ids.filter(isValidCitizenId), which passes an index here, still works.
  const today = todayIso(now instanceof Date ? now : new Date());
  if (/^\d{15}$/.test(id)) return 'citizen_id_legacy';
  if (id.length !== 18) return 'citizen_id_length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'citizen_id_characters';
  if (!isKnownRegionCode(id.slice(0, 6))) return 'citizen_id_region';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || !isRealDate(year, month, day)) return 'citizen_id_date';
  if (`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` > today) {
    return 'citizen_id_future_date';
  }
  if (citizenIdCheckChar(id) !== id[17]) return 'citizen_id_check_digit';
  return null;
}

export function isValidCitizenId(value: string, now?: Date): boolean {
  return typeof value === 'string' && citizenIdProblem(value, now) === null;
}

/** An error whose message never contains the number itself. */
export class CitizenIdError extends Error {
  readonly code: CitizenIdErrorCode;
  constructor(code: CitizenIdErrorCode) {
    super(`Invalid citizen ID number (${code})`);
    this.name = 'CitizenIdError';
    this.code = code;
  }
}

/** Birth date, sex and region of a valid ID number; throws CitizenIdError otherwise. */
export function parseCitizenId(value: string, now?: Date): ParsedCitizenId {
  const problem = citizenIdProblem(value, now);
  if (problem) throw new CitizenIdError(problem);
  const id = normaliseCitizenId(value);
  const regionCode = id.slice(0, 6);
  return {
    id,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    regionCode,
    districtCode: currentDistrictCode(regionCode),
  };
}

/**
 * 320812**********3X: region and the last two characters stay. Anything that is not shaped like
 * an ID number (17 digits and a digit or X) is all stars, so a mask never echoes what it was given.
 */
export function maskCitizenId(value: string): string {
  const id = normaliseCitizenId(String(value ?? ''));
  if (!/^\d{17}[\dX]$/.test(id)) return '*'.repeat(Math.min(id.length, 18));
  return `${id.slice(0, 6)}${'*'.repeat(10)}${id.slice(16)}`;
}
