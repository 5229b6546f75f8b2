import { expect, fixture, html } from '@open-wc/testing';
import { createClient } from '@skills-huaian/sdk';
import { html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import { SkillsElement } from '../shared/skills-element.js';
import { apiBase, PK } from '../test-support/sandbox.js';
import './define.js';
import type { SkillsProvider } from './skills-provider.js';

/** A bare element on the shared base class, to see what it receives. */
@customElement('test-skills-probe')
class Probe extends SkillsElement {
  get exposedApi() {
    return this.api;
  }
  get exposedLocale() {
    return this.resolvedLocale;
  }
  override render() {
    return litHtml`<p>${this.resolvedLocale}</p>`;
  }
}

describe('<skills-provider>', () => {
  it('is display: contents and renders only its children', async () => {
    const el = await fixture<SkillsProvider>(html`<skills-provider><p>child</p></skills-provider>`);
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.textContent?.trim()).to.equal('child');
  });

  it('hands its client, locale and theme to elements inside it', async () => {
    const el = await fixture<SkillsProvider>(
      html`<skills-provider api-base=${apiBase} publishable-key=${PK} locale="en" theme="dark">
        <div><test-skills-probe></test-skills-probe></div>
      </skills-provider>`,
    );
    const probe = el.querySelector('test-skills-probe') as Probe;
    await probe.updateComplete;
    expect(probe.exposedApi).to.equal(el.resolvedClient);
    expect(probe.exposedApi?.baseUrl).to.equal(apiBase);
    expect(probe.exposedLocale).to.equal('en');
    expect(probe.dataset.theme).to.equal('dark');
  });

  it('updates the elements when its settings change, and element attributes win', async () => {
    const el = await fixture<SkillsProvider>(
      html`<skills-provider api-base=${apiBase} publishable-key=${PK} locale="en">
        <test-skills-probe></test-skills-probe>
        <test-skills-probe locale="zh-CN" theme="light"></test-skills-probe>
      </skills-provider>`,
    );
    const [inherits, overrides] = [...el.querySelectorAll('test-skills-probe')] as Probe[];
    el.locale = 'zh-CN';
    el.theme = 'dark';
    await el.updateComplete;
    await inherits.updateComplete;
    expect(inherits.exposedLocale).to.equal('zh-CN');
    expect(inherits.dataset.theme).to.equal('dark');
    el.locale = 'en';
    await el.updateComplete;
    await overrides.updateComplete;
    expect(overrides.exposedLocale).to.equal('zh-CN');
    expect(overrides.dataset.theme).to.equal('light');
  });

  it('passes a client given as a property', async () => {
    const client = createClient({ baseUrl: apiBase || 'http://127.0.0.1:1/v1', apiKey: PK });
    const el = await fixture<SkillsProvider>(
      html`<skills-provider .client=${client}><test-skills-probe></test-skills-probe></skills-provider>`,
    );
    const probe = el.querySelector('test-skills-probe') as Probe;
    await probe.updateComplete;
    expect(probe.exposedApi).to.equal(client);
  });

  it('leaves elements unconfigured, not broken, for a secret key', async () => {
    const el = await fixture<SkillsProvider>(
      html`<skills-provider api-base=${apiBase} publishable-key="sk_test_demo"><test-skills-probe></test-skills-probe></skills-provider>`,
    );
    const probe = el.querySelector('test-skills-probe') as Probe;
    await probe.updateComplete;
    expect(probe.exposedApi).to.equal(null);
  });
});
