// The one test that pins today's editorial split of the article into chapters, on purpose: every other test
// derives the chapters from the content collection (tests/support/chapters.ts). After a re-split, update this
// test and run `npm run readme`; nothing else should need to change.
import { describe, expect, it } from 'vitest';
import { article, chapters } from '../support/chapters.ts';

describe("today's editorial split", () => {
  it('is four chapters in this order, holding these paragraphs', () => {
    expect(chapters.map((c) => [c.id, c.data.order, c.paragraphs])).toEqual([
      ['bilateral-ties', 1, [1, 2, 3, 6, 7, 8, 9, 10]],
      ['cica', 2, [4, 5, 11, 12]],
      ['ukraine-mediation', 3, [13, 14, 15, 16, 17, 18, 19, 20]],
      ['syria', 4, [21, 22, 23]],
    ]);
    expect(chapters.filter((c) => c.hasSubheading).map((c) => c.id)).toEqual(['ukraine-mediation']);
    expect(article.paragraphs).toHaveLength(23);
  });
});
