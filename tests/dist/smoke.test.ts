import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';

describe('built site', () => {
  it('has the five pages', () => {
    for (const page of ['index.html', '404.html', 'bilateral-ties/index.html', 'cica/index.html', 'ukraine-mediation/index.html', 'syria/index.html']) {
      expect(readFileSync(join(DIST, page), 'utf8')).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/);
    }
  });
});
