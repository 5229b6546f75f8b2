// The plan's annual targets (each year 2025–2027), as a progress view shows them.
import type { LocalisedText } from './locale.js';

export interface AnnualTarget {
  readonly code: string;
  readonly name: LocalisedText;
  readonly figure: number;
  readonly unit:
    | 'person-times'
    | 'certificates'
    | 'people'
    | 'competitions'
    | 'classes'
    | 'consortia'
    | 'percent';
  /** True when the figure is a floor ("≥"). */
  readonly atLeast: boolean;
  /** True when the figure covers the three years together rather than each year. */
  readonly overThreeYears?: boolean;
  readonly parts?: readonly AnnualTarget[];
}

export const planYears = [2025, 2026, 2027] as const;

export const annualTargets = [
  {
    code: 'training',
    name: { 'zh-CN': '职业技能培训', en: 'Vocational-skills training' },
    figure: 100_000,
    unit: 'person-times',
    atLeast: false,
    parts: [
      {
        code: 'training-subsidised',
        name: { 'zh-CN': '其中政府补贴性培训', en: 'of which government-subsidised' },
        figure: 60_000,
        unit: 'person-times',
        atLeast: true,
      },
    ],
  },
  {
    code: 'certificates',
    name: { 'zh-CN': '新增职业资格/技能等级证书', en: 'New qualification and skill-level certificates' },
    figure: 33_000,
    unit: 'certificates',
    atLeast: false,
    parts: [
      {
        code: 'certificates-advanced',
        name: { 'zh-CN': '其中高级工及以上', en: 'of which advanced worker and above' },
        figure: 8_000,
        unit: 'certificates',
        atLeast: false,
      },
      {
        code: 'certificates-technician',
        name: { 'zh-CN': '其中技师及以上', en: 'of which technician and above' },
        figure: 600,
        unit: 'certificates',
        atLeast: false,
      },
    ],
  },
  {
    code: 'digital-talents',
    name: { 'zh-CN': '新增数字技能人才', en: 'New digital-skills talents' },
    figure: 9_000,
    unit: 'people',
    atLeast: false,
  },
  {
    code: 'competitions',
    name: { 'zh-CN': '市级一类职业技能竞赛', en: 'City class-one skills competitions' },
    figure: 30,
    unit: 'competitions',
    atLeast: true,
  },
  {
    code: 'order-classes',
    name: { 'zh-CN': '订单班/冠名班', en: 'Order and named classes' },
    figure: 20,
    unit: 'classes',
    atLeast: true,
  },
  {
    code: 'consortia',
    name: { 'zh-CN': '产教联合体', en: 'Industry–education consortia' },
    figure: 10,
    unit: 'consortia',
    atLeast: true,
    overThreeYears: true,
  },
  {
    code: 'matched-majors',
    name: { 'zh-CN': '院校专业与主导产业匹配度', en: 'College majors matched to leading industries' },
    figure: 70,
    unit: 'percent',
    atLeast: true,
    overThreeYears: true,
  },
] as const satisfies readonly AnnualTarget[];
