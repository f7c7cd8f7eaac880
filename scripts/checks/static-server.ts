import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A rule of a `_headers` file: a path pattern and the headers for paths it matches. */
export interface HeadersFileRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Reads a Netlify / Cloudflare `_headers` file: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeadersFileRule[] {
  const rules: HeadersFileRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
      if (name && value !== undefined) rules.at(-1)?.headers.push([name.trim(), value.trim()]);
    }
  }
  return rules;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/**
 * Serves a build as a static host would (`/a/` → `a/index.html`, `/a` →
 * 301 to `/a/`, unknown paths → `404.html` with status 404, text gzipped), sending the headers
 * its `_headers` file gives: the deployment, in miniature, on a free
 * local port.
 */
export async function serveWithHeaders(
  distDir: string,
  /** Extra pages by URL path, served beside the build (e.g. a near-empty page to compare with). */
  extraPages: Record<string, string> = {},
  /** The path the build is served under, as on a GitHub Pages project site. */
  basePath = '/',
): Promise<{ origin: string; close: () => Promise<void> }> {
  const headersFile = join(distDir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  /** The status, type and bytes a static host answers a path with (or where it redirects). */
  const answer = async (path: string): Promise<{ status: number; type: string; body: Buffer; location?: string }> => {
    const extra = extraPages[path];
    if (extra !== undefined) return { status: 200, type: TYPES['.html']!, body: Buffer.from(extra) };
    let file = join(distDir, normalize(path));
    if (existsSync(file) && statSync(file).isDirectory()) {
      // A folder asked for without its slash is redirected to it, as static hosts do.
      if (!path.endsWith('/')) return { status: 301, type: TYPES['.txt']!, body: Buffer.from(''), location: `${path}/` };
      file = join(file, 'index.html');
    }
    const found = file.startsWith(distDir) && existsSync(file);
    if (!found) file = join(distDir, '404.html');
    return { status: found ? 200 : 404, type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  };
  const server = createServer(async (request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const path = requested.startsWith(basePath) ? requested.slice(basePath.length - 1) : '/404.html';
    const { status, type, body, location } = await answer(path);
    if (location) response.setHeader('Location', `${basePath.slice(0, -1)}${location}`);
    for (const rule of rules) {
      if (rule.pattern.test(requested)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    // Text is sent compressed, as every static host does.
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(status, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      response.end(gzipSync(body));
    } else {
      response.writeHead(status, { 'Content-Type': type });
      response.end(body);
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Serves a build under `basePath` with its headers; `url` is the site's root there. */
export async function serveStatic(distDir: string, basePath: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { origin, close } = await serveWithHeaders(distDir, {}, basePath);
  return { url: `${origin}${basePath}`, close };
}
