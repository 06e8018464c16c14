// The editorial frontmatter of a chapter: everything here is ours, never the article's text.
import { z } from 'astro/zod';

export const chapterSchema = z
  .object({
    // The chapter's Arabic title, editorial: shown as the page's h1 and in navigation.
    title: z.string().trim().min(3).max(80),
    // One editorial sentence that says what the chapter covers; shown on the home page cards.
    summary: z.string().trim().min(10).max(220),
    // For search engines and link cards (meta description, og:description).
    description: z.string().trim().min(20).max(170),
    // The chapter's place in reading order, from 1 (room for the scale benchmark's 1,000 chapters).
    order: z.number().int().min(1).max(9999),
  })
  .strict();
