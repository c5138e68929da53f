import { describe, expect, it } from 'vitest';
import { shortDariDescription } from './dari-short-descriptions.ts';

describe('shortDariDescription', () => {
  it('drops the relative clause and the pointing «این» of an indefinite source', () => {
    expect(shortDariDescription('یک کارمند این شفاخانه که نخواست نامش فاش شود')).toBe('یک کارمند شفاخانه');
  });
  it('drops a relative clause that says what the source does', () => {
    expect(shortDariDescription('یک موتروان لاری که میان شیرخان بندر و شهر کندز کار می‌کند')).toBe(
      'یک موتروان لاری',
    );
  });
  it('leaves «یکی از …», names and English alone', () => {
    expect(shortDariDescription('یکی از معلمان این مکتب')).toBe('یکی از معلمان این مکتب');
    expect(shortDariDescription('حاجی عبدالودود که سی سال دکان دارد')).toBe(
      'حاجی عبدالودود که سی سال دکان دارد',
    );
    expect(shortDariDescription('a nurse who asked not to be named')).toBe(
      'a nurse who asked not to be named',
    );
  });
});
