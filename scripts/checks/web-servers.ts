import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A web server the test started, serving a built site on 127.0.0.1. */
export interface WebServer {
  /** Origin and base path, e.g. `http://127.0.0.1:4402/longread/`. */
  url: string;
  /** The server's error log, for failure messages. */
  log(): Promise<string>;
  /** Stops the server by its PID and deletes its temporary files. */
  stop(): Promise<void>;
}

/** What to serve: a built output folder, mounted at its base path. */
export interface ServedSite {
  distDir: string;
  /** `/` or `/segment/`, as the site was built. */
  basePath: string;
  port: number;
}

/**
 * Ports for the servers a test starts: after PREVIEW_PORT, so parallel
 * checkouts given different preview ports never collide, and a lone CI run
 * gets 4322 and up.
 */
export function serverPort(offset: number): number {
  return Number(process.env.PREVIEW_PORT ?? 4321) + offset;
}

const APACHE_MODULES = '/usr/lib/apache2/modules';

/** Where Debian installs nginx and Apache (.ci/run installs both). */
const NGINX = '/usr/sbin/nginx';
/** Cloudflare's command line, a devDependency. */
const WRANGLER = fileURLToPath(new URL('../../node_modules/wrangler/bin/wrangler.js', import.meta.url));
const APACHE = '/usr/sbin/apache2';

function waitForPort(port: number, child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((done, fail) => {
    const attempt = (): void => {
      if (child.exitCode !== null) return fail(new Error(`the server exited with code ${child.exitCode}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        done();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) fail(new Error(`nothing listened on 127.0.0.1:${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

async function run(command: string, args: string[], dir: string, port: number): Promise<Omit<WebServer, 'url'>> {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  const log = async (): Promise<string> => `${stderr}${await readFile(join(dir, 'error.log'), 'utf8').catch(() => '')}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, child);
  } catch (error) {
    const message = `${(error as Error).message}\n${await log()}`;
    await stop();
    throw new Error(message, { cause: error });
  }
  return { log, stop };
}

/** The served folder must be readable by the server's worker user when the test runs as root. */
async function openToWorkers(distDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (let dir = distDir; dir !== '/' && dir.startsWith(tmpdir()); dir = join(dir, '..')) {
    await chmod(dir, 0o755);
  }
}

/** nginx in the foreground with the site's generated includes (redirects, security headers) inside its `server` block. */
export async function startNginx({ distDir, basePath, port }: ServedSite): Promise<WebServer> {
  const dir = await mkdtemp(join(tmpdir(), 'longread-nginx-'));
  await openToWorkers(distDir);
  const mount = basePath === '/' ? `root ${distDir};` : `location ${basePath} {\n      alias ${distDir}/;\n    }`;
  await writeFile(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  types {
    text/html html;
    text/javascript js;
    image/png png;
    image/svg+xml svg;
  }
  include ${distDir}/nginx-redirects-map.conf;
  server {
    listen 127.0.0.1:${port};
    server_name 127.0.0.1;
    ${mount}
    include ${distDir}/nginx-redirects.conf;
    include ${distDir}/security-headers.conf;
  }
}
`,
  );
  const server = await run(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], dir, port);
  return { ...server, url: `http://127.0.0.1:${port}${basePath}` };
}

/** Apache in one foreground process (`-X`), the output folder as document root with `AllowOverride All`. */
export async function startApache({ distDir, basePath, port }: ServedSite): Promise<WebServer> {
  const dir = await mkdtemp(join(tmpdir(), 'longread-apache-'));
  await openToWorkers(distDir);
  await openToWorkers(dir);
  const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'alias', 'rewrite', 'headers'];
  const mount = basePath === '/' ? `DocumentRoot ${distDir}` : `DocumentRoot ${dir}\nAlias ${basePath.replace(/\/$/, '')} ${distDir}`;
  await writeFile(
    join(dir, 'httpd.conf'),
    `${modules.map((name) => `LoadModule ${name}_module ${APACHE_MODULES}/mod_${name}.so`).join('\n')}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/httpd.pid
DefaultRuntimeDir ${dir}
ErrorLog ${dir}/error.log
# The few types the site serves, without depending on a system mime.types file.
TypesConfig /dev/null
AddType text/html .html
AddType text/javascript .js
AddType image/png .png
AddType image/svg+xml .svg
DirectoryIndex index.html
${process.getuid?.() === 0 ? 'User www-data\nGroup www-data' : ''}
${mount}
<Directory ${distDir}>
  AllowOverride All
  Require all granted
</Directory>
`,
  );
  const server = await run(APACHE, ['-X', '-f', join(dir, 'httpd.conf')], dir, port);
  return { ...server, url: `http://127.0.0.1:${port}${basePath}` };
}

/**
 * Cloudflare's own emulator of Pages (`wrangler pages dev`), serving a
 * built folder on 127.0.0.1 and reading its `_redirects` as Cloudflare
 * does. `printed` is what it said, which counts the rules it parsed. It
 * runs in a process group of its own, stopped whole (wrangler starts
 * workerd beside itself); NODE_ENV=test keeps it from asking Cloudflare for
 * a `Request.cf` object, and metrics are off; its state stays in a
 * temporary folder, not the project's.
 */
export async function startWrangler({ distDir, port }: Omit<ServedSite, 'basePath'>): Promise<WebServer & { printed(): string }> {
  const dir = await mkdtemp(join(tmpdir(), 'longread-wrangler-'));
  const child = spawn(
    process.execPath,
    [
      WRANGLER,
      'pages',
      'dev',
      resolve(distDir),
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--compatibility-date',
      '2026-11-01',
      '--persist-to',
      join(dir, 'state'),
    ],
    {
      cwd: dir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, NODE_ENV: 'test', WRANGLER_SEND_METRICS: 'false', CI: '1', NO_COLOR: '1' },
    },
  );
  let printed = '';
  child.stdout!.on('data', (chunk: Buffer) => (printed += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (printed += chunk));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${printed}`, { cause: error });
  }
  return { url: `http://127.0.0.1:${port}/`, log: async () => printed, printed: () => printed, stop };
}
