// FAKE — a fault-injecting HTTP proxy for tests only. It stands between the SDK and the REAL
// sandbox server and exists solely to reproduce failures a real network produces (dropped
// connections, 503s, cut or buffered event streams). Every request it lets through is answered
// by the real server; it never invents an API response other than the injected 503.
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  /** Forward and relay the answer untouched. */
  | 'pass'
  /** Close the connection before the server sees the request. */
  | 'drop-before'
  /** Let the server handle the request, then close the connection instead of answering. */
  | 'drop-after'
  /** Answer 503 with Retry-After: 0 without forwarding. */
  | '503'
  /** Forward; relay the status and headers, then cut the connection mid-body. */
  | 'cut-body'
  /** Forward; relay an event stream for `cutStreamAfterMs`, then cut it. */
  | 'cut-stream'
  /**
   * Forward; relay an event stream for `cutStreamAfterMs`, then forward nothing more while
   * keeping the connection open (a dead connection that never closes).
   */
  | 'stall-stream'
  /** Forward; relay the headers but hold back the body (a buffering proxy). */
  | 'buffer-body'
  /** Wait `delayMs` before forwarding (slow network). */
  | 'delay';

export interface SeenRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  lastEventId: string | undefined;
  fault: Fault;
}

export interface FaultProxy {
  url: string;
  apiBase: string;
  seen: SeenRequest[];
  /** Decides the fault for each request; replace it at any time. */
  decide: (req: IncomingMessage, index: number) => Fault;
  cutStreamAfterMs: number;
  delayMs: number;
  close(): Promise<void>;
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const sockets = new Set<import('node:net').Socket>();
  const proxy: FaultProxy = {
    url: '',
    apiBase: '',
    seen: [],
    decide: () => 'pass',
    cutStreamAfterMs: 300,
    delayMs: 0,
    close: async () => {},
  };

  const forward = (req: IncomingMessage, body: Buffer, onResponse: (up: IncomingMessage) => void) => {
    const up = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      onResponse,
    );
    up.on('error', () => req.socket.destroy());
    up.end(body);
    return up;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const fault = proxy.decide(req, proxy.seen.length);
    proxy.seen.push({
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      idempotencyKey: req.headers['idempotency-key'] as string | undefined,
      lastEventId: req.headers['last-event-id'] as string | undefined,
      fault,
    });
    switch (fault) {
      case 'drop-before':
        req.socket.destroy();
        return;
      case '503':
        res.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '0' });
        res.end(JSON.stringify({ title: 'Injected by the test proxy', status: 503, code: 'unavailable' }));
        return;
      case 'delay':
        await new Promise((r) => setTimeout(r, proxy.delayMs));
        break;
    }
    const upReq = forward(req, body, (up) => {
      if (fault === 'drop-after') {
        up.resume();
        up.on('end', () => req.socket.destroy());
        return;
      }
      res.writeHead(up.statusCode ?? 502, up.headers);
      if (fault === 'buffer-body') {
        res.flushHeaders();
        up.resume(); // swallow: the client never gets an event
        return;
      }
      if (fault === 'cut-body') {
        up.once('data', (c: Buffer) => {
          res.write(c.subarray(0, Math.max(1, Math.floor(c.length / 2))));
          setTimeout(() => req.socket.destroy(), 5);
        });
        return;
      }
      if (fault === 'stall-stream') {
        let stalled = false;
        setTimeout(() => {
          stalled = true;
        }, proxy.cutStreamAfterMs);
        up.on('data', (c: Buffer) => {
          if (!stalled) res.write(c);
        });
        return;
      }
      if (fault === 'cut-stream') {
        setTimeout(() => {
          up.destroy();
          req.socket.destroy();
        }, proxy.cutStreamAfterMs);
      }
      up.pipe(res);
    });
    res.on('close', () => upReq.destroy());
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  proxy.url = `http://127.0.0.1:${port}`;
  proxy.apiBase = `${proxy.url}/v1`;
  proxy.close = () =>
    new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    });
  return proxy;
}
