export { createApp } from './app.js';
export { configFromEnv, type ServerConfig } from './config.js';
export { seedDemo } from './seed/demo.js';
export { openStore, type RunningServer, type StartOptions, startServer } from './server.js';
export { SqliteStore } from './storage/sqlite-store.js';
export type { Store } from './storage/types.js';
