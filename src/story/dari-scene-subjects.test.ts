import { describe, expect, it } from 'vitest';
import { dariIndefiniteAsOne } from './described-named.ts';
import { descriptionAfterScene } from './dari-scene-subjects.ts';

describe('descriptionAfterScene', () => {
  it('finds the indefinite description after the scene a sentence opens on', () => {
    const a = 'در بازار یفتل دکانداری پیر';
    expect(a.slice(descriptionAfterScene(a))).toBe('دکانداری پیر');
    const b = 'کنار سرک عمومی یک زن دستفروش';
    expect(b.slice(descriptionAfterScene(b))).toBe('یک زن دستفروش');
  });

  it('reads no description after a scene before a name, a time or no scene at all', () => {
    expect(descriptionAfterScene('در بازار یفتل محمد مهدی')).toBe(-1);
    expect(descriptionAfterScene('در بازار یک روز')).toBe(-1);
    expect(descriptionAfterScene('دکانداری پیر')).toBe(-1);
  });
});

describe('dariIndefiniteAsOne', () => {
  it('names a head noun made indefinite by its ی or ای with «یک»', () => {
    expect(dariIndefiniteAsOne('دکانداری پیر در بازار یفتل')).toBe('یک دکاندار پیر در بازار یفتل');
    expect(dariIndefiniteAsOne('بیوه‌ای')).toBe('یک بیوه');
  });

  it('leaves names, words whose ی is their own and phrases with «یک»', () => {
    expect(dariIndefiniteAsOne('محمد مهدی')).toBe('محمد مهدی');
    expect(dariIndefiniteAsOne('مهدی')).toBe('مهدی');
    expect(dariIndefiniteAsOne('نانوای جوانی')).toBe('نانوای جوانی');
    expect(dariIndefiniteAsOne('یک دکاندار پیر')).toBe('یک دکاندار پیر');
    expect(dariIndefiniteAsOne('A shopkeeper')).toBe('A shopkeeper');
  });
});
