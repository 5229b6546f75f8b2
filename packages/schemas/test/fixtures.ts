// One realistic example of every entity, as the wire carries it.
import type {
  Competition,
  Course,
  Enrolment,
  EnrolmentCreated,
  EnrolmentRequestInput,
  Leaderboard,
  Problem,
  Provider,
  ScoreRequest,
} from '@skills-huaian/schemas';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

export const provider: Provider = {
  id: 'prv_hvc',
  name: t('淮安职业技术学院', 'Huai’an Vocational College'),
  kind: 'public-college',
  districtCode: '320812',
  creditCode: '12320800466000000D',
  address: t('淮安市清江浦区', 'Qingjiangpu District, Huai’an'),
  website: 'https://example.edu.cn/',
  outcomes: { placementRate: 0.86, certificationRate: 0.91, sampleSize: 412, measuredAt: '2026-03-31' },
  courseCount: 12,
};

export const course: Course = {
  id: 'crs_care_2026_01',
  title: t('养老护理员（五级）技能夜校', 'Elderly-care worker, level 5 — night school'),
  summary: t('面向社区的养老护理入门课程。', 'An entry course in elderly care for the community.'),
  provider: { id: provider.id, name: provider.name, kind: provider.kind },
  districtCode: '320812',
  occupation: { code: '4-10-01-05', name: t('养老护理员', 'Elderly-care worker') },
  level: 5,
  style: 'order',
  format: 'centralised',
  schedule: 'night-school',
  timetable: t('周一至周五 19:00–21:00', 'Mon–Fri 19:00–21:00'),
  hours: 80,
  targetGroups: ['registered-unemployed', 'rural-left-behind-woman'],
  ageLimits: { min: 16, max: 60 },
  tasks: [1, 12],
  cluster: 'modern-services',
  subsidised: true,
  fee: 1800,
  subsidy: 1500,
  capacity: 40,
  seatsLeft: 12,
  startDate: '2026-09-01',
  endDate: '2026-10-15',
  certificate: { kind: 'skill-level', level: 5 },
  outcomes: { placementRate: 0.82, certificationRate: 0.9, sampleSize: 38 },
  catalogueStatus: 'listed',
  questions: [
    {
      id: 'shift',
      kind: 'choice',
      label: t('可上课时间', 'When can you attend?'),
      required: true,
      options: [
        { value: 'weekday-evening', label: t('工作日晚上', 'Weekday evenings') },
        { value: 'weekend', label: t('周末', 'Weekends') },
      ],
    },
  ],
  orderClass: {
    enterprise: {
      name: t('淮安康养集团有限公司', 'Huai’an Care Group Ltd'),
      creditCode: '91320812MA1N2B3C4G',
    },
    positions: [{ id: 'pos_carer', title: t('护理员', 'Carer'), headcount: 20 }],
    commitment: t('结业并取证者优先录用。', 'Graduates with the certificate are hired first.'),
    questions: [
      {
        id: 'nightShift',
        kind: 'yesno',
        label: t('能否接受夜班？', 'Can you work nights?'),
        required: false,
      },
    ],
  },
};

export const enrolmentRequest: EnrolmentRequestInput = {
  courseId: course.id,
  applicant: {
    name: '王小梅',
    citizenId: '320826197808123331',
    mobile: '+86 139 1234 5678',
    districtCode: '320826',
    targetGroups: ['registered-unemployed'],
    education: 'junior-secondary',
  },
  positionId: 'pos_carer',
  answers: { shift: 'weekday-evening', nightShift: true },
  consent: { noticeVersion: '2026-01', agreedAt: '2026-08-01T09:30:00Z' },
  tracking: { source: 'lianshui-station', campaign: 'autumn-2026' },
};

export const enrolment: Enrolment = {
  id: 'enr_0001',
  reference: 'HA-2026-000001',
  status: 'accepted',
  courseId: course.id,
  positionId: 'pos_carer',
  applicant: {
    name: '王小梅',
    citizenId: '320826**********31',
    mobile: '139****5678',
    districtCode: '320826',
    targetGroups: ['registered-unemployed'],
    education: 'junior-secondary',
  },
  answers: { shift: 'weekday-evening', nightShift: true },
  consent: { noticeVersion: '2026-01', agreedAt: '2026-08-01T09:30:00Z' },
  statusHistory: [
    { status: 'submitted', at: '2026-08-01T09:30:01Z' },
    { status: 'accepted', at: '2026-08-03T10:00:00+08:00', note: 'Documents checked' },
  ],
  createdAt: '2026-08-01T09:30:01Z',
  updatedAt: '2026-08-03T10:00:00+08:00',
};

export const enrolmentCreated: EnrolmentCreated = {
  id: enrolment.id,
  reference: enrolment.reference,
  status: 'submitted',
  courseId: course.id,
  applicant: enrolment.applicant,
  createdAt: enrolment.createdAt,
};

export const competition: Competition = {
  id: 'cmp_2026_chef',
  title: t('2026 年淮安市淮扬菜烹饪职业技能竞赛', '2026 Huai’an Huaiyang Cuisine Skills Competition'),
  year: 2026,
  occupation: { code: '4-03-02-01', name: t('中式烹调师', 'Chinese cuisine chef') },
  level: 3,
  organiser: t('淮安市人力资源和社会保障局', 'Huai’an Human Resources and Social Security Bureau'),
  venue: t('淮安市技师学院', 'Huai’an Technician College'),
  districtCode: '320812',
  stages: [
    {
      id: 'theory',
      name: t('理论考试', 'Theory'),
      startsAt: '2026-10-10T09:00:00+08:00',
      endsAt: '2026-10-10T11:00:00+08:00',
    },
    { id: 'practical', name: t('实操比赛', 'Practical'), startsAt: '2026-10-11T09:00:00+08:00' },
  ],
  startDate: '2026-10-10',
  endDate: '2026-10-11',
  status: 'live',
  contestantCount: 48,
};

export const leaderboard: Leaderboard = {
  competitionId: competition.id,
  version: 7,
  updatedAt: '2026-10-11T10:15:00+08:00',
  entries: [
    {
      rank: 1,
      contestant: { id: 'cnt_1', name: '李明', organisation: '淮安宾馆', districtCode: '320812' },
      score: 96.5,
      medal: 'gold',
    },
    {
      rank: 2,
      contestant: { id: 'cnt_2', name: '陈静', organisation: '盱眙龙虾城', districtCode: '320830' },
      score: 94,
      medal: 'silver',
    },
    {
      rank: 3,
      contestant: { id: 'cnt_3', name: '周强', organisation: '', districtCode: '320803' },
      score: 90.25,
      medal: 'bronze',
    },
    {
      rank: 4,
      contestant: { id: 'cnt_4', name: '赵芳', organisation: '金湖酒店', districtCode: '320831' },
      score: 88,
      medal: null,
    },
  ],
};

export const scoreRequest: ScoreRequest = { contestantId: 'cnt_4', score: 88 };

export const problem: Problem = {
  type: 'https://skills.huaian.example/problems/validation_failed',
  title: 'The request is not valid',
  status: 400,
  code: 'validation_failed',
  requestId: 'req_01HXYZ',
  errors: [
    {
      path: 'applicant.citizenId',
      code: 'citizen_id_check_digit',
      message: '身份证号码校验位不正确，请核对是否输错',
    },
  ],
};
