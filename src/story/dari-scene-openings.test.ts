import { describe, expect, it } from 'vitest';
import { withoutSceneOpening } from './dari-scene-openings.ts';

describe('withoutSceneOpening', () => {
  it('sets aside an outlet’s report and a place before the subject', () => {
    expect(withoutSceneOpening(['به گزارش طلوع‌نیوز', 'عبدالواسع', 'یک معلم']).parts).toEqual([
      'عبدالواسع',
      'یک معلم',
    ]);
    expect(withoutSceneOpening(['در جلسهٔ روز شنبه', 'حاجی امان‌الله']).parts).toEqual(['حاجی امان‌الله']);
  });
  it('reads a bare plural in a scene over many homes as a saying', () => {
    expect(withoutSceneOpening(['در اکثر خانه‌های بدخشان', 'مادرها']).saying).toBe(true);
    expect(withoutSceneOpening(['در هر قریه', 'ریش‌سفیدان']).saying).toBe(true);
    expect(withoutSceneOpening(['در بیشتر قریه‌ها', 'مادرها به دخترانشان']).saying).toBe(true);
  });
  it('keeps a plural of one place, and a named person in a generic scene, as speakers', () => {
    expect(withoutSceneOpening(['در قریهٔ ما', 'پیرمردان']).saying).toBe(false);
    expect(withoutSceneOpening(['در بسیاری از قریه‌ها', 'حاجی امان‌الله']).saying).toBe(false);
    expect(withoutSceneOpening(['دهقانان']).parts).toEqual(['دهقانان']);
  });
});
