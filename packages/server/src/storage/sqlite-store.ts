// The SQLite implementation of Store, on better-sqlite3. Everything the routes need goes through
// the Store interface; SQL stays in this folder.
import { randomBytes } from 'node:crypto';
import { maskCitizenId, maskMobile, parseCitizenId, targetGroups } from '@skills-huaian/schemas';
import Database from 'better-sqlite3';
import { bigrams, buildSearchFields, firstBigram, likePattern, tokenise } from '../search/text.js';
import { pageAfter, type SortKey } from './cursor.js';
import { migrations } from './migrations.js';
import { keyedHash, resolvePersonKey } from './person-key.js';
import type {
  ApiKeyRecord,
  CompetitionRecord,
  ContestantRecord,
  CourseRecord,
  CourseSearch,
  EnrolmentInput,
  EnrolmentOutcome,
  EnrolmentRecord,
  FacetCounts,
  LeaderboardRecord,
  OrgScope,
  Page,
  ProviderRecord,
  ScoreOutcome,
  Store,
  StoredResponse,
} from './types.js';

const ACTIVE = `('submitted','waitlisted','accepted')`;

/** What the demo seed (or an import) loads. */
export interface StoreImport {
  apiKeys: ApiKeyRecord[];
  providers: Omit<ProviderRecord, 'courseCount' | 'outcomes'>[];
  courses: { course: Omit<CourseRecord, 'seatsLeft'>; enterpriseId: string | null; tags: string[] }[];
  competitions: {
    competition: Omit<CompetitionRecord, 'contestantCount'>;
    organiserId: string;
    updatedAt: string;
  }[];
  contestants: { contestant: ContestantRecord; competitionId: string; score: number | null }[];
}

interface CourseRow {
  id: string;
  title_text: string;
  pinyin_full: string;
  pinyin_initials: string;
  district_code: string;
  occupation_code: string;
  level: number;
  style: string;
  format: string;
  schedule: string;
  target_groups: string;
  subsidised: number;
  provider_id: string;
  cluster: string | null;
  start_date: string;
  placement_rate: number | null;
  fee: number;
  capacity: number;
  seats_taken: number;
}

const ALL_GROUPS = targetGroups.map((g) => g.code as string);

const FACETS: [string, (r: CourseRow) => (string | number)[]][] = [
  ['district', (r) => [r.district_code]],
  ['occupation', (r) => [r.occupation_code]],
  ['level', (r) => [r.level]],
  ['style', (r) => [r.style]],
  ['format', (r) => [r.format]],
  ['schedule', (r) => [r.schedule]],
  ['group', (r) => (r.target_groups === '' ? ALL_GROUPS : r.target_groups.split(','))],
  ['subsidised', (r) => [r.subsidised ? 'true' : 'false']],
  ['provider', (r) => [r.provider_id]],
  ['cluster', (r) => (r.cluster ? [r.cluster] : [])],
];

