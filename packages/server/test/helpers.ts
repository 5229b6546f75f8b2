// Shared test helpers: an in-process server on a free port (real HTTP), requests with a key,
// invented applicants with valid ID numbers, and a small SSE reader.
import { citizenIdCheckChar } from '@skills-huaian/schemas';
import type { ServerConfig } from '../src/config.js';
import type { DemoOptions } from '../src/seed/demo.js';
import { type RunningServer, startServer } from '../src/server.js';

export interface TestServer extends RunningServer {
  api(path: string, init?: RequestInit & { key?: string | null; json?: unknown }): Promise<Response>;
  logs: string[];
}

export async function startTestServer(
  config: Partial<ServerConfig> = {},
  demo: DemoOptions = {},
): Promise<TestServer> {
  const logs: string[] = [];
  const server = await startServer({
    demo,
    config: {
      rateLimit: 1_000_000,
      rateWindowMs: 60_000,
      bodyLimitBytes: 64 * 1024,
      heartbeatMs: 15_000,
      idempotencyTtlMs: 86_400_000,
      log: (line) => logs.push(line),
      ...config,
    },
  });
  return {
    ...server,
    logs,
    api(path, init = {}) {
      const { key = 'pk_test_demo', json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (key) headers.set('Authorization', `Bearer ${key}`);
      if (json !== undefined) headers.set('Content-Type', 'application/json');
      return fetch(`${server.url}${path}`, {
        ...rest,
        headers,
        ...(json !== undefined ? { method: rest.method ?? 'POST', body: JSON.stringify(json) } : {}),
      });
    },
  };
}

/** A checksum-valid, invented ID number: Qingjiangpu, born 1990 + (n % 15), sequence from n. */
export function citizenIdFor(n: number, birthYear = 1990 + (n % 15)): string {
  const day = String((n % 28) + 1).padStart(2, '0');
  const first17 = `320812${birthYear}03${day}${String(n % 1000).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17);
}

export function enrolment(courseId: string, n: number, extra: Record<string, unknown> = {}) {
  return {
    courseId,
    applicant: {
      name: '测试学员',
      citizenId: citizenIdFor(n),
      mobile: `1390000${String(n % 10000).padStart(4, '0')}`,
      districtCode: '320812',
    },
    consent: { noticeVersion: '2026-01', agreedAt: '2026-11-01T08:00:00Z' },
    ...extra,
  };
}

export interface SseEvent {
  event: string;
  id: string | undefined;
  data: string;
}

/** Reads an event stream; `next()` resolves with the next event (comments are collected apart). */
export function readEvents(res: Response) {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const comments: string[] = [];
  const queue: SseEvent[] = [];
  async function next(timeoutMs = 5000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ready = queue.shift();
      if (ready) return ready;
      const block = buffer.indexOf('\n\n');
      if (block >= 0) {
        const raw = buffer.slice(0, block);
        buffer = buffer.slice(block + 2);
        const e: SseEvent = { event: 'message', id: undefined, data: '' };
        const data: string[] = [];
        let any = false;
        for (const line of raw.split('\n')) {
          if (line.startsWith(':')) {
            comments.push(line);
            continue;
          }
          any = true;
          if (line.startsWith('event:')) e.event = line.slice(6).trim();
          else if (line.startsWith('id:')) e.id = line.slice(3).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
        }
        e.data = data.join('\n');
        if (any) queue.push(e);
        continue;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for an event');
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('timed out waiting for an event')), left),
        ),
      ]);
      if (chunk.done) throw new Error('stream ended');
      buffer += chunk.value;
    }
  }
  return { next, comments, cancel: () => reader.cancel().catch(() => {}) };
}
