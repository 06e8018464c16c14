// A TCP port free on the loopback right now, for a program that must be told its port (a WebDriver, `astro dev`,
// a host's server). Picked below Linux's ephemeral range (32768-60999 by default), which the system never hands
// out on its own, from a block of ports of the test worker's own: between the pick and the program binding it,
// neither a `listen(0)` nor the other worker can take it.
import { createServer } from 'node:net';

const FIRST = 20_000;
const BLOCK = 1_000;
/** Vitest's worker number (1, 2, …); 0 outside Vitest (a benchmark, a gate). */
const worker = Number(process.env.VITEST_POOL_ID ?? 0);
let tried = 0;

/** Whether a server can listen on `port` of the loopback now. */
function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let i = 0; i < BLOCK; i++) {
    const port = FIRST + worker * BLOCK + (tried++ % BLOCK);
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port in ${FIRST + worker * BLOCK}-${FIRST + worker * BLOCK + BLOCK - 1}`);
}
