import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/**
 * Serves a built site from `dir` under `basePath`, as a static host would
 * (`/a/` serves `a/index.html`). Listens on 127.0.0.1: on the first free
 * one of the 20 ports after PREVIEW_PORT when that is set (machines shared
 * by several checkouts give each a range), else on any free port.
 */
export async function serveStatic(dir: string, basePath: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(basePath)) return void response.writeHead(404).end();
    let file = join(dir, normalize(pathname.slice(basePath.length - 1)));
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, 'index.html');
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  const first = process.env.PREVIEW_PORT ? Number(process.env.PREVIEW_PORT) + 1 : 0;
  for (let port = first; ; port++) {
    const listening = await new Promise<boolean>((done, fail) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        error.code === 'EADDRINUSE' && first !== 0 && port < first + 19 ? done(false) : fail(error),
      );
      server.listen(port, '127.0.0.1', () => done(true));
    });
    if (listening) break;
  }
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${basePath}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
