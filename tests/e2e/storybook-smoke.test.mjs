// Opens every story and docs page of the built Storybook in Chromium, waits for the story's
// render and play function to finish, and fails on any console error, a failed render, or an
// accessibility violation found by axe-core on the story's root.
// The `live` stories talk to a real sandbox API started here: the preview is opened with
// `?apiBase=<its /v1>` (stories/support/live.ts), which Storybook keeps while switching stories,
// and each must show data from it.
// To stay quick on two cores, a few pages load the preview once and then switch stories in
// place through Storybook's channel (what the Storybook UI does), instead of reloading it.
//
// Accessibility: every violation of the axe rules tagged WCAG 2.0/2.1/2.2 A and AA fails, whatever
// its impact (they are the law's bar: GB/T 37668 follows WCAG 2.0 AA), and so does any other
// (best-practice) rule's violation rated serious or critical. Best-practice findings rated minor
// or moderate are printed, not failed: they are advice. The `region` rule is off, as in the
// Storybook a11y addon: a story is a fragment, its page's landmarks are the host's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '../../scripts/sandbox.mjs';
import { launchBrowser, watchErrors } from '../support/browser.mjs';
import { serveStatic } from '../support/static-server.mjs';

const staticDir = fileURLToPath(new URL('../../apps/storybook/storybook-static', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const docs = Object.values(index.entries).filter((e) => e.type === 'docs');
const WORKERS = 3;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let browser;
let server;
let sandbox;

/** Preview pages opened with the toolbar's globals set, shared by the tests of one pass. */
function previewPool(toolbar) {
  /** Idle pages, each with its error list. */
  const idle = [];
  const waiting = [];
  return {
    async open() {
      const pages = await Promise.all(Array.from({ length: WORKERS }, () => openPreview(toolbar)));
      // The first load's own messages belong to no story under test.
      for (const w of pages) w.errors.length = 0;
      idle.push(...pages);
    },
    async close() {
      await Promise.all(idle.splice(0).map((w) => w.page.close()));
    },
    async with(fn) {
      const worker = idle.pop() ?? (await new Promise((resolve) => waiting.push(resolve)));
      try {
        return await fn(worker);
      } finally {
        const next = waiting.shift();
        if (next) next(worker);
        else idle.push(worker);
      }
    },
  };
}

async function openPreview(toolbar) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const apiBase = encodeURIComponent(sandbox.apiBase);
  // `a11y.manual`: the addon's own automatic axe run is left to the Storybook UI; this test runs
  // its own (same axe-core version) once per story, with the policy above.
  const globals = ['a11y.manual:!true', ...Object.entries(toolbar).map(([k, v]) => `${k}:${v}`)].join(';');
  await page.goto(
    `${server.url}/iframe.html?id=${stories[0].id}&viewMode=story&globals=${globals}&apiBase=${apiBase}`,
  );
  // Let the first story finish (the a11y addon's own check included): Storybook reloads the page
  // when a story is torn down while it is still pending.
  await page.waitForFunction(
    (id) => {
      const render = window.__STORYBOOK_PREVIEW__?.storyRenders?.find((r) => r.id === id);
      return window.__STORYBOOK_ADDONS_CHANNEL__ && ['finished', 'completed'].includes(render?.phase);
    },
    stories[0].id,
    { timeout: 30000 },
  );
  return { page, errors };
}

/** Shows `id` in `viewMode` and resolves with the render's final phase (play function included). */
async function show(page, id, viewMode) {
  await page.evaluate(
    ([storyId, mode]) =>
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: mode }),
    [id, viewMode],
  );
  return page
    .waitForFunction(
      ([storyId, mode, rootSelector]) => {
        const preview = window.__STORYBOOK_PREVIEW__;
        if (!document.querySelector(`${rootSelector} > *`)) return false;
        if (mode === 'docs') return preview.currentRender?.id === storyId ? 'docs' : false;
        const render = preview.storyRenders?.find((r) => r.id === storyId);
        const done = ['finished', 'completed', 'errored', 'aborted'];
        return render && done.includes(render.phase) ? render.phase : false;
      },
      [id, viewMode, rootOf(viewMode)],
      { timeout: 20000, polling: 100 },
    )
    .then((h) => h.jsonValue())
    .catch(() => 'timeout');
}

const rootOf = (viewMode) => (viewMode === 'docs' ? '#storybook-docs' : '#storybook-root');

/** Runs axe on the root of what is shown; returns the violations that fail, and the advice. */
async function audit(page, viewMode) {
  if (!(await page.evaluate(() => '__smokeAxe' in window))) {
    await page.addScriptTag({ path: axePath });
    // Our own instance, whatever else later sets `window.axe`.
    await page.evaluate(() => {
      window.__smokeAxe = window.axe;
    });
  }
  const found = await page.evaluate(async (rootSelector) => {
    const result = await window.__smokeAxe.run(document.querySelector(rootSelector), {
      resultTypes: ['violations'],
      rules: { region: { enabled: false } },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      tags: v.tags,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.flat(3).join(' >>> ')}: ${n.failureSummary}`),
    }));
  }, rootOf(viewMode));
  const fails = (v) =>
    v.tags.some((t) => WCAG_TAGS.includes(t)) || ['serious', 'critical'].includes(v.impact);
  const strip = ({ tags, ...v }) => v;
  return { failing: found.filter(fails).map(strip), advice: found.filter((v) => !fails(v)).map(strip) };
}

before(async () => {
  [server, sandbox, browser] = await Promise.all([
    serveStatic({ root: staticDir }),
    startSandbox(),
    launchBrowser(),
  ]);
});
after(async () => {
  await browser?.close();
  await server?.close();
  await sandbox?.stop();
});

test('the built Storybook has stories, live ones included', () => {
  assert.ok(stories.length > 0, 'no stories in index.json');
  assert.ok(
    stories.some((s) => s.tags?.includes('live')),
    'the live stories are in the build (and opened below against the sandbox)',
  );
});

// Every docs page and story as Storybook opens them (light theme, zh-CN); then every story again
// in the dark theme and English, where contrast and longer words are other risks.
const passes = [
  { name: 'Storybook (light, zh-CN)', toolbar: {}, entries: [...docs, ...stories] },
  { name: 'Storybook (dark, en)', toolbar: { theme: 'dark', locale: 'en' }, entries: stories },
];
for (const { name, toolbar, entries } of passes) {
  describe(name, { concurrency: WORKERS }, () => {
    const pool = previewPool(toolbar);
    before(() => pool.open());
    after(() => pool.close());
    for (const entry of entries) {
      const mode = entry.type === 'docs' ? 'docs' : 'story';
      test(`${entry.type} ${entry.id}: renders without console errors or accessibility violations`, (t) =>
        pool.with(async ({ page, errors }) => {
          errors.length = 0;
          const phase = await show(page, entry.id, mode);
          await page.waitForTimeout(150);
          const { failing, advice } = await audit(page, mode);
          const seen = [...errors];
          if (advice.length) t.diagnostic(`axe advice: ${JSON.stringify(advice)}`);
          assert.deepEqual(seen, []);
          assert.doesNotMatch(phase, /errored|timeout/, `${entry.id} ended as ${phase}`);
          assert.deepEqual(failing, [], `axe: ${entry.id}`);
          if (entry.tags?.includes('live')) {
            // Its play function records whether the element showed the sandbox's data.
            const live = await page.evaluate(() =>
              document.querySelector('#storybook-root')?.getAttribute('data-live'),
            );
            assert.equal(live, 'reached', `${entry.id} showed data from the sandbox at ${sandbox.apiBase}`);
          }
        }));
    }
  });
}
