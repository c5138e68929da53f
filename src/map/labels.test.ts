import { describe, expect, it } from 'vitest';
import { declutter, labelBox, labelOrder } from './labels.ts';

describe('map labels', () => {
  it('keeps the first of two overlapping labels and any that touch nothing', () => {
    const shown = declutter([
      { id: 'AF19', x: 100, y: 100, width: 60, height: 16 },
      { id: 'AF18', x: 130, y: 104, width: 60, height: 16 },
      { id: 'AF17', x: 300, y: 100, width: 80, height: 16 },
    ]);
    expect([...shown]).toEqual(['AF19', 'AF17']);
  });

  it('keeps labels that only come near each other', () => {
    const a = { id: 'a', x: 0, y: 0, width: 40, height: 14 };
    expect(declutter([a, { id: 'b', x: 0, y: 30, width: 40, height: 14 }]).size).toBe(2);
    expect(declutter([a, { id: 'b', x: 0, y: 15, width: 40, height: 14 }]).size).toBe(1);
  });

  it('sizes a label by its text and type, narrower in Arabic script', () => {
    const en = labelBox('Badakhshan', 14, true);
    expect(en.width).toBeGreaterThan(labelBox('Takhar', 14, true).width);
    expect(en.height).toBeCloseTo(16.8);
    expect(labelBox('بدخشان', 14, true).width).toBeLessThan(labelBox('Badakh', 14, true).width);
  });

  it('orders the selected place first, then the focused province’s districts, provinces, countries, others', () => {
    const weight: Record<string, number> = { AF1901: 1, AF1907: 5, AF1802: 9 };
    const order = labelOrder('AF1801', 'AF18', (id) => weight[id] ?? 0);
    const labels = [
      { id: 'AF1901', kind: 'district', province: 'AF19' },
      { id: 'TJK', kind: 'country', province: null },
      { id: 'AF1907', kind: 'district', province: 'AF19' },
      { id: 'AF19', kind: 'province', province: null },
      { id: 'AF1802', kind: 'district', province: 'AF18' },
      { id: 'AF1801', kind: 'district', province: 'AF18' },
    ];
    expect(labels.sort(order).map((l) => l.id)).toEqual([
      'AF1801',
      'AF1802',
      'AF19',
      'TJK',
      'AF1907',
      'AF1901',
    ]);
  });
});
