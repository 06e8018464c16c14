// Deploying a build as a publisher would: the folder copied under a document root, at its base path, and the
// server configured with what the project gives for that host.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../../src/tools/root.ts';
import type { HostName, HostSetup } from './servers.ts';

/** Copy a build to `<www><base>` in a new temporary folder that the servers' worker users can read. */
export function deployCopy(dist: string, base: string): { dir: string; www: string; site: string } {
  const dir = mkdtempSync(join(tmpdir(), 'site-host-'));
  const www = join(dir, 'www');
  const site = join(www, base);
  mkdirSync(site, { recursive: true });
  cpSync(dist, site, { recursive: true });
  // mkdtemp makes the folder private; nginx and Apache read files as www-data.
  chmodSync(dir, 0o755);
  return { dir, www, site };
}

/** What `npm run host-config -- <host> --dist <site> --root <www>` prints. */
function hostConfig(host: 'nginx' | 'caddy', site: string, www: string): string {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'src/cli/host-config.ts'), host, '--dist', site, '--root', www],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`host-config ${host} failed: ${result.stderr}`);
  return result.stdout;
}

/** The project's setup for a host: nginx and Caddy get the printed configuration, Apache the build's .htaccess. */
export function projectSetup(host: HostName, deployed: { dir: string; www: string; site: string }): HostSetup {
  const hostDir = join(deployed.dir, host);
  mkdirSync(hostDir, { recursive: true });
  const site = host === 'apache' ? '' : hostConfig(host, deployed.site, deployed.www);
  return { dir: hostDir, www: deployed.www, site };
}
