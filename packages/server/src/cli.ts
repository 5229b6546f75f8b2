#!/usr/bin/env node
import { serve } from '@hono/node-server';
import { createApp } from './app.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const port = Number(args.get('port') ?? 8787);
const hostname = args.get('host') ?? '127.0.0.1';

const server = serve({ fetch: createApp().fetch, port, hostname }, (info) => {
  console.log(`listening on http://${hostname}:${info.port}`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
