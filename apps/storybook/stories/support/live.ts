// Where the `live` stories find the sandbox API. `npm start` runs it on port 8787; a test (or a
// person running the sandbox elsewhere) opens the preview with `?apiBase=<url>` in the iframe's
// address, e.g. iframe.html?id=…&apiBase=http://127.0.0.1:51234/v1 — Storybook keeps unknown
// query parameters when it switches stories in place. Only loopback addresses are accepted: a
// shared link must not be able to send what someone types into a live form to another host.

import { until } from './until.js';

const DEFAULT_API_BASE = 'http://127.0.0.1:8787/v1';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The API base from `?apiBase=` when it is a loopback http(s) URL, else the `npm start` one. */
export function liveApiBase(search: string = globalThis.location?.search ?? ''): string {
  const asked = new URLSearchParams(search).get('apiBase');
  if (!asked) return DEFAULT_API_BASE;
  try {
    const url = new URL(asked);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname)) {
      return url.href.replace(/\/$/, '');
    }
  } catch {}
  return DEFAULT_API_BASE;
}

/** The sandbox's demo publishable key (CONTRACT.md): allowed from http://127.0.0.1:* and localhost. */
export const LIVE_KEY = 'pk_test_demo';

/**
 * A live story's play function: waits (up to 15 s) until the element inside `canvas` shows data
 * from the server (`readySelector` in its shadow root) or its own error state (`.alert`), and
 * records which as `data-live="reached"` or `"unreachable"` on the canvas. It does not fail
 * without a server: the error state is then what the story is meant to show.
 */
export async function awaitLive(canvas: HTMLElement, tag: string, readySelector: string): Promise<void> {
  delete canvas.dataset.live;
  const el = await until(() => canvas.querySelector(tag));
  const root = await until(() => el.shadowRoot);
  const shown = await until(
    () =>
      root.querySelector(readySelector) ? 'reached' : root.querySelector('.alert') ? 'unreachable' : null,
    15000,
  ).catch(() => 'unreachable' as const);
  canvas.dataset.live = shown;
}
