import { describe, expect, it } from 'vitest';
import {
  hasReadingTime,
  isBareNameLine,
  isReportStamp,
  isReporterRoleLine,
  isShowTagline,
  isFlaggedPostHead,
  isListedLine,
  isListLabelAlone,
  isNoticeBox,
  isPictographComment,
  isSignatureLine,
  isStationIdent,
  isViewCounter,
  isWriterOverReadingTime,
} from './notice-lines.ts';

describe('isPictographComment', () => {
  it('reads a comment under its pictograph and handle', () => {
    expect(isPictographComment('💬 Zabi_K: send some to Imam Sahib too please')).toBe(true);
    expect(isPictographComment('💬 نجیبه احمدی: برای خان‌آباد هم کمک بفرستید.')).toBe(true);
    expect(isPictographComment('↳ Laila: we are in Archi, come tomorrow')).toBe(true);
  });
  it('not a post line under another pictograph, nor a pictograph over a sentence', () => {
    expect(isPictographComment('💧 آب آشامیدنی به قریه‌های خان‌آباد رسید.')).toBe(false);
    expect(isPictographComment('💬 Readers in Kunduz wrote to us all week about the flood: thank you.')).toBe(
      false,
    );
  });
});

describe('isStationIdent', () => {
  it("reads a station's name, frequency and town", () => {
    expect(isStationIdent('Radio Sada-e-Kokcha – 101.4 FM – Faizabad')).toBe(true);
    expect(isStationIdent('رادیو صدای کوکچه – ۱۰۱.۴ اف‌ام – فیض‌آباد')).toBe(true);
    expect(isStationIdent('Radio Roshani | 88.0 MHz | Kunduz')).toBe(true);
  });
  it('not a sentence about a frequency', () => {
    expect(isStationIdent('The station broadcasts on 101.4 FM from Faizabad to the villages of Argo.')).toBe(
      false,
    );
    expect(isStationIdent('Prices rose – 12 AM – in Kunduz, traders said. The market closed.')).toBe(false);
  });
});

describe('isNoticeBox', () => {
  it('reads two fields of where and when, or a "next" notice', () => {
    expect(isNoticeBox('Venue: Central Stadium, Kunduz · Kick-off: 15:00')).toBe(true);
    expect(isNoticeBox('NEXT SESSION: Sunday 14 June, district hall, Khanabad. Open to all.')).toBe(true);
    expect(isNoticeBox('محل: تالار ولایت، فیض‌آباد | زمان: ساعت ۱۰ صبح')).toBe(true);
    expect(isNoticeBox('جلسهٔ بعدی: شنبه، تالار شاروالی، تالقان')).toBe(true);
  });
  it('not one field of a practical box, nor a sentence after a label', () => {
    expect(isNoticeBox('Venue: Central Stadium, Kunduz')).toBe(false);
    expect(isNoticeBox('Next session: the council in Khanabad will vote on the budget.')).toBe(false);
    expect(
      isNoticeBox('Venue: the stadium in Kunduz, which was rebuilt last year by the city | Date: 3 May'),
    ).toBe(false);
  });
});

describe('isFlaggedPostHead', () => {
  it("reads a channel post's flag and heading", () => {
    expect(isFlaggedPostHead('🔴 فوری | سیلاب در ولسوالی نهرین')).toBe(true);
    expect(isFlaggedPostHead('🔴 BREAKING: Fire in the Kunduz bazaar')).toBe(true);
  });
  it('not a ticker of items, nor a flag over one word, nor a flag without its pictograph', () => {
    expect(isFlaggedPostHead('🔴 فوری | کندز | تخار')).toBe(false);
    expect(isFlaggedPostHead('🔴 فوری | ویدیو')).toBe(false);
    expect(isFlaggedPostHead('BREAKING | Fire in the Kunduz bazaar')).toBe(false);
  });
});

