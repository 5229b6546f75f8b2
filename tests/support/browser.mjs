// Launches the machine's Chromium (Debian's package; no browser download) for end-to-end tests.
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../scripts/chromium-args.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export function launchBrowser() {
  return chromium.launch({
    executablePath,
    headless: true,
    args: chromiumArgs,
  });
}

/** Collects console errors and uncaught page errors, so a test can assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${msg.text()} ${msg.location()?.url ?? ''}`.trim());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}
