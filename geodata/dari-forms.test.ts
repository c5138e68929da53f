import { describe, expect, it } from 'vitest';
import { dariForms } from './dari-forms.ts';

describe('dariForms', () => {
  it('gives the short form of a "X و Y" name only when the English names have it too', () => {
    expect(dariForms('خوست و فرنگ', ['Khost Wa Fereng', 'Khost'], 'Khost Wa Fereng')).toEqual(['خوست']);
    expect(dariForms('لعل و سرجنگل', ['Lal Wa Sarjangal'], 'Lal Wa Sarjangal')).toEqual([]);
  });

  it('writes a "-ud-din" name with the hamza reporting uses', () => {
    expect(dariForms('خواجه بهاوالدین', ['Khwaja Bahawuddin'], 'Khwaja Bahawuddin')).toEqual([
      'خواجه بهاءالدین',
    ]);
    expect(dariForms('نمک آب', ['Namak Ab'], 'Namak Ab')).toEqual([]);
  });
});
