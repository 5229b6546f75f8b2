// "The SDK's core also runs in Chromium": a few real calls from headless Chromium against the
// real sandbox server (the shared set-up is in scripts/wtr-config.mjs).
import { fileURLToPath } from 'node:url';
import { wtrConfig } from '../../scripts/wtr-config.mjs';

export default wtrConfig({
  files: ['test/browser/**/*.test.ts'],
  esbuildTsconfig: fileURLToPath(new URL('./tsconfig.esbuild.json', import.meta.url)),
  testsFinishTimeout: 300000,
});
