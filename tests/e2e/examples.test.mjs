// Every example page in apps/examples, opened in Chromium against a started sandbox API: each
// shows real data, logs no console error, and the /csp/ page reports no CSP violation.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, startStack } from '../support/stack.mjs';

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

const zh = (text) => (typeof text === 'string' ? text : text['zh-CN']);
const settle = (page) => page.waitForTimeout(300);

test('the index lists every example', async () => {
  const { page, errors } = await stack.open('/');
  const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const path of [
    '/college/',
    '/enterprise/',
    '/district/',
    '/kiosk/',
    '/react/',
    '/vue/',
    '/csp/',
    '/plain/',
  ]) {
    assert.ok(links.includes(path), `index links ${path}`);
  }
  await page.close();
  assert.deepEqual(errors, []);
});

test("college page: one script tag, the college's own courses", async () => {
  const { data, total } = await api(stack.sandbox, 'courses?provider=prv_hatc_tech&limit=100');
  assert.ok(total > 0);
  const { page, errors } = await stack.open('/college/');
  const finder = page.locator('skills-course-finder');
  await finder.locator('[part~="course"]').first().waitFor();
  const shown = await finder.locator('[part~="course-title"]').allTextContents();
  const titles = data.map((c) => zh(c.title));
  assert.ok(shown.length > 0, 'shows results');
  for (const t of shown) assert.ok(titles.includes(t.trim()), `${t} is one of the college's courses`);
  assert.match(await finder.locator('[part~="count"]').textContent(), new RegExp(String(total)));
  await settle(page);
  await page.close();
  assert.deepEqual(errors, []);
});

test('college page under a strict CSP: works with zero violations', async () => {
  const { page, errors, violations, response } = await stack.open('/csp/');
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /style-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  const finder = page.locator('skills-course-finder');
  await finder.locator('[part~="course"]').first().waitFor();
  // Search, filter and open a course's details too: more code paths, more chances to trip.
  const word = (await finder.locator('[part~="course-title"]').first().textContent()).slice(0, 2);
  await finder.getByRole('searchbox').fill(word);
  await finder.getByRole('searchbox').press('Enter');
  await finder.locator('[part~="count"]').filter({ hasText: /\d/ }).waitFor();
  await finder.locator('[part~="course-title"]').first().click();
  await finder.getByRole('dialog').waitFor();
  await page.waitForTimeout(300);
  await page.close();
  assert.deepEqual(violations, [], 'no securitypolicyviolation events');
  assert.deepEqual(errors, []);
});

test('enrolment dialog under the strict CSP: zero violations', async () => {
  const { page, errors, violations } = await stack.open('/csp/');
  const finder = page.locator('skills-course-finder');
  await finder.locator('[part~="course"] [part~="enrol"]').first().click();
  await page.locator('skills-enrolment-form [name="applicant.name"]').waitFor();
  await page.waitForTimeout(300);
  await page.close();
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
});

test('enterprise careers page: the order-class form with its positions', async () => {
  const course = await api(stack.sandbox, 'courses/crs_demo_order_class');
  const { page, errors } = await stack.open('/enterprise/');
  const form = page.locator('skills-enrolment-form');
  await form.locator('[name="applicant.name"]').waitFor();
  const text = await form.locator('[part~="header"]').textContent();
  assert.match(text, new RegExp(zh(course.title).slice(0, 6)));
  // The autoloader fetched only what the page uses.
  const defined = await page.evaluate(() =>
    ['skills-enrolment-form', 'skills-course-finder', 'skills-competition-board'].map(
      (t) => !!customElements.get(t),
    ),
  );
  assert.deepEqual(defined, [true, false, false]);
  await settle(page);
  await page.close();
  assert.deepEqual(errors, []);
});

test('district portal: finder, board and (in its dialog) the form, loaded by the autoloader', async () => {
  const { page, errors } = await stack.open('/district/');
  await page.locator('skills-course-finder [part~="course"]').first().waitFor();
  await page.locator('skills-competition-board [part~="item"]').first().waitFor();
  const districts = await api(stack.sandbox, 'courses?district=320812&limit=1');
  assert.match(
    await page.locator('skills-course-finder [part~="count"]').textContent(),
    new RegExp(String(districts.total)),
  );
  await page.locator('skills-course-finder [part~="enrol"]').first().click();
  await page.locator('skills-enrolment-form [name="applicant.name"]').waitFor();
  await settle(page);
  await page.close();
  assert.deepEqual(errors, []);
});

test('kiosk page: a live board in kiosk mode', async () => {
  const { page, errors } = await stack.open('/kiosk/');
  const board = page.locator('skills-competition-board');
  await board.locator('[part~="row"]').first().waitFor();
  assert.equal(await board.getAttribute('mode'), 'kiosk');
  await settle(page);
  await page.close();
  assert.deepEqual(errors, []);
});

test('React page: the @lit/react wrappers; enrol opens the form the page renders', async () => {
  const { page, errors } = await stack.open('/react/');
  const finder = page.locator('skills-course-finder');
  await finder.locator('[part~="course"]').first().waitFor();
  assert.equal(await page.locator('skills-enrolment-form').count(), 0);
  await finder.locator('[part~="course"] [part~="enrol"]').first().click();
  await page.locator('skills-enrolment-form [name="applicant.name"]').waitFor();
  await settle(page);
  await page.close();
  assert.deepEqual(errors, []);
});

test('Vue page: the elements in a Vue template, events and locale switching', async () => {
  const { page, errors } = await stack.open('/vue/');
  const finder = page.locator('skills-course-finder');
  await finder.locator('[part~="course"]').first().waitFor();
  await page.locator('skills-competition-board [part~="item"]').first().waitFor();
  await page.locator('[data-testid="locale"]').selectOption('en');
  await page.waitForFunction(() =>
    document.querySelector('skills-course-finder')?.shadowRoot?.querySelector('[lang="en"]'),
  );
  await finder.locator('[part~="course-title"]').first().click();
  await page.locator('[data-testid="selected-course"]').waitFor();
  await settle(page);
  await page.close();
  assert.deepEqual(errors, []);
});

test('hand-written page (the benchmark baseline) lists the same courses', async () => {
  const { page, errors } = await stack.open('/plain/');
  await page.locator('#results li').first().waitFor();
  await page.close();
  assert.deepEqual(errors, []);
});
