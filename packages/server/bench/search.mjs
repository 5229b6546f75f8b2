// `pnpm bench`: course-search latency over HTTP against the built server with 10,000 courses,
// the same search's bare SQL in the same run (the ratio is the server's own overhead), and
// enrolments per second. Prints figures; it is not a test.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { citizenIdCheckChar } from '@skills-huaian/schemas';
import { SqliteStore } from '../dist/index.js';

const COURSES = Number(process.env.BENCH_COURSES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 500);
const ENROLMENTS = Number(process.env.BENCH_ENROLMENTS ?? 1000);
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'skills-bench-'));
const db = join(dir, 'bench.db');

const query = { q: '护理', district: '320812', subsidised: true };
const queryString = `q=${encodeURIComponent(query.q)}&district=${query.district}&subsidised=true&limit=20`;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
function summary(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) };
}
const ms = (v) => `${v.toFixed(2)} ms`;

function start() {
  const t0 = performance.now();
  const child = spawn(process.execPath, [bin, '--port', '0', '--db', db, '--seed', 'demo'], {
    env: {
      ...process.env,
      SKILLS_DEMO_COURSES: String(COURSES),
      SKILLS_LOG: 'silent',
      SKILLS_RATE_LIMIT: '100000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c) => {
      out += c;
      const m = /listening on (\S+)/.exec(out);
      if (m) resolve({ child, url: m[1], seedMs: performance.now() - t0 });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function citizenId(n) {
  const first17 = `320812${1970 + (n % 30)}0${1 + (n % 9)}1${n % 10}${String(n % 1000).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17);
}

// node:http with a keep-alive agent: a lighter client than fetch, so the figure is the server's.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
function get(target) {
  return new Promise((resolve, reject) => {
    const req = request(target, { agent, headers }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}`));
      res.on('data', () => {});
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end();
  });
}

const { child, url, seedMs } = await start();
const headers = { Authorization: 'Bearer sk_test_demo' };
try {
  const store = new SqliteStore(db);
  const matches = store.matchCourses(query).length;
  // The three measurements are interleaved, so that they share whatever else the machine does.
  const probes = {
    http: () => get(`${url}/v1/courses?${queryString}`),
    store: () => store.searchCourses({ ...query, sort: 'start-date', limit: 20 }),
    sql: () => store.matchCourses(query),
  };
  const samples = { http: [], store: [], sql: [] };
  for (let i = 0; i < 50; i++) for (const probe of Object.values(probes)) await probe();
  for (let i = 0; i < RUNS; i++) {
    for (const [name, probe] of Object.entries(probes)) {
      const t = performance.now();
      await probe();
      samples[name].push(performance.now() - t);
    }
  }
  const http = summary(samples.http);
  const storeSearch = summary(samples.store);
  const sql = summary(samples.sql);
  const total = (await (await fetch(`${url}/v1/courses?limit=1`, { headers })).json()).total;
  store.close();

  let n = 0;
  const enrol = async () => {
    const i = n++;
    const res = await fetch(`${url}/v1/enrolments`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json', 'Idempotency-Key': `bench-${i}` },
      body: JSON.stringify({
        courseId: 'crs_demo_open',
        applicant: {
          name: '压测学员',
          citizenId: citizenId(100_000 + i),
          mobile: '13900000000',
          districtCode: '320812',
        },
        consent: { noticeVersion: '2026-01', agreedAt: '2026-11-01T08:00:00Z' },
      }),
    });
    if (res.status !== 201) throw new Error(`enrolment ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  let t = performance.now();
  for (let i = 0; i < ENROLMENTS; i++) await enrol();
  const sequential = ENROLMENTS / ((performance.now() - t) / 1000);
  t = performance.now();
  let left = ENROLMENTS;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (left-- > 0) await enrol();
    }),
  );
  const concurrent = ENROLMENTS / ((performance.now() - t) / 1000);

  console.log(
    `skills-huaian server benchmark — node ${process.version}, ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}`,
  );
  console.log(`courses: ${total} (seeded and listening in ${(seedMs / 1000).toFixed(1)} s)`);
  console.log(
    `search: q=${query.q} district=${query.district} subsidised=true → ${matches} matches, page of 20, ${RUNS} runs`,
  );
  console.log(`  HTTP GET /v1/courses     p50 ${ms(http.p50)}  p95 ${ms(http.p95)}  p99 ${ms(http.p99)}`);
  console.log(
    `  store.searchCourses      p50 ${ms(storeSearch.p50)}  p95 ${ms(storeSearch.p95)}  (SQL + facets + sort + page)`,
  );
  console.log(`  bare SQL                 p50 ${ms(sql.p50)}  p95 ${ms(sql.p95)}`);
  console.log(
    `  HTTP / bare SQL          p50 ×${(http.p50 / sql.p50).toFixed(1)}  p95 ×${(http.p95 / sql.p95).toFixed(1)}`,
  );
  console.log(`  budget p95 ≤ 10 ms: ${http.p95 <= 10 ? 'met' : 'NOT met'}`);
  console.log(
    `enrolments: ${ENROLMENTS} sequential ${sequential.toFixed(0)}/s, 16 concurrent ${concurrent.toFixed(0)}/s`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  agent.destroy();
  rmSync(dir, { recursive: true, force: true });
}
