// `npm run build`: `astro build`, with the memory Vite's bundler frees handed back to the system at once. Rolldown
// (Vite 8's bundler) allocates with mimalloc, which by default keeps freed memory for reuse and commits its arenas
// eagerly: at 1,000 chapters about 400 MB stays resident through the rendering and Pagefind's run after it, the
// build's peak (issue 24). mimalloc reads its options once, when Rolldown's native module loads, before any config
// file runs: so they are set here, in the environment, and Astro's own command starts after.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALLOCATOR_ENV } from '../tools/astro-build.ts';
import { ROOT } from '../tools/root.ts';

// A value already in the environment wins.
for (const [name, value] of Object.entries(ALLOCATOR_ENV)) process.env[name] ??= value;
// Astro's command line reads its command from argv: `astro build`, with any flags given to this script.
process.argv.splice(2, 0, 'build');
await import(pathToFileURL(join(ROOT, 'node_modules/astro/bin/astro.mjs')).href);
