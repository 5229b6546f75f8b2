// A client over fixed data for the state stories: the real SDK client (so the elements see
// exactly what they see in production) whose `fetch` is answered in memory from recorded demo
// data (fixtures/*.json, see scripts/record-fixtures.mjs). No server, no network.
import {
  type Client,
  type Competition,
  type Course,
  createClient,
  type Leaderboard,
} from '@skills-huaian/sdk';
import competitions from './fixtures/competitions.json';
import recordedCourses from './fixtures/courses.json';
import dictionaries from './fixtures/dictionaries.json';
import leaderboard from './fixtures/leaderboard.json';
import providers from './fixtures/providers.json';
import validationProblem from './fixtures/validation-problem.json';

export interface Scenario {
  /** Which catalogue the course search answers from. */
  courses?: 'results' | 'empty' | 'many' | 'long-text';
  /** Every request waits this long (ms) before answering. */
  latency?: number;
  /** Requests never answer: the loading state stays on screen. */
  hang?: boolean;
  /** Every request fails: a 503 problem from the "server", or a network failure. */
  fail?: 'server' | 'network';
  /**
   * How POST /enrolments answers: `network` loses the first submission on the way (the SDK sees
   * a network failure) and accepts the next; `duplicate` is the server's 409 "already enrolled".
   */
  enrolment?: 'submitted' | 'waitlisted' | 'validation' | 'network' | 'duplicate';
  /** Which competitions the list answers with. */
  competitions?: 'results' | 'empty' | 'long-text';
  /** The leaderboard stream pushes a changed board every few seconds. */
  live?: boolean;
  /**
   * The connection drops after the first leaderboard: later leaderboard requests fail as if the
   * network were down. With `stream` the board is reconnecting; with `poll` (a poll every 1.5 s)
   * the first failed poll makes it say it cannot reach the server.
   */
  dropAfterFirstBoard?: 'stream' | 'poll';
}

const base = 'https://fixtures.invalid/v1';
const courses0 = recordedCourses.data as unknown as Course[];

const byId = (id: string) => courses0.find((c) => c.id === id) ?? courses0[0]!;
/** The seed's named demo courses (packages/server README). */
export const fixtureCourses = {
  /** 养老护理员技能夜校班: seats left, no extra questions. */
  first: byId('crs_demo_night_care'),
  /** 云帆数据标注员订单班: an order class with two positions. */
  orderClass: byId('crs_demo_order_class'),
  /** Every seat taken: enrolments are waitlisted. */
  full: byId('crs_demo_full'),
  /** 学历+技能 class: students aged 16–30 only. */
  restricted: byId('crs_cyrxwm1y'),
};

const longZh = '（含实操考核与职业技能等级认定）面向新就业形态劳动者、退役军人和农村转移劳动力，结业颁发证书';
const longEn =
  ' (with a practical assessment and skill-level certification) for platform workers, veterans and rural migrant workers, certificate on completion';
/** Appends to a localised text ({ 'zh-CN', en }) or a plain string. */
function lengthen<T>(text: T, zh: string, en: string): T {
  if (typeof text === 'string') return `${text}${zh}` as T;
  const t = text as { 'zh-CN': string; en: string };
  return { ...t, 'zh-CN': `${t['zh-CN']}${zh}`, en: `${t.en}${en}` } as T;
}
function catalogue(kind: Scenario['courses']): Course[] {
  if (kind === 'empty') return [];
  if (kind === 'many') {
    return Array.from({ length: 240 }, (_, i) => {
      const c = courses0[i % courses0.length]!;
      return { ...c, id: `${c.id}-${i}` };
    });
  }
  if (kind === 'long-text') {
    return courses0.slice(0, 6).map((c) => ({
      ...c,
      title: lengthen(c.title, longZh, longEn),
      provider: {
        ...c.provider,
        name: lengthen(
          c.provider.name,
          '（淮安市清江浦区职业技能公共实训基地分校区）',
          ' (Qingjiangpu Public Skills Training Base campus)',
        ),
      },
    }));
  }
  return courses0;
}

