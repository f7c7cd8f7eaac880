import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, cp, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADER_FILES } from '../../src/integrations/security-headers';

/** A real web server serving a copy of the build on 127.0.0.1, as a deployer would set it up. */
export interface WebServer {
  origin: string;
  stop(): Promise<void>;
}

async function started(child: ChildProcess, origin: string, root: string): Promise<WebServer> {
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${output}`);
    const up = await fetch(`${origin}/`).then(() => true, () => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer on ${origin}: ${output}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return {
    origin,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** nginx with the build's `security-headers.conf` included in its server block. */
export async function startNginx(distDir: string, port: number): Promise<WebServer> {
  const root = await mkdtemp(join(tmpdir(), 'longread-nginx-'));
  const config = `
daemon off;
master_process off;
pid ${root}/nginx.pid;
error_log ${root}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${root}/body;
  proxy_temp_path ${root}/proxy;
  fastcgi_temp_path ${root}/fastcgi;
  uwsgi_temp_path ${root}/uwsgi;
  scgi_temp_path ${root}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${distDir};
    include ${join(distDir, HEADER_FILES.nginx)};
    error_page 404 /404.html;
    location / { try_files $uri $uri/ =404; }
  }
}
`;
  await writeFile(join(root, 'nginx.conf'), config);
  const child = spawn('/usr/sbin/nginx', ['-p', root, '-c', join(root, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  return started(child, `http://127.0.0.1:${port}`, root);
}

/** Apache with the build's header lines as the site's `.htaccess`, as a deployer would put them. */
export async function startApache(distDir: string, port: number): Promise<WebServer> {
  const root = await mkdtemp(join(tmpdir(), 'longread-apache-'));
  const site = join(root, 'site');
  // Apache's workers run as an unprivileged user, who must be able to read the copy.
  await chmod(root, 0o755);
  await cp(distDir, site, { recursive: true });
  await rename(join(site, HEADER_FILES.apache), join(site, '.htaccess'));
  const modules = '/usr/lib/apache2/modules';
  const config = `
ServerRoot ${root}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${root}/httpd.pid
ErrorLog ${root}/error.log
LoadModule mpm_event_module ${modules}/mod_mpm_event.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule headers_module ${modules}/mod_headers.so
TypesConfig /etc/mime.types
User nobody
Group nogroup
DocumentRoot ${site}
DirectoryIndex index.html
ErrorDocument 404 /404.html
<Directory ${site}>
  AllowOverride All
  Require all granted
</Directory>
`;
  await writeFile(join(root, 'httpd.conf'), config);
  const child = spawn('/usr/sbin/apache2', ['-X', '-f', join(root, 'httpd.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  return started(child, `http://127.0.0.1:${port}`, root);
}
