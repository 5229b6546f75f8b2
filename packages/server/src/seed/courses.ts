// Generated demo courses: spread over the seven divisions, the sixteen tasks, every training
// style, format and schedule. Deterministic for a given count.
import {
  type Course,
  type DeliveryFormat,
  type DistrictCode,
  districts,
  type Schedule,
  type SkillLevel,
  skillLevels,
  type TargetGroup,
  type TrainingStyle,
} from '@skills-huaian/schemas';
import { clusterOf, type DemoOccupation, demoOccupations, taskNames } from './occupations.js';
import { type DemoProvider, demoEnterprises, demoProviders } from './organisations.js';
import type { Random } from './random.js';

export type DemoCourse = { course: Omit<Course, 'seatsLeft'>; enterpriseId: string | null; tags: string[] };

const scheduleWords: Record<Schedule, { zh: string; en: string; timetable: [string, string] }> = {
  'night-school': {
    zh: '技能夜校班',
    en: 'skills night school',
    timetable: ['周一至周四 19:00–21:00', 'Mon–Thu 19:00–21:00'],
  },
  'holiday-class': {
    zh: '节假日技能课堂',
    en: 'holiday skills class',
    timetable: ['法定节假日及寒暑假 9:00–16:00', 'Public holidays 9:00–16:00'],
  },
  'community-micro-class': {
    zh: '社区培训微课堂',
    en: 'community micro-class',
    timetable: ['每周二、周四 14:00–16:00', 'Tue and Thu 14:00–16:00'],
  },
  daytime: {
    zh: '脱产培训班',
    en: 'full-time class',
    timetable: ['周一至周五 8:30–16:30', 'Mon–Fri 8:30–16:30'],
  },
  weekend: {
    zh: '周末班',
    en: 'weekend class',
    timetable: ['周六、周日 9:00–16:00', 'Sat and Sun 9:00–16:00'],
  },
};

const formats: DeliveryFormat[] = ['centralised', 'cooperative', 'online', 'blended', 'centralised'];
const schedules: Schedule[] = [
  'night-school',
  'holiday-class',
  'community-micro-class',
  'daytime',
  'weekend',
];
const formatWords: Record<DeliveryFormat, string> = {
  centralised: '集中开班',
  cooperative: '合作办班',
  online: '线上授课',
  blended: '线上线下结合',
};

/** Who a task's subsidised courses are for (empty: open to everyone). */
const taskGroups: Record<number, TargetGroup[]> = {
  1: [
    'registered-unemployed',
    'zero-employment-household',
    'disabled',
    'rural-left-behind-woman',
    'school-leaver',
  ],
  2: ['rural-transfer-labour', 'older-rural-worker', 'transferred-fisher'],
  3: ['veteran'],
  4: ['returnee'],
  5: ['returnee', 'older-rural-worker'],
  6: ['returnee', 'unemployed-graduate'],
  7: ['student'],
  8: ['student'],
  9: ['unemployed-graduate', 'low-income-graduate'],
  10: ['farmer'],
  11: ['farmer', 'rural-left-behind-woman'],
  12: [],
  13: [],
  14: [],
  15: [],
  16: ['construction-worker', 'rural-transfer-labour'],
};

const taskPrefix: Record<number, string> = {
  2: '农村转移劳动力',
  3: '退役军人',
  4: '春节返乡',
  5: '短平快',
  6: '返乡创业',
  7: '学历+技能',
  8: '企业实习实训',
  9: '离校未就业毕业生免费',
  10: '高素质农民',
};

const venues = [
  '实训中心',
  '社区服务中心',
  '职业技能公共实训基地',
  '镇综合文化站',
  '产业园培训楼',
  '家门口就业服务站',
];

const levelName = (level: SkillLevel) => skillLevels.find((l) => l.code === level)!.name;

