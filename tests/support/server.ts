// A small static server for the built site, as a CDN would serve it: under a base path, with
// 404.html for unknown paths, optional gzip, the build's own _headers, and a switch to take it offline.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { headersFor, parseHeaders } from '../../src/lib/headers/rules.ts';
import { contentTypeFor } from '../../src/lib/headers/types.ts';

export interface StaticServer {
  url: string;
  server: Server;
  /** Serve another folder from now on (a new deploy). */
  setRoot(dir: string): void;
  /** Take the network away (every request fails as a dropped connection) or give it back. */
  setOnline(online: boolean): void;
  /** The path of every request answered so far, in order (a test may empty it). */
  requests: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  base?: string;
  gzip?: boolean;
  headers?: (path: string) => Record<string, string>;
  /** Send the headers the served folder's `_headers` file gives (as Netlify and Cloudflare Pages do). */
  headersFile?: boolean;
}

/** A file's gzip, made once per file and version: the layout-shift visits alone fetch the same pages hundreds of
 *  times with the cache disabled. */
const gzips = new Map<string, Buffer>();
function gzipped(file: string): Buffer {
  const { mtimeMs, size } = statSync(file);
  const key = `${file} ${mtimeMs} ${size}`;
  let body = gzips.get(key);
  if (!body) gzips.set(key, (body = gzipSync(readFileSync(file))));
  return body;
}

export async function serve(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  let dir = root;
  let online = true;
  const requests: string[] = [];
  const server = createServer((req, res) => {
    if (!online) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not under base');
      return;
    }
    path = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(dir, '404.html');
    }
    const type = contentTypeFor(file);
    const rules = options.headersFile && existsSync(join(dir, '_headers'));
    const fromFile = rules ? headersFor(parseHeaders(readFileSync(join(dir, '_headers'), 'utf8')), url.pathname) : {};
    const headers: Record<string, string> = { 'Content-Type': type, ...fromFile, ...(options.headers?.(path) ?? {}) };
    const compress = options.gzip && /gzip/.test(String(req.headers['accept-encoding'])) && !/woff2|png/.test(type);
    if (compress) headers['Content-Encoding'] = 'gzip';
    res.writeHead(status, headers);
    if (compress) res.end(gzipped(file));
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    setRoot: (next) => void (dir = next),
    setOnline: (next) => void (online = next),
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
