// A tiny static file server, as a plain static host would behave, for testing the built app under
// a sub-path. No dependencies. It sends the Content-Security-Policy header the README recommends,
// so the tests also prove the app (service worker included) runs under it.
// Usage: node scripts/serve-static.mjs <dir> [--port 0] [--prefix /tools/kubeadm/]
// Port 0 picks a free port; the first line on stdout is "listening <url>" once it accepts requests.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy of index.html's meta tag, plus frame-ancestors, which only a header can carry. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '0' }, prefix: { type: 'string', default: '/' } },
});
const root = resolve(positionals[0] ?? 'dist');
const prefix = `/${values.prefix.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** The file a URL path names inside root, or undefined when it is outside the prefix or root. */
function fileFor(pathname) {
  if (!pathname.startsWith(prefix)) return undefined;
  let relative;
  try {
    relative = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return undefined;
  }
  const file = resolve(
    root,
    relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative,
  );
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const headers = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
  // A relative base needs the trailing slash: /tools/kubeadm would resolve ./assets one level up.
  if (`${pathname}/` === prefix) {
    response.writeHead(301, { ...headers, Location: prefix }).end();
    return;
  }
  const file =
    request.method === 'GET' || request.method === 'HEAD' ? fileFor(pathname) : undefined;
  const info = file && (await stat(file).catch(() => undefined));
  if (!file || !info?.isFile()) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found\n');
    return;
  }
  response.writeHead(200, {
    ...headers,
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`listening http://127.0.0.1:${port}${prefix}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
