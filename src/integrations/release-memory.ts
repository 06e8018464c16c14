// Memory the build no longer uses, handed back to the system. When Astro calls astro:build:done it holds no
// more of the rendering's objects, but V8 keeps the pages they filled (about 400 MB at 1,000 chapters) until
// its own heuristics shrink the heap, which is not before Pagefind's process adds its own few hundred MB: the
// build's peak memory (issue 24). V8's gc extension, asked once, runs a full collection that also gives those
// pages back ('last-resort': the one V8 runs before it reports an out-of-memory; 0.3 s here on an idle machine).
// `--expose-gc` set at run time only makes the gc() function available to contexts created afterwards (the
// one vm.runInNewContext makes here), so nothing else of the build sees a global gc.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's gc extension (src/extensions/gc-extension.cc): the options it reads. */
type Gc = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let gc: Gc | undefined;

/** Collect all garbage now and release the memory it held. */
export function releaseMemory(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as Gc;
  }
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
