// The shape of the names table (content/names.json): what is the article's own words (checked against its text
// by check.ts) and what is editorial (marked so here and in content/README.md).
import { z } from 'astro/zod';

/** Where the names table lives, from the project's root. */
export const NAMES_FILE = 'content/names.json';

const entitySchema = z
  .object({
    // The entry's anchor on /names/ (#erdogan): lower-case Latin words joined by hyphens.
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'lower-case Latin words joined by hyphens, like black-sea'),
    // The group the entry is listed under on /names/.
    kind: z.enum(['person', 'place', 'body']),
    // The article's words: the name as it writes it in full, the entry's heading.
    name: z.string().trim().min(1),
    // Editorial: the Latin name, shown beside the heading.
    latin: z.string().regex(/[A-Za-z]/, 'a Latin name has Latin letters'),
    // The article's words that name it in the text, one word or a phrase each; each must be found there.
    mentions: z.array(z.string().trim().min(1)).min(1),
    // Editorial: other spellings readers type, under the article's word each stands for (the search resolves them).
    aliases: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
    // Editorial: English names of more than one word, each to the article's phrase (for the search).
    phrases: z.record(z.string(), z.string().min(1)).optional(),
    // Editorial: why an entry is what it is, when that is a choice; shown on the entry as «ملاحظة».
    note: z.string().trim().min(1).optional(),
  })
  .strict();

export const namesSchema = z.array(entitySchema).min(1);

export type Entity = z.infer<typeof entitySchema>;
export type EntityKind = Entity['kind'];
