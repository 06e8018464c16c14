// Runs module scripts by URL: fetched in parallel, run in the order given. A <script> element rather than
// import(): Vite wraps every import() in its preload helper (0.9 KiB gzip), more than all the script a
// reading page runs. A module runs once however often its URL is added (the browser's module map).

/** Run the modules at `srcs` in order; resolves when all have run, rejects if one fails to load. */
export function runModules(...srcs: string[]): Promise<unknown> {
  return Promise.all(
    srcs.map(
      (src) =>
        new Promise((resolve, reject) => {
          const script = document.createElement('script');
          script.type = 'module';
          // Not async: inserted scripts then run in insertion order, so a module may rely on the one before.
          script.async = false;
          script.src = src;
          script.onload = resolve;
          script.onerror = reject;
          document.head.append(script);
        }),
    ),
  );
}
