// The flags every headless Chromium run of ours needs (component, SDK and end-to-end tests).
export const chromiumArgs = [
  '--no-sandbox', // we run as root on CI machines
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // This machine's network is closed: without these, Chromium's own connections are refused.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // A page that is not in front keeps its timers and rendering at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
