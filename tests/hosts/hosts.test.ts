// The build deployed as it is to Debian's nginx, Apache and Caddy, at the root and under /microsite/, each host
// configured only with what the project gives it (the printed nginx and Caddy configuration, the build's
// .htaccess): the same 38 checks on each (lib/checks.ts), and a table of passes at the end.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../src/tools/astro-build.ts';
import { launchBrowser } from '../../src/tools/browser.ts';
import { ROOT } from '../../src/tools/root.ts';
import { DIST, TEST_SITE_URL } from '../support/paths.ts';
import { CHECKS, runChecks } from './lib/checks.ts';
import { deployCopy, projectSetup } from './lib/deploy.ts';
import { HOSTS, missingPackages, startHost } from './lib/servers.ts';

const SUBPATH = join(ROOT, 'dist-test/hosts-subpath');
const BUILDS = [
  { base: '/', dist: DIST },
  { base: '/microsite/', dist: SUBPATH },
];
const passes = new Map<string, number>();
let browser: Browser;

beforeAll(async () => {
  const missing = missingPackages();
  if (missing.length > 0) throw new Error(`not installed: ${missing.join(', ')} (apt-get install ${missing.join(' ')})`);
  if (!(process.env.SKIP_BUILD && existsSync(join(SUBPATH, 'index.html'))))
    astroBuild(SUBPATH, { SITE_URL: TEST_SITE_URL, BASE_PATH: '/microsite/' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  const rows = HOSTS.map((host) => {
    const cells = BUILDS.map(({ base }) => `${passes.get(`${host} ${base}`) ?? '-'} / ${CHECKS.length}`);
    return `| ${host.padEnd(6)} | ${cells.map((c) => c.padEnd(13)).join(' | ')} |`;
  });
  console.log(
    [
      `| host   | ${BUILDS.map(({ base }) => `at ${base}`.padEnd(13)).join(' | ')} |`,
      `| ------ | ${BUILDS.map(() => '-'.repeat(13)).join(' | ')} |`,
      ...rows,
    ].join('\n'),
  );
});

for (const host of HOSTS) {
  for (const { base, dist } of BUILDS) {
    describe(`${host}, the build at ${base}`, () => {
      let results = new Map<string, string[]>();

      beforeAll(async () => {
        const deployed = deployCopy(dist, base);
        const server = await startHost(host, projectSetup(host, deployed));
        try {
          results = await runChecks({ url: `${server.origin}${base}`, dist: deployed.site }, browser, server.stop);
        } finally {
          await server.stop();
          rmSync(deployed.dir, { recursive: true, force: true });
        }
        passes.set(`${host} ${base}`, CHECKS.filter((c) => results.get(c.id)?.length === 0).length);
      }, 240_000);

      for (const check of CHECKS) {
        it(`${check.group}: ${check.title}`, () => {
          expect(results.get(check.id) ?? ['not run']).toEqual([]);
        });
      }
    });
  }
}
