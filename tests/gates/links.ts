// Gate: every internal link, asset and #fragment in the build resolves: pages as a browser reads them
// (href, src, srcset, and any request that fails), stylesheets' url()s, the sitemap and the manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../src/tools/browser.ts';
import { serve } from '../support/server.ts';
import { ensureBuilt } from '../support/gates/dist.ts';
import { listFiles, listPages } from '../../src/lib/files.ts';
import { pagePath } from '../../src/lib/urls.ts';
import { checkReferences, cssUrls, type Reference } from '../support/gates/links.ts';
import { finish } from '../support/gates/report.ts';

const dist = ensureBuilt();
const server = await serve(dist);
const browser = await launchBrowser();
const references: Reference[] = [];
const idsByFile = new Map<string, Set<string>>();
const problems: string[] = [];
// The site's own origin as written in canonical URLs and the sitemap, when the build has one.
const siteBases = [server.url, ...(process.env.SITE_URL ? [new URL('/', process.env.SITE_URL).href] : [])];

try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const file of listPages(dist)) {
    const failed: string[] = [];
    const onResponse = (r: { url(): string; status(): number }) => {
      if (r.status() >= 400 && r.url() !== server.url + pagePath(file)) failed.push(`${r.status()} ${r.url()}`);
    };
    page.on('response', onResponse);
    await page.goto(server.url + pagePath(file), { waitUntil: 'networkidle' });
    page.off('response', onResponse);
    for (const f of failed) problems.push(`${file}: request failed while loading: ${f}`);
    const found = await page.evaluate(() => {
      const refs: { via: string; url: string }[] = [];
      const add = (via: string, value: string | null) => {
        if (value) refs.push({ via, url: new URL(value, document.baseURI).href });
      };
      for (const el of document.querySelectorAll('[href]')) add(`${el.localName}[href]`, el.getAttribute('href'));
      for (const el of document.querySelectorAll('[src]')) add(`${el.localName}[src]`, el.getAttribute('src'));
      for (const el of document.querySelectorAll('[srcset]'))
        for (const part of (el.getAttribute('srcset') ?? '').split(','))
          add(`${el.localName}[srcset]`, part.trim().split(/\s+/)[0] ?? null);
      for (const el of document.querySelectorAll('form[action]')) add('form[action]', el.getAttribute('action'));
      for (const el of document.querySelectorAll('meta[property="og:image"], meta[property="og:url"]'))
        add(`meta[${el.getAttribute('property')}]`, el.getAttribute('content'));
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      const names = [...document.querySelectorAll('a[name]')].map((el) => el.getAttribute('name') ?? '');
      return { refs, ids: [...ids, ...names] };
    });
    idsByFile.set(file, new Set(found.ids));
    for (const ref of found.refs) references.push({ from: file, ...ref });
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

// Files a browser only reads when asked: stylesheets' url()s, the sitemap, the web app manifest.
for (const file of listFiles(dist)) {
  const text = () => readFileSync(join(dist, file), 'utf8');
  const here = new URL(file, server.url);
  if (file.endsWith('.css'))
    for (const u of cssUrls(text())) references.push({ from: file, via: 'url()', url: new URL(u, here).href });
  if (file.endsWith('sitemap.xml'))
    for (const m of text().matchAll(/<loc>([^<]+)<\/loc>/g))
      references.push({ from: file, via: 'loc', url: new URL(m[1] ?? '', here).href });
  if (/(manifest\.json|\.webmanifest)$/.test(file)) {
    const manifest = JSON.parse(text()) as { start_url?: string; icons?: { src: string }[] };
    for (const u of [manifest.start_url, ...(manifest.icons ?? []).map((i) => i.src)])
      if (u) references.push({ from: file, via: 'manifest', url: new URL(u, here).href });
  }
}

problems.push(...checkReferences(dist, references, idsByFile, siteBases));
const internal = references.filter((r) => siteBases.some((b) => r.url.startsWith(b))).length;
finish('gate:links', problems, `${internal} internal references in ${idsByFile.size} pages`);
