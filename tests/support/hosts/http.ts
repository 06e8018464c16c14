// Raw HTTP for the host checks: the bytes as the server sent them (never decompressed), so a check sees the
// headers and the size on the wire a browser would.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync, zstdDecompressSync } from 'node:zlib';

export interface Reply {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body as sent: compressed when Content-Encoding says so. */
  body: Buffer;
}

/** What Chromium asks for. */
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

/** GET a URL without following redirects. */
export function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': BROWSER_ENCODINGS, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers))
          if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer from ${url} in 10 s`)));
    req.end();
  });
}

/** The body as the browser reads it, whatever the content coding. */
export function decodedBody(reply: Reply): Buffer {
  const coding = reply.headers['content-encoding'] ?? '';
  if (coding === 'gzip') return gunzipSync(reply.body);
  if (coding === 'br') return brotliDecompressSync(reply.body);
  if (coding === 'zstd') return zstdDecompressSync(reply.body);
  return reply.body;
}
