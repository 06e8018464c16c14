// The build deployed as it is to Debian's nginx, Apache and Caddy, at the root and under /microsite/, each host
// configured only with what the project gives it (the printed nginx and Caddy configuration, the build's
// .htaccess): the same 38 checks on each (lib/checks.ts), and a table of passes at the end (results/hosts.md).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../support/site-session.ts';
import { ROOT } from '../../src/tools/root.ts';
import { siteDir, SUBPATH } from '../support/sites.ts';
import { CHECKS, runChecks } from '../support/hosts/checks.ts';
import { deployCopy, projectSetup } from '../support/hosts/deploy.ts';
import { HOSTS, missingPackages, startHost } from '../support/hosts/servers.ts';

/** The table of passes, which .ci/run prints. */
const RESULTS = join(ROOT, 'tests/hosts/results/hosts.md');
const BUILDS = [
  { base: '/', dist: siteDir('root') },
  { base: SUBPATH, dist: siteDir('subpath') },
];
/** Per host and base: the checks passed, and the offline download as sent. */
const table = new Map<string, { passed: number; offline: string }>();
const session = useBrowser();

beforeAll(() => {
  const missing = missingPackages();
  if (missing.length > 0)
    throw new Error(`not installed: ${missing.join(', ')} (apt-get install ${missing.join(' ')})`);
});

afterAll(() => {
  const lines = ['| host | base | checks passed | offline download on the wire |', '| --- | --- | --- | --- |'];
  for (const host of HOSTS)
    for (const { base } of BUILDS) {
      const row = table.get(`${host} ${base}`);
      lines.push(`| ${host} | ${base} | ${row?.passed ?? '-'} / ${CHECKS.length} | ${row?.offline ?? '-'} |`);
    }
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
});

for (const host of HOSTS) {
  for (const { base, dist } of BUILDS) {
    describe(`${host}, the build at ${base}`, () => {
      let problems = new Map<string, string[]>();

      beforeAll(async () => {
        const deployed = deployCopy(dist, base);
        const server = await startHost(host, projectSetup(host, deployed));
        try {
          const run = await runChecks({ url: `${server.origin}${base}`, dist: deployed.site }, session.browser, () =>
            server.stop(),
          );
          problems = run.problems;
          const passed = CHECKS.filter((c) => problems.get(c.id)?.length === 0).length;
          table.set(`${host} ${base}`, { passed, offline: run.notes.get('offline-size') ?? '-' });
        } finally {
          await server.stop();
          rmSync(deployed.dir, { recursive: true, force: true });
        }
      }, 600_000);

      for (const check of CHECKS) {
        it(`${check.group}: ${check.title}`, () => {
          expect(problems.get(check.id) ?? ['not run']).toEqual([]);
        });
      }
    });
  }
}