export function isoDay(base: string, days: number): string {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function styleFor(task: number, i: number): TrainingStyle {
  if ([1, 2, 5, 9, 11].includes(task)) return i % 5 === 0 ? 'directed' : 'basic';
  if ([4, 8, 16].includes(task)) return i % 3 === 0 ? 'directed' : 'post';
  if (task === 3 || task === 7) return 'directed';
  return (['basic', 'post', 'directed'] as const)[i % 3]!;
}

function providersFor(o: DemoOccupation): DemoProvider[] {
  const focused = demoProviders.filter((p) => p.focus.includes(o.code) && p.kind !== 'enterprise');
  const generic = demoProviders.filter((p) => p.focus.length === 0);
  return [...focused, ...focused, ...generic];
}

export interface CourseSpec {
  id: string;
  index: number;
  rnd: Random;
  occupation: DemoOccupation;
  task: number;
  district: DistrictCode;
  provider: DemoProvider;
  style: TrainingStyle;
  format: DeliveryFormat;
  schedule: Schedule;
  startDate: string;
  orderEnterprise?: DemoProvider;
  level?: SkillLevel;
}

export function buildCourse(spec: CourseSpec): DemoCourse {
  const { rnd, occupation: o, task, district, provider, style, format, schedule } = spec;
  const level = spec.level ?? ((style === 'basic' ? o.levels[0]! : rnd.pick(o.levels)) as SkillLevel);
  const subsidised =
    style === 'order' ? rnd.chance(0.5) : rnd.chance(task === 15 || task === 14 ? 0.6 : 0.85);
  const fee = Math.round(rnd.int(6, 40) * 100);
  const subsidy = subsidised ? (task === 9 ? fee : Math.round(fee * rnd.pick([0.6, 0.8, 1]))) : 0;
  const hours = rnd.pick([16, 24, 40, 56, 80, 120]);
  const days = Math.max(3, Math.round(hours / (schedule === 'daytime' ? 8 : 2.5)));
  const districtName = districts.find((d) => d.code === district)!.name;
  const sw = scheduleWords[schedule];
  const prefix = taskPrefix[task] ? `${taskPrefix[task]}·` : '';
  const enterprise = spec.orderEnterprise;
  const orderWord = enterprise ? (spec.index % 2 === 0 ? '订单班' : '冠名班') : '';
  const enterpriseShort = enterprise?.zh
    .replace(/^(淮安|江苏)(市)?/, '')
    .replace(/(有限公司|集团有限公司)$/, '');
  const titleZh = enterprise
    ? `${enterpriseShort}${o.zh}${orderWord}（${levelName(level)['zh-CN']}）`
    : `${prefix}${o.zh}（${levelName(level)['zh-CN']}）${sw.zh}`;
  const titleEn = enterprise
    ? `${enterprise.en} ${orderWord === '订单班' ? 'order' : 'named'} class: ${o.en}`
    : `${o.en}, ${levelName(level).en}, ${sw.en}`;
  const targetGroups = subsidised && style !== 'order' ? [...(taskGroups[task] ?? [])] : [];
  const ageLimits =
    task === 5
      ? { min: 40, max: 60 }
      : task === 7 || task === 8
        ? { min: 16, max: 30 }
        : { min: 16, max: 60 };
  const hasOutcomes = rnd.chance(0.85);
  const sampleSize = hasOutcomes ? rnd.int(12, 90) : 0;
  const placementRate = hasOutcomes ? Math.round(rnd.int(62, 98)) / 100 : null;
  const certificationRate = hasOutcomes ? Math.round(rnd.int(55, 97)) / 100 : null;
  const venue = rnd.pick(venues);
  const withQuestion = rnd.chance(0.2);
  const tags = [...o.tags, taskNames[task]!, formatWords[format]];
  const course: Omit<Course, 'seatsLeft'> = {
    id: spec.id,
    title: { 'zh-CN': titleZh, en: titleEn },
    summary: {
      'zh-CN': `面向${targetGroups.length ? '重点群体' : '有培训意愿的城乡劳动者'}开展${o.zh}职业技能培训，${formatWords[format]}，理论与实操结合，结业后组织参加${levelName(level)['zh-CN']}技能等级认定，并提供 3–6 个月就业跟踪服务。`,
      en: `${o.en} training at ${levelName(level).en.toLowerCase()}, theory and practice, followed by skill-level evaluation and 3–6 months of job-placement follow-up.`,
    },
    provider: { id: provider.id, name: { 'zh-CN': provider.zh, en: provider.en }, kind: provider.kind },
    districtCode: district,
    address: {
      'zh-CN': `淮安市${districtName['zh-CN']}${venue}`,
      en: `${venue === '实训中心' ? 'Training centre' : 'Community venue'}, ${districtName.en}, Huai'an`,
    },
    occupation: { code: o.code, name: { 'zh-CN': o.zh, en: o.en } },
    level,
    style,
    format,
    schedule,
    timetable: { 'zh-CN': sw.timetable[0], en: sw.timetable[1] },
    hours,
    targetGroups,
    ageLimits,
    tasks: [task as NonNullable<Course['tasks']>[number]],
    cluster: clusterOf(o),
    subsidised,
    fee,
    subsidy,
    capacity: rnd.pick([20, 30, 30, 40, 50, 60]),
    startDate: spec.startDate,
    endDate: isoDay(spec.startDate, days),
    certificate:
      task === 6
        ? { kind: 'training-certificate', level: null }
        : { kind: rnd.chance(0.1) ? 'special-skill' : 'skill-level', level },
    outcomes: { placementRate, certificationRate, sampleSize, measuredAt: hasOutcomes ? '2026-09-30' : null },
    catalogueStatus: task === 15 && !hasOutcomes ? 'provisional' : subsidised ? 'listed' : 'not-listed',
    questions: withQuestion
      ? [
          {
            id: 'experience',
            kind: 'choice',
            label: { 'zh-CN': '相关工作经验', en: 'Relevant work experience' },
            options: [
              { value: 'none', label: { 'zh-CN': '无', en: 'None' } },
              { value: 'under-1y', label: { 'zh-CN': '1 年以下', en: 'Under a year' } },
              { value: 'over-1y', label: { 'zh-CN': '1 年及以上', en: 'A year or more' } },
            ],
            required: false,
          },
        ]
      : [],
    orderClass: enterprise
      ? {
          enterprise: {
            name: { 'zh-CN': enterprise.zh, en: enterprise.en },
            creditCode: enterprise.creditCode!,
          },
          positions: [
            {
              id: `${spec.id}_p1`,
              title: { 'zh-CN': `${o.zh}`, en: o.en },
              headcount: rnd.int(8, 30),
            },
            {
              id: `${spec.id}_p2`,
              title: { 'zh-CN': `${o.zh}（储备班组长）`, en: `${o.en} (team-lead trainee)` },
              headcount: rnd.int(2, 6),
            },
          ],
          commitment: {
            'zh-CN':
              '结业考核合格者优先录用，签订不少于两年的劳动合同，试用期工资不低于当地最低工资标准的 1.5 倍。',
            en: 'Those who pass the final assessment are hired first, on a contract of at least two years.',
          },
          questions: [
            {
              id: 'shift-work',
              kind: 'yesno',
              label: { 'zh-CN': '能否接受倒班', en: 'Can you work shifts?' },
              required: true,
            },
          ],
        }
      : null,
  };
  return { course, enterpriseId: enterprise?.id ?? null, tags };
}

/** `count` generated courses; every 15th is an order class (at least 20 in the default 320). */
export function generateCourses(rnd: Random, count: number, idOf: (i: number) => string): DemoCourse[] {
  const out: DemoCourse[] = [];
  const base = '2025-07-01';
  for (let i = 0; i < count; i++) {
    const task = (i % 16) + 1;
    const candidates = demoOccupations.filter((o) => o.tasks.includes(task));
    const occupation = candidates[Math.floor(i / 16) % candidates.length]!;
    const isOrder = i % 15 === 7;
    const enterprise = isOrder
      ? (demoEnterprises.find((e) => e.focus.includes(occupation.code)) ??
        demoEnterprises[i % demoEnterprises.length]!)
      : undefined;
    const provider = isOrder
      ? rnd.chance(0.5)
        ? enterprise!
        : rnd.pick(demoProviders.filter((p) => p.kind === 'public-college'))
      : rnd.pick(providersFor(occupation));
    out.push(
      buildCourse({
        id: idOf(i),
        index: i,
        rnd,
        occupation,
        task,
        district: districts[i % districts.length]!.code,
        provider,
        style: isOrder ? 'order' : styleFor(task, i),
        format: formats[(i * 7) % formats.length]!,
        schedule: schedules[(i * 3 + Math.floor(i / 5)) % schedules.length]!,
        startDate: isoDay(base, Math.floor((i * 913) % 900)),
        ...(enterprise ? { orderEnterprise: enterprise } : {}),
      }),
    );
  }
  return out;
}
