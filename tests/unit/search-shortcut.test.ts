import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSearchShortcut, type KeyPress } from '../../src/scripts/search/shortcut.ts';
import { ROOT } from '../../src/tools/root.ts';

/** The disk edition's copy of the rule, taken out of its classic script (which cannot import the module). */
const source = readFileSync(join(ROOT, 'src/scripts/disk-edition.js'), 'utf8');
const body = /function isSearchShortcut\(press\) \{[\s\S]*?\n\}/.exec(source)?.[0] ?? '';
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the classic script's own function, run as written
const fileModeRule = new Function(`${body}; return isSearchShortcut;`)() as (press: KeyPress) => boolean;

/** A stand-in for an element: fields have a value, editable elements say so. */
const field = (tagName: string, isContentEditable = false) =>
  (/^(INPUT|TEXTAREA|SELECT)$/.test(tagName)
    ? { tagName, value: '' }
    : { tagName, isContentEditable }) as unknown as EventTarget;
const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: field('BODY'),
  ...mods,
});

const cases: [string, KeyPress, boolean][] = [
  ['Ctrl+K', press('k', { ctrlKey: true }), true],
  ['Ctrl+Shift+K (capital)', press('K', { ctrlKey: true }), true],
  ['⌘+K', press('k', { metaKey: true }), true],
  ['Ctrl+K in a field', press('k', { ctrlKey: true, target: field('INPUT') }), true],
  ['Ctrl+Alt+K', press('k', { ctrlKey: true, altKey: true }), false],
  ['Ctrl+J', press('j', { ctrlKey: true }), false],
  ['/ on the page', press('/'), true],
  ['/ in an input', press('/', { target: field('INPUT') }), false],
  ['/ in a textarea', press('/', { target: field('TEXTAREA') }), false],
  ['/ in a select', press('/', { target: field('SELECT') }), false],
  ['/ in an editable element', press('/', { target: field('DIV', true) }), false],
  ['/ in contenteditable="false"', press('/', { target: field('DIV', false) }), true],
  ['Alt+/', press('/', { altKey: true }), false],
  ['k alone', press('k'), false],
];

describe('isSearchShortcut', () => {
  it.each(cases)('%s', (_, event, expected) => {
    expect(isSearchShortcut(event)).toBe(expected);
  });
  it('is the same rule in the disk edition’s script', () => {
    expect(body).not.toBe('');
    for (const [name, event, expected] of cases) expect(fileModeRule(event), name).toBe(expected);
  });
});

describe('<site-search>', () => {
  const source = (path: string) => readFileSync(join(ROOT, path), 'utf8');
  it('is the element the class defines, the boot starts, and the header and the search page render', () => {
    expect(source('src/scripts/search/site-search.ts')).toContain("customElements.define('site-search', SiteSearch)");
    expect(source('src/scripts/boot.ts')).toContain("document.querySelector<HTMLElement>('site-search')");
    expect(source('src/components/Search.astro')).toMatch(/<site-search [^>]*data-bundle=/);
    expect(source('src/pages/search.astro')).toMatch(/<site-search [^>]*data-search-page>/);
  });
  it("has the open() the boot's stand-in hands a use of the control to", () => {
    expect(source('src/scripts/search/start.ts')).toContain('host.open()');
    expect(source('src/scripts/search/site-search.ts')).toMatch(/^ {2}open\(\): void \{$/m);
  });
});