function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export interface SqliteStoreOptions {
  /** The secret of the keyed hashes; by default from SKILLS_PERSON_KEY or `<db>.key`. */
  personKey?: Buffer | string;
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  readonly #personKey: Buffer;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.#personKey =
      options.personKey === undefined
        ? resolvePersonKey(path)
        : Buffer.isBuffer(options.personKey)
          ? options.personKey
          : Buffer.from(options.personKey, 'utf8');
    this.db = new Database(path);
    if (path !== ':memory:') {
      this.db.pragma('journal_mode = WAL');
      // A sandbox: WAL with NORMAL sync stays consistent and skips an fsync per transaction.
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    this.indexGrams();
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Prepared statements are cached by their SQL. */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < migrations.length; v++) {
      this.db.transaction(() => {
        this.db.exec(migrations[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  /** Fills the bigram index for courses that are not in it yet (all of them after migration 3). */
  private indexGrams(): void {
    const missing = this.db
      .prepare(
        `SELECT rowid, search_text FROM courses c
         WHERE NOT EXISTS (SELECT 1 FROM course_grams g WHERE g.course_rowid = c.rowid)`,
      )
      .all() as { rowid: number; search_text: string }[];
    if (missing.length === 0) return;
    const insert = this.db.prepare('INSERT OR IGNORE INTO course_grams (gram, course_rowid) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const row of missing) for (const gram of bigrams(row.search_text)) insert.run(gram, row.rowid);
    })();
  }

  /** HMAC-SHA256 under this database's secret: stands in for personal data in lookups. */
  keyedHash(text: string): string {
    return keyedHash(this.#personKey, text);
  }

  private personHash(citizenId: string): string {
    return this.keyedHash(`person:${citizenId.trim().toUpperCase()}`);
  }

  isEmpty(): boolean {
    return (this.stmt('SELECT count(*) AS n FROM courses').get() as { n: number }).n === 0;
  }

  close(): void {
    this.db.close();
  }

  private nextCounter(name: string): number {
    const row = this.stmt(
      'INSERT INTO counters(name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value',
    ).get(name) as { value: number };
    return row.value;
  }

  // ---- import -------------------------------------------------------------------------------

  import(data: StoreImport): void {
    const db = this.db;
    db.transaction(() => {
      this.originsCache = null;
      this.keyCache.clear();
      const key = db.prepare('INSERT OR REPLACE INTO api_keys VALUES (?, ?, ?, ?, ?, ?)');
      for (const k of data.apiKeys)
        key.run(k.key, k.kind, k.orgId, k.orgKind, JSON.stringify(k.origins), k.label);
      const prov = db.prepare('INSERT INTO providers VALUES (?, ?, ?, ?, ?)');
      data.providers.forEach((p, i) => {
        prov.run(p.id, i, p.kind, p.districtCode, JSON.stringify(p));
      });
      const course = db.prepare(`INSERT INTO courses (id, seq, provider_id, enterprise_id, district_code,
        occupation_code, level, style, format, schedule, target_groups, subsidised, cluster, start_date,
        end_date, placement_rate, fee, capacity, title_text, search_text, pinyin_full, pinyin_initials)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      const courseDoc = db.prepare('INSERT INTO course_docs (id, doc) VALUES (?, ?)');
      data.courses.forEach(({ course: c, enterpriseId, tags }, i) => {
        const f = buildSearchFields(c.title['zh-CN'], [
          c.occupation.name['zh-CN'],
          c.provider.name['zh-CN'],
          c.orderClass?.enterprise.name['zh-CN'] ?? '',
          ...tags,
          c.title.en,
        ]);
        course.run(
          c.id,
          i,
          c.provider.id,
          enterpriseId,
          c.districtCode,
          c.occupation.code,
          c.level,
          c.style,
          c.format,
          c.schedule,
          c.targetGroups.join(','),
          c.subsidised ? 1 : 0,
          c.cluster ?? null,
          c.startDate,
          c.endDate,
          c.outcomes.placementRate,
          c.fee,
          c.capacity,
          f.titleText,
          f.searchText,
          f.pinyinFull,
          f.pinyinInitials,
        );
        courseDoc.run(c.id, JSON.stringify(c));
      });
      this.indexGrams();
      const comp = db.prepare(`INSERT INTO competitions (id, seq, organiser_id, status, year, occupation_code,
        district_code, version, updated_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`);
      data.competitions.forEach(({ competition: c, organiserId, updatedAt }, i) => {
        comp.run(
          c.id,
          i,
          organiserId,
          c.status,
          c.year,
          c.occupation.code,
          c.districtCode,
          updatedAt,
          JSON.stringify(c),
        );
      });
      const cont = db.prepare('INSERT INTO contestants VALUES (?, ?, ?, ?, ?)');
      data.contestants.forEach(({ contestant, competitionId, score }, i) => {
        cont.run(contestant.id, competitionId, i, score, JSON.stringify(contestant));
      });
    })();
    // Fresh statistics let the planner pick the most selective filter index.
    db.exec('ANALYZE');
  }

  // ---- keys ---------------------------------------------------------------------------------

  private readonly keyCache = new Map<string, ApiKeyRecord | undefined>();

  findApiKey(key: string): ApiKeyRecord | undefined {
    if (this.keyCache.has(key)) return this.keyCache.get(key);
    const found = this.readApiKey(key);
    // Remember known keys, and a bounded number of unknown ones.
    if (found || this.keyCache.size < 1000) this.keyCache.set(key, found);
    return found;
  }

  private readApiKey(key: string): ApiKeyRecord | undefined {
    const row = this.stmt('SELECT * FROM api_keys WHERE key = ?').get(key) as
      | { key: string; kind: string; org_id: string; org_kind: string; origins: string; label: string }
      | undefined;
    if (!row) return undefined;
    return {
      key: row.key,
      kind: row.kind as ApiKeyRecord['kind'],
      orgId: row.org_id,
      orgKind: row.org_kind as ApiKeyRecord['orgKind'],
      origins: JSON.parse(row.origins) as string[],
      label: row.label,
    };
  }

  private originsCache: string[] | null = null;

  publishableOrigins(): string[] {
    if (!this.originsCache) {
      const rows = this.stmt(`SELECT origins FROM api_keys WHERE kind = 'publishable'`).all() as {
        origins: string;
      }[];
      this.originsCache = [...new Set(rows.flatMap((r) => JSON.parse(r.origins) as string[]))];
    }
    return this.originsCache;
  }

  occupations(): { code: string; name: { 'zh-CN': string; en: string }; levels: number[] }[] {
    const rows = this.stmt(
      `SELECT occupation_code AS code, json_extract(doc, '$.occupation.name') AS name,
         group_concat(DISTINCT level) AS levels FROM courses JOIN course_docs USING (id)
         GROUP BY occupation_code ORDER BY occupation_code`,
    ).all() as { code: string; name: string; levels: string }[];
    return rows.map((r) => ({
      code: r.code,
      name: JSON.parse(r.name) as { 'zh-CN': string; en: string },
      levels: r.levels
        .split(',')
        .map(Number)
        .sort((a, b) => b - a),
    }));
  }

  // ---- courses ------------------------------------------------------------------------------

  /** The bare SQL of a course search: matching rows with their sort and facet columns. */
  matchCourses(query: Omit<CourseSearch, 'sort' | 'limit' | 'cursor'>): CourseRow[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const eq = (column: string, value: string | number | undefined) => {
      if (value === undefined) return;
      where.push(`${column} = ?`);
      params.push(value);
    };
    for (const token of tokenise(query.q ?? '')) {
      const p = likePattern(token.text);
      if (token.latin) {
        where.push(
          `(search_text LIKE ? ESCAPE '\\' OR pinyin_full LIKE ? ESCAPE '\\' OR pinyin_initials LIKE ? ESCAPE '\\')`,
        );
        params.push(p, p, p);
      } else {
        const gram = firstBigram(token.text);
        if (gram !== undefined) {
          where.push('rowid IN (SELECT course_rowid FROM course_grams WHERE gram = ?)');
          params.push(gram);
        }
        where.push(`search_text LIKE ? ESCAPE '\\'`);
        params.push(p);
      }
    }
    eq('district_code', query.district);
    eq('occupation_code', query.occupation);
    eq('level', query.level);
    eq('style', query.style);
    eq('format', query.format);
    eq('schedule', query.schedule);
    eq('provider_id', query.provider);
    eq('cluster', query.cluster);
    if (query.group !== undefined) {
      // Eligible for the group: courses listing it, and courses open to everyone.
      where.push(`(target_groups = '' OR (',' || target_groups || ',') LIKE ?)`);
      params.push(`%,${query.group},%`);
    }
    if (query.subsidised !== undefined) {
      where.push('subsidised = ?');
      params.push(query.subsidised ? 1 : 0);
    }
    if (query.startFrom) {
      where.push('start_date >= ?');
      params.push(query.startFrom);
    }
    if (query.startTo) {
      where.push('start_date <= ?');
      params.push(query.startTo);
    }
    // The search text is read back only when relevance needs it.
    const text = query.q?.trim()
      ? 'title_text, pinyin_full, pinyin_initials'
      : `'' AS title_text, '' AS pinyin_full, '' AS pinyin_initials`;
    const sql = `SELECT id, ${text}, district_code, occupation_code, level, style,
      format, schedule, target_groups, subsidised, provider_id, cluster, start_date, placement_rate,
      fee, capacity, seats_taken FROM courses ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    return this.stmt(sql).all(...params) as CourseRow[];
  }

  searchCourses(query: CourseSearch): Page<CourseRecord> & { facets: FacetCounts } {
    const rows = this.matchCourses(query);
    const tokens = tokenise(query.q ?? '');
    const relevance = (r: CourseRow) => {
      let score = 0;
      const titlePinyin = r.pinyin_full.split('|')[1] ?? '';
      const titleInitials = r.pinyin_initials.split('|')[1] ?? '';
      for (const t of tokens) {
        if (r.title_text.includes(t.text)) score += 3;
        else if (t.latin && (titlePinyin.includes(t.text) || titleInitials.includes(t.text))) score += 2;
        else score += 1;
      }
      return score;
    };
    const keyOf = (r: CourseRow): SortKey => {
      switch (query.sort) {
        case 'placement-rate':
          return [r.placement_rate === null ? null : -r.placement_rate, r.start_date, r.id];
        case 'fee':
          return [r.fee, r.start_date, r.id];
        case 'seats-left':
          return [r.seats_taken - r.capacity, r.start_date, r.id];
        case 'relevance':
          if (tokens.length > 0) return [-relevance(r), r.start_date, r.id];
          return [r.start_date, r.id, ''];
        default:
          return [r.start_date, r.id, ''];
      }
    };
    const facets: FacetCounts = {};
    for (const [name, valuesOf] of FACETS) {
      const counts = new Map<string | number, number>();
      for (const r of rows) for (const v of valuesOf(r)) counts.set(v, (counts.get(v) ?? 0) + 1);
      facets[name] = [...counts]
        .map(([code, count]) => ({ code, count }))
        .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
    }
    const { page, nextCursor } = pageAfter(rows, keyOf, query.limit, query.cursor);
    return { data: this.coursesByIds(page.map((r) => r.id)), nextCursor, total: rows.length, facets };
  }

  private coursesByIds(ids: string[]): CourseRecord[] {
    if (ids.length === 0) return [];
    const rows = this.stmt(
      `SELECT id, doc, capacity, seats_taken FROM courses JOIN course_docs USING (id)
         WHERE id IN (${ids.map(() => '?').join(',')})`,
    ).all(...ids) as { id: string; doc: string; capacity: number; seats_taken: number }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => this.toCourse(byId.get(id)!));
  }

  private toCourse(row: { doc: string; capacity: number; seats_taken: number }): CourseRecord {
    const doc = JSON.parse(row.doc) as Omit<CourseRecord, 'seatsLeft'>;
    return { ...doc, seatsLeft: Math.max(0, row.capacity - row.seats_taken) };
  }

  getCourse(id: string): CourseRecord | undefined {
    const row = this.stmt(
      'SELECT doc, capacity, seats_taken FROM courses JOIN course_docs USING (id) WHERE id = ?',
    ).get(id) as { doc: string; capacity: number; seats_taken: number } | undefined;
    return row ? this.toCourse(row) : undefined;
  }

  // ---- providers ----------------------------------------------------------------------------

  private providerStats(): Map<
    string,
    { n: number; placement: number | null; certification: number | null; sample: number }
  > {
    const rows = this.stmt(`SELECT provider_id AS id, count(*) AS n, avg(placement_rate) AS placement,
        avg(json_extract(doc, '$.outcomes.certificationRate')) AS certification,
        sum(json_extract(doc, '$.outcomes.sampleSize')) AS sample FROM courses JOIN course_docs USING (id)
        GROUP BY provider_id`).all() as {
      id: string;
      n: number;
      placement: number | null;
      certification: number | null;
      sample: number;
    }[];
    return new Map(rows.map((r) => [r.id, r]));
  }

  private toProvider(doc: string, stats: ReturnType<SqliteStore['providerStats']>): ProviderRecord {
    const p = JSON.parse(doc) as Omit<ProviderRecord, 'courseCount' | 'outcomes'>;
    const s = stats.get(p.id);
    const round = (v: number | null | undefined) => (v == null ? null : Math.round(v * 1000) / 1000);
    return {
      ...p,
      courseCount: s?.n ?? 0,
      outcomes: {
        placementRate: round(s?.placement),
        certificationRate: round(s?.certification),
        sampleSize: s?.sample ?? 0,
      },
    };
  }

  listProviders(query: {
    kind?: string;
    district?: string;
    limit: number;
    cursor?: string;
  }): Page<ProviderRecord> {
    const rows = this.stmt(
      `SELECT id, seq, doc FROM providers WHERE (@kind IS NULL OR kind = @kind)
         AND (@district IS NULL OR district_code = @district)`,
    ).all({ kind: query.kind ?? null, district: query.district ?? null }) as {
      id: string;
      seq: number;
      doc: string;
    }[];
    const { page, nextCursor } = pageAfter(rows, (r) => [r.seq, r.id], query.limit, query.cursor);
    const stats = this.providerStats();
    return { data: page.map((r) => this.toProvider(r.doc, stats)), nextCursor, total: rows.length };
  }

  getProvider(id: string): ProviderRecord | undefined {
    const row = this.stmt('SELECT doc FROM providers WHERE id = ?').get(id) as { doc: string } | undefined;
    return row ? this.toProvider(row.doc, this.providerStats()) : undefined;
  }

  // ---- enrolments ---------------------------------------------------------------------------

  createEnrolment(input: EnrolmentInput, now: Date): EnrolmentOutcome {
    return this.db
      .transaction((): EnrolmentOutcome => {
        const row = this.stmt(
          'SELECT doc, capacity, seats_taken, enterprise_id FROM courses JOIN course_docs USING (id) WHERE id = ?',
        ).get(input.courseId) as
          | { doc: string; capacity: number; seats_taken: number; enterprise_id: string | null }
          | undefined;
        if (!row) return { ok: false, code: 'course_not_found', field: 'courseId' };
        const course = this.toCourse(row);
        if (course.orderClass) {
          if (!input.positionId) return { ok: false, code: 'position_required', field: 'positionId' };
          if (!course.orderClass.positions.some((p) => p.id === input.positionId))
            return { ok: false, code: 'position_unknown', field: 'positionId' };
        } else if (input.positionId) {
          return { ok: false, code: 'position_not_applicable', field: 'positionId' };
        }
        // An empty list means the course is open to everyone.
        if (
          course.targetGroups.length > 0 &&
          !input.applicant.targetGroups.some((g) => course.targetGroups.includes(g))
        )
          return {
            ok: false,
            code: 'not_eligible_target_group',
            field: 'applicant.targetGroups',
          };
        const age = ageOn(parseCitizenId(input.applicant.citizenId).birthDate, course.startDate);
        if (age < course.ageLimits.min || age > course.ageLimits.max)
          return { ok: false, code: 'not_eligible_age', field: 'applicant.citizenId' };
        const person = this.personHash(input.applicant.citizenId);
        const duplicate = this.stmt(
          `SELECT 1 FROM enrolments WHERE person_hash = ? AND course_id = ? AND status IN ${ACTIVE}`,
        ).get(person, course.id);
        if (duplicate) return { ok: false, code: 'duplicate_enrolment' };
        if (course.subsidised) {
          const overlap = this.stmt(
            `SELECT 1 FROM enrolments WHERE person_hash = ? AND subsidised = 1 AND status IN ${ACTIVE}
             AND start_date <= ? AND end_date >= ?`,
          ).get(person, course.endDate, course.startDate);
          if (overlap) return { ok: false, code: 'subsidised_overlap' };
        }
        const status = row.seats_taken < row.capacity ? 'submitted' : 'waitlisted';
        if (status === 'submitted')
          this.stmt('UPDATE courses SET seats_taken = seats_taken + 1 WHERE id = ?').run(course.id);
        const seq = this.nextCounter('enrolment');
        const createdAt = now.toISOString();
        const { name, citizenId, mobile, ...rest } = input.applicant;
        const enrolment: EnrolmentRecord = {
          id: `enr_${randomBytes(9).toString('base64url')}`,
          reference: `HA-${createdAt.slice(0, 4)}-${String(seq).padStart(6, '0')}`,
          status,
          courseId: course.id,
          positionId: input.positionId ?? null,
          // The ID number and phone are never stored in full, only masked and hashed.
          applicant: { name, citizenId: maskCitizenId(citizenId), mobile: maskMobile(mobile), ...rest },
          answers: input.answers,
          consent: input.consent,
          statusHistory: [{ status, at: createdAt }],
          createdAt,
          updatedAt: createdAt,
        };
        this.stmt('INSERT INTO enrolments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
          enrolment.id,
          seq,
          course.id,
          course.provider.id,
          row.enterprise_id,
          person,
          status,
          course.subsidised ? 1 : 0,
          course.startDate,
          course.endDate,
          createdAt,
          JSON.stringify(enrolment),
        );
        return { ok: true, enrolment };
      })
      .immediate();
  }

  private scopeSql(scope: OrgScope): { sql: string; params: string[] } {
    if (scope.orgKind === 'bureau') return { sql: '1 = 1', params: [] };
    return { sql: '(provider_id = ? OR enterprise_id = ?)', params: [scope.orgId, scope.orgId] };
  }

  getEnrolment(id: string, scope: OrgScope): EnrolmentRecord | undefined {
    const s = this.scopeSql(scope);
    const row = this.stmt(`SELECT doc FROM enrolments WHERE id = ? AND ${s.sql}`).get(id, ...s.params) as
      | { doc: string }
      | undefined;
    return row ? (JSON.parse(row.doc) as EnrolmentRecord) : undefined;
  }

  listEnrolments(
    scope: OrgScope,
    query: { courseId?: string; status?: string; limit: number; cursor?: string },
  ): Page<EnrolmentRecord> {
    const s = this.scopeSql(scope);
    const rows = this.stmt(
      `SELECT seq, id, created_at FROM enrolments WHERE ${s.sql} AND (? IS NULL OR course_id = ?) AND (? IS NULL OR status = ?)`,
    ).all(
      ...s.params,
      query.courseId ?? null,
      query.courseId ?? null,
      query.status ?? null,
      query.status ?? null,
    ) as {
      seq: number;
      id: string;
      created_at: string;
    }[];
    // Newest first, as people handling applications want them. The sequence number breaks ties
    // within a millisecond and never repeats, so cursors stay stable while new ones arrive.
    const { page, nextCursor } = pageAfter(
      rows,
      (r) => [-Date.parse(r.created_at), -r.seq],
      query.limit,
      query.cursor,
    );
    const docs = page.map((r) =>
      JSON.parse((this.stmt('SELECT doc FROM enrolments WHERE id = ?').get(r.id) as { doc: string }).doc),
    ) as EnrolmentRecord[];
    return { data: docs, nextCursor, total: rows.length };
  }

  // ---- competitions -------------------------------------------------------------------------

  private toCompetition(row: { id: string; doc: string }): CompetitionRecord {
    const n = (
      this.stmt('SELECT count(*) AS n FROM contestants WHERE competition_id = ?').get(row.id) as {
        n: number;
      }
    ).n;
    return { ...(JSON.parse(row.doc) as Omit<CompetitionRecord, 'contestantCount'>), contestantCount: n };
  }

  listCompetitions(query: {
    status?: string;
    year?: number;
    occupation?: string;
    district?: string;
    limit: number;
    cursor?: string;
  }): Page<CompetitionRecord> {
    const rows = this.stmt(
      `SELECT id, seq, doc, json_extract(doc, '$.startDate') AS start FROM competitions
         WHERE (@status IS NULL OR status = @status) AND (@year IS NULL OR year = @year)
         AND (@occupation IS NULL OR occupation_code = @occupation) AND (@district IS NULL OR district_code = @district)`,
    ).all({
      status: query.status ?? null,
      year: query.year ?? null,
      occupation: query.occupation ?? null,
      district: query.district ?? null,
    }) as {
      id: string;
      seq: number;
      doc: string;
      start: string;
    }[];
    const { page, nextCursor } = pageAfter(rows, (r) => [r.start, r.id], query.limit, query.cursor);
    return { data: page.map((r) => this.toCompetition(r)), nextCursor, total: rows.length };
  }

  getCompetition(id: string): CompetitionRecord | undefined {
    const row = this.stmt('SELECT id, doc FROM competitions WHERE id = ?').get(id) as
      | { id: string; doc: string }
      | undefined;
    return row ? this.toCompetition(row) : undefined;
  }

  getLeaderboard(competitionId: string): LeaderboardRecord | undefined {
    const comp = this.stmt('SELECT version, updated_at FROM competitions WHERE id = ?').get(competitionId) as
      | { version: number; updated_at: string }
      | undefined;
    if (!comp) return undefined;
    const rows = this.stmt(
      'SELECT score, doc FROM contestants WHERE competition_id = ? AND score IS NOT NULL ORDER BY score DESC, seq',
    ).all(competitionId) as { score: number; doc: string }[];
    const medals = ['gold', 'silver', 'bronze'] as const;
    let rank = 0;
    let previous: number | null = null;
    const entries = rows.map((r, i) => {
      if (r.score !== previous) rank = i + 1;
      previous = r.score;
      return {
        rank,
        contestant: JSON.parse(r.doc) as ContestantRecord,
        score: r.score,
        medal: rank <= 3 ? medals[rank - 1]! : null,
      };
    });
    return { competitionId, version: comp.version, updatedAt: comp.updated_at, entries };
  }

  recordScore(
    competitionId: string,
    input: { contestantId: string; score: number },
    scope: OrgScope,
    now: Date,
  ): ScoreOutcome {
    return this.db
      .transaction((): ScoreOutcome => {
        const comp = this.stmt('SELECT organiser_id, status FROM competitions WHERE id = ?').get(
          competitionId,
        ) as { organiser_id: string; status: string } | undefined;
        if (!comp) return { ok: false, code: 'not_found' };
        if (scope.orgKind !== 'bureau' && scope.orgId !== comp.organiser_id)
          return { ok: false, code: 'not_organiser' };
        if (comp.status !== 'live') return { ok: false, code: 'competition_not_live' };
        const updated = this.stmt('UPDATE contestants SET score = ? WHERE id = ? AND competition_id = ?').run(
          input.score,
          input.contestantId,
          competitionId,
        );
        if (updated.changes === 0) return { ok: false, code: 'contestant_unknown' };
        const recordedAt = now.toISOString();
        this.stmt('UPDATE competitions SET version = version + 1, updated_at = ? WHERE id = ?').run(
          recordedAt,
          competitionId,
        );
        return {
          ok: true,
          leaderboard: this.getLeaderboard(competitionId)!,
          contestantId: input.contestantId,
          score: input.score,
          recordedAt,
        };
      })
      .immediate();
  }

  // ---- idempotency --------------------------------------------------------------------------

  private purgedAt = 0;

  getIdempotent(scopeKey: string, key: string, now: Date): StoredResponse | undefined {
    // Expired keys are purged at most once a second; the lookup below ignores them anyway.
    if (now.getTime() - this.purgedAt >= 1000) {
      this.stmt('DELETE FROM idempotency WHERE expires_at <= ?').run(now.getTime());
      this.purgedAt = now.getTime();
    }
    const row = this.stmt(
      'SELECT body_hash, status, body FROM idempotency WHERE scope_key = ? AND key = ? AND expires_at > ?',
    ).get(scopeKey, key, now.getTime()) as { body_hash: string; status: number; body: string } | undefined;
    return row ? { bodyHash: row.body_hash, status: row.status, body: row.body } : undefined;
  }

  saveIdempotent(scopeKey: string, key: string, response: StoredResponse, expiresAt: Date): void {
    this.stmt('INSERT OR REPLACE INTO idempotency VALUES (?, ?, ?, ?, ?, ?)').run(
      scopeKey,
      key,
      response.bodyHash,
      response.status,
      response.body,
      expiresAt.getTime(),
    );
  }
}
