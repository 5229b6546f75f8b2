// Valid, synthetic applicants for enrolment tests (ID numbers computed, not real people).
import type { EnrolmentRequest } from '@skills-huaian/sdk';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A GB 11643 number for region 320812 (清江浦区); distinct for every n below 1000. */
export function syntheticCitizenId(n: number, birthYear = 1990): string {
  const day = String(1 + (n % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0');
  const seq = String(n % 1000).padStart(3, '0');
  const first17 = `320812${birthYear}${month}${day}${seq}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return first17 + CHECK[sum % 11];
}

export function syntheticMobile(n: number): string {
  return `139${String(n).padStart(8, '0')}`;
}

export function enrolmentFor(
  courseId: string,
  n: number,
  opts: { targetGroups?: string[]; noticeVersion?: string; positionId?: string; birthYear?: number } = {},
): EnrolmentRequest {
  return {
    courseId,
    applicant: {
      name: `测试学员${n}`,
      citizenId: syntheticCitizenId(n, opts.birthYear),
      mobile: syntheticMobile(n),
      districtCode: '320812',
      targetGroups: opts.targetGroups ?? [],
    },
    ...(opts.positionId ? { positionId: opts.positionId } : {}),
    answers: {},
    consent: { noticeVersion: opts.noticeVersion ?? '2026-01', agreedAt: new Date().toISOString() },
  } as EnrolmentRequest;
}
