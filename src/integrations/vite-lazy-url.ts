// A Vite plugin: `import url from './x.ts?lazy'` gives the URL of x.ts built as its own chunk, to be run
// later with a <script type="module">. An import() would do the same but makes Vite add its preload helper
// (0.9 KiB gzip) to every page, more than the whole of what a reading page otherwise runs.
import type { Plugin } from 'vite';

const SUFFIX = '?lazy';
const PREFIX = '\0lazy-url:';

export default function lazyUrl(): Plugin {
  let serving = false;
  let base = '/';
  return {
    name: 'site:lazy-url',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base;
    },
    // Filtered: Rolldown calls into JavaScript only for the ids these hooks answer, not for every module.
    resolveId: {
      filter: { id: /\?lazy$/ },
      async handler(source, importer) {
        if (!source.endsWith(SUFFIX)) return null;
        const target = await this.resolve(source.slice(0, -SUFFIX.length), importer);
        return target ? PREFIX + target.id : null;
      },
    },
    load: {
      filter: { id: /^\0lazy-url:/ },
      handler(id) {
        if (!id.startsWith(PREFIX)) return null;
        const file = id.slice(PREFIX.length);
        // The dev server serves any file by its absolute path; a build emits a hashed chunk.
        if (serving) return `export default ${JSON.stringify(`${base}@fs${file}`)};`;
        const ref = this.emitFile({ type: 'chunk', id: file });
        return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
      },
    },
  };
}
