// Records the fixed data that the state stories serve (stories/support/fixtures/*.json) from the
// real sandbox server with its demo seed, so the stories' data has the real wire format.
// Dev-only: `pnpm --filter @skills-huaian/storybook run record-fixtures` after building the server.
import { mkdirSync, writeFileSync } from 'node:fs';
import { startSandbox } from '../../../scripts/sandbox.mjs';

const out = new URL('../stories/support/fixtures/', import.meta.url);
mkdirSync(out, { recursive: true });
const sandbox = await startSandbox();
const headers = {
  authorization: 'Bearer pk_test_demo',
  origin: 'http://127.0.0.1:6006',
  'accept-language': 'zh-CN',
};
const get = async (path) => {
  const res = await fetch(`${sandbox.apiBase}/${path}`, { headers });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
};
const save = (name, value) =>
  writeFileSync(new URL(`${name}.json`, out), `${JSON.stringify(value, null, 1)}\n`);

try {
  save('dictionaries', await get('dictionaries'));
  const first = await get('courses?limit=40');
  const orderClasses = await get('courses?limit=5&style=order');
  const courses = [...first.data];
  for (const c of orderClasses.data ?? []) if (!courses.some((x) => x.id === c.id)) courses.push(c);
  // The seed's named courses (packages/server README): night school, order class, a full one.
  for (const id of ['crs_demo_night_care', 'crs_demo_order_class', 'crs_demo_full']) {
    if (!courses.some((x) => x.id === id)) courses.push(await get(`courses/${id}`));
  }
  save('courses', { facets: first.facets ?? null, total: first.total, data: courses });
  save('providers', (await get('providers?limit=20')).data);
  const all = await get('competitions?limit=100');
  const live = all.data.filter((c) => c.status === 'live');
  const finished = all.data.filter((c) => c.status === 'finished').slice(-4);
  const coming = all.data.filter((c) => c.status !== 'live' && c.status !== 'finished').slice(0, 6);
  const others = [...coming, ...finished];
  const competitions = { data: [...live, ...others] };
  save('competitions', competitions.data);
  const active = live.find((c) => c.id === 'cmp_demo_live') ?? live[0] ?? competitions.data[0];
  if (active) save('leaderboard', await get(`competitions/${active.id}/leaderboard`));
  // A real validation problem (an empty applicant) for the "validation errors" stories.
  const bad = await fetch(`${sandbox.apiBase}/enrolments`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': 'record-fixtures-1' },
    body: JSON.stringify({
      courseId: courses[0].id,
      applicant: {
        name: '',
        citizenId: '110101199003070000',
        mobile: '123',
        districtCode: '320812',
        targetGroups: [],
      },
      consent: { noticeVersion: '2026-01', agreedAt: new Date().toISOString() },
    }),
  });
  save('validation-problem', await bad.json());
  console.log(`recorded fixtures: ${courses.length} courses, ${competitions.data.length} competitions`);
} finally {
  await sandbox.stop();
}
