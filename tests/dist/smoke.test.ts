import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';
import { chapters } from '../support/chapters.ts';

describe('built site', () => {
  it('has the home page, the 404 page and a page for every chapter', () => {
    for (const page of ['index.html', '404.html', ...chapters.map((c) => `${c.id}/index.html`)]) {
      expect(readFileSync(join(DIST, page), 'utf8')).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/);
    }
  });
});
