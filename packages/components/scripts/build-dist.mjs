// Runs after `tsc -p tsconfig.build.json` (which emits one ESM entry per element, dependencies
// external: dist/<element>/define.js registers, dist/<element>/index.js exports the class).
// Adds what tsc cannot make:
//   dist/cdn/skills-huaian.js   one minified ES module, everything bundled, registers every element
//   dist/cdn/autoloader.js      the autoloader, with each element split into dist/cdn/chunks/
//   custom-elements.json        the manifest (@custom-elements-manifest/analyzer --litelement)
//   dist/types/*                VS Code custom data, JSX and Vue declarations from the manifest
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { distDir, elementFolders, packageDir, productionBundleOptions } from './elements.mjs';
import { generateTypes } from './generate-types.mjs';

const elements = elementFolders().filter(({ folder }) => existsSync(join(distDir, folder, 'define.js')));
const cdnDir = join(distDir, 'cdn');
rmSync(cdnDir, { recursive: true, force: true });

const shared = { ...productionBundleOptions, logLevel: 'warning' };

// 1. The all-in-one CDN module.
await build({
  ...shared,
  stdin: {
    contents: elements.map(({ folder }) => `import './${folder}/define.js';`).join('\n'),
    resolveDir: distDir,
    sourcefile: 'skills-huaian.js',
  },
  outfile: join(cdnDir, 'skills-huaian.js'),
});

// 2. The autoloader with per-element chunks (the template-literal import in autoloader.js makes
//    esbuild emit one chunk per dist/<element>/define.js, plus shared chunks for Lit and the SDK).
if (existsSync(join(distDir, 'autoloader.js'))) {
  await build({
    ...shared,
    entryPoints: { autoloader: join(distDir, 'autoloader.js') },
    splitting: true,
    outdir: cdnDir,
    chunkNames: 'chunks/[name]-[hash]',
  });
}

// 3. The custom elements manifest, then the editor and framework type declarations from it.
execFileSync(
  join(packageDir, 'node_modules', '.bin', 'cem'),
  ['analyze', '--litelement', '--quiet', '--config', 'custom-elements-manifest.config.mjs'],
  { cwd: packageDir, stdio: ['ignore', 'ignore', 'inherit'] },
);
generateTypes();

console.log(
  `build-dist: ${elements.length} element(s) [${elements.map((e) => e.tag).join(', ')}] → dist/cdn, custom-elements.json, dist/types`,
);
