import { describe, expect, it } from 'vitest';
import { decodeWord, encodeWord, FORMS_MARK, prepareForIndex, withoutChrome } from '../../src/lib/search/index-html.ts';

describe('encodeWord / decodeWord', () => {
  it('adds the key of a word that needs one, and gets the word back', () => {
    expect(encodeWord('والرئيس')).toBe(`والرئيس${FORMS_MARK}رييس`);
    expect(decodeWord(encodeWord('والرئيس'))).toBe('والرئيس');
  });

  it('leaves words whose key is themselves, and punctuation, alone', () => {
    expect(encodeWord('تركيا')).toBe('تركيا');
    expect(encodeWord('،')).toBe('،');
    expect(encodeWord('/')).toBe('/');
    expect(decodeWord('/')).toBe('/');
  });

  it('reads HTML escapes before computing the key, and keeps them in the word', () => {
    expect(encodeWord('&quot;بوتين&quot;')).toBe(`&quot;بوتين&quot;${FORMS_MARK}تين`);
  });
});

const page = `<html lang="ar"><head><meta name="description" content="وصف"></head><body>
<header><a>أردوغان في كازاخستان</a></header>
<h1 class="x" data-pagefind-meta="title">العنوان</h1>
<div class="prose-ar" data-pagefind-body><p id="p-1">زار أردوغان <span lang="en">CICA</span> والرئيس</p><div><p id="p-2">للقمة</p></div></div>
<footer>والرئيس</footer></body></html>`;

describe('prepareForIndex', () => {
  const out = prepareForIndex(page);

  it('encodes the words of the indexed body only', () => {
    expect(out).toContain(`<p id="p-1">زار أردوغان${FORMS_MARK}اردوغان <span lang="en">CICA${FORMS_MARK}cica</span>`);
    expect(out).toContain(`<p id="p-2">للقمة${FORMS_MARK}قمه</p>`);
    expect(out).toContain('<footer>والرئيس</footer>');
    expect(out).toContain('<a>أردوغان في كازاخستان</a>');
  });

  it('keeps the markup and the paragraph ids', () => {
    expect(out.replace(/\/\/[^\s<]+/g, '')).toBe(
      page
        .replace('data-pagefind-meta="title"', 'data-pagefind-meta="title" data-pagefind-filter="chapter"')
        .replace(
          '<meta name="description" content="وصف">',
          '<meta name="description" content="وصف" data-pagefind-meta="summary[content]">',
        )
        // A boolean attribute is written out with an empty value: the same attribute to Pagefind.
        .replace('data-pagefind-body>', 'data-pagefind-body="">'),
    );
  });

  it('finds the body and the title whatever the order of their attributes', () => {
    const reordered = page
      .replace('<div class="prose-ar" data-pagefind-body>', '<div data-pagefind-body class="prose-ar">')
      .replace('<h1 class="x" data-pagefind-meta="title">', '<h1 data-pagefind-meta="title" class="x">');
    const prepared = prepareForIndex(reordered);
    expect(prepared).toContain(`للقمة${FORMS_MARK}قمه`);
    expect(prepared).toMatch(/<h1 [^>]*data-pagefind-filter="chapter"/);
  });

  it('makes the chapter title a filter and the description the summary', () => {
    expect(out).toContain('data-pagefind-filter="chapter"');
    expect(out).toContain('data-pagefind-meta="summary[content]"');
  });

  it('finds the end of the body past nested elements of its kind and a `>` inside an attribute', () => {
    const tricky = page.replace('<div><p id="p-2">', '<div title="أ > ب"><div></div><p id="p-2">');
    const prepared = prepareForIndex(tricky);
    expect(prepared).toContain(`للقمة${FORMS_MARK}قمه`);
    expect(prepared).toContain('<footer>والرئيس</footer>');
  });

  it('reads a body with a script or a comment in it as the parser does', () => {
    const scripted = page.replace(
      '<div><p id="p-2">',
      '<!-- </div> --><script>const a = "</div>";</script><div><p id="p-2">',
    );
    const prepared = prepareForIndex(scripted);
    expect(prepared).toContain(`للقمة${FORMS_MARK}قمه`);
    expect(prepared).toContain('<footer>والرئيس</footer>');
  });

  it('returns pages without an indexed body unchanged', () => {
    const home = '<html><body><main data-pagefind-ignore>والرئيس</main></body></html>';
    expect(prepareForIndex(home)).toBe(home);
  });
});

describe('withoutChrome', () => {
  const prepared = prepareForIndex(page);
  const slim = withoutChrome(prepared);

  it('keeps the head, the headings Pagefind reads and the indexed body, and drops the rest', () => {
    expect(slim).toContain('<meta name="description" content="وصف" data-pagefind-meta="summary[content]">');
    expect(slim).toContain('<h1 class="x" data-pagefind-meta="title" data-pagefind-filter="chapter">العنوان</h1>');
    expect(slim).toContain(`<p id="p-2">للقمة${FORMS_MARK}قمه</p>`);
    expect(slim).not.toContain('<header>');
    expect(slim).not.toContain('<footer>');
    expect(slim.length).toBeLessThan(prepared.length);
  });

  it('leaves a page alone when anything else outside the body speaks to Pagefind', () => {
    const filtered = prepared.replace('<footer>', '<footer data-pagefind-filter="place">');
    expect(withoutChrome(filtered)).toBe(filtered);
  });

  it('does not take a heading out of a comment or a template, where Pagefind does not read it', () => {
    const hidden = prepared.replace(
      '<header>',
      '<template><h2 data-pagefind-meta="other">مخفي</h2></template><!-- <h2 data-pagefind-meta="x">ب</h2> --><header>',
    );
    expect(withoutChrome(hidden)).toBe(hidden);
  });

  it('leaves a page without an indexed body, or without a head, alone', () => {
    const home = '<html><head></head><body><main data-pagefind-ignore>والرئيس</main></body></html>';
    expect(withoutChrome(home)).toBe(home);
    const headless = prepared.replace(/<head>.*<\/head>/, '');
    expect(withoutChrome(headless)).toBe(headless);
  });
});
