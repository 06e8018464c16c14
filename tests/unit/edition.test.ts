// What each edition has (lib/edition.ts): decided once from the target, read by the layout, the routes and the
// after-build steps.
import { describe, expect, it } from 'vitest';
import { editionOf } from '../../src/lib/edition.ts';

describe('editionOf', () => {
  it('gives the web edition offline reading, the manifest, preloads and the files a host reads', () => {
    const web = editionOf('web', undefined);
    expect(web).toMatchObject({
      offlineReading: true,
      manifest: true,
      fontPreloads: true,
      modulePreloads: true,
      hostFiles: true,
      readableFromDisk: false,
    });
    expect(web.routes).toEqual(['offline', 'offline-reading', 'manifest.webmanifest', 'robots.txt']);
    expect(editionOf('web', 'https://example.org').routes).toContain('sitemap.xml');
  });

  it('gives the disk edition none of what file:// refuses, and no route beyond src/pages/', () => {
    const disk = editionOf('disk', 'https://example.org');
    expect(disk).toMatchObject({
      offlineReading: false,
      manifest: false,
      fontPreloads: false,
      modulePreloads: false,
      hostFiles: false,
      readableFromDisk: true,
    });
    expect(disk.routes).toEqual([]);
  });
});
