// Opens every story and docs page of the built Storybook in Chromium, waits for the story's
// render and play function to finish, and fails on any console error or failed render.
// To stay quick on two cores, a few pages load the preview once and then switch stories in
// place through Storybook's channel (what the Storybook UI does), instead of reloading it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, watchErrors } from '../support/browser.mjs';
import { serveStatic } from '../support/static-server.mjs';

const staticDir = fileURLToPath(new URL('../../apps/storybook/storybook-static', import.meta.url));
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'));
// Stories tagged `live` talk to the sandbox that `npm start` runs; with no server here the
// browser would log the refused connections, so they are left to people, not the smoke test.
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && !e.tags?.includes('live'));
const docs = Object.values(index.entries).filter((e) => e.type === 'docs');
const WORKERS = 3;

let browser;
let server;
/** Idle preview pages, each with its error list. */
const pool = [];
const waiting = [];

async function openPreview() {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/iframe.html?id=${stories[0].id}&viewMode=story`);
  await page.waitForFunction(
    () => window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__,
    null,
    {
      timeout: 30000,
    },
  );
  return { page, errors };
}

async function withPreview(fn) {
  const worker = pool.pop() ?? (await new Promise((resolve) => waiting.push(resolve)));
  try {
    return await fn(worker);
  } finally {
    const next = waiting.shift();
    if (next) next(worker);
    else pool.push(worker);
  }
}

/** Shows `id` in `viewMode` and resolves with the render's final phase (play function included). */
async function show(page, id, viewMode) {
  await page.evaluate(
    ([storyId, mode]) =>
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: mode }),
    [id, viewMode],
  );
  const root = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
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
      [id, viewMode, root],
      { timeout: 20000, polling: 100 },
    )
    .then((h) => h.jsonValue())
    .catch(() => 'timeout');
}

before(async () => {
  server = await serveStatic({ root: staticDir });
  browser = await launchBrowser();
  const workers = await Promise.all(Array.from({ length: WORKERS }, openPreview));
  // The first load's own messages belong to no story under test.
  for (const w of workers) w.errors.length = 0;
  pool.push(...workers);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the built Storybook has stories', () => {
  assert.ok(stories.length > 0, 'no stories in index.json');
});

describe('Storybook', { concurrency: WORKERS }, () => {
  for (const entry of [...docs, ...stories]) {
    const mode = entry.type === 'docs' ? 'docs' : 'story';
    test(`${entry.type} ${entry.id} renders without console errors`, () =>
      withPreview(async ({ page, errors }) => {
        errors.length = 0;
        const phase = await show(page, entry.id, mode);
        await page.waitForTimeout(150);
        const seen = [...errors];
        assert.deepEqual(seen, []);
        assert.doesNotMatch(phase, /errored|timeout/, `${entry.id} ended as ${phase}`);
      }));
  }
});
