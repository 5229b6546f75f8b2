// The core entry: no client-side validation bundled (Zod + schemas, ~15 KB gzip). The enrolment
// form validates its own fields with @skills-huaian/schemas, the course finder only sends values
// from the dictionaries, and the server validates everything (400 with field errors).
import { type Client, createClient } from '@skills-huaian/sdk/core';
import type { Locale } from './resolve-locale.js';

/** The SDK client every element talks through. */
export type SkillsClient = Client;

export interface ClientSettings {
  apiBase: string;
  publishableKey: string;
  locale: Locale;
}

/**
 * Remembers the client built from the last settings, so re-renders reuse one client. The SDK
 * refuses bad settings (a secret key in a page, a malformed URL) by throwing; that becomes
 * `error` and no client, so the element can say so instead of failing to render.
 */
export class ClientCache {
  #key = '';
  #client: SkillsClient | null = null;
  error: unknown = null;

  get(settings: ClientSettings): SkillsClient | null {
    const key = `${settings.apiBase}\n${settings.publishableKey}\n${settings.locale}`;
    if (key !== this.#key) {
      this.#key = key;
      try {
        this.#client = createClient({
          baseUrl: settings.apiBase,
          apiKey: settings.publishableKey,
          locale: settings.locale,
        });
        this.error = null;
      } catch (error) {
        this.#client = null;
        this.error = error;
      }
    }
    return this.#client;
  }
}
