// The ranking, on small tables: BM25 at paragraph level with a proximity bonus (lib/search/rank.ts), and which
// pages answer a query, in what order (lib/search/answer.ts).
import { describe, expect, it } from 'vitest';
import { rankPages, termWeights } from '../../src/lib/search/answer.ts';
import {
  coverage,
  documentFrequencies,
  idf,
  pageScore,
  rankOrder,
  scorePassage,
  smallestSpan,
  smallestWindow,
  type Passage,
} from '../../src/lib/search/rank.ts';

/** A passage of `length` words holding each term at the positions given. */
const passage = (length: number, ...found: number[][]): Passage => ({ length, found });

describe('idf', () => {
  it('weighs a rarer term more, a term found nowhere most, and is never negative', () => {
    expect(idf(20, 1)).toBeGreaterThan(idf(20, 5));
    expect(idf(20, 0)).toBeGreaterThan(idf(20, 1));
    expect(idf(20, 20)).toBeGreaterThan(0);
  });
});

describe('smallestWindow', () => {
  it('gives the fewest consecutive words holding one position of each list', () => {
    expect(smallestWindow([[3], [4]])).toBe(2);
    expect(smallestWindow([[1, 30], [10, 31], [29]])).toBe(3);
    expect(smallestWindow([[5], [], [9]])).toBe(5);
    expect(smallestWindow([])).toBe(0);
  });
});

describe('scorePassage', () => {
  const weights = [2, 1];
  it('rewards holding more of the words, and rarer ones', () => {
    expect(scorePassage(passage(20, [1], [5]), weights, 20)).toBeGreaterThan(
      scorePassage(passage(20, [1], []), weights, 20),
    );
    expect(scorePassage(passage(20, [1], []), weights, 20)).toBeGreaterThan(
      scorePassage(passage(20, [], [1]), weights, 20),
    );
  });

  it('saturates repeats: one more mention of a common word never beats a rare word', () => {
    const repeated = scorePassage(passage(20, [], [1, 2, 3, 4, 5, 6]), weights, 20);
    expect(repeated).toBeLessThan(scorePassage(passage(20, [1], [2]), weights, 20));
  });

  it('prefers the words side by side over the words far apart', () => {
    expect(scorePassage(passage(40, [10], [11]), weights, 40)).toBeGreaterThan(
      scorePassage(passage(40, [1], [39]), weights, 40),
    );
  });

  it('does not favour a long paragraph for the same matches', () => {
    expect(scorePassage(passage(10, [1], []), weights, 30)).toBeGreaterThan(
      scorePassage(passage(90, [1], []), weights, 30),
    );
  });
});

describe('documentFrequencies and coverage', () => {
  it('count the passages holding each term, and the share of weight found', () => {
    expect(documentFrequencies([passage(5, [1], []), passage(5, [2], [3])], 2)).toEqual([2, 1]);
    expect(coverage([true, false], [3, 1])).toBe(0.75);
    expect(coverage([false, false], [0, 0])).toBe(0);
  });

  it('count a word’s own passages, not those holding only another form, when it has some', () => {
    const typed = passage(5, [1]);
    const other = { length: 5, found: [[2]], weak: [[2]] };
    expect(documentFrequencies([typed, other, other], 1)).toEqual([1]);
    expect(documentFrequencies([other, other], 1)).toEqual([2]);
  });
});

describe('pageScore', () => {
  it('is the best paragraph, then each next counting half as much', () => {
    expect(pageScore([1, 4, 2])).toBe(4 + 2 / 2 + 1 / 4);
    expect(pageScore([])).toBe(0);
  });
});

describe('a word found through another form', () => {
  it('counts less than the word as typed (exactness)', () => {
    const exact = scorePassage({ length: 10, found: [[1]] }, [1], 10);
    const related = scorePassage({ length: 10, found: [[1]], weak: [[1]] }, [1], 10);
    expect(related).toBeLessThan(exact);
    expect(related).toBeGreaterThan(0);
  });

  it('counts no more than RELATED (half) of the word as typed, and stands by the others at that weight', () => {
    const exact = scorePassage({ length: 10, found: [[1]] }, [1], 10);
    expect(scorePassage({ length: 10, found: [[1]], weak: [[1]] }, [1], 10)).toBeCloseTo(exact / 2);
    // Two words side by side: the proximity bonus is half the matched weight, the other form's at half.
    const typed = scorePassage({ length: 10, found: [[1], [2]] }, [1, 1], 10);
    const other = scorePassage({ length: 10, found: [[1], [2]], weak: [[], [2]] }, [1, 1], 10);
    expect(typed - other).toBeCloseTo(0.5 + 0.5 * 0.5);
  });
});

