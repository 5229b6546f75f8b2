/** The sandbox API that `npm start` runs, and its demo publishable key (CONTRACT.md). */
export const LIVE_API_BASE = 'http://127.0.0.1:8787/v1';
export const LIVE_KEY = 'pk_test_demo';
