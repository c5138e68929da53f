import { describe, expect, it } from 'vitest';
import { hitMemo } from './hit-memo.ts';

describe('hitMemo', () => {
  const counting = () => {
    const asked: [number, number][] = [];
    const memo = hitMemo((x, y) => {
      asked.push([x, y]);
      return `shape at ${x},${y}`;
    });
    return { memo, asked };
  };

  it('answers a click where the pointer already hovered without asking the map again', () => {
    const { memo, asked } = counting();
    expect(memo.at(120.5, 80.25)).toBe('shape at 120.5,80.25');
    expect(memo.at(120.5, 80.25)).toBe('shape at 120.5,80.25');
    expect(asked).toEqual([[120.5, 80.25]]);
  });

  it('asks again at another point', () => {
    const { memo, asked } = counting();
    memo.at(10, 10);
    expect(memo.at(10, 11)).toBe('shape at 10,11');
    memo.at(10, 10);
    expect(asked).toEqual([
      [10, 10],
      [10, 11],
      [10, 10],
    ]);
  });

  it('asks again at the same point once the picture has changed', () => {
    const { memo, asked } = counting();
    memo.at(5, 5);
    memo.forget();
    memo.at(5, 5);
    expect(asked).toEqual([
      [5, 5],
      [5, 5],
    ]);
  });
});
