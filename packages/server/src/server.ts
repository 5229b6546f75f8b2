// Starts the API on a port: opens the store, seeds it, listens, and stops cleanly.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { configFromEnv, type ServerConfig } from './config.js';
import { LeaderboardHub } from './events/leaderboard-hub.js';
import { type DemoOptions, seedDemo } from './seed/demo.js';
import { SqliteStore } from './storage/sqlite-store.js';

export interface StartOptions {
  port?: number;
  host?: string;
  db?: string;
  seed?: 'demo' | 'none';
  demo?: DemoOptions;
  config?: ServerConfig;
}

export interface RunningServer {
  url: string;
  port: number;
  store: SqliteStore;
  stop(): Promise<void>;
}

export function openStore(db: string, seed: 'demo' | 'none', demo?: DemoOptions): SqliteStore {
  const store = new SqliteStore(db);
  if (seed === 'demo' && store.isEmpty()) seedDemo(store, demo);
  return store;
}

export function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const store = openStore(options.db ?? ':memory:', options.seed ?? 'demo', options.demo);
  const hub = new LeaderboardHub();
  const app = createApp({ store, hub, config: options.config ?? configFromEnv() });
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port ?? 0, hostname: host },
      (info: AddressInfo) => {
        const hostInUrl = host.includes(':') ? `[${host}]` : host;
        resolve({
          url: `http://${hostInUrl}:${info.port}`,
          port: info.port,
          store,
          stop: () =>
            new Promise<void>((done) => {
              hub.closeAll();
              server.close(() => {
                store.close();
                done();
              });
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
