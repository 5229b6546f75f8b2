// What this package costs a browser bundle: esbuild-minified, gzipped bytes for three typical
// imports, against stated budgets. Exits 1 when a budget is exceeded or when the ID validator
// alone pulls in Zod or the entities (tree-shaking broken).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const index = new URL('../src/index.ts', import.meta.url).pathname;

const cases = [
  {
    name: 'ID validator alone',
    code: `import { isValidCitizenId, maskCitizenId } from ${JSON.stringify(index)};
           export const check = (v) => isValidCitizenId(v) && maskCitizenId(v);`,
    budget: 1_000,
    mustNotContain: ['_zod', 'registered-unemployed', 'night-school'],
  },
  {
    name: 'enrolment form',
    code: `import { enrolmentRequestSchema, citizenId, mobile, toFieldErrors, districts, targetGroups,
             educationLevels, maskCitizenId } from ${JSON.stringify(index)};
           export { enrolmentRequestSchema, citizenId, mobile, toFieldErrors, districts, targetGroups,
             educationLevels, maskCitizenId };`,
    budget: 15_000,
    mustNotContain: ['openapi', 'leaderboard'],
  },
  {
    name: '(reference) enrolment form, if built on zod classic',
    code: 'ENROLMENT_FORM',
    alias: { 'zod/mini': 'zod' },
  },
  {
    name: 'everything',
    code: `export * from ${JSON.stringify(index)};`,
    budget: 32_000,
    mustNotContain: [],
  },
  {
    name: '(reference) zod/mini, one object schema',
    code: `import * as z from 'zod/mini'; export const s = z.object({ a: z.string() });`,
  },
  {
    name: '(reference) zod classic, one object schema',
    code: `import * as z from 'zod'; export const s = z.object({ a: z.string() });`,
  },
];

async function bundle(code, alias) {
  const result = await build({
    stdin: { contents: code, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@skills-huaian/source'],
    write: false,
    logLevel: 'silent',
    ...(alias ? { alias } : {}),
  });
  return result.outputFiles[0].text;
}

let failed = false;
const rows = [];
for (const { name, code, budget, alias, mustNotContain = [] } of cases) {
  const text = await bundle(code === 'ENROLMENT_FORM' ? cases[1].code : code, alias);
  const gzip = gzipSync(text, { level: 9 }).length;
  const leaked = mustNotContain.filter((marker) => text.includes(marker));
  const over = budget !== undefined && gzip > budget;
  if (over || leaked.length) failed = true;
  rows.push({
    bundle: name,
    minified: text.length,
    gzip,
    budget: budget ?? '',
    result: over ? 'OVER BUDGET' : leaked.length ? `LEAKS ${leaked.join(', ')}` : 'ok',
  });
}
console.table(rows);
if (failed) {
  console.error('bundle budget exceeded or tree-shaking broken');
  process.exit(1);
}
