// The service worker: our own (src/service-worker/), bundled here with the build's data inlined, after every
// step that writes or changes a file a reader fetches (it must see them as they end up). Writes beside it the
// list of every kept file (fetched only to save the whole site) and the summary /offline-reading/ reads. Web
// builds only: browsers run no service worker from file://.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../../lib/files.ts';
import { buildVersion } from '../../lib/offline/build-version.ts';
import { sri } from '../../lib/offline/integrity.ts';
import { PRECACHE_SUMMARY, precacheSummary } from '../../lib/offline/precache-summary.ts';
import { servedFileBytes } from '../../lib/offline/served-bytes.ts';
import {
  AUTO_SAVE_LIMIT,
  CORE_LIMIT,
  FILE_LIST,
  isCore,
  isKept,
  OFFLINE_PAGE,
} from '../../lib/offline/service-worker-config.ts';
import type { WorkerData } from '../../lib/offline/worker-data.ts';
import type { BuildStep } from './step.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../../service-worker/sw.ts', import.meta.url));

/** Write a file of the build, its folder first. */
function write(outDir: string, file: string, content: string): void {
  mkdirSync(dirname(join(outDir, file)), { recursive: true });
  writeFileSync(join(outDir, file), content);
}

export const serviceWorker: BuildStep = {
  name: 'service-worker',
  async run({ outDir, logger }) {
    const kept = listFiles(outDir)
      .filter(isKept)
      .map((url) => {
        const bytes = readFileSync(join(outDir, url));
        const revision = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
        // Gzipped once: the precompress step writes this same gzipped copy (lib/gzip-once.ts).
        return { url, revision, integrity: sri(bytes), served: servedFileBytes(join(outDir, url), bytes) };
      });
    const files = kept.map(({ url, integrity }) => ({ url, integrity }));
    write(outDir, FILE_LIST, `${JSON.stringify(files)}\n`);
    const core = kept.filter((f) => isCore(f.url));
    const coreBytes = core.reduce((sum, f) => sum + f.served, 0);
    if (coreBytes > CORE_LIMIT)
      throw new Error(`the offline core is ${coreBytes} bytes on the wire, over its bound of ${CORE_LIMIT}`);
    const version = buildVersion(kept);
    const data: WorkerData = {
      version,
      core: core.map(({ url, integrity }) => ({ url, integrity })),
      list: { url: FILE_LIST, integrity: sri(readFileSync(join(outDir, FILE_LIST))) },
      files: kept.length,
      bytes: kept.reduce((sum, f) => sum + f.served, 0),
      coreBytes,
      autoSaveLimit: AUTO_SAVE_LIMIT,
      offlinePage: OFFLINE_PAGE,
    };
    const bundle = await build({
      entryPoints: [WORKER_SOURCE],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      write: false,
      legalComments: 'none',
      // JSON text, parsed once in the worker: plain to read back (the tests do).
      define: { WORKER_DATA: JSON.stringify(JSON.stringify(data)) },
    });
    write(outDir, 'sw.js', bundle.outputFiles[0]?.text ?? '');
    const summary = precacheSummary(
      version,
      kept.map((f) => f.served),
      servedFileBytes(join(outDir, 'sw.js')),
    );
    write(outDir, PRECACHE_SUMMARY, `${JSON.stringify(summary)}\n`);
    logger.info(
      `sw.js keeps ${kept.length} files, ${summary.bytes} bytes on the wire, version ${version}; a first visit ` +
        `fetches its core, ${core.length} files, ${coreBytes} bytes (bound ${CORE_LIMIT}), and the pages open` +
        (data.bytes <= AUTO_SAVE_LIMIT ? `, then the whole site (under ${AUTO_SAVE_LIMIT} bytes)` : ''),
    );
  },
};
