import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './quotes.ts';
import { translationAfter } from './translated-quotes.ts';

const translationOf = (text: string): string | null => {
  const first = findQuoteSpans(text)[0];
  const t = first ? translationAfter(text, first) : null;
  return t ? text.slice(t.start, t.end) : null;
};

describe('translationAfter: a bracketed translation after a quotation', () => {
  it('reads an English translation after a Dari quotation and its attribution', () => {
    expect(translationOf('«آب دریا بالا آمده،» he said. (The river has risen.)')).toBe(
      'The river has risen.',
    );
    expect(translationOf('«کار نیست.» (There is no work here.)')).toBe('There is no work here.');
  });

  it('reads a Dari translation after an English quotation', () => {
    expect(translationOf('"There is no work here," she said. (اینجا کار نیست.)')).toBe('اینجا کار نیست.');
  });

  it('reads no aside, no same-script bracket and no bracket far from the quotation', () => {
    expect(translationOf('«بازار خراب است،» he said. (AP)')).toBeNull();
    expect(translationOf('"It is over," he said. (He left the next day.)')).toBeNull();
    expect(
      translationOf(
        '«بازار خراب است،» he said, and went back to counting the notes on his table. (The market is bad.)',
      ),
    ).toBeNull();
  });

  it('reads no aside far longer than the quotation, no reply and no English credit in Dari prose', () => {
    expect(translationOf('«بازار خراب است،» he said. (The afghani lost two per cent on Monday.)')).toBeNull();
    expect(translationOf('«کمک کی می‌رسد؟» she asked. (Next week, he replied.)')).toBeNull();
    expect(translationOf('او گفت: «مکتب‌ها فردا باز می‌شود.» (Photo: Pajhwok file image.)')).toBeNull();
    // In English prose the English after a Dari quotation still reads as its translation.
    expect(translationOf('Karim said: «مکتب‌ها فردا باز می‌شود.» (The schools open tomorrow.)')).toBe(
      'The schools open tomorrow.',
    );
  });
});

describe('translationAfter: a rendering with no stop before its reporting clause', () => {
  it('reads the bracket before ", he said" in either direction', () => {
    expect(translationOf('«زمین ما خشک شده است» (Our land has dried up), he said.')).toBe(
      'Our land has dried up',
    );
    expect(translationOf('"We have no seed this year" (امسال تخم نداریم), the farmer told us.')).toBe(
      'امسال تخم نداریم',
    );
  });

  it('reads no lower-case aside, and no bracket without a reporting clause after it', () => {
    expect(translationOf('«زمین ما خشک شده است» (a complaint heard across the valley), he said.')).toBeNull();
    expect(translationOf('«زمین ما خشک شده است» (Our land has dried up) and the wells too.')).toBeNull();
  });
});
