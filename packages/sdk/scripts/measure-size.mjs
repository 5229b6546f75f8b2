// Prints the gzip size of the SDK's browser bundle (minified ES module, ky included), with the
// schemas package (and Zod) bundled in, and with them left external.
// Usage: pnpm --filter @skills-huaian/sdk size   (add --json for machine-readable output)
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

async function measure(label, external) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    conditions: ['@skills-huaian/source', 'browser'],
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { label, minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const rows = [
  await measure('sdk + ky + schemas (zod/mini)', []),
  await measure('sdk + ky, schemas external', ['@skills-huaian/schemas', 'zod', 'zod/*']),
];
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows));
} else {
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(34)} ${String(r.minified).padStart(8)} B min  ${String(r.gzip).padStart(7)} B gzip`,
    );
  }
}
