import { describe, expect, it } from 'vitest';
import { isBareOffice, titledNameAtEnd } from './dari-role-holders.ts';

describe('isBareOffice', () => {
  it('reads an office that opens on a role word', () => {
    expect(isBareOffice('رئیس صحت عامه')).toBe(true);
    expect(isBareOffice('سخنگوی والی')).toBe(true);
  });
  it('reads no name, no single word and no English as a bare office', () => {
    expect(isBareOffice('داکتر محمداسحاق شفیق')).toBe(false);
    expect(isBareOffice('رئیس')).toBe(false);
    expect(isBareOffice('the director')).toBe(false);
  });
});

describe('titledNameAtEnd', () => {
  it('reads the title and name a lead ends on, before a comma or not', () => {
    expect(titledNameAtEnd('در همین حال داکتر محمداسحاق شفیق ')).toBe('داکتر محمداسحاق شفیق');
    expect(titledNameAtEnd('به گفتهٔ مولوی عبدالحق حقانی، ')).toBe('مولوی عبدالحق حقانی');
  });
  it('reads no name without a title, or with a role between', () => {
    expect(titledNameAtEnd('در همین حال عبدالحق حقانی ')).toBeNull();
    expect(titledNameAtEnd('داکتر شفیق معاون ')).toBeNull();
  });
});
