import { describe, expect, it } from 'vitest';
import {
  lastMarkBefore,
  letterQuotationSpeaker,
  pointedOutletSpeaker,
  publishedWordsSpeaker,
  sentenceBefore,
  sentenceStartBefore,
} from './dari-written-voices.ts';
import type { SpeakerTable } from './speakers.ts';

describe('sentence reading for written voices', () => {
  const text = 'نامه دیروز رسید. آنان نوشته‌اند: «ما پل می‌خواهیم.»';
  const open = text.indexOf('«');
  it('finds the colon before a quotation and its sentence', () => {
    const colon = lastMarkBefore(text, open);
    expect(text[colon]).toBe(':');
    expect(text.slice(sentenceStartBefore(text, colon), colon)).toBe('آنان نوشته‌اند');
  });
  it('finds the sentence before it', () => {
    expect(sentenceBefore(text, text.indexOf('آنان'))).toBe('نامه دیروز رسید.');
  });
});

/** A table over `passages` that knows no one and adds each new speaker under its own name. */
function stubTable(passages: readonly string[]): SpeakerTable {
  return {
    passageText: (p: number) => passages[p] ?? '',
    lookup: () => null,
    addAnonymous: (name: string) => ({ id: name }),
  } as unknown as SpeakerTable;
}

/** Who `rule` gives the quotation of the last passage to, read at the colon before its «. */
function speakerBy(
  rule: (table: SpeakerTable, text: string, p: number, colonAt: number, create: boolean) => string | null,
  passages: readonly string[],
): string | null {
  const p = passages.length - 1;
  const text = passages[p] ?? '';
  return rule(stubTable(passages), text, p, lastMarkBefore(text, text.indexOf('«')), true);
}

describe('letterQuotationSpeaker', () => {
  it('gives «در بخشی از این نامه آمده است:» to the group named as writing the letter', () => {
    const letter = [
      'شماری از دهقانان قریهٔ سنگ‌سوراخ با فرستادن نامه‌ای به والی بغلان خواستار ترمیم جوی آب شدند.',
      'در بخشی از این نامه آمده است: «زمین‌های ما خشک شده است.»',
    ];
    expect(speakerBy(letterQuotationSpeaker, letter)).toContain('دهقانان قریهٔ سنگ‌سوراخ');
  });
  it('gives an unsigned letter, or an official who wrote his own, to no group (near-miss)', () => {
    const unsigned = [
      'در شهر کندز نامه‌ای بی‌نام بر دیوار چسپانده شده بود.',
      'در این نامه آمده است: «شب بیرون نشوید.»',
    ];
    expect(speakerBy(letterQuotationSpeaker, unsigned)).toBeNull();
    const official = [
      'باشندگان قریهٔ آب‌باریک در نامه‌ای از والی خواستند مکتب را ترمیم کند.',
      'والی بغلان در پاسخ، نامه‌ای به ریاست معارف نوشته است: «مکتب باید ترمیم شود.»',
    ];
    expect(speakerBy(letterQuotationSpeaker, official)).toBeNull();
  });
});

describe('pointedOutletSpeaker', () => {
  it('gives «این هفته‌نامه می‌نویسد:» to the weekly named before', () => {
    const review = [
      'هفته‌نامهٔ آوای بدخشان این هفته به گرانی آرد پرداخته است.',
      'این هفته‌نامه می‌نویسد: «نان خشک هم آرزو شده است.»',
    ];
    expect(speakerBy(pointedOutletSpeaker, review)).toContain('آوای بدخشان');
  });
  it('gives an outlet quoting another, or one never named, to no outlet (near-miss)', () => {
    const quoting = [
      'روزنامهٔ صبح کابل به کمبود دوا پرداخته است.',
      'این روزنامه از قول داکتر نسرین احمدی نوشته است: «دوا نداریم.»',
    ];
    expect(speakerBy(pointedOutletSpeaker, quoting)).toBeNull();
    expect(speakerBy(pointedOutletSpeaker, ['این روزنامه می‌نویسد: «نان گران است.»'])).toBeNull();
  });
});

describe('publishedWordsSpeaker', () => {
  it('gives «گفته‌های X را … نشر کرده است:» to X', () => {
    const printed = ['این روزنامه گفته‌های یک مادر را هم نشر کرده است: «دخترم هر روز می‌پرسد.»'];
    expect(speakerBy(publishedWordsSpeaker, printed)).toBe('یک مادر');
  });
  it('gives words the subject rejects, or his own, to no one else (near-miss)', () => {
    const rejects = ['ذبیح‌الله مجاهد گفته‌های وزیر پاکستانی را رد کرد و گفت: «این ادعاها بی‌اساس است.»'];
    expect(speakerBy(publishedWordsSpeaker, rejects)).toBeNull();
    const own = ['وزیر معارف سخنان خود را از تلویزیون ملی نشر کرده است: «امسال مکتب می‌سازیم.»'];
    expect(speakerBy(publishedWordsSpeaker, own)).toBeNull();
  });
});
