import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../provider/define.js';
import { settled, shadow, titles } from '../test-support/finder.js';
import { apiBase, closedApiBase, PK, until } from '../test-support/sandbox.js';
import './define.js';
import type { SkillsCourseFinder } from './skills-course-finder.js';

/** The element focused inside the finder's shadow root (or the host page's, if outside). */
function focused(el: SkillsCourseFinder): Element | null {
  return shadow(el).activeElement;
}

async function tabTo(el: SkillsCourseFinder, predicate: (e: Element) => boolean, max = 60): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const f = focused(el);
    if (f && predicate(f)) return f;
  }
  throw new Error('never reached the control by Tab');
}

describe('<skills-course-finder> accessibility', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('passes axe with results, in both themes, and with the detail dialog open', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} query="护理"></skills-course-finder>`,
    );
    await settled(el);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('.title-button')?.click();
    await until(
      () => shadow(el).querySelector<HTMLDialogElement>('dialog.detail')?.open,
      10000,
      'the dialog',
    );
    await expect(el).to.be.accessible();
  });

  it('passes axe in the empty and error states, and in grid and compact layouts', async function () {
    this.timeout(45000); // a refused connection is retried with backoff before the error shows
    const empty = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} query="qqqxxzz" locale="en"></skills-course-finder>`,
    );
    await settled(empty);
    await expect(empty).to.be.accessible();
    const failing = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${closedApiBase} publishable-key=${PK}></skills-course-finder>`,
    );
    await settled(failing, 20000);
    await expect(failing).to.be.accessible();
    for (const layout of ['grid', 'compact'] as const) {
      const el = await fixture<SkillsCourseFinder>(
        html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} layout=${layout}></skills-course-finder>`,
      );
      await settled(el);
      await expect(el).to.be.accessible();
    }
  });

  it('lays results out as a grid with layout="grid"', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} layout="grid"></skills-course-finder>`,
    );
    await settled(el);
    const list = shadow(el).querySelector('[part=results]') as HTMLElement;
    expect(getComputedStyle(list).display).to.equal('grid');
  });

  it('can be used with the keyboard alone: search, filter, open a course, close it', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK}></skills-course-finder>`,
    );
    await settled(el);
    await tabTo(el, (e) => e.id === 'q');
    await sendKeys({ type: 'yanglao' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.currentSearch.q === 'yanglao' && el.status === 'ready', 10000, 'the search');
    expect(titles(el)[0]).to.contain('养老');

    // A filter by keyboard: focus the select and pick the next option with the arrow key.
    await tabTo(el, (e) => e.id === 'f-schedule');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => el.currentSearch.schedule !== '' && el.status === 'ready', 10000, 'the filter');

    const title = await tabTo(el, (e) => e.classList.contains('title-button'));
    await sendKeys({ press: 'Enter' });
    const dialog = shadow(el).querySelector<HTMLDialogElement>('dialog.detail');
    await until(() => dialog?.open, 10000, 'the dialog');
    // Focus is inside the dialog; Escape closes it and focus returns to the title.
    expect(dialog?.contains(focused(el))).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog?.open && focused(el) === title, 10000, 'focus to return');
  });

  it('shows a visible focus ring', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK}></skills-course-finder>`,
    );
    await settled(el);
    const input = await tabTo(el, (e) => e.id === 'q');
    expect(getComputedStyle(input).outlineStyle).to.equal('solid');
    expect(Number.parseFloat(getComputedStyle(input).outlineWidth)).to.be.at.least(2);
  });

  it('fits a 360 px wide screen without horizontal overflow', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} query="护理" layout="grid"></skills-course-finder>`,
    );
    await settled(el);
    const filters = shadow(el).querySelector('details') as HTMLDetailsElement;
    filters.open = true;
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    for (const node of shadow(el).querySelectorAll('*')) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 || node.closest('dialog')) continue;
      expect(box.right, `${node.tagName}.${(node as HTMLElement).className}`).to.be.at.most(361);
    }
    // At 200 % text the same holds: the element's own, and the browser's (rem doubles too).
    el.style.fontSize = '200%';
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(360);
    el.style.fontSize = '';
    document.documentElement.style.fontSize = '200%';
    try {
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('keeps the detail dialog inside a 360 px screen', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} locale="en"></skills-course-finder>`,
    );
    await settled(el);
    shadow(el).querySelector<HTMLButtonElement>('.title-button')?.click();
    const dialog = shadow(el).querySelector<HTMLDialogElement>('dialog.detail');
    await until(() => dialog?.open && dialog.querySelector('.facts'), 10000, 'the dialog');
    for (const node of dialog?.querySelectorAll('*') ?? []) {
      const box = node.getBoundingClientRect();
      if (box.width === 0) continue;
      expect(box.left, node.tagName).to.be.at.least(0);
      expect(box.right, `${node.tagName}.${(node as HTMLElement).className}`).to.be.at.most(360);
    }
    dialog?.close();
  });

  it('keeps dialog headings readable at 360 px and 200 % text (not a letter per line)', async () => {
    // The browser's text size at 200 %: rem and em both double.
    await setViewport({ width: 360, height: 740 });
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await fixture<SkillsCourseFinder>(
        html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} locale="en" enrol-mode="dialog"></skills-course-finder>`,
      );
      await settled(el);
      expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(innerWidth);
      const check = (dialog: HTMLDialogElement) => {
        const heading = dialog.querySelector('h2') as HTMLElement;
        const style = getComputedStyle(dialog);
        const content =
          dialog.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        // The heading gets (nearly) the dialog's whole width, the Close button wraps below it.
        expect(heading.getBoundingClientRect().width, dialog.className).to.be.at.least(content * 0.75);
        const close = dialog.querySelector('.close') as HTMLElement;
        expect(close.getBoundingClientRect().right, 'Close').to.be.at.most(
          dialog.getBoundingClientRect().right,
        );
        expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(innerWidth);
      };
      shadow(el).querySelector<HTMLButtonElement>('.title-button')?.click();
      const detail = shadow(el).querySelector<HTMLDialogElement>('dialog.detail') as HTMLDialogElement;
      await until(() => detail.open && detail.querySelector('.facts'), 10000, 'the detail dialog');
      check(detail);
      detail.querySelector<HTMLButtonElement>('.enrol')?.click();
      const enrol = shadow(el).querySelector<HTMLDialogElement>('dialog.enrol') as HTMLDialogElement;
      await until(() => enrol.open && enrol.querySelector('h2'), 10000, 'the enrolment dialog');
      check(enrol);
      // "Enrolment" on one line: at most the height of one line of its own text.
      const h2 = enrol.querySelector('h2') as HTMLElement;
      expect(h2.getBoundingClientRect().height).to.be.at.most(
        Number.parseFloat(getComputedStyle(h2).lineHeight) * 1.5,
      );
      enrol.close();
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('follows prefers-color-scheme with theme auto, and an explicit theme wins', async () => {
    const el = await fixture<SkillsCourseFinder>(html`<skills-course-finder></skills-course-finder>`);
    const background = () => getComputedStyle(el).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(background()).to.equal('rgb(21, 24, 28)');
      el.theme = 'light';
      await el.updateComplete;
      expect(background()).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
    el.theme = 'dark';
    await el.updateComplete;
    expect(background()).to.equal('rgb(21, 24, 28)');
    // A host overrides a token on any ancestor.
    el.style.setProperty('--skills-color-bg', 'rgb(1, 2, 3)');
    expect(background()).to.equal('rgb(1, 2, 3)');
  });

  it('speaks English and Chinese, and switches locale in place', async () => {
    const el = await fixture<SkillsCourseFinder>(
      html`<skills-course-finder api-base=${apiBase} publishable-key=${PK} locale="en"></skills-course-finder>`,
    );
    await settled(el);
    const root = shadow(el);
    await until(
      () => root.querySelector('#f-district option[value="320812"]')?.textContent?.includes('Qingjiangpu'),
      10000,
    );
    expect(root.querySelector('[part=heading]')?.textContent).to.equal('Find a training course');
    expect(root.querySelector('[part=count]')?.textContent).to.match(/courses found/);
    const list = root.querySelector('[part=results]');
    el.locale = 'zh-CN';
    await el.updateComplete;
    expect(root.querySelector('[part=heading]')?.textContent).to.equal('查找培训课程');
    expect(root.querySelector('#f-district option[value="320812"]')?.textContent).to.contain('清江浦区');
    expect(root.querySelector('[part=base]')?.getAttribute('lang')).to.equal('zh-CN');
    // In place: the same list, no reload.
    expect(root.querySelector('[part=results]')).to.equal(list);
    expect(el.status).to.equal('ready');
  });

  it('takes its client and locale from <skills-provider>', async () => {
    const provider = await fixture(
      html`<skills-provider api-base=${apiBase} publishable-key=${PK} locale="en" theme="dark">
        <skills-course-finder query="护理"></skills-course-finder>
      </skills-provider>`,
    );
    const el = provider.querySelector('skills-course-finder') as SkillsCourseFinder;
    await settled(el);
    expect(el.status).to.equal('ready');
    expect(el.totalResults).to.be.greaterThan(0);
    expect(shadow(el).querySelector('[part=heading]')?.textContent).to.equal('Find a training course');
    expect(el.dataset.theme).to.equal('dark');
  });
});
