// The chapters collection: the article's paragraphs, split by topic, under editorial frontmatter.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CHAPTER_GLOB } from './lib/chapters/files.ts';
import { chapterSchema } from './lib/chapters/schema.ts';
import { site } from './site.ts';

const chapters = defineCollection({
  // Chapters live outside src/ so the data path reads article -> chapters -> pages from the top.
  loader: glob({ pattern: CHAPTER_GLOB, base: site.build.chaptersDir }),
  schema: chapterSchema,
});

export const collections = { chapters };