const competitions0 = competitions as unknown as Competition[];
function competitionList(kind: Scenario['competitions']): Competition[] {
  if (kind === 'empty') return [];
  if (kind !== 'long-text') return competitions0;
  return competitions0.map((c) => ({
    ...c,
    title: lengthen(
      c.title,
      '暨长三角职业技能邀请赛选拔赛（含理论知识考试与技能操作决赛）',
      ' and Yangtze River Delta Invitational qualifier (theory examination and practical final)',
    ),
    venue: lengthen(
      c.venue,
      '第二实训楼三层智能制造综合实训中心',
      ', Training Building 2, third-floor Smart Manufacturing Centre',
    ),
  }));
}
function leaderboardFor(kind: Scenario['competitions']): Leaderboard {
  const board = structuredClone(leaderboard) as unknown as Leaderboard;
  if (kind !== 'long-text') return board;
  return {
    ...board,
    entries: board.entries.map((e) => ({
      ...e,
      contestant: {
        ...e.contestant,
        name: `${e.contestant.name}·阿卜杜热合曼`,
        organisation: `${e.contestant.organisation}（淮安市清江浦区职业技能公共实训基地分校区）`,
      },
    })),
  };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': type, 'request-id': `req_fixture_${status}` },
  });
const problem = (status: number, code: string, title: string) =>
  json(
    status,
    { type: 'about:blank', title, status, code, requestId: 'req_fixture' },
    'application/problem+json',
  );

const wait = (ms: number, signal?: AbortSignal | null) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason);
    });
  });

function searchCourses(url: URL, all: Course[]): Response {
  const q = url.searchParams.get('q')?.trim().toLowerCase();
  const filters: [string, (c: Course, v: string) => boolean][] = [
    ['district', (c, v) => c.districtCode === v],
    ['style', (c, v) => c.style === v],
    ['format', (c, v) => c.format === v],
    ['schedule', (c, v) => c.schedule === v],
    ['group', (c, v) => (c.targetGroups as string[]).includes(v)],
    ['provider', (c, v) => c.provider.id === v],
    ['subsidised', (c, v) => String(c.subsidised) === v],
  ];
  // Plain substring search over the course's text (the real API also matches pinyin).
  let found = all.filter((c) => (q ? JSON.stringify(c).toLowerCase().includes(q) : true));
  for (const [name, test] of filters) {
    const v = url.searchParams.get(name);
    if (v) found = found.filter((c) => test(c, v));
  }
  const limit = Number(url.searchParams.get('limit') ?? 20);
  const start = Number(url.searchParams.get('cursor') ?? 0);
  const data = found.slice(start, start + limit);
  const next = start + limit < found.length ? String(start + limit) : null;
  return json(200, { data, nextCursor: next, total: found.length, facets: recordedCourses.facets });
}

