// Prints the gzip size of each element's standalone bundle (its define.ts with Lit, the SDK and
// whatever it uses of the schemas, minified), and the floor every element shares (Lit + the
// SDK's core entry alone).
//
// Budget: the course finder's standalone bundle must stay within 35 KB gzip; the script fails
// above it. The elements use `@skills-huaian/sdk/core`, which bundles no client-side validation
// (Zod + the schemas, ~15 KB): the server validates, and the enrolment form checks its own
// fields with @skills-huaian/schemas.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET = 35 * 1024;
const CEILING = BUDGET;
const src = fileURLToPath(new URL('../src/', import.meta.url));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function measure(options) {
  const result = await build({
    ...options,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Workspace packages from source; Lit's production build (no `development` condition).
    conditions: ['@skills-huaian/source'],
    tsconfig: fileURLToPath(new URL('../tsconfig.esbuild.json', import.meta.url)),
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const folders = readdirSync(src, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(`${src}${d.name}/define.ts`))
  .map((d) => d.name)
  .sort();

let failed = false;
for (const folder of folders) {
  const { min, gzip } = await measure({ entryPoints: [`${src}${folder}/define.ts`] });
  let note = '';
  if (folder === 'course-finder') {
    note =
      gzip <= BUDGET
        ? `within the ${kb(BUDGET)} budget`
        : `OVER the ${kb(BUDGET)} budget by ${kb(gzip - BUDGET)}`;
    if (gzip > CEILING) {
      note += `, above the ${kb(CEILING)} ceiling: FAIL`;
      failed = true;
    }
  }
  console.log(
    `${folder.padEnd(18)} ${kb(min).padStart(9)} min ${kb(gzip).padStart(8)} gzip  ${note}`.trimEnd(),
  );
}
const floor = await measure({
  stdin: {
    contents: `import { LitElement } from 'lit'; import '@lit/context'; import { createClient } from '@skills-huaian/sdk/core'; export { LitElement, createClient };`,
    resolveDir: src,
    loader: 'ts',
  },
});
console.log(`${'(Lit + SDK core alone)'.padEnd(28)} ${kb(floor.gzip).padStart(8)} gzip`);
if (failed) process.exit(1);
