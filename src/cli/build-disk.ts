// `npm run build:disk`: the disk edition, the site as a folder that reads from disk (dist-disk/) and as a zip of
// it (dist-disk.zip), for readers who keep the article without a browser cache or a server.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { listFiles } from '../lib/files.ts';
import { astroBuild } from '../tools/astro-build.ts';
import { ROOT } from '../tools/root.ts';
import { site } from '../site.ts';

const OUT = resolve(ROOT, site.build.outDir ?? 'dist-disk');
const ZIP = `${OUT}.zip`;
/** The folder name inside the zip, so unzipping makes one folder rather than scattering files. */
const FOLDER = 'erdogan-kazakhstan';

astroBuild(OUT, { SITE_TARGET: 'disk' }, { show: true });

const files: Zippable = {};
for (const file of listFiles(OUT)) files[`${FOLDER}/${file}`] = readFileSync(join(OUT, file));
const zip = zipSync(files, { level: 9 });
writeFileSync(ZIP, zip);
console.log(`${OUT}: open index.html in a browser; ${ZIP}: ${Object.keys(files).length} files, ${zip.length} bytes`);
