// Prints the gzip size of the SDK's browser bundles (minified ES modules, ky included): the main
// entry with the schemas package (and Zod) bundled in, the same with them left external, and the
// core entry (`@skills-huaian/sdk/core`, no client-side validation). Fails if the core bundle
// pulls in Zod or the schemas: its whole point is that it does not.
// Usage: pnpm --filter @skills-huaian/sdk size   (add --json for machine-readable output)
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entry = (name) => fileURLToPath(new URL(`../src/${name}.ts`, import.meta.url));

/** Bundles one entry; returns its sizes and the validation modules it pulled in (if any). */
async function measure(label, entryName, external = []) {
  const result = await build({
    entryPoints: [entry(entryName)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    conditions: ['@skills-huaian/source', 'browser'],
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const validation = Object.keys(result.metafile.inputs).filter(
    (p) => /(^|\/)zod\//.test(p) || p.includes('packages/schemas/') || p.includes('@skills-huaian/schemas'),
  );
  return { label, minified: code.length, gzip: gzipSync(code, { level: 9 }).length, validation };
}

const rows = [
  await measure('sdk + ky + schemas (zod/mini)', 'index'),
  await measure('sdk + ky, schemas external', 'index', ['@skills-huaian/schemas', 'zod', 'zod/*']),
  await measure('sdk/core + ky (no validation)', 'core'),
];
const core = rows[2];
if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify(rows.map(({ validation, ...r }) => ({ ...r, validationModules: validation.length }))),
  );
} else {
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(34)} ${String(r.minified).padStart(8)} B min  ${String(r.gzip).padStart(7)} B gzip`,
    );
  }
}
if (core.validation.length > 0) {
  console.error(`FAIL: the core entry bundles validation modules:\n  ${core.validation.join('\n  ')}`);
  process.exit(1);
}
