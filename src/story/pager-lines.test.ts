import { describe, expect, it } from 'vitest';
import { isPagerLine } from './pager-lines.ts';

describe('isPagerLine', () => {
  it.each([
    'درس قبلی: کوه‌های مرکزی (بامیان و غور) | درس بعدی: دشت‌های جنوب',
    'مطلب بعدی: سیلاب در ولسوالی جرم',
    '« Previous lesson: The plains of Balkh | Next lesson: The passes of Parwan »',
    'Next article: Snow closes the Salang',
    'Previous: Melons of Khulm · Next: Kites of Kunduz',
  ])('reads %s as a pager', (line) => expect(isPagerLine(line)).toBe(true));
  it.each([
    'در درس قبلی دربارهٔ ولایت بلخ خواندیم.',
    'Next: the council meets in Taloqan on Monday.',
    'Previous governors of Kunduz built the road.',
  ])('near miss: %s stays text', (line) => expect(isPagerLine(line)).toBe(false));
});