describe('isWriterOverReadingTime', () => {
  it("reads a writer's name and town over a reading time", () => {
    expect(hasReadingTime('۱۴ قوس ۱۴۰۵ | زمان مطالعه: ۸ دقیقه')).toBe(true);
    expect(isWriterOverReadingTime('حمیدالله نوری – بغلان', '۳ جدی ۱۴۰۵ | ۶ دقیقه مطالعه')).toBe(true);
    expect(isWriterOverReadingTime('Sayed Omid Hashimi, Faizabad', '12 December 2026 · 4 min read')).toBe(
      true,
    );
  });
  it('not the same line over a date alone, nor a sentence over a reading time', () => {
    expect(isWriterOverReadingTime('حمیدالله نوری – بغلان', '۳ جدی ۱۴۰۵')).toBe(false);
    expect(isWriterOverReadingTime('Floods reached Archi on Monday.', '4 min read')).toBe(false);
  });
});

describe('isListLabelAlone and isListedLine', () => {
  it('reads a label alone over a list of names and roles or contacts', () => {
    expect(isListLabelAlone('Participants:')).toBe(true);
    expect(isListLabelAlone('برای معلومات بیشتر:')).toBe(true);
    expect(
      isListedLine('Dr. Zarghuna Sadat, Visiting Fellow; former engineer, Ministry of Energy and Water'),
    ).toBe(true);
    expect(isListedLine('محمد حنیف نظری، مسئول اطلاعات و ارتباط عامه')).toBe(true);
  });
  it('not a label with its list on the line, nor a sentence under it', () => {
    expect(isListLabelAlone('Participants: farmers from Kunduz said the price of seed rose.')).toBe(false);
    expect(isListedLine('Farmers from Khanabad said the water came late. They asked for seed.')).toBe(false);
    expect(isListedLine('کشاورزان خان‌آباد گفتند آب دیر رسید. آن‌ها تخم خواستند.')).toBe(false);
  });
});

describe('isViewCounter and isSignatureLine', () => {
  it("reads a post's counter and its signature's short lines", () => {
    expect(isViewCounter('👁 2.1K  07:05')).toBe(true);
    expect(isViewCounter('👁 874  14:20')).toBe(true);
    expect(isSignatureLine('🏛 صفحهٔ رسمی شاروالی فیض‌آباد')).toBe(true);
  });
  it('not an eye over words, nor a sentence', () => {
    expect(isViewCounter('👁 Eyewitnesses in Kunduz saw 20 trucks.')).toBe(false);
    expect(isSignatureLine('آب به قریه‌های خان‌آباد رسید.')).toBe(false);
  });
});

describe('isReporterRoleLine, isBareNameLine and isReportStamp', () => {
  it("reads a reporter's role, a bare name and a report's stamp", () => {
    expect(isReporterRoleLine('گزارشگر بخش افغانستان')).toBe(true);
    expect(isReporterRoleLine('Reporter, North Desk')).toBe(true);
    expect(isBareNameLine('فرشته رحیمی')).toBe(true);
    expect(isReportStamp('As of 3 December 2026, 16:00 (Kabul time)')).toBe(true);
    expect(isReportStamp('وضعیت تا ۱۲ قوس ۱۴۰۵، ساعت ۴ عصر')).toBe(true);
  });
  it('not a sentence opening on a reporter or a date', () => {
    expect(isReporterRoleLine('خبرنگار ما در خان‌آباد دید که آب رسیده است.')).toBe(false);
    expect(isReporterRoleLine('Reporters: Omid Karimi')).toBe(false);
    expect(isBareNameLine('Floods reached Archi.')).toBe(false);
    expect(isReportStamp('As of 3 May 2026, Rustaq had no tents.')).toBe(false);
    expect(
      isReportStamp('As of 3 December 2026, families in Rustaq had received no tents. Officials said so.'),
    ).toBe(false);
  });
});

describe('isShowTagline', () => {
  it("reads a show's name and what it is about", () => {
    expect(isShowTagline('PAPER MONEY — a podcast about how money moves in Afghanistan')).toBe(true);
    expect(isShowTagline('صدای دهقان – برنامه‌ای هفتگی دربارهٔ زراعت در تخار')).toBe(true);
  });
  it('not a sentence that names a show', () => {
    expect(isShowTagline('The show — a weekly programme about farming in Rustaq — began in 2019.')).toBe(
      false,
    );
    expect(isShowTagline('Farmers — a show of hands about Kunduz')).toBe(false);
  });
});
