import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import { apiBase, PK, until } from '../test-support/sandbox.js';
import { defineElement } from './define.js';
import { formatters } from './formatters.js';
import { defineMessages } from './i18n.js';
import { SkillsElement } from './skills-element.js';

const t = defineMessages({
  'zh-CN': { hello: '你好，{name}', items: '{n} 项' },
  en: { hello: 'Hello, {name}', items: (p) => `${p.n} ${p.n === 1 ? 'item' : 'items'}` },
});

@customElement('test-skills-base')
class Base extends SkillsElement {
  get exposed() {
    return { api: this.api, locale: this.resolvedLocale, fmt: this.fmt };
  }
  say(text: string, how?: 'assertive') {
    this.announce(text, how);
  }
  override render() {
    return litHtml`<p>${t(this.resolvedLocale, 'hello', { name: 'Li' })}</p>`;
  }
}

describe('SkillsElement', () => {
  it('builds a client from api-base and publishable-key', async () => {
    const el = await fixture<Base>(
      html`<test-skills-base api-base=${apiBase} publishable-key=${PK}></test-skills-base>`,
    );
    expect(el.exposed.api?.baseUrl).to.equal(apiBase);
    expect(el.exposed.api).to.equal(el.exposed.api); // cached, not rebuilt per access
  });

  it('is unconfigured (api null) without settings', async () => {
    const el = await fixture<Base>(html`<test-skills-base></test-skills-base>`);
    expect(el.exposed.api).to.equal(null);
  });

  it('resolves the locale from locale, lang, an ancestor and <html lang>, and re-renders in place', async () => {
    // Built by hand: fixture() on a plain <div> waits for an animation frame, which a background
    // test page (another file has the focus) may never get.
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    const el = document.createElement('test-skills-base') as Base;
    wrapper.append(el);
    document.body.append(wrapper);
    after(() => wrapper.remove());
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.contain('Hello, Li');
    wrapper.setAttribute('lang', 'zh-CN');
    await until(() => el.shadowRoot?.textContent?.includes('你好，Li'), 10000, 'locale switch');
    el.locale = 'en';
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.contain('Hello, Li');
    el.removeAttribute('locale');
    el.setAttribute('lang', 'en-GB');
    await el.updateComplete;
    expect(el.exposed.locale).to.equal('en');
  });

  it('announces through live regions in its shadow root', async () => {
    const el = await fixture<Base>(html`<test-skills-base></test-skills-base>`);
    el.say('找到 3 门课程');
    await until(() => el.liveRegionText === '找到 3 门课程', 10000, 'announcement');
    const polite = el.shadowRoot?.querySelector('[aria-live="polite"]');
    expect(polite?.getAttribute('role')).to.equal('status');
    el.say('出错了', 'assertive');
    await until(
      () => el.shadowRoot?.querySelector('[aria-live="assertive"]')?.textContent === '出错了',
      10000,
    );
  });

  it('sets data-theme from the theme attribute (auto by default)', async () => {
    const el = await fixture<Base>(html`<test-skills-base></test-skills-base>`);
    expect(el.dataset.theme).to.equal('auto');
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.dataset.theme).to.equal('dark');
  });
});

describe('defineMessages', () => {
  it('interpolates parameters and supports functions for plurals', () => {
    expect(t('zh-CN', 'hello', { name: '王' })).to.equal('你好，王');
    expect(t('en', 'items', { n: 1 })).to.equal('1 item');
    expect(t('en', 'items', { n: 2 })).to.equal('2 items');
  });
});

describe('formatters', () => {
  it('formats dates in China time, money in CNY and percentages', () => {
    const zh = formatters('zh-CN');
    const en = formatters('en');
    expect(zh.date('2026-03-01')).to.contain('2026');
    expect(zh.date('2026-03-01')).to.contain('3');
    expect(en.date('2026-03-01')).to.match(/Mar 1, 2026/);
    expect(en.money(1200)).to.match(/CN¥1,200/);
    expect(zh.money(1200)).to.match(/¥1,200/);
    expect(en.percent(0.87)).to.equal('87%');
    expect(en.dateRange('2026-03-01', '2026-03-15')).to.match(/Mar 1\s*–\s*15, 2026/);
  });
});

describe('defineElement', () => {
  it('registers once and ignores a second registration', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    defineElement('test-define-once', A);
    defineElement('test-define-once', B);
    expect(customElements.get('test-define-once')).to.equal(A);
  });
});
