import { expect } from '@open-wc/testing';
import { resolveLocale } from './resolve-locale.js';

describe('resolveLocale', () => {
  it('prefers the explicit locale, then the nearest lang, then <html lang>', () => {
    const host = document.createElement('div');
    host.setAttribute('lang', 'en-GB');
    const el = document.createElement('span');
    host.append(el);
    document.body.append(host);
    expect(resolveLocale(el, 'zh')).to.equal('zh-CN');
    expect(resolveLocale(el)).to.equal('en');
    host.removeAttribute('lang');
    expect(resolveLocale(el)).to.equal('zh-CN'); // the test page is <html lang="zh-CN">
    host.remove();
  });
});
