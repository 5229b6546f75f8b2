// What @skills-huaian/components ships, checked after the build: the CDN bundle, the autoloader
// (element code only when its tag appears), the package exports, the custom elements manifest
// and the JSX/Vue declarations generated from it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startStack } from '../support/stack.mjs';

const components = fileURLToPath(new URL('../../packages/components/', import.meta.url));
const tags = ['skills-provider', 'skills-course-finder', 'skills-enrolment-form', 'skills-competition-board'];

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

/** A blank page on the examples origin with `body` as its content. */
async function blankPage(body) {
  const { page, errors } = await stack.open('/privacy.html');
  const chunks = [];
  page.on('request', (r) => {
    if (r.url().includes('/cdn/')) chunks.push(new URL(r.url()).pathname);
  });
  await page.setContent(
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${body}</body></html>`,
  );
  return { page, errors, chunks };
}

test('the CDN bundle is one module that registers all four elements', async () => {
  const { page, errors, chunks } = await blankPage(
    '<script type="module" src="/cdn/skills-huaian.js"></script>',
  );
  await page.waitForFunction((t) => t.every((tag) => customElements.get(tag)), tags);
  assert.deepEqual(chunks, ['/cdn/skills-huaian.js'], 'nothing else is fetched');
  await page.close();
  assert.deepEqual(errors, []);
});

test('the autoloader loads an element only when its tag appears', async () => {
  const api = stack.sandbox.apiBase;
  const { page, errors, chunks } = await blankPage(
    `<skills-competition-board api-base="${api}" publishable-key="pk_test_demo"></skills-competition-board>
     <script type="module" src="/cdn/autoloader.js"></script>`,
  );
  await page.waitForFunction(() => customElements.get('skills-competition-board'));
  await page.locator('skills-competition-board [part~="item"]').first().waitFor();
  const defined = () => page.evaluate((t) => t.filter((tag) => customElements.get(tag)), tags);
  assert.deepEqual(await defined(), ['skills-competition-board']);
  const before = chunks.length;

  // A course finder added later (as a framework would) is loaded then.
  await page.evaluate((apiBase) => {
    const finder = document.createElement('skills-course-finder');
    finder.setAttribute('api-base', apiBase);
    finder.setAttribute('publishable-key', 'pk_test_demo');
    document.body.append(finder);
  }, api);
  await page.locator('skills-course-finder [part~="course"]').first().waitFor();
  assert.deepEqual(await defined(), ['skills-course-finder', 'skills-competition-board']);
  assert.ok(chunks.length > before, 'the finder came as its own chunk');
  await page.close();
  assert.deepEqual(errors, []);
});

test('package exports resolve to built files', () => {
  const require = createRequire(new URL('../package.json', import.meta.url));
  for (const sub of [
    '',
    '/provider',
    '/course-finder',
    '/enrolment-form',
    '/competition-board',
    '/course-finder/define',
    '/autoloader',
    '/react',
    '/custom-elements.json',
    '/vscode.html-custom-data.json',
    '/cdn/skills-huaian.js',
  ]) {
    const file = require.resolve(`@skills-huaian/components${sub}`);
    assert.match(file, /packages\/components\/(dist|custom-elements\.json)/, `${sub} → ${file}`);
  }
});

test('custom-elements.json describes every element with its CONTRACT attributes and events', () => {
  const manifest = JSON.parse(readFileSync(`${components}/custom-elements.json`, 'utf8'));
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const byTag = Object.fromEntries(decls.map((d) => [d.tagName, d]));
  assert.deepEqual(Object.keys(byTag).sort(), [...tags].sort());
  const expect = {
    'skills-course-finder': {
      attrs: ['provider-id', 'district', 'style', 'group', 'query', 'page-size', 'layout', 'enrol-mode'],
      events: ['skills-course-select', 'skills-enrol-request'],
    },
    'skills-enrolment-form': {
      attrs: ['course-id', 'privacy-notice-href'],
      events: ['skills-enrolment-submitted', 'skills-enrolment-error'],
    },
    'skills-competition-board': {
      attrs: ['competition-id', 'status', 'mode'],
      events: ['skills-competition-select'],
    },
    'skills-provider': { attrs: [], events: [] },
  };
  for (const [tag, { attrs, events }] of Object.entries(expect)) {
    const names = byTag[tag].attributes.map((a) => a.name);
    for (const a of ['api-base', 'publishable-key', 'locale', ...attrs])
      assert.ok(names.includes(a), `${tag}[${a}]`);
    const fired = (byTag[tag].events ?? []).map((e) => e.name);
    for (const e of events) assert.ok(fired.includes(e), `${tag} fires ${e}`);
  }
  const data = JSON.parse(readFileSync(`${components}/dist/types/html-custom-data.json`, 'utf8'));
  assert.deepEqual(data.tags.map((t) => t.name).sort(), [...tags].sort());
});

test('the generated JSX and Vue declarations type-check in a host project', async () => {
  const tsc = fileURLToPath(new URL('../../apps/examples/node_modules/.bin/tsc', import.meta.url));
  const project = fileURLToPath(new URL('../../apps/examples/types-check/tsconfig.json', import.meta.url));
  await promisify(execFile)(tsc, ['-p', project]).catch((e) => assert.fail(`${e.stdout}${e.stderr}`));
});
