// Fails when the committed API reference (docs/api) no longer matches the source: regenerates it
// into a temporary folder with the same TypeDoc settings and compares the two trees.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const committed = join(pkg, 'docs', 'api');
const fresh = mkdtempSync(join(tmpdir(), 'sdk-docs-'));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

try {
  execFileSync('pnpm', ['exec', 'typedoc', '--out', fresh, '--logLevel', 'Warn'], {
    cwd: pkg,
    stdio: 'inherit',
  });
  const a = files(committed)
    .map((f) => relative(committed, f))
    .sort();
  const b = files(fresh)
    .map((f) => relative(fresh, f))
    .sort();
  const differing = [...new Set([...a, ...b])].filter((f) => {
    try {
      return readFileSync(join(committed, f), 'utf8') !== readFileSync(join(fresh, f), 'utf8');
    } catch {
      return true;
    }
  });
  if (differing.length) {
    console.error(
      `docs/api is out of date (${differing.length} file(s), e.g. ${differing.slice(0, 3).join(', ')}).`,
    );
    console.error('Regenerate it: pnpm --filter @skills-huaian/sdk docs');
    process.exitCode = 1;
  } else {
    console.log(`docs/api matches the source (${a.length} files)`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