describe('rankOrder', () => {
  it('orders best first, keeping reading order among equals', () => {
    expect(rankOrder([1, 3, 3, 2])).toEqual([1, 2, 3, 0]);
  });

  it('puts those marked first before the rest, each group best first', () => {
    expect(rankOrder([1, 3, 3, 2], [true, false, false, true])).toEqual([3, 0, 1, 2]);
  });
});

describe('smallestSpan', () => {
  it('gives the first and last position of the smallest window', () => {
    expect(smallestSpan([[1, 30], [10, 31], [29]])).toEqual([29, 31]);
    expect(smallestSpan([[5], [], [9]])).toEqual([5, 9]);
    expect(smallestSpan([[], []])).toBeUndefined();
  });
});

describe('termWeights', () => {
  it('scales counts from the pages read to the whole index', () => {
    const pages = [{ passages: [passage(5, [1]), passage(5, [])] }];
    // One page read of the ten that hold the term: its passages stand for ten times as many.
    const [partial = 0] = termWeights(pages, 1, { pages: 100, pagesWith: [10] });
    const [exact = 0] = termWeights(pages, 1, { pages: 100, pagesWith: [1] });
    expect(partial).toBeLessThan(exact);
  });
});

describe('rankPages', () => {
  const counts = (pages: number, terms: number) => ({ pages, pagesWith: Array.from({ length: terms }, () => 1) });

  it('orders pages by their best paragraph, and each page’s paragraphs best first', () => {
    const spread = { passages: [passage(30, [1], []), passage(30, [], [2])] };
    const together = { passages: [passage(30, [], []), passage(30, [4], [5])] };
    const filler = { passages: [passage(30, [], []), passage(30, [], [])] };
    const ranking = rankPages([spread, together, filler], 2, counts(3, 2));
    expect(ranking.pages.map((p) => p.page)).toEqual([1, 0]);
    expect(ranking.pages[0]?.order[0]).toBe(1);
    expect(ranking.complete).toBe(true);
  });

  it('shows only pages holding every term when there are some', () => {
    const all = { passages: [passage(10, [1], [2])] };
    const one = { passages: [passage(10, [1, 2, 3], [])] };
    expect(rankPages([one, all], 2, counts(2, 2)).pages.map((p) => p.page)).toEqual([1]);
  });

  it('when none holds every term, shows those holding at least half the weight (the rare word), not the common', () => {
    const rare = { passages: [passage(10, [1], [])] };
    const commons = Array.from({ length: 9 }, () => ({ passages: [passage(10, [], [2])] }));
    const ranking = rankPages([rare, ...commons], 2, { pages: 10, pagesWith: [1, 9] });
    expect(ranking.complete).toBe(false);
    expect(ranking.pages.map((p) => p.page)).toEqual([0]);
    expect(ranking.pages[0]?.holds).toEqual([true, false]);
  });

  it('weighs a word no page holds as the rarest word found, so one unknown word does not sink a long question', () => {
    const pages = Array.from({ length: 10 }, (_, i) => ({ passages: [passage(10, i === 0 ? [1] : [], [])] }));
    const [found = 0, absent = 0] = termWeights(pages, 2, { pages: 10, pagesWith: [1, 0] });
    expect(absent).toBe(found);
  });

  it('needs more than half of the weight: of two words equally rare, one is not "most of them"', () => {
    const pages = Array.from({ length: 10 }, (_, i) => ({ passages: [passage(10, i === 0 ? [1] : [], [])] }));
    expect(rankPages(pages, 2, { pages: 10, pagesWith: [1, 0] }).pages).toEqual([]);
  });

  it('finds nothing when the word no page holds outweighs the rest (an unknown topic beside a common word)', () => {
    const pages = Array.from({ length: 9 }, () => ({ passages: [passage(10, [], [2])] }));
    expect(rankPages(pages, 2, { pages: 9, pagesWith: [0, 9] }).pages).toEqual([]);
  });
});
