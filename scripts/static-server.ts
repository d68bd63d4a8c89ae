// A minimal static server for dist/, used by the benchmarks: it sends the cache headers a production
// host would (deploy/nginx.conf, which the tests run under real nginx) and gzips
// text like a CDN. Directory URLs serve index.html; unknown paths serve 404.html with status 404.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.xml', '.txt']);

/** Cache rules from the README: hashed assets for a year, everything else briefly. */
export function cacheControl(path: string): string {
  return path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300, must-revalidate';
}

export async function serveDist(root: string, port: number, headers: Record<string, string> = {}, options: { gzip?: boolean } = {}): Promise<Server> {
  const server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = normalize(urlPath).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    let status = 200;
    let body: Buffer;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      body = await readFile(file);
    } catch {
      status = 404;
      file = join(root, '404.html');
      body = await readFile(file).catch(() => Buffer.from('not found'));
    }
    const ext = extname(file);
    const out: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': cacheControl(urlPath), ...headers };
    if (options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      out['content-encoding'] = 'gzip';
      out.vary = 'accept-encoding';
    }
    res.writeHead(status, out);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return server;
}
