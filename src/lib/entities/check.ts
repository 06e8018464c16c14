// The names table held to the article before the build renders a page: its shape (schema.ts), one entry an id,
// and every entry named somewhere in the text, found the way the page finds its mentions (mentions.ts).
import type { Article } from '../article/parse.ts';
import { inFileOrder, pathText, readDataFile, type DataPath, type DataProblem } from '../data/json-file.ts';
import { findMentions } from './mentions.ts';
import { namesSchema } from './schema.ts';

/** The problems of the names table `text` (the file `file`), empty when it is right. */
export function checkNames(file: string, text: string, article: Article): DataProblem[] {
  const { data, problems, lineOf } = readDataFile(file, text, namesSchema);
  if (!data) return problems;
  const report = (path: DataPath, message: string): void => {
    const line = lineOf(path);
    problems.push({ file, ...(line ? { line } : {}), message: `${pathText(path)}: ${message}` });
  };
  const first = new Map<string, number>();
  data.forEach(({ id }, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else report([i, 'id'], `"${id}" is already the id of entry ${earlier}`);
  });
  const mentions = findMentions(article.paragraphs, data);
  data.forEach((entity, i) => {
    if (!mentions.get(entity.id)?.length)
      report([i, 'mentions'], `the article names "${entity.name}" nowhere by ${entity.mentions.join(' or ')}`);
  });
  return inFileOrder(problems);
}
