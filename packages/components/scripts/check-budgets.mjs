// Size budgets of what partners load, gzip level 9 (what a CDN serves):
//   dist/cdn/skills-huaian.js (everything, one module)   ≤ 60 KB
//   dist/cdn/autoloader.js (the entry a page loads first)  ≤ 3 KB
// and, for information, each element on its own: its define.js bundled with all its dependencies
// (what a page that uses only that element downloads) and its autoloader chunks.
// Prints a table (`--markdown` for the README's); exits 1 when over budget or when a file is
// missing (run the package build first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { distDir, elementFolders, productionBundleOptions } from './elements.mjs';

const KB = 1024;
const budgets = [
  {
    name: 'CDN bundle dist/cdn/skills-huaian.js',
    file: join(distDir, 'cdn', 'skills-huaian.js'),
    limit: 60 * KB,
  },
  { name: 'autoloader dist/cdn/autoloader.js', file: join(distDir, 'cdn', 'autoloader.js'), limit: 3 * KB },
];

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

const rows = [];
let failed = false;
for (const b of budgets) {
  if (!existsSync(b.file)) {
    rows.push([b.name, 'missing', '—', kb(b.limit), '✗ missing (build first)']);
    failed = true;
    continue;
  }
  const bytes = readFileSync(b.file);
  const size = gzip(bytes);
  const ok = size <= b.limit;
  failed ||= !ok;
  rows.push([b.name, kb(bytes.length), kb(size), kb(b.limit), ok ? '✓' : '✗ over budget']);
}

// Each element alone: bundle its define.js like a partner's bundler would (minified, everything in).
for (const { folder, tag } of elementFolders()) {
  const entry = join(distDir, folder, 'define.js');
  if (!existsSync(entry)) continue;
  const result = await build({
    ...productionBundleOptions,
    entryPoints: [entry],
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  rows.push([`${tag} alone (${folder}/define.js bundled)`, kb(bytes.length), kb(gzip(bytes)), '—', 'info']);
}

const header = ['entry', 'minified', 'gzip', 'budget', 'result'];
if (process.argv.includes('--markdown')) {
  console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
} else {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}
console.log(failed ? 'budgets: FAILED' : 'budgets: all within budget');
process.exit(failed ? 1 : 0);
