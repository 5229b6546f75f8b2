import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '@skills-huaian/sdk';
import { settled, shadow, titles } from '../test-support/finder.js';
import { apiBase, closedApiBase, PK, until } from '../test-support/sandbox.js';
import './define.js';
import type { SkillsCourseFinder } from './skills-course-finder.js';

describe('<skills-course-finder> states', () => {
  it('shows a skeleton while the first page loads, hidden from assistive technology', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK}></skills-course-finder>`,
    );
    expect(el.status).to.equal('loading');
    const list = shadow(el).querySelector('[part=results]');
    expect(list?.getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelectorAll('.skeleton-card[aria-hidden=true]').length).to.be.greaterThan(0);
    await settled(el);
    expect(shadow(el).querySelector('.skeleton-card')).to.equal(null);
    expect(titles(el).length).to.equal(10);
  });

  it('shows a helpful empty state and announces it', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} query="qqqxxzz不存在的课程"></skills-course-finder>`,
    );
    await settled(el);
    const empty = shadow(el).querySelector('[part=empty]');
    expect(empty?.textContent).to.contain('没有找到符合条件的课程');
    expect(empty?.querySelector('button')?.textContent).to.contain('清除筛选');
    await until(() => el.liveRegionText.includes('没有找到'), 10000, 'the announcement');
    empty?.querySelector('button')?.click();
    await until(() => el.status === 'ready' && el.totalResults > 0, 10000, 'results after clearing');
  });

  it('announces the result count in the live region', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} locale="en" query="护理"></skills-course-finder>`,
    );
    await settled(el);
    await until(() => /\d+ courses found/.test(el.liveRegionText), 10000, 'the announcement');
    expect(shadow(el).querySelector('[role=status]')?.textContent).to.match(/courses found, 10 shown/);
  });

  it('shows an error with retry when the API cannot be reached', async function () {
    this.timeout(45000); // a refused connection is retried with backoff before the error shows
    // Nothing listens on closedApiBase: a real connection failure, no fake.
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${closedApiBase} publishable-key=${PK}></skills-course-finder>`,
    );
    await settled(el, 20000);
    expect(el.status).to.equal('error');
    const error = shadow(el).querySelector('[part=error]');
    expect(error?.textContent).to.contain('无法连接');
    await until(() => shadow(el).querySelector('[role=alert]')?.textContent?.includes('课程加载失败'), 10000);
    // Point it at the real server and retry: it recovers.
    el.apiBase = apiBase;
    await settled(el);
    expect(el.status).to.equal('ready');
  });

  it('retries after a failure', async () => {
    let failing = true;
    let calls = 0;
    // A fault to reproduce an outage: this fetch rejects while `failing`, then goes to the real server.
    const client = createClient({
      baseUrl: apiBase,
      apiKey: PK,
      maxRetries: 0,
      fetch: (input, init) => {
        if (String(input instanceof Request ? input.url : input).includes('/courses')) calls++;
        return failing ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init);
      },
    });
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder .client=${client}></skills-course-finder>`,
    );
    await settled(el);
    expect(el.status).to.equal('error');
    expect(calls).to.equal(1);
    failing = false;
    shadow(el).querySelector<HTMLButtonElement>('[part=error] button.retry')?.click();
    await until(() => el.status === 'ready', 10000, 'recovery');
    expect(calls).to.equal(2);
    expect(titles(el).length).to.be.greaterThan(0);
  });

  it('says what is missing when it is not configured', async () => {
    const el = await fixture<SkillsCourseFinder>(html`<skills-course-finder></skills-course-finder>`);
    expect(shadow(el).textContent).to.contain('api-base');
    const secret = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key="sk_test_demo"></skills-course-finder>`,
    );
    expect(shadow(secret).textContent).to.contain('secret key');
  });

  it('renders HTML in course data as plain text (no element is created)', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} query="网页安全测试"></skills-course-finder>`,
    );
    await settled(el);
    expect(el.totalResults).to.be.greaterThan(0);
    const title = titles(el)[0];
    expect(title).to.contain('<script>alert(1)</script><b>x</b>');
    const root = shadow(el);
    expect(root.querySelector('script, b, img')).to.equal(null);
    // The detail view shows the summary (which holds an <img onerror>) as text too.
    root.querySelector<HTMLButtonElement>('.title-button')?.click();
    await until(() => root.querySelector('.description')?.textContent?.includes('<img'), 10000, 'the detail');
    expect(root.querySelector('script, b, img')).to.equal(null);
    expect(document.querySelector('body img')).to.equal(null);
  });
});
