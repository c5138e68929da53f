import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Floors, belowFloors, floorOf, ratchet } from './floors.ts';
import { totalScore, type ArticleScore } from './score.ts';

function score(
  name: string,
  tp: number,
  fp: number,
  fn: number,
  quotesRight: number,
  quotesTotal: number,
): ArticleScore {
  return {
    name,
    lang: 'en',
    kind: 'wire',
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    quoteAttribution: quotesRight / quotesTotal,
    counts: { tp, fp, fn, trapsLinked: 0, quotesRight, quotesTotal },
    falsePositives: [],
    misses: [],
    wrongSpeakers: [],
  };
}
const SCORES = [score('wire', 9, 1, 0, 4, 4), score('dari', 6, 0, 4, 1, 4)];
const TOTAL = totalScore(SCORES);

describe('belowFloors', () => {
  it('names the article or total and both numbers for each one under its floor', () => {
    expect(
      belowFloors('dev', SCORES, TOTAL, {
        total: { precision: 0.9, recall: 0.9 },
        article: { recall: 0.5 },
        articles: { dari: { quoteAttribution: 0.5 } },
      }),
    ).toEqual([
      'dev article "dari": quoteAttribution 0.250 is under its floor 0.500',
      'dev total: recall 0.789 is under its floor 0.900',
    ]);
  });

  it('passes at the floor exactly, and flags a floor for an article the split lacks', () => {
    expect(belowFloors('dev', SCORES, TOTAL, { article: { recall: 0.6 } })).toEqual([]);
    expect(belowFloors('dev', SCORES, TOTAL, { articles: { gone: { recall: 0 } } })).toEqual([
      'dev: floors.json names article "gone", which the split does not have',
    ]);
  });
});

describe('ratchet', () => {
  it('raises every floor to the score rounded down to two decimals, never lowering one', () => {
    const next = ratchet({ total: { precision: 0.99 }, articles: { gone: { recall: 1 } } }, SCORES, TOTAL);
    expect(next).toEqual({
      total: { precision: 0.99, recall: 0.78, quoteAttribution: 0.62 },
      article: { precision: 0.9, recall: 0.6, quoteAttribution: 0.25 },
      articles: {
        wire: { precision: 0.9, recall: 1, quoteAttribution: 1 },
        dari: { precision: 1, recall: 0.6, quoteAttribution: 0.25 },
      },
    });
    expect(belowFloors('dev', SCORES, TOTAL, next)).toEqual([
      'dev total: precision 0.938 is under its floor 0.990',
    ]);
    expect(floorOf(0.58)).toBe(0.58);
  });

  it('reads floors.json strictly', () => {
    expect(v.is(Floors, { dev: { total: { recall: 0.5 } } })).toBe(true);
    expect(v.is(Floors, { dev: { total: { recal: 0.5 } } })).toBe(false);
    expect(v.is(Floors, { dev: { total: { recall: 1.5 } } })).toBe(false);
  });
});
