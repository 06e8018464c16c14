// Module preloads: the static imports of built modules, followed however deep, announced in the page's head.
import { describe, expect, it } from 'vitest';
import { addModulePreloads, modulesToPreload, staticImports } from '../../src/lib/html/module-preload.ts';

describe('staticImports', () => {
  it('reads the static imports of minified modules, and never an import()', () => {
    const code =
      'import*as e from"../pagefind/pagefind.js";import{n as t,r}from"./engine.abc.js";import"./side.js";' +
      'const x=import(`./lazy.js`);const y=import("./lazy2.js");var s=`important from "here"`;';
    expect(staticImports(code)).toEqual(['../pagefind/pagefind.js', './engine.abc.js', './side.js']);
  });
});

describe('modulesToPreload', () => {
  const files: Record<string, string> = {
    '/base/_astro/page.js': 'import{a}from"./engine.js";import"./engine.js";',
    '/base/_astro/engine.js': 'import*as p from"../pagefind/pagefind.js";import"./gone.js";',
    '/base/pagefind/pagefind.js': 'export const search=1;',
  };
  const read = (path: string) => files[path];

  it('follows imports however deep, each once, leaving out the entries and missing files', () => {
    expect(modulesToPreload(['/base/_astro/page.js'], read)).toEqual([
      '/base/_astro/engine.js',
      '/base/pagefind/pagefind.js',
    ]);
  });

  it('adds nothing for a module that imports nothing', () => {
    expect(modulesToPreload(['/base/pagefind/pagefind.js'], read)).toEqual([]);
  });

  it('writes the links before </head>, and leaves a page without imports as it is', () => {
    const page = '<html><head><title>t</title></head><body><script type="module" src="/base/_astro/page.js"></script>';
    expect(addModulePreloads(page, read)).toBe(
      '<html><head><title>t</title><link rel="modulepreload" href="/base/_astro/engine.js">' +
        '<link rel="modulepreload" href="/base/pagefind/pagefind.js"></head><body>' +
        '<script type="module" src="/base/_astro/page.js"></script>',
    );
    const plain = '<html><head></head><body><script type="module" src="/base/pagefind/pagefind.js"></script>';
    expect(addModulePreloads(plain, read)).toBe(plain);
  });
});
