/// <reference types="mocha" />
// The core entry in headless Chromium: no client-side validation, but the same key guard, and
// the server's 400 ValidationError for bad input.
import { expect } from '@open-wc/testing';
import { AuthenticationError, createClient, ValidationError } from '@skills-huaian/sdk/core';

const apiBase = (window as unknown as { __SKILLS_SANDBOX__: { apiBase: string } }).__SKILLS_SANDBOX__.apiBase;

describe('@skills-huaian/sdk/core in a browser page', () => {
  it('lists courses with the publishable demo key', async () => {
    const client = createClient({ baseUrl: apiBase, apiKey: 'pk_test_demo', locale: 'en' });
    const page = await client.courses.list({ limit: 2 });
    expect(page.data.length).to.equal(2);
  });

  it('refuses a secret key before any request', () => {
    let requests = 0;
    const fetch = (input: Request | string | URL, init?: RequestInit) => {
      requests++;
      return globalThis.fetch(input, init);
    };
    let error: unknown;
    try {
      createClient({ baseUrl: apiBase, apiKey: 'sk_test_demo', fetch });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).to.equal('secret_key_in_browser');
    expect(requests).to.equal(0);
  });

  it('leaves validation to the server: a 400 ValidationError with field errors', async () => {
    const client = createClient({ baseUrl: apiBase, apiKey: 'pk_test_demo', locale: 'zh-CN' });
    let error: unknown;
    try {
      await client.courses.list({ limit: 500 });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).status).to.equal(400);
    expect((error as ValidationError).errors[0]!.path).to.equal('limit');
  });
});
