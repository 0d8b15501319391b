// A static file server for a built site on loopback, as a static host would serve dist/ (tests, benchmarks, audit).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** A built site served on loopback for browser tests, the way a static host would serve dist/. */
export interface StaticSite {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 at a free port; directory URLs get their index.html, unknown paths the 404 page.
 * `mounts` serves other folders under URL prefixes ("/pagefind/" → a folder), for benchmarks beside a build.
 */
export async function serveStatic(root = 'dist', mounts: Readonly<Record<string, string>> = {}): Promise<StaticSite> {
  const server: Server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let base = resolve(root);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    if (mount) {
      base = resolve(mounts[mount] as string);
      path = `/${path.slice(mount.length)}`;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      const notFound = await readFile(join(resolve(root), '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'content-type': types['.html'] }).end(notFound);
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
