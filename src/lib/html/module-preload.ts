// Which modules a page should announce up front: everything its module scripts import statically, however
// deep. The browser otherwise learns of each level only when the level above has arrived, one round trip
// each (search page -> engine chunk -> pagefind.js); announced, they all load at once.

/** The specifiers a built module imports statically (`import x from"./a.js"`, `import"./b.js"`), not import(). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'`();]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

/**
 * The URL paths of every module `entries` import, directly or not, in the order found, without the
 * entries. `read` gives a module's code by URL path, or undefined when the build has no such file (it is
 * then left out: a preload of a missing file would only fail).
 */
export function modulesToPreload(entries: readonly string[], read: (path: string) => string | undefined): string[] {
  const seen = new Set(entries);
  const found: string[] = [];
  const queue = [...entries];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const code = read(path);
    if (code === undefined) continue;
    for (const specifier of staticImports(code)) {
      if (!/^\.{0,2}\//.test(specifier)) continue;
      const target = new URL(specifier, `http://site${path}`).pathname;
      if (seen.has(target) || read(target) === undefined) continue;
      seen.add(target);
      found.push(target);
      queue.push(target);
    }
  }
  return found;
}

/** The page with a `<link rel="modulepreload">` for each module its module scripts import, before </head>. */
export function addModulePreloads(html: string, read: (path: string) => string | undefined): string {
  const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  const links = modulesToPreload(entries, read)
    .map((path) => `<link rel="modulepreload" href="${path}">`)
    .join('');
  return links ? html.replace('</head>', `${links}</head>`) : html;
}
