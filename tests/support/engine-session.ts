// The one way an engine test file gets its engine and its site: one browser of the engine for the whole file
// (tests/support/engines.ts) and a server of one of the sites built before the run, sending the build's own
// _headers (its CSP enforced, as a CDN would), opened before the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { ENGINES, type Engine, type EngineName } from './engines.ts';
import { serve, type StaticServer } from './server.ts';
import { siteDir, SUBPATH, type SiteName } from './sites.ts';

export interface EngineSession {
  name: EngineName;
  engine: Engine;
  server: StaticServer;
}

export function useEngine(name: EngineName, site: SiteName = 'root'): EngineSession {
  const session = { name } as EngineSession;
  beforeAll(async () => {
    const base = site.startsWith('subpath') ? SUBPATH : '/';
    [session.engine, session.server] = await Promise.all([
      ENGINES[name](),
      serve(siteDir(site), { base, headersFile: true }),
    ]);
  });
  afterAll(async () => {
    await session.engine?.quit();
    await session.server?.close();
  });
  return session;
}
