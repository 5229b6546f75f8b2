import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { choose, settled, shadow } from '../test-support/finder.js';
import { apiBase, PK, until } from '../test-support/sandbox.js';
import './define.js';
import type { CourseEventDetail, SkillsCourseFinder } from './skills-course-finder.js';

describe('<skills-course-finder> events, enrolment and the URL', () => {
  it('fires skills-course-select and opens the detail view', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK}></skills-course-finder>`,
    );
    await settled(el);
    const first = el.results[0];
    setTimeout(() => shadow(el).querySelector<HTMLButtonElement>('.title-button')?.click());
    const event = (await oneEvent(el, 'skills-course-select')) as CustomEvent<CourseEventDetail>;
    expect(event.detail.course.id).to.equal(first?.id);
    expect(event.bubbles && event.composed).to.equal(true);
    const dialog = shadow(el).querySelector<HTMLDialogElement>('dialog.detail');
    await until(() => dialog?.open, 10000, 'the dialog');
    expect(dialog?.querySelector('h2')?.textContent).to.equal(first?.title['zh-CN']);
    dialog?.querySelector<HTMLButtonElement>('button.close')?.click();
    await until(() => !dialog?.open, 10000);
  });

  it('lets the host show its own view by cancelling skills-course-select', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} @skills-course-select=${(e: Event) => e.preventDefault()}></skills-course-finder>`,
    );
    await settled(el);
    shadow(el).querySelector<HTMLButtonElement>('.title-button')?.click();
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLDialogElement>('dialog.detail')?.open).to.equal(false);
  });

  it('enrol-mode="event" only fires skills-enrol-request with the course', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK}></skills-course-finder>`,
    );
    await settled(el);
    setTimeout(() => shadow(el).querySelector<HTMLButtonElement>('[part=enrol]')?.click());
    const event = (await oneEvent(el, 'skills-enrol-request')) as CustomEvent<CourseEventDetail>;
    expect(event.detail.course.id).to.equal(el.results[0]?.id);
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLDialogElement>('dialog.enrol')?.open).to.equal(false);
  });

  it('enrol-mode="event" closes the detail view, so a form the host shows is not behind it', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK}></skills-course-finder>`,
    );
    await settled(el);
    shadow(el).querySelector<HTMLButtonElement>('.title-button')?.click();
    const detail = shadow(el).querySelector<HTMLDialogElement>('dialog.detail');
    await until(() => detail?.open, 10000, 'the detail view');
    const enrol = detail?.querySelector<HTMLButtonElement>('[part=enrol]');
    expect(enrol, 'an enrol button in the detail view').to.exist;
    setTimeout(() => enrol?.click());
    await oneEvent(el, 'skills-enrol-request');
    await el.updateComplete;
    expect(detail?.open).to.equal(false);
  });

  it('enrol-mode="link" links to enrol-href with the course id', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder
        api-base=${apiBase}
        publishable-key=${PK}
        enrol-mode="link"
        enrol-href="/apply?course={id}"
      ></skills-course-finder>`,
    );
    await settled(el);
    const link = shadow(el).querySelector<HTMLAnchorElement>('a[part=enrol]');
    expect(link?.getAttribute('href')).to.equal(
      `/apply?course=${encodeURIComponent(el.results[0]?.id ?? '')}`,
    );
    // The event still fires; cancelling it keeps the visitor on the page.
    el.addEventListener('skills-enrol-request', (e) => e.preventDefault(), { once: true });
    link?.click();
    expect(location.pathname).to.not.equal('/apply');
  });

  it('enrol-mode="dialog" says so when <skills-enrolment-form> is not loaded, then opens it once defined', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} enrol-mode="dialog"></skills-course-finder>`,
    );
    await settled(el);
    const enrol = shadow(el).querySelector<HTMLButtonElement>('[part=enrol]');
    enrol?.click();
    const dialog = shadow(el).querySelector<HTMLDialogElement>('dialog.enrol');
    await until(() => dialog?.open, 10000, 'the dialog');
    expect(dialog?.getAttribute('aria-labelledby')).to.equal('enrol-title');
    expect(dialog?.textContent).to.contain('报名表暂不可用');
    await expect(el).to.be.accessible();

    // The form is another helper's element: here a stand-in registered under its tag, to see
    // that the finder creates it by name with the course id, without importing its code.
    if (!customElements.get('skills-enrolment-form')) {
      customElements.define('skills-enrolment-form', class extends HTMLElement {});
    }
    await until(() => dialog?.querySelector('skills-enrolment-form'), 10000, 'the form');
    const form = dialog?.querySelector('skills-enrolment-form') as HTMLElement & { client?: unknown };
    expect(form.getAttribute('course-id')).to.equal(el.results[0]?.id);
    expect(form.client).to.not.equal(undefined);
    dialog?.querySelector<HTMLButtonElement>('button.close')?.click();
    await until(() => !dialog?.open && shadow(el).activeElement === enrol, 10000, 'focus to return');
  });

  describe('sync-url', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('reads the search from the URL, writes changes back, and follows back and forward', async () => {
      history.replaceState(
        null,
        '',
        `${location.pathname}?host=1&course.q=${encodeURIComponent('护理')}&course.district=320812`,
      );
      const el = await fixture<SkillsCourseFinder>(
        html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} sync-url></skills-course-finder>`,
      );
      await settled(el);
      expect(el.currentSearch.q).to.equal('护理');
      expect(el.currentSearch.district).to.equal('320812');
      for (const c of el.results) expect(c.districtCode).to.equal('320812');
      expect(shadow(el).querySelector<HTMLInputElement>('#q')?.value).to.equal('护理');

      choose(el, 'f-district', '');
      await el.updateComplete;
      let params = new URLSearchParams(location.search);
      expect(params.get('course.district')).to.equal(null);
      expect(params.get('host')).to.equal('1');

      // The target group is personal: it is searched on but never written to the URL.
      choose(el, 'f-group', 'disabled');
      await settled(el);
      params = new URLSearchParams(location.search);
      expect([...params.keys()].some((k) => k.includes('group'))).to.equal(false);
      expect(location.href).to.not.contain('disabled');

      history.back();
      await until(() => el.currentSearch.district === '320812', 10000, 'back');
      await settled(el);
      for (const c of el.results) expect(c.districtCode).to.equal('320812');
    });

    it('survives a reload: a new finder on the same URL shows the same search', async () => {
      const a = await fixture<SkillsCourseFinder>(
        html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} sync-url></skills-course-finder>`,
      );
      await settled(a);
      choose(a, 'sort', 'fee');
      choose(a, 'f-format', 'online');
      await settled(a);
      const ids = a.results.map((c) => c.id);
      a.remove();
      const b = await fixture<SkillsCourseFinder>(
        html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} sync-url></skills-course-finder>`,
      );
      await settled(b);
      expect(b.currentSearch.format).to.equal('online');
      expect(b.currentSearch.sort).to.equal('fee');
      expect(b.results.map((c) => c.id)).to.deep.equal(ids);
    });
  });
});
