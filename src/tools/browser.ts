// Debian's Chromium, driven by playwright-core: the one way every browser test starts a browser.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium binary: Debian's, or `CHROMIUM_PATH` (any Chromium or Chrome build). */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's (\`apt-get install chromium\`, as .ci/run does), or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
  }
  return path;
}

/** Chromium headless; `env` adds to the environment it starts with (a fontconfig file, say). */
export function launchBrowser(env: Record<string, string> = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    env: { ...process.env, ...env },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
