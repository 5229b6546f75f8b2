// City class-one skills competitions 2025–2027 in every status, with invented contestants.
import {
  type Competition,
  type CompetitionStatus,
  type DistrictCode,
  districts,
  type SkillLevel,
} from '@skills-huaian/schemas';
import type { StoreImport } from '../storage/sqlite-store.js';
import { isoDay } from './courses.js';
import { demoOccupations } from './occupations.js';
import { demoOrganisers, demoProviders } from './organisations.js';
import { inventedName } from './people.js';
import type { Random } from './random.js';

export const liveCompetitionId = 'cmp_demo_live';
export const liveCompetitionOrganiser = 'org_commerce';
export const otherLiveCompetitionId = 'cmp_demo_live_care';

const organiserFor = (task: number) =>
  task === 13
    ? 'org_commerce'
    : task === 12 || task === 1
      ? 'org_civil'
      : task === 10 || task === 11
        ? 'org_agri'
        : task === 16
          ? 'org_housing'
          : task === 15
            ? 'org_data'
            : task === 14
              ? 'org_culture'
              : 'org_hrss';

interface Plan {
  id: string;
  year: number;
  month: number;
  status: CompetitionStatus;
  occupationIndex: number;
}

function plans(): Plan[] {
  const out: Plan[] = [];
  for (const year of [2025, 2026, 2027]) {
    for (let k = 0; k < 12; k++) {
      const month = k + 1;
      let status: CompetitionStatus;
      if (year === 2025) status = k === 5 ? 'cancelled' : 'finished';
      else if (year === 2026)
        status =
          month <= 9 ? 'finished' : month === 10 ? 'cancelled' : month === 11 ? 'live' : 'registration-open';
      else status = month <= 2 ? 'registration-open' : 'upcoming';
      out.push({
        id: `cmp_${year}_${String(month).padStart(2, '0')}`,
        year,
        month,
        status,
        occupationIndex: year * 12 + k,
      });
    }
  }
  return out;
}

export function generateCompetitions(rnd: Random): Pick<StoreImport, 'competitions' | 'contestants'> {
  const competitions: StoreImport['competitions'] = [];
  const contestants: StoreImport['contestants'] = [];
  const all = plans();
  // The two documented live competitions replace two November 2026 slots.
  all.push({ id: liveCompetitionId, year: 2026, month: 11, status: 'live', occupationIndex: -1 });
  all.push({ id: otherLiveCompetitionId, year: 2026, month: 11, status: 'live', occupationIndex: -2 });
  const colleges = demoProviders.filter((p) => p.kind !== 'private-institution');
  let person = 0;
  for (const plan of all) {
    const occupation =
      plan.occupationIndex === -1
        ? demoOccupations.find((o) => o.code === '4-03-02-01')!
        : plan.occupationIndex === -2
          ? demoOccupations.find((o) => o.code === '4-10-01-05')!
          : demoOccupations[plan.occupationIndex % demoOccupations.length]!;
    const organiserId =
      plan.id === liveCompetitionId
        ? liveCompetitionOrganiser
        : plan.id === otherLiveCompetitionId
          ? 'org_civil'
          : organiserFor(occupation.tasks[0]!);
    const organiser = demoOrganisers.find((o) => o.id === organiserId)!;
    const district = districts[(plan.month + plan.year) % districts.length]!;
    const startDate = `${plan.year}-${String(plan.month).padStart(2, '0')}-${plan.status === 'live' ? '26' : '15'}`;
    const endDate = isoDay(startDate, plan.status === 'live' ? 4 : 2);
    const level = (occupation.levels.find((l) => l <= 3) ?? occupation.levels[0]!) as SkillLevel;
    const ordinal = ['一', '二', '三', '四', '五'][(plan.year - 2025 + occupation.code.length) % 5];
    const competition: Omit<Competition, 'contestantCount'> = {
      id: plan.id,
      title: {
        'zh-CN': `${plan.year}年淮安市第${ordinal}届${occupation.zh}职业技能竞赛`,
        en: `${plan.year} Huai'an City ${occupation.en} Skills Competition`,
      },
      year: plan.year,
      occupation: { code: occupation.code, name: { 'zh-CN': occupation.zh, en: occupation.en } },
      level,
      organiser: { 'zh-CN': organiser.zh, en: organiser.en },
      venue: {
        'zh-CN': `淮安市职业技能公共实训基地（${district.name['zh-CN']}）`,
        en: `Huai'an Public Skills Training Base, ${district.name.en}`,
      },
      districtCode: district.code,
      stages: [
        {
          id: `${plan.id}_prelim`,
          name: { 'zh-CN': '理论知识考试', en: 'Theory examination' },
          startsAt: `${startDate}T09:00:00+08:00`,
          endsAt: `${startDate}T11:00:00+08:00`,
        },
        {
          id: `${plan.id}_final`,
          name: { 'zh-CN': '技能操作决赛', en: 'Practical final' },
          startsAt: `${endDate}T08:30:00+08:00`,
          endsAt: `${endDate}T17:00:00+08:00`,
        },
      ],
      startDate,
      endDate,
      status: plan.status,
    };
    competitions.push({ competition, organiserId, updatedAt: `${startDate}T01:00:00.000Z` });
    if (plan.status === 'upcoming' || plan.status === 'cancelled') continue;
    const n = plan.id === liveCompetitionId ? 16 : rnd.int(12, 24);
    for (let c = 0; c < n; c++) {
      person++;
      const scored = plan.status === 'finished' || (plan.status === 'live' && c < n - 3);
      let score: number | null = scored ? Math.round(rnd.int(6000, 9800) / 10) / 10 : null;
      // The documented live competition has a tie at the top and one further down.
      if (plan.id === liveCompetitionId) score = [96.5, 96.5, 94, 91.5, 91.5][c] ?? (c < 13 ? 90 - c : null);
      const from = rnd.pick(colleges);
      contestants.push({
        competitionId: plan.id,
        score,
        contestant: {
          id: `${plan.id}_c${String(c + 1).padStart(2, '0')}`,
          name: inventedName(rnd, person),
          organisation: from.zh,
          districtCode: (rnd.pick(districts) as { code: DistrictCode }).code,
        },
      });
    }
  }
  return { competitions, contestants };
}
