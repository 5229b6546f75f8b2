// Invented people for the demo: names built from common characters, never a real person's; ID
// numbers valid by checksum but invented; mobile numbers in the 170 virtual-operator range.
import {
  type DistrictCode,
  districts,
  type EnrolmentRequest,
  type TargetGroup,
} from '@skills-huaian/schemas';
import { demoCitizenId } from './codes.js';
import type { Random } from './random.js';

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蒋蔡余杜叶程魏苏吕丁任沈姚卢';
const givenChars =
  '子涵浩宇欣怡思远嘉怡佳琪雨泽梓轩若曦俊杰晓峰春燕秀英建华志强海燕桂兰文博一鸣晨阳静怡明辉立新';

export function inventedName(rnd: Random, salt: number): string {
  const s = surnames[(salt * 7 + rnd.int(0, surnames.length - 1)) % surnames.length]!;
  const chars = [...givenChars];
  const given = rnd.chance(0.7) ? rnd.pick(chars) + rnd.pick(chars) : rnd.pick(chars);
  return s + given;
}

/** An applicant born between 1968 and 2004, with an invented but checksum-valid ID number. */
export function inventedApplicant(
  rnd: Random,
  n: number,
  targetGroups: TargetGroup[] = [],
  birthYear?: number,
): EnrolmentRequest['applicant'] {
  const district = rnd.pick(districts).code as DistrictCode;
  const year = birthYear ?? rnd.int(1968, 2004);
  const birth = `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
  return {
    name: inventedName(rnd, n),
    citizenId: demoCitizenId(district, birth, 100 + (n % 899)),
    mobile: `170${String(10_000_000 + ((n * 7_919) % 89_999_999)).padStart(8, '0')}`,
    districtCode: district,
    targetGroups,
  };
}
