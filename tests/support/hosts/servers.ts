// Debian's nginx, Apache and Caddy, each started on 127.0.0.1 with its own configuration files, logs and pid in
// a temporary folder, and stopped by the pid it was started with. The server-wide part of each configuration
// is Debian's default (what a publisher gets from `apt-get install`); the site's part is given.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../free-port.ts';
import { get } from './http.ts';

export const HOSTS = ['nginx', 'apache', 'caddy'] as const;
export type HostName = (typeof HOSTS)[number];

const BINARIES: Record<HostName, string> = {
  nginx: '/usr/sbin/nginx',
  apache: '/usr/sbin/apache2',
  caddy: '/usr/bin/caddy',
};
const PACKAGES: Record<HostName, string> = { nginx: 'nginx', apache: 'apache2', caddy: 'caddy' };

/** The Debian packages of the hosts that are not installed. */
export function missingPackages(): string[] {
  return HOSTS.filter((h) => !existsSync(BINARIES[h])).map((h) => PACKAGES[h]);
}

export interface HostSetup {
  /** A folder of the host's own: configuration, logs, pid, temporary files. */
  dir: string;
  /** The document root: the build is in `<www><base>`. */
  www: string;
  /** The site's part of the configuration: nginx's server block and Caddy's site block include it (Apache reads
   *  the build's .htaccess). */
  site: string;
}

export interface Host {
  name: HostName;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  pid: number;
  /** Stop the server by its pid and wait for it to exit; safe to call twice. */
  stop(): Promise<void>;
  /** The server's error log, for a failure message. */
  log(): string;
}

const asRoot = process.getuid?.() === 0;

/** Debian's /etc/nginx/nginx.conf, on a port of 127.0.0.1, with every path in `dir`. */
function nginxConfig(dir: string, port: number): string {
  return `${asRoot ? 'user www-data;\n' : ''}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
daemon off;
events { worker_connections 768; }
http {
	sendfile on;
	tcp_nopush on;
	types_hash_max_size 2048;
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log ${dir}/access.log;
	gzip on;
	client_body_temp_path ${dir}/body;
	proxy_temp_path ${dir}/proxy;
	fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
	server {
		listen 127.0.0.1:${port};
		server_name localhost;
		root /var/www/html;
		include ${dir}/site.conf;
	}
}
`;
}

/**
 * Debian's /etc/apache2/apache2.conf with its default modules and configuration (Alias /icons/ included), plus
 * mod_headers and mod_rewrite as shared hosting has them, and the document root open to .htaccess files.
 */
function apacheConfig(dir: string, port: number, www: string): string {
  return `ServerRoot /etc/apache2
DefaultRuntimeDir ${dir}
PidFile ${dir}/apache2.pid
Timeout 300
KeepAlive On
${asRoot ? 'User www-data\nGroup www-data\n' : ''}HostnameLookups Off
ErrorLog ${dir}/error.log
LogLevel warn
IncludeOptional mods-enabled/*.load
IncludeOptional mods-enabled/*.conf
<IfModule !mod_headers.c>
	LoadModule headers_module /usr/lib/apache2/modules/mod_headers.so
</IfModule>
<IfModule !mod_rewrite.c>
	LoadModule rewrite_module /usr/lib/apache2/modules/mod_rewrite.so
</IfModule>
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
<Directory />
	Options FollowSymLinks
	AllowOverride None
	Require all denied
</Directory>
AccessFileName .htaccess
<FilesMatch "^\\.ht">
	Require all denied
</FilesMatch>
IncludeOptional conf-enabled/*.conf
DocumentRoot ${www}
<Directory ${www}>
	Options Indexes FollowSymLinks
	AllowOverride All
	Require all granted
</Directory>
`;
}

/** Caddy with no admin endpoint, no HTTPS and its storage in `dir`: one site on a port of 127.0.0.1. */
function caddyConfig(dir: string, port: number): string {
  return `{
	admin off
	auto_https off
	grace_period 1s
	storage file_system ${dir}/data
}
http://127.0.0.1:${port} {
	bind 127.0.0.1
	import ${dir}/site.caddy
}
`;
}

/** Write the host's configuration into `dir` and the command that runs it in the foreground. */
function prepare(name: HostName, { dir, www, site }: HostSetup, port: number) {
  const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
  if (name === 'nginx') {
    writeFileSync(join(dir, 'site.conf'), site);
    writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, port));
    return { args: ['-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], env };
  }
  if (name === 'apache') {
    writeFileSync(join(dir, 'apache2.conf'), apacheConfig(dir, port, www));
    const apacheEnv = { APACHE_LOG_DIR: dir, APACHE_RUN_DIR: dir, APACHE_LOCK_DIR: dir };
    return { args: ['-f', join(dir, 'apache2.conf'), '-DFOREGROUND'], env: { ...env, ...apacheEnv } };
  }
  writeFileSync(join(dir, 'site.caddy'), site);
  writeFileSync(join(dir, 'Caddyfile'), caddyConfig(dir, port));
  return { args: ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], env };
}

/** Wait until the server answers, or fail with its log. */
async function waitForAnswer(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${log()}`);
    try {
      await get(`${origin}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`no answer at ${origin} in 15 s:\n${log()}`);
}

/** Start a host on a free port of 127.0.0.1. */
export async function startHost(name: HostName, setup: HostSetup): Promise<Host> {
  const port = await freePort();
  const { args, env } = prepare(name, setup, port);
  const output = join(setup.dir, 'output.log');
  writeFileSync(output, '');
  const child = spawn(BINARIES[name], args, { env, stdio: 'pipe' });
  child.stdout?.on('data', (chunk: Buffer) => writeFileSync(output, chunk, { flag: 'a' }));
  child.stderr?.on('data', (chunk: Buffer) => writeFileSync(output, chunk, { flag: 'a' }));
  const log = () =>
    ['output.log', 'error.log']
      .map((f) => join(setup.dir, f))
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f, 'utf8').split('\n').slice(-30).join('\n'))
      .join('\n');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    process.kill(child.pid, 'SIGTERM');
    const killed = await Promise.race([
      exited.then(() => true),
      new Promise((r) => setTimeout(() => r(false), 10_000)),
    ]);
    if (!killed) process.kill(child.pid, 'SIGKILL');
    await exited;
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForAnswer(origin, child, log);
  } catch (error) {
    await stop();
    throw new Error(`${name} did not start: ${(error as Error).message}`, { cause: error });
  }
  return { name, origin, pid: child.pid ?? 0, stop, log };
}
