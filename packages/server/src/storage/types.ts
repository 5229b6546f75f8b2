// The records the storage module holds and returns. Routes depend on this interface only, so
// another database can be added later without touching them.
import type {
  Competition,
  Contestant,
  Course,
  CourseSort,
  Enrolment,
  EnrolmentRequest,
  Leaderboard,
  Provider,
} from '@skills-huaian/schemas';

export type CourseRecord = Course;
export type ProviderRecord = Provider;
export type EnrolmentRecord = Enrolment;
export type CompetitionRecord = Competition;
export type ContestantRecord = Contestant;
export type LeaderboardRecord = Leaderboard;

export interface ApiKeyRecord {
  key: string;
  kind: 'publishable' | 'secret';
  /** The organisation the key acts for; `bureau` is the city bureau (everything). */
  orgId: string;
  orgKind: 'bureau' | 'college' | 'institution' | 'enterprise' | 'organiser';
  /** Origin patterns for publishable keys, e.g. `http://localhost:*`. */
  origins: string[];
  label: string;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
  total: number;
}

export type FacetCounts = Record<string, { code: string | number; count: number }[]>;

export interface CourseSearch {
  q?: string | undefined;
  district?: string | undefined;
  occupation?: string | undefined;
  level?: number | undefined;
  style?: string | undefined;
  format?: string | undefined;
  schedule?: string | undefined;
  group?: string | undefined;
  subsidised?: boolean | undefined;
  provider?: string | undefined;
  cluster?: string | undefined;
  startFrom?: string | undefined;
  startTo?: string | undefined;
  sort: CourseSort;
  limit: number;
  cursor?: string | undefined;
}

export type EnrolmentInput = EnrolmentRequest;

/** Who is reading: the city bureau sees everything, others only their own organisation's. */
export interface OrgScope {
  orgId: string;
  orgKind: ApiKeyRecord['orgKind'];
}

export type EnrolmentOutcome =
  | { ok: true; enrolment: EnrolmentRecord }
  | {
      ok: false;
      code:
        | 'course_not_found'
        | 'position_required'
        | 'position_unknown'
        | 'position_not_applicable'
        | 'not_eligible_target_group'
        | 'not_eligible_age'
        | 'duplicate_enrolment'
        | 'subsidised_overlap';
      field?: string;
    };

export type ScoreOutcome =
  | { ok: true; leaderboard: LeaderboardRecord; contestantId: string; score: number; recordedAt: string }
  | { ok: false; code: 'not_found' | 'not_organiser' | 'competition_not_live' | 'contestant_unknown' };

export interface StoredResponse {
  bodyHash: string;
  status: number;
  body: string;
}

export interface Store {
  findApiKey(key: string): ApiKeyRecord | undefined;
  /** Every origin pattern registered to some publishable key (for CORS preflights). */
  publishableOrigins(): string[];
  /** The occupations the catalogue's courses train for, with the levels offered. */
  occupations(): { code: string; name: { 'zh-CN': string; en: string }; levels: number[] }[];

  searchCourses(query: CourseSearch): Page<CourseRecord> & { facets: FacetCounts };
  getCourse(id: string): CourseRecord | undefined;

  listProviders(query: {
    kind?: string;
    district?: string;
    limit: number;
    cursor?: string | undefined;
  }): Page<ProviderRecord>;
  getProvider(id: string): ProviderRecord | undefined;

  createEnrolment(input: EnrolmentInput, now: Date): EnrolmentOutcome;
  getEnrolment(id: string, scope: OrgScope): EnrolmentRecord | undefined;
  listEnrolments(
    scope: OrgScope,
    query: { courseId?: string; status?: string; limit: number; cursor?: string | undefined },
  ): Page<EnrolmentRecord>;

  listCompetitions(query: {
    status?: string;
    year?: number;
    occupation?: string;
    district?: string;
    limit: number;
    cursor?: string | undefined;
  }): Page<CompetitionRecord>;
  getCompetition(id: string): CompetitionRecord | undefined;
  getLeaderboard(competitionId: string): LeaderboardRecord | undefined;
  recordScore(
    competitionId: string,
    input: { contestantId: string; score: number },
    scope: OrgScope,
    now: Date,
  ): ScoreOutcome;

  /** A keyed hash (HMAC) under the store's secret, for values that may hold personal data. */
  keyedHash(text: string): string;

  getIdempotent(scopeKey: string, key: string, now: Date): StoredResponse | undefined;
  saveIdempotent(scopeKey: string, key: string, response: StoredResponse, expiresAt: Date): void;

  /** True when the database holds no demo data yet. */
  isEmpty(): boolean;
  close(): void;
}
