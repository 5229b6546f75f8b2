import { AuthenticationError } from './errors.js';

/** True in a browser page (not in a worker, Node or Deno). */
export function isBrowserPage(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}

/** A secret key in a page is readable by anyone who opens it: refuse before any request. */
export function assertKeyAllowedHere(apiKey: string, inBrowserPage = isBrowserPage()): void {
  if (inBrowserPage && apiKey.startsWith('sk_')) {
    throw new AuthenticationError(
      'A secret key (sk_…) must never be used in a browser page: anyone can read it there. ' +
        'Use a publishable key (pk_…) in the browser and keep the secret key on your server.',
      { code: 'secret_key_in_browser' },
    );
  }
}
