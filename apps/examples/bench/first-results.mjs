// Benchmark (not a test): time from navigation to the first course results painted, on the
// college example page (<skills-course-finder> from the CDN bundle) and on a hand-written page
// (fetch + DOM, pages/plain/), against the same sandbox server in the same run.
//   node bench/first-results.mjs [--runs 7]
// Each run is a fresh browser context (cold HTTP cache). "Painted" is the first animation frame
// after which the page shows the title of a course the API returns for the college (found through
// open shadow roots), measured in the page against performance.timeOrigin.

import { chromium } from 'playwright-core';
import { startSandbox } from '../../../scripts/sandbox.mjs';
import { startExamples } from '../server.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const pages = [
  { name: 'college page (<skills-course-finder>, CDN bundle)', path: '/college/' },
  { name: 'hand-written page (fetch + DOM)', path: '/plain/' },
];

// Runs before any page script: watches every frame until a known title is on screen.
function watchForTitles(titles) {
  const deepText = (root) => {
    let text = '';
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) text += node.data;
      if (node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.childNodes) walk(child);
    };
    walk(root);
    return text;
  };
  const check = () => {
    if (document.body && titles.some((t) => deepText(document.body).includes(t))) {
      // The frame that shows the results has now been rendered: record the next frame's start.
      requestAnimationFrame((t) => {
        window.__firstResults = t;
      });
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const launchBrowser = () =>
  chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });

const sandbox = await startSandbox();
const examples = await startExamples({ port: 0, apiBase: sandbox.apiBase });
const browser = await launchBrowser();
try {
  const res = await fetch(`${sandbox.apiBase}/courses?provider=prv_hatc_tech&limit=100`, {
    headers: { authorization: 'Bearer pk_test_demo', 'accept-language': 'zh-CN' },
  });
  const titles = (await res.json()).data.map((c) =>
    typeof c.title === 'string' ? c.title : c.title['zh-CN'],
  );
  if (!titles.length) throw new Error('the demo college has no courses');

  const times = new Map(pages.map((p) => [p.path, []]));
  // One warm-up each (server caches, Chromium's first-launch work), then alternate pages.
  for (let i = -1; i < runs; i++) {
    for (const p of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(watchForTitles, titles);
      await page.goto(`${examples.url}${p.path}`);
      await page.waitForFunction(() => window.__firstResults !== undefined, null, { timeout: 30000 });
      const ms = await page.evaluate(() => window.__firstResults);
      await context.close();
      if (i >= 0) times.get(p.path).push(ms);
    }
  }
  const [elements, plain] = pages.map((p) => median(times.get(p.path)));
  console.log(`first course results painted, median of ${runs} runs (ms from navigation start):`);
  for (const p of pages) {
    const t = times.get(p.path);
    console.log(
      `  ${p.name.padEnd(52)} ${median(t).toFixed(0).padStart(5)} ms   (runs: ${t.map((x) => x.toFixed(0)).join(', ')})`,
    );
  }
  console.log(`  ratio elements / hand-written: ${(elements / plain).toFixed(2)}×`);
} finally {
  await browser.close();
  await examples.close();
  await sandbox.stop();
}
