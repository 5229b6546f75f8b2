#!/usr/bin/env node
// skills-huaian-server --port 8787 --host 127.0.0.1 --db PATH|:memory: --seed demo|none
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { type RunningServer, startServer } from './server.js';

const usage =
  'usage: skills-huaian-server [--port 8787] [--host 127.0.0.1] [--db PATH|:memory:] [--seed demo|none]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string', default: './.data/sandbox.db' },
      seed: { type: 'string', default: 'demo' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`invalid --port ${values.port}`);
const seed = values.seed;
if (seed !== 'demo' && seed !== 'none') fail(`invalid --seed ${seed}`);
const db = String(values.db);
if (db !== ':memory:') mkdirSync(dirname(db), { recursive: true });
const demoCourses = Number(process.env.SKILLS_DEMO_COURSES);

// Handlers first, so a signal that arrives right after the listening line is never missed.
let server: RunningServer | undefined;
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(0), 3000).unref();
  if (!server) process.exit(0);
  server.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

server = await startServer({
  port,
  host: String(values.host),
  db,
  seed,
  ...(Number.isInteger(demoCourses) && demoCourses > 0 ? { demo: { courses: demoCourses } } : {}),
});
process.stdout.write(`listening on ${server.url}\n`);
