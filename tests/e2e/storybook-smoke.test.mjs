// Opens every story of the built Storybook in Chromium and fails on any console error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser, watchErrors } from '../support/browser.mjs';
import { serveStatic } from '../support/static-server.mjs';

const staticDir = fileURLToPath(new URL('../../apps/storybook/storybook-static', import.meta.url));
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

let browser;
let server;
before(async () => {
  server = await serveStatic({ root: staticDir });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the built Storybook has stories', () => {
  assert.ok(stories.length > 0, 'no stories in index.json');
});

for (const story of stories) {
  test(`story ${story.id} renders without console errors`, async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForSelector('#storybook-root > *, #storybook-docs > *', { timeout: 15000 });
    await page.waitForTimeout(200);
    await page.close();
    assert.deepEqual(errors, []);
  });
}
