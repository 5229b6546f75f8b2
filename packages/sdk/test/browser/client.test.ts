/// <reference types="mocha" />
// Runs in headless Chromium (pnpm --filter @skills-huaian/sdk test:browser) against the real
// sandbox server that web-test-runner.config.mjs starts.
import { expect } from '@open-wc/testing';
import { AuthenticationError, createClient, isBrowserPage, ValidationError } from '@skills-huaian/sdk';

const apiBase = (window as unknown as { __SKILLS_SANDBOX__: { apiBase: string } }).__SKILLS_SANDBOX__.apiBase;

describe('@skills-huaian/sdk in a browser page', () => {
  it('knows it is in a browser page', () => {
    expect(isBrowserPage()).to.equal(true);
  });

  it('lists courses with the publishable demo key, across pages', async () => {
    const client = createClient({ baseUrl: apiBase, apiKey: 'pk_test_demo', locale: 'en' });
    const page = await client.courses.list({ limit: 3 });
    expect(page.data.length).to.equal(3);
    expect(page.total).to.be.greaterThan(3);
    const ids = new Set<string>();
    for await (const course of client.courses.list({ limit: 3 }, { max: 7 })) ids.add(course.id);
    expect(ids.size).to.equal(7);
    const one = await client.courses.get(page.data[0]!.id);
    expect(one.id).to.equal(page.data[0]!.id);
  });

  it('refuses a secret key before any request', async () => {
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
    expect(String(error)).not.to.contain('sk_test_demo');
    expect(requests).to.equal(0);
  });

  it('validates input in the browser too, in the client locale', async () => {
    const client = createClient({ baseUrl: apiBase, apiKey: 'pk_test_demo', locale: 'zh-CN' });
    let error: unknown;
    try {
      await client.courses.list({ limit: 500 });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).errors[0]!.path).to.equal('limit');
    expect((error as ValidationError).errors[0]!.message).to.match(/[\u4e00-\u9fff]/);
  });

  it('can be aborted', async () => {
    const client = createClient({ baseUrl: apiBase, apiKey: 'pk_test_demo' });
    let error: unknown;
    try {
      await client.courses.list({}, { signal: AbortSignal.abort() });
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).to.equal('AbortError');
  });

  it('watches a live leaderboard over SSE with fetch', async () => {
    const client = createClient({ baseUrl: apiBase, apiKey: 'pk_test_demo' });
    const { data } = await client.competitions.list({ status: 'live' });
    const ac = new AbortController();
    const watch = client.competitions.watchLeaderboard(data[0]!.id, { signal: ac.signal });
    for await (const board of watch) {
      expect(board.competitionId).to.equal(data[0]!.id);
      expect(watch.transport).to.equal('stream');
      break;
    }
    ac.abort();
    expect(watch.transport).to.equal('closed');
    expect(watch.status).to.equal('closed');
  });

  it('times out a stream that goes silent without closing and resumes it with Last-Event-ID', async () => {
    // A FAKE network fault only: the first stream's body passes its first chunk, then nothing
    // more while staying open. Every request still goes to the real sandbox server.
    const lastEventIds: (string | null)[] = [];
    let streams = 0;
    const silencing: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      if (!String(input).includes('/stream') || !res.body) return res;
      lastEventIds.push(new Headers(init?.headers).get('last-event-id'));
      if (streams++ > 0) return res;
      const reader = res.body.getReader();
      let first = true;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (!first) return new Promise<void>(() => {}); // silence, never closed
          first = false;
          const { value, done } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
      });
      return new Response(body, { status: res.status, headers: res.headers });
    };
    const client = createClient({ baseUrl: apiBase, apiKey: 'pk_test_demo', fetch: silencing });
    const { data } = await client.competitions.list({ status: 'live' });
    const ac = new AbortController();
    const errors: { error: unknown; fatal: boolean }[] = [];
    const states: string[] = [];
    const watch = client.competitions.watchLeaderboard(data[0]!.id, {
      signal: ac.signal,
      heartbeatTimeout: 300,
      reconnectDelay: 50,
      onUpdate: () => {},
      onError: (error, { fatal }) => errors.push({ error, fatal }),
      onStatus: (s) => states.push(s.state),
    });
    const start = performance.now();
    while (watch.connections < 2 && performance.now() - start < 5000) {
      await new Promise((r) => setTimeout(r, 20));
    }
    ac.abort();
    expect(watch.connections).to.be.at.least(2);
    expect(lastEventIds[0]).to.equal(null);
    expect(lastEventIds[1]).to.match(/^\d+$/);
    expect(errors[0]!.fatal).to.equal(false);
    expect((errors[0]!.error as { code?: string }).code).to.equal('stream_silent');
    expect(states.slice(0, 3)).to.deep.equal(['streaming', 'reconnecting', 'streaming']);
  });
});
