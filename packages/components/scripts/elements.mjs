// The elements of this package, discovered by their `define.ts` (the registration module, which
// calls `defineElement('skills-…', Class)`), so the build, the budgets and the generated types
// follow the elements that exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const srcDir = join(packageDir, 'src');
export const distDir = join(packageDir, 'dist');

/** @returns {{ folder: string, tag: string }[]} e.g. { folder: 'course-finder', tag: 'skills-course-finder' } */
export function elementFolders() {
  const out = [];
  for (const dir of readdirSync(srcDir, { withFileTypes: true })) {
    const file = join(srcDir, dir.name, 'define.ts');
    if (!dir.isDirectory() || !existsSync(file)) continue;
    const m = /defineElement\(\s*['"]([a-z][a-z0-9-]*-[a-z0-9-]+)['"]/.exec(readFileSync(file, 'utf8'));
    if (m) out.push({ folder: dir.name, tag: m[1] });
  }
  return out.sort((a, b) => a.folder.localeCompare(b.folder));
}

/**
 * esbuild options for what a browser gets from us in production: the CDN build uses them, and
 * the budgets measure each element with the same ones, so the figures match what ships.
 */
export const productionBundleOptions = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  // Lit's dev-mode warnings live behind the `development` condition; production leaves them out.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
};
