// Named demo courses that other packages' tests rely on. Their ids and titles are stable and
// documented in the README ("Demo data and keys"); each is findable by a documented query.
import { buildCourse, type CourseSpec, type DemoCourse } from './courses.js';
import { demoOccupations } from './occupations.js';
import { demoEnterprises, demoProviders } from './organisations.js';
import type { Random } from './random.js';

const occupation = (code: string) => demoOccupations.find((o) => o.code === code)!;
const provider = (id: string) => [...demoProviders].find((p) => p.id === id)!;

export const fixtureIds = {
  nightCare: 'crs_demo_night_care',
  orderClass: 'crs_demo_order_class',
  full: 'crs_demo_full',
  restricted: 'crs_demo_restricted',
  concurrency: 'crs_demo_concurrency',
  html: 'crs_demo_html',
  open: 'crs_demo_open',
  overlapA: 'crs_demo_overlap_a',
  overlapB: 'crs_demo_overlap_b',
} as const;

/** Seats of the full course; the seed fills every one. */
export const fullCourseCapacity = 12;

export function fixtureCourses(rnd: Random): DemoCourse[] {
  const make = (
    id: string,
    patch: (c: DemoCourse['course']) => void,
    spec: Partial<Omit<CourseSpec, 'occupation' | 'provider'>> & { occupation: string; provider: string },
  ) => {
    const built = buildCourse({
      id,
      index: 0,
      rnd,
      task: occupation(spec.occupation).tasks[0]!,
      district: '320812',
      style: 'basic',
      format: 'centralised',
      schedule: 'daytime',
      startDate: '2026-12-07',
      ...spec,
      occupation: occupation(spec.occupation),
      provider: provider(spec.provider),
    });
    patch(built.course);
    return built;
  };
  const yunfan = demoEnterprises.find((e) => e.id === 'prv_yunfan_data')!;
  return [
    make(
      fixtureIds.nightCare,
      (c) => {
        c.title = {
          'zh-CN': '养老护理员（五级/初级工）技能夜校示范班',
          en: 'Elderly-care worker, level 5, skills night school (demo)',
        };
        c.subsidised = true;
        c.fee = 1800;
        c.subsidy = 1800;
        c.targetGroups = [];
        c.capacity = 40;
        c.catalogueStatus = 'listed';
        c.questions = [];
      },
      {
        occupation: '4-10-01-05',
        provider: 'prv_jsnu_nursing',
        schedule: 'night-school',
        task: 12,
        level: 5,
      },
    ),
    make(
      fixtureIds.orderClass,
      (c) => {
        c.title = {
          'zh-CN': '云帆数据标注员订单班（2026 冬季）',
          en: 'Yunfan data-annotator order class (winter 2026)',
        };
        c.orderClass!.positions = [
          {
            id: 'pos_yunfan_annotator',
            title: { 'zh-CN': '数据标注员', en: 'Data annotator' },
            headcount: 30,
          },
          {
            id: 'pos_yunfan_qa',
            title: { 'zh-CN': '标注质检员', en: 'Annotation quality inspector' },
            headcount: 6,
          },
        ];
        c.capacity = 60;
        c.subsidised = false;
        c.subsidy = 0;
        c.fee = 0;
        c.catalogueStatus = 'not-listed';
      },
      {
        occupation: '4-04-05-05',
        provider: 'prv_hatc_tech',
        style: 'order',
        orderEnterprise: yunfan,
        task: 15,
        format: 'cooperative',
        startDate: '2026-12-14',
      },
    ),
    make(
      fixtureIds.full,
      (c) => {
        c.title = {
          'zh-CN': '家政服务员（四级/中级工）周末班（已满员）',
          en: 'Housekeeping worker, level 4, weekend class (full)',
        };
        c.capacity = fullCourseCapacity;
        c.subsidised = false;
        c.subsidy = 0;
        c.targetGroups = [];
        c.questions = [];
      },
      {
        occupation: '4-10-01-06',
        provider: 'prv_qiaoshou',
        district: '320826',
        schedule: 'weekend',
        task: 1,
        level: 4,
      },
    ),
    make(
      fixtureIds.restricted,
      (c) => {
        c.title = {
          'zh-CN': '退役军人专场·电工（五级/初级工）定向培训班',
          en: 'Electrician, level 5, directed class for veterans',
        };
        c.targetGroups = ['veteran'];
        c.ageLimits = { min: 18, max: 45 };
        c.subsidised = true;
        c.subsidy = c.fee;
        c.questions = [];
      },
      {
        occupation: '6-31-01-03',
        provider: 'prv_hatc_tech',
        style: 'directed',
        district: '320804',
        task: 3,
        level: 5,
      },
    ),
    make(
      fixtureIds.concurrency,
      (c) => {
        c.title = {
          'zh-CN': '中式面点师社区培训微课堂（并发测试专用）',
          en: 'Chinese pastry community micro-class (concurrency test)',
        };
        c.capacity = 30;
        c.subsidised = false;
        c.subsidy = 0;
        c.targetGroups = [];
        c.questions = [];
      },
      {
        occupation: '4-03-02-02',
        provider: 'prv_jsfd_college',
        schedule: 'community-micro-class',
        district: '320803',
      },
    ),
    make(
      fixtureIds.html,
      (c) => {
        c.title = {
          'zh-CN': '<script>alert(1)</script><b>x</b> 网页安全测试课程',
          en: '<script>alert(1)</script><b>x</b> HTML injection test course',
        };
        c.summary = {
          'zh-CN': '<img src=x onerror=alert(2)> 用于检查页面是否按纯文本显示',
          en: '<img src=x onerror=alert(2)> shown as text',
        };
        c.targetGroups = [];
        c.questions = [];
      },
      { occupation: '4-01-02-02', provider: 'prv_qihang', format: 'online' },
    ),
    make(
      fixtureIds.open,
      (c) => {
        c.title = {
          'zh-CN': '电子商务师（五级/初级工）报名演示班',
          en: 'E-commerce specialist, level 5, enrolment demo class',
        };
        c.capacity = 100_000;
        c.subsidised = false;
        c.subsidy = 0;
        c.fee = 0;
        c.targetGroups = [];
        c.ageLimits = { min: 16, max: 80 };
        c.questions = [];
      },
      {
        occupation: '4-01-02-02',
        provider: 'prv_hycommerce',
        format: 'online',
        schedule: 'weekend',
        district: '320804',
        level: 5,
      },
    ),
    ...(['A', 'B'] as const).map((letter, i) =>
      make(
        i === 0 ? fixtureIds.overlapA : fixtureIds.overlapB,
        (c) => {
          c.title = {
            'zh-CN': `中式烹调师补贴重叠演示${letter}班`,
            en: `Chinese cook, subsidised overlap demo ${letter}`,
          };
          c.subsidised = true;
          c.subsidy = c.fee;
          c.targetGroups = [];
          c.capacity = 1000;
          c.ageLimits = { min: 16, max: 80 };
          c.questions = [];
          c.endDate = '2027-01-20';
        },
        {
          occupation: '4-03-02-01',
          provider: 'prv_jsfd_college',
          district: '320803',
          startDate: i === 0 ? '2026-12-21' : '2027-01-04',
          task: 13,
          level: 5,
        },
      ),
    ),
  ];
}
