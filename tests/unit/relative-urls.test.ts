import { describe, expect, it } from 'vitest';
import { parkModuleScripts, relativeUrl, relativizeCss, relativizeHtml } from '../../src/lib/offline/relative-urls.ts';

describe('relativeUrl', () => {
  it('points folders at their index.html, which file:// does not find by itself', () => {
    expect(relativeUrl('/', 'index.html')).toBe('index.html');
    expect(relativeUrl('/cica/', 'index.html')).toBe('cica/index.html');
    expect(relativeUrl('/', 'cica/index.html')).toBe('../index.html');
  });

  it('climbs out of the current folder and into another', () => {
    expect(relativeUrl('/syria/', 'cica/index.html')).toBe('../syria/index.html');
    expect(relativeUrl('/_astro/a.css', 'cica/index.html')).toBe('../_astro/a.css');
    expect(relativeUrl('/_astro/f.woff2', '_astro/a.css')).toBe('f.woff2');
    expect(relativeUrl('/a/b/c.png', 'a/x/y/index.html')).toBe('../../b/c.png');
  });

  it('stays in the same folder for a link to the current page, keeping the fragment', () => {
    expect(relativeUrl('/cica/#p-3', 'cica/index.html')).toBe('index.html#p-3');
    expect(relativeUrl('/cica/#p-3', 'syria/index.html')).toBe('../cica/index.html#p-3');
    expect(relativeUrl('/search/?q=x#r', 'index.html')).toBe('search/index.html?q=x#r');
  });

  it('leaves absolute, protocol-relative, relative and fragment URLs alone', () => {
    for (const url of ['https://example.org/', '//cdn.example/x.js', 'x.css', '#content', 'mailto:a@b']) {
      expect(relativeUrl(url, 'cica/index.html')).toBe(url);
    }
  });
});

describe('relativizeHtml', () => {
  it('rewrites href and src, in either quote, and nothing else', () => {
    const html =
      '<a href="/cica/#p-1">x</a><link href=\'/_astro/a.css\'><script src="/disk-edition.js"></script>' +
      '<a href="https://example.org/">y</a><a href="#content">z</a><p>/cica/ href="/x"</p><meta content="/x">';
    expect(relativizeHtml(html, 'syria/index.html')).toBe(
      '<a href="../cica/index.html#p-1">x</a><link href=\'../_astro/a.css\'><script src="../disk-edition.js"></script>' +
        '<a href="https://example.org/">y</a><a href="#content">z</a><p>/cica/ href="/x"</p><meta content="/x">',
    );
  });
});

describe('relativizeCss', () => {
  it('rewrites root-relative url() with or without quotes', () => {
    const css = '@font-face{src:url(/_astro/f.woff2) format("woff2")}a{background:url("/icons/i.svg")}b{c:url(data:x)}';
    expect(relativizeCss(css, '_astro/a.css')).toBe(
      '@font-face{src:url(f.woff2) format("woff2")}a{background:url("../icons/i.svg")}b{c:url(data:x)}',
    );
  });
});

describe('parkModuleScripts', () => {
  it('turns an external module script into an inert one that keeps its URL', () => {
    expect(parkModuleScripts('<script type="module" src="../_astro/s.js"></script><script src="x.js"></script>')).toBe(
      '<script type="text/plain" data-module-src="../_astro/s.js"></script><script src="x.js"></script>',
    );
  });

  it('leaves classic and data scripts alone', () => {
    const html = '<script>1</script><script type="application/ld+json">{}</script><script src="a.js" defer></script>';
    expect(parkModuleScripts(html)).toBe(html);
  });
});
