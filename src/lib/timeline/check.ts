// The timeline's data held to the article before the build renders a page: its shape (schema.ts), every quote
// verbatim in its paragraph with the words that date it, every date the quote does not write resting on a
// named inference that gives it (inferred.ts), the events in date order, and every word left out really there.
import type { Article } from '../article/parse.ts';
import { inFileOrder, pathText, readDataFile, type DataPath, type DataProblem } from '../data/json-file.ts';
import { INFERENCES } from './inferred.ts';
import { timelineSchema } from './schema.ts';

/** The problems of the timeline's data `text` (the file `file`), empty when it is right. */
export function checkTimeline(file: string, text: string, article: Article): DataProblem[] {
  const { data, problems, lineOf } = readDataFile(file, text, timelineSchema);
  if (!data) return problems;
  const report = (path: DataPath, message: string): void => {
    const line = lineOf(path);
    problems.push({ file, ...(line ? { line } : {}), message: `${pathText(path)}: ${message}` });
  };
  /** The text of the paragraph an item names, or undefined (reported) when the article has no such paragraph. */
  const paragraphOf = (path: DataPath, n: number): string | undefined => {
    const found = article.paragraphs[n - 1];
    if (found === undefined)
      report([...path, 'paragraph'], `the article's paragraphs are 1 to ${article.paragraphs.length}`);
    return found;
  };

  let lastPrecise = '';
  data.events.forEach((event, i) => {
    const path = ['events', i];
    const paragraph = paragraphOf(path, event.paragraph);
    if (paragraph !== undefined && !paragraph.includes(event.quote))
      report([...path, 'quote'], `not found verbatim in paragraph ${event.paragraph} of the article`);
    if (!event.quote.includes(event.expression))
      report([...path, 'expression'], `«${event.expression}» is not in the quote`);
    const year = event.datetime.slice(0, 4);
    if (event.inferred) {
      const { date } = INFERENCES[event.inferred];
      if (!event.datetime.startsWith(date))
        report(
          [...path, 'datetime'],
          `${event.datetime} does not agree with the inference "${event.inferred}", which gives ${date}`,
        );
    } else if (!event.quote.includes(year)) {
      report(path, `the quote does not write the year ${year}: name the inference the date rests on ("inferred")`);
    }
    if (event.until !== undefined && event.until <= event.datetime)
      report([...path, 'until'], `${event.until} is not after the event's date ${event.datetime}`);
    // By year; within a year, the dated ones in order (a date of a year alone has no place inside it).
    const previous = data.events[i - 1];
    if (previous && year < previous.datetime.slice(0, 4))
      report([...path, 'datetime'], `${event.datetime} comes before the event above it (${previous.datetime})`);
    else if (event.datetime.length > 4 && event.datetime < lastPrecise)
      report([...path, 'datetime'], `${event.datetime} comes before an earlier event's ${lastPrecise}`);
    if (event.datetime.length > 4) lastPrecise = event.datetime;
  });

  data.leftOut.forEach((left, i) => {
    const path = ['leftOut', i];
    const paragraph = paragraphOf(path, left.paragraph);
    if (paragraph !== undefined && !paragraph.includes(left.expression))
      report([...path, 'expression'], `«${left.expression}» is not in paragraph ${left.paragraph} of the article`);
  });
  return inFileOrder(problems);
}
