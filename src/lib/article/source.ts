// The parsed source article, read once at build time; the pages and the paragraph ids come from it.
import raw from '../../../content/source/article.txt?raw';
import { parseArticle } from './parse.ts';

export const article = parseArticle(raw);