/** Server-sent events: the board now, then (live) a changed board every 2.5 s until aborted. */
function leaderboardStream(
  signal: AbortSignal | null | undefined,
  first: Leaderboard,
  { live, endAfterFirst }: { live: boolean; endAfterFirst: boolean },
): Response {
  let board = first;
  let timer: ReturnType<typeof setInterval> | undefined;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = () =>
        controller.enqueue(
          encoder.encode(`id: ${board.version}\nevent: leaderboard\ndata: ${JSON.stringify(board)}\n\n`),
        );
      send();
      if (endAfterFirst) {
        controller.close();
        return;
      }
      if (live) {
        timer = setInterval(() => {
          board = nextBoard(board);
          send();
        }, 2500);
      }
      signal?.addEventListener('abort', () => {
        clearInterval(timer);
        try {
          controller.close();
        } catch {}
      });
    },
    cancel() {
      clearInterval(timer);
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

/** One contestant gains points; ranks and medals follow. */
function nextBoard(board: Leaderboard): Leaderboard {
  const entries = board.entries.map((e) => ({ ...e }));
  if (entries.length === 0) return board;
  const lucky = entries[(board.version * 7) % entries.length]!;
  lucky.score = Math.round((lucky.score + 1.5 + (board.version % 3)) * 10) / 10;
  entries.sort((a, b) => b.score - a.score);
  const medals = ['gold', 'silver', 'bronze'] as const;
  entries.forEach((e, i) => {
    e.rank = i + 1;
    e.medal = medals[i] ?? null;
  });
  return { ...board, version: board.version + 1, updatedAt: new Date().toISOString(), entries };
}

const maskName = (name: string) => (name.length < 2 ? '*' : `${name[0]}*${name.slice(2)}`);

/** What one fixture client remembers between requests. */
interface Session {
  submissions: number;
  boardsSent: number;
}

async function answer(
  request: Request,
  scenario: Scenario,
  all: Course[],
  session: Session,
): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname.replace(/^\/v1\//, '');
  const method = request.method;
  if (method === 'GET' && path === 'dictionaries') return json(200, dictionaries);
  if (method === 'GET' && path === 'courses') return searchCourses(url, all);
  let m = /^courses\/([^/]+)$/.exec(path);
  if (method === 'GET' && m) {
    const course =
      all.find((c) => c.id === decodeURIComponent(m![1]!)) ?? courses0.find((c) => c.id === m![1]);
    return course ? json(200, course) : problem(404, 'not_found', 'No such course');
  }
  if (method === 'POST' && path === 'enrolments') {
    const body = (await request.json()) as { courseId: string; applicant: { name: string } };
    if (scenario.enrolment === 'validation') {
      return json(validationProblem.status, validationProblem, 'application/problem+json');
    }
    if (scenario.enrolment === 'duplicate') {
      // The real API's refusal (packages/server: problem code `duplicate_enrolment`).
      return problem(409, 'duplicate_enrolment', '您已报名该课程');
    }
    if (scenario.enrolment === 'network' && session.submissions++ === 0) {
      throw new TypeError('Failed to fetch (fixture: the first submission is lost)');
    }
    const course = all.find((c) => c.id === body.courseId);
    const waitlisted =
      scenario.enrolment === 'waitlisted' || (course !== undefined && course.seatsLeft === 0);
    return json(201, {
      id: 'enr_fixture_1',
      reference: 'HA-2026-000123',
      status: waitlisted ? 'waitlisted' : 'submitted',
      courseId: body.courseId,
      // Masked like the real API's answer: personal data never comes back in full.
      applicant: {
        name: maskName(body.applicant.name),
        citizenId: '320802**********30',
        mobile: '138****5678',
      },
      createdAt: new Date().toISOString(),
    });
  }
  const list = competitionList(scenario.competitions);
  if (method === 'GET' && path === 'competitions') {
    return json(200, { data: list, nextCursor: null, total: list.length });
  }
  m = /^competitions\/([^/]+)(\/leaderboard(\/stream)?)?$/.exec(path);
  if (method === 'GET' && m) {
    if (m[2]) {
      // Dropping counts only the requests of the watch's own transport (the element may also
      // read the board once by itself).
      const kind = m[3] ? 'stream' : 'poll';
      if (scenario.dropAfterFirstBoard === kind && session.boardsSent++ > 0) {
        throw new TypeError('Failed to fetch (fixture: the connection dropped)');
      }
      const board = leaderboardFor(scenario.competitions);
      if (!m[3]) return json(200, board);
      return leaderboardStream(request.signal, board, {
        live: Boolean(scenario.live),
        endAfterFirst: Boolean(scenario.dropAfterFirstBoard),
      });
    }
    const competition = list.find((c) => c.id === m![1]) ?? competitions0.find((c) => c.id === m![1]);
    return competition ? json(200, competition) : problem(404, 'not_found', 'No such competition');
  }
  if (method === 'GET' && path === 'providers') {
    return json(200, { data: providers, nextCursor: null, total: providers.length });
  }
  return problem(404, 'not_found', `No fixture for ${method} ${path}`);
}

/** A real SDK client answered from fixed data, behaving as `scenario` says. */
export function fixtureClient(scenario: Scenario = {}, locale: 'zh-CN' | 'en' = 'zh-CN'): Client {
  const all = catalogue(scenario.courses ?? 'results');
  const session: Session = { submissions: 0, boardsSent: 0 };
  return createClient({
    baseUrl: base,
    apiKey: 'pk_test_fixture',
    locale,
    maxRetries: 0,
    leaderboard:
      scenario.dropAfterFirstBoard === 'poll' ? { mode: 'poll', pollInterval: 1500 } : { mode: 'stream' },
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (scenario.hang) await new Promise(() => {});
      if (scenario.latency) await wait(scenario.latency, request.signal);
      if (scenario.fail === 'network') throw new TypeError('Failed to fetch (fixture: network down)');
      if (scenario.fail === 'server') return problem(503, 'service_unavailable', 'Service unavailable');
      return answer(request, scenario, all, session);
    },
  });
}

/** A client whose every request stays pending: the loading state. */
export const loadingClient = (): Client => fixtureClient({ hang: true });
