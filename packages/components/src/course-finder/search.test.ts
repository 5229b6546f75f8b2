import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '@skills-huaian/sdk';
import { afterSearch, choose, countIn, options, settled, shadow, titles } from '../test-support/finder.js';
import { apiBase, PK, until } from '../test-support/sandbox.js';
import './define.js';
import type { SkillsCourseFinder } from './skills-course-finder.js';

async function finder(attrs: { query?: string; pageSize?: number } = {}) {
  const el = await fixture<SkillsCourseFinder>(
    html`<skills-course-finder
      api-base=${apiBase}
      publishable-key=${PK}
      query=${attrs.query ?? ''}
      page-size=${attrs.pageSize ?? 10}
    ></skills-course-finder>`,
  );
  await settled(el);
  return el;
}

function typeQuery(el: SkillsCourseFinder, text: string) {
  const input = shadow(el).querySelector<HTMLInputElement>('#q');
  if (!input) throw new Error('no search box');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
}

describe('<skills-course-finder> search', () => {
  it('finds courses by a Chinese two-character word (护理)', async () => {
    const el = await finder();
    const all = el.totalResults;
    await afterSearch(el, () => typeQuery(el, '护理'));
    expect(el.status).to.equal('ready');
    expect(el.totalResults).to.be.greaterThan(0).and.lessThan(all);
    expect(titles(el)[0]).to.contain('护理');
  });

  for (const q of ['yanglao', 'ylhl']) {
    it(`finds 养老护理员 courses by pinyin "${q}"`, async () => {
      const el = await finder({ query: q });
      expect(el.totalResults).to.be.greaterThan(0);
      for (const course of el.results) expect(course.occupation.name['zh-CN']).to.contain('养老');
      expect(titles(el).some((t) => t.includes('养老护理员'))).to.equal(true);
    });
  }

  it('waits for typing to pause, and drops stale responses', async () => {
    const seen: string[] = [];
    const aborted: string[] = [];
    // A real client on the real server. The wrapper records what is requested and makes 护理
    // slow (a slow network, not a fake answer) so that a newer search overtakes it.
    const client = createClient({
      baseUrl: apiBase,
      apiKey: PK,
      fetch: async (input, init) => {
        const request = input instanceof Request ? input : new Request(String(input), init);
        const url = new URL(request.url);
        const q = url.searchParams.get('q') ?? '';
        if (url.pathname.endsWith('/courses')) seen.push(q);
        if (q === '护理') {
          await new Promise((r) => setTimeout(r, 800));
          if (request.signal.aborted) aborted.push(q);
        }
        return fetch(input, init);
      },
    });
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder .client=${client}></skills-course-finder>`,
    );
    await settled(el);
    seen.length = 0;
    for (const text of ['y', 'ya', 'yan', 'yang', 'yanglao']) typeQuery(el, text);
    await until(() => el.currentSearch.q === 'yanglao', 10000, 'the debounce');
    await settled(el);
    expect(seen).to.deep.equal(['yanglao']);

    typeQuery(el, '护理');
    await until(() => seen.includes('护理'), 10000, 'the first request');
    const input = shadow(el).querySelector<HTMLInputElement>('#q');
    if (input) input.value = '电商';
    shadow(el).querySelector('form')?.requestSubmit(); // Enter: no debounce
    await until(() => el.currentSearch.q === '电商', 10000);
    await settled(el);
    await new Promise((r) => setTimeout(r, 900)); // let the slow 护理 response arrive (or not)
    expect(seen).to.deep.equal(['yanglao', '护理', '电商']);
    expect(aborted).to.deep.equal(['护理']);
    expect(el.currentSearch.q).to.equal('电商');
    const expected = await client.courses.list({ q: '电商', limit: 10, sort: 'relevance' });
    expect(el.results.map((c) => c.id)).to.deep.equal(expected.data.map((c) => c.id));
  });

  it('keeps text being typed when the element re-renders meanwhile', async () => {
    const el = await finder();
    typeQuery(el, '养老');
    el.locale = 'en'; // any re-render before the debounce fires
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLInputElement>('#q')?.value).to.equal('养老');
    await until(() => el.currentSearch.q === '养老', 10000, 'the debounce');
  });

  const fields = [
    { id: 'f-district', check: (c: { districtCode: string }, v: string) => c.districtCode === v },
    { id: 'f-cluster', check: (c: { cluster?: string | null }, v: string) => c.cluster === v },
    {
      id: 'f-occupation',
      check: (c: { occupation: { code: string } }, v: string) => c.occupation.code === v,
    },
    { id: 'f-level', check: (c: { level: number }, v: string) => String(c.level) === v },
    { id: 'f-style', check: (c: { style: string }, v: string) => c.style === v },
    { id: 'f-format', check: (c: { format: string }, v: string) => c.format === v },
    { id: 'f-schedule', check: (c: { schedule: string }, v: string) => c.schedule === v },
    {
      id: 'f-group',
      // Courses open to everyone are eligible for every group.
      check: (c: { targetGroups: string[] }, v: string) =>
        c.targetGroups.length === 0 || c.targetGroups.includes(v),
    },
  ];
  for (const { id, check } of fields) {
    it(`filters by ${id.slice(2)}, and the option's count is the result count`, async () => {
      const el = await finder({ pageSize: 100 });
      const opts = options(el, id).filter((o) => countIn(o.text) > 0 && countIn(o.text) < el.totalResults);
      const pick = opts[opts.length - 1] ?? options(el, id).find((o) => countIn(o.text) > 0);
      expect(pick, `an option with courses in ${id}`).to.not.equal(undefined);
      if (!pick) return;
      await afterSearch(el, () => choose(el, id, pick.value));
      expect(el.totalResults).to.equal(countIn(pick.text));
      expect(el.results.length).to.be.greaterThan(0);
      for (const course of el.results) expect(check(course as never, pick.value), course.id).to.equal(true);
    });
  }

  it('offers the occupation areas (industry clusters) by name with counts, in both locales', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} locale="en"></skills-course-finder>`,
    );
    await settled(el);
    await until(() => options(el, 'f-cluster').length > 0, 10000, 'the cluster labels');
    expect(shadow(el).querySelector('label[for="f-cluster"]')?.textContent).to.equal('Occupation area');
    const en = options(el, 'f-cluster');
    const manufacturing = en.find((o) => o.value === 'advanced-manufacturing');
    expect(manufacturing?.text).to.match(/^Advanced manufacturing \(\d+\)$/);
    expect(countIn(manufacturing?.text ?? '')).to.be.greaterThan(0);
    el.locale = 'zh-CN';
    await el.updateComplete;
    expect(shadow(el).querySelector('label[for="f-cluster"]')?.textContent).to.equal('职业领域');
    const zh = options(el, 'f-cluster').find((o) => o.value === 'advanced-manufacturing');
    expect(zh?.text).to.equal(`先进制造业（${countIn(manufacturing?.text ?? '')}）`);
    // The counts are the server's: the same as a direct query.
    const client = createClient({ baseUrl: apiBase, apiKey: PK });
    const direct = await client.courses.list({ cluster: 'advanced-manufacturing', limit: 1 });
    expect(countIn(zh?.text ?? '')).to.equal(direct.total);
  });

  it('filters to subsidised courses and by start date', async () => {
    const el = await finder({ pageSize: 100 });
    const box = shadow(el).querySelector<HTMLInputElement>('input[type=checkbox]');
    const expected = countIn(box?.closest('label')?.textContent ?? '');
    await afterSearch(el, () => box?.click());
    expect(el.totalResults).to.equal(expected);
    for (const course of el.results) expect(course.subsidised).to.equal(true);
    const from = el.results[Math.floor(el.results.length / 2)]?.startDate ?? '2026-01-01';
    await afterSearch(el, () => choose(el, 'f-startFrom', from));
    for (const course of el.results) expect(course.startDate >= from).to.equal(true);
  });

  it('sorts by placement rate', async () => {
    const el = await finder({ pageSize: 30 });
    await afterSearch(el, () => choose(el, 'sort', 'placement-rate'));
    const rates = el.results.map((c) => c.outcomes.placementRate).filter((r): r is number => r !== null);
    expect(rates).to.deep.equal([...rates].sort((a, b) => b - a));
  });

  it('pages with "load more" without repeating or skipping a course', async () => {
    const el = await finder({ query: '护理', pageSize: 5 });
    const total = el.totalResults;
    expect(total).to.be.greaterThan(10);
    const more = () => shadow(el).querySelector<HTMLButtonElement>('[part=load-more]');
    for (let page = 1; page < 3; page++) {
      await afterSearch(el, () => more()?.click());
      expect(el.results.length).to.equal(Math.min(total, (page + 1) * 5));
    }
    const ids = el.results.map((c) => c.id);
    expect(new Set(ids).size).to.equal(ids.length);
    // Focus moves to the first new course, so keyboard users carry on reading there.
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal(titles(el)[10]);
    // Every course once: the union of pages equals one big page.
    const big = await finder({ query: '护理', pageSize: 15 });
    expect(big.results.map((c) => c.id)).to.deep.equal(ids);
  });

  it('keeps a college to its own courses with provider-id, and pins district, style and group', async () => {
    const probe = await finder();
    const providerId = probe.results[0]?.provider.id ?? '';
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} provider-id=${providerId} page-size="50"></skills-course-finder>`,
    );
    await settled(el);
    expect(el.results.length).to.be.greaterThan(0);
    for (const c of el.results) expect(c.provider.id).to.equal(providerId);

    const pinned = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder
        api-base=${apiBase}
        publishable-key=${PK}
        district="320830"
        style="order"
        group="returnee"
        page-size="50"
      ></skills-course-finder>`,
    );
    await settled(pinned);
    for (const c of pinned.results) {
      expect(c.districtCode).to.equal('320830');
      expect(c.style).to.equal('order');
      expect(c.targetGroups.length === 0 || c.targetGroups.includes('returnee')).to.equal(true);
    }
    // A pinned filter is the host's decision, not a choice offered to the visitor.
    for (const id of ['f-district', 'f-style', 'f-group'])
      expect(shadow(pinned).querySelector(`#${id}`)).to.equal(null);
    expect(shadow(pinned).querySelector('#f-format')).to.not.equal(null);
    expect(pinned.style.length).to.equal(0); // the style attribute was not taken as CSS
  });
});
