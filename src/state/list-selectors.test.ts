import { describe, expect, it } from 'vitest';
import { findPlace, inDateRange, shadeOf, timelineBars, visibleStories } from './list-selectors.ts';

const PLACES = [
  { id: 'AF19', en: 'Kunduz', da: 'کندز' },
  { id: 'AF1901', en: 'Kunduz', da: 'کندز', province: 'AF19' },
  { id: 'AF18', en: 'Takhar', da: 'تخار' },
];
const entry = (slug: string, date?: string) => ({ slug, title: slug, places: [], ...(date ? { date } : {}) });

describe('the list page’s selectors', () => {
  it('finds a place by its English or Dari name, a province before its namesake district', () => {
    expect(findPlace(PLACES, ' kunduz ')?.id).toBe('AF19');
    expect(findPlace(PLACES, 'تخار')?.id).toBe('AF18');
    // An Arabic keyboard's yeh and kaf read as Dari's.
    expect(findPlace([{ id: 'X', en: 'x', da: 'کیف' }], 'كيف')?.id).toBe('X');
    expect(findPlace(PLACES, 'Kabul')).toBeNull();
  });

  it('keeps a story in a date range by any day of a partial date; an undated one only without a range', () => {
    expect(inDateRange('2024-05', '2024-05-20', '')).toBe(true);
    expect(inDateRange('2024-04-30', '2024-05-01', '')).toBe(false);
    expect(inDateRange('2024-06-02', '', '2024-06-01')).toBe(false);
    expect(inDateRange(undefined, '', '')).toBe(true);
    expect(inDateRange(undefined, '2024-01-01', '')).toBe(false);
  });

  it('shows a chosen place’s own stories, else the site’s list, within the range', () => {
    const all = [entry('a', '2024-05-01'), entry('b', '2023-01-01')];
    expect(visibleStories(all, {}, { place: null, from: '2024-01-01', to: '' }).map((e) => e.slug)).toEqual([
      'a',
    ]);
    expect(visibleStories(all, { AF19: [entry('c')] }, { place: 'AF19', from: '', to: '' })).toHaveLength(1);
    expect(visibleStories(all, {}, { place: 'AF18', from: '', to: '' })).toEqual([]);
  });

  it('counts stories per month from the first to the last, empty months too, and per year over three years', () => {
    expect(
      timelineBars([entry('a', '2024-03-09'), entry('b', '2024-01'), entry('c', '2024-03-01'), entry('d')]),
    ).toEqual([
      { period: '2024-01', count: 1 },
      { period: '2024-02', count: 0 },
      { period: '2024-03', count: 2 },
    ]);
    expect(timelineBars([entry('a', '2019-01-01'), entry('b', '2024-01-01')]).map((b) => b.period)).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
  });

  it('shades a province by its share of the largest count, none for no story', () => {
    expect([0, 1, 2, 5, 10].map((n) => shadeOf(n, 10))).toEqual([0, 1, 1, 2, 4]);
  });
});
