import { describe, expect, it } from 'vitest';
import { datedInThePast, onlyAPastFigure } from './past-figures.ts';

describe('datedInThePast', () => {
  it('reads "last year", "in March", "in early Hamal", "back in 2019", "two years ago"', () => {
    expect(datedInThePast('Last year the governor, ')).toBe(true);
    expect(datedInThePast('In March the mayor, ')).toBe(true);
    expect(datedInThePast('In early Hamal the district chief, ')).toBe(true);
    expect(datedInThePast('Back in 2019 the contractor, ')).toBe(true);
    expect(datedInThePast('Two years ago, the former chief, ')).toBe(true);
  });
  it('not the day of the news, nor a year in a name', () => {
    expect(datedInThePast('On Monday the governor, ')).toBe(false);
    expect(datedInThePast('Last week the governor, ')).toBe(false);
    expect(datedInThePast('The Year of the Horse committee chairman, ')).toBe(false);
  });
});

describe('onlyAPastFigure', () => {
  it('a dated promise, then narration: a figure of the past', () => {
    expect(onlyAPastFigure('Last year the governor, ', ', promised a wall. It was never built.')).toBe(true);
  });
  it('one who reports in their own sentence, or takes a stand undated later, is not', () => {
    expect(onlyAPastFigure('Last year the governor, ', ', said a wall was funded.')).toBe(false);
    expect(onlyAPastFigure('Last year the governor, ', ', promised a wall. Now he blames the rains.')).toBe(
      false,
    );
    expect(onlyAPastFigure('The governor, ', ', promised a wall last year.')).toBe(false);
  });
});

describe('onlyAPastFigure, review', () => {
  it('not when the person acts in the news days, or "since" runs on to now', () => {
    expect(onlyAPastFigure('Last year the governor, ', ', promised a wall. On Tuesday he came back.')).toBe(
      false,
    );
    expect(onlyAPastFigure('Since 2021 the district has been run by ', ', who toured the dam.')).toBe(false);
    expect(
      onlyAPastFigure('In March the governor, ', ', visited the dam and toured it again on Tuesday.'),
    ).toBe(false);
  });
});
