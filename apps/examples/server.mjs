// Serves the example pages on http://127.0.0.1:5173 (`npm start` runs it), pointing them at the
// sandbox API (default http://127.0.0.1:8787/v1):
//   /college/ /enterprise/ /district/ /kiosk/ /csp/ /plain/   hand-written pages (pages/)
//   /react/ /vue/                                             Vite builds (dist/, `pnpm build`)
//   /cdn/…                                                    @skills-huaian/components dist/cdn
// The pages say `http://127.0.0.1:8787/v1` literally, so they can be copied as they are; another
// API base (tests start the sandbox on a free port) is substituted into HTML as it is served.
// /csp/ is served with a strict Content-Security-Policy (see cspFor).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DEFAULT_API_BASE = 'http://127.0.0.1:8787/v1';
const here = fileURLToPath(new URL('.', import.meta.url));
const cdnDir = resolve(here, '../../packages/components/dist/cdn');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** The policy a host page needs for the elements: scripts and styles from itself, API calls out. */
export function cspFor(apiBase) {
  const api = new URL(apiBase).origin;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${api}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Where a URL path lives on disk, or null. */
function locate(pathname) {
  const mounts = [
    ['/cdn/', cdnDir],
    ['/react/', join(here, 'dist', 'react')],
    ['/vue/', join(here, 'dist', 'vue')],
    ['/assets/', join(here, 'dist', 'assets')],
    ['/', join(here, 'pages')],
  ];
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const base = resolve(dir);
    let file = normalize(join(base, pathname.slice(prefix.length)));
    if (!file.startsWith(base)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? file : null;
  }
  return null;
}

/** @param {{ port?: number, host?: string, apiBase?: string }} [opts] */
export function startExamples({ port = 5173, host = '127.0.0.1', apiBase = DEFAULT_API_BASE } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = locate(decodeURIComponent(url.pathname));
    if (!file) {
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/plain' }).end();
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const headers = {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    };
    if (url.pathname.startsWith('/csp/')) headers['content-security-policy'] = cspFor(apiBase);
    if (type.startsWith('text/html')) {
      const html = readFileSync(file, 'utf8').replaceAll(DEFAULT_API_BASE, apiBase);
      res.writeHead(200, headers).end(html);
      return;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: p } = /** @type {import('node:net').AddressInfo} */ (server.address());
      ok({
        url: `http://${host}:${p}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const apiBase = arg('api-base') ?? process.env.SKILLS_API_BASE ?? DEFAULT_API_BASE;
  const { url } = await startExamples({ port: Number(arg('port') ?? 5173), apiBase });
  if (!existsSync(join(here, 'dist', 'react'))) console.log('(run `pnpm build` for the React and Vue pages)');
  console.log(`examples on ${url}/  (API ${apiBase})`);
}
