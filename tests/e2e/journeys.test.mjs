// Two journeys through the example pages against the sandbox API:
// - a newcomer finds a night-school course by pinyin on the district portal, opens it, enrols
//   and sees the receipt (and the API has the enrolment);
// - an organiser records a score from Node with its secret key, and the kiosk board shows it.
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

/** A synthetic citizen ID (valid check digit) for a person born 1990-01-01 in Huai'an. */
function testCitizenId(serial) {
  const body = `32080219900101${String(serial).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

test('a newcomer finds a night-school course by pinyin, opens it, enrols and sees the receipt', async () => {
  const night = await api(stack.sandbox, 'courses?q=yanglao&schedule=night-school&district=320812');
  assert.ok(night.total >= 1, 'the API finds a night-school course for "yanglao"');
  const target = night.data[0];

  const { page, errors } = await stack.open('/district/', { viewport: { width: 414, height: 860 } });
  const finder = page.locator('skills-course-finder');
  await finder.locator('[part~="course"]').first().waitFor();

  // Search by pinyin (养老 → yanglao).
  await finder.getByRole('searchbox').fill('yanglao');
  await finder.getByRole('searchbox').press('Enter');
  const title = finder.locator('[part~="course-title"]', { hasText: target.title['zh-CN'] });
  await title.waitFor();

  // Open it: the detail dialog, then enrol from there.
  await title.click();
  const detail = finder.getByRole('dialog');
  await detail.waitFor();
  await detail.locator('[part~="enrol"]').click();

  // The enrolment form (in the finder's dialog), filled as a person would.
  const form = page.locator('skills-enrolment-form');
  await form.locator('[name="applicant.name"]').fill('李新来');
  await form.locator('[name="applicant.citizenId"]').fill(testCitizenId(101));
  await form.locator('[name="applicant.mobile"]').fill('13912345678');
  await form.locator('[name="applicant.districtCode"]').selectOption('320812');
  for (let step = 0; step < 6; step++) {
    if (await form.locator('[part~="receipt"]').count()) break;
    for (const box of await form.locator('[part~="step"] input[type="checkbox"][required]').all())
      await box.check();
    const before = await form.evaluate((f) => f.currentStep);
    await form.locator('button[type="submit"]').click();
    await page.waitForFunction(
      ([el, prev]) =>
        el.currentStep !== prev ||
        el.shadowRoot.querySelector('[part~="receipt"], [part~="error-summary"], [part~="failure"]'),
      [await form.elementHandle(), before],
      { timeout: 10000 },
    );
  }
  const receipt = form.locator('[part~="receipt"]');
  await receipt.waitFor();
  const text = await receipt.textContent();
  const reference = /[A-Z]{2}-\d{4}-\d+/.exec(text)?.[0];
  assert.ok(reference, `the receipt shows a reference: ${text}`);
  assert.doesNotMatch(text, /320802199001011\d{2}[\dX]/, 'the full ID number is never shown');
  assert.match(await page.locator('#enrolled').textContent(), new RegExp(reference));

  // The bureau's secret key sees the enrolment on the server.
  const enrolments = await api(stack.sandbox, `enrolments?courseId=${target.id}&limit=100`, {
    key: 'sk_test_demo',
  });
  assert.ok(
    enrolments.data.some((e) => e.reference === reference),
    'the enrolment exists on the server',
  );
  await page.close();
  assert.deepEqual(errors, []);
});

test('an organiser records a score from Node and the kiosk board shows it', async () => {
  const id = 'cmp_demo_live';
  const competition = await api(stack.sandbox, `competitions/${id}`);
  const { page, errors } = await stack.open(`/kiosk/?competition=${id}`, {
    viewport: { width: 1280, height: 800 },
  });
  const board = page.locator('skills-competition-board');
  await board.locator('[part~="row"]').first().waitFor();

  // A contestant not yet scored (README: …_c14–…_c16) takes the lead.
  const contestantId = `${id}_c14`;
  await api(stack.sandbox, `competitions/${id}/scores`, {
    key: 'sk_test_commerce',
    method: 'POST',
    body: { contestantId, score: 99.7 },
  });
  const board2 = await api(stack.sandbox, `competitions/${id}/leaderboard`);
  const entry = board2.entries.find((e) => e.contestant.id === contestantId);
  assert.equal(entry.rank, 1);

  const row = board.locator('[part~="row"]', { hasText: entry.contestant.name });
  await row.filter({ hasText: '99.7' }).waitFor({ timeout: 15000 });
  assert.ok(competition.title, 'the competition exists');
  await page.close();
  assert.deepEqual(errors, []);
});
