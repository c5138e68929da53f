import { describe, expect, it } from 'vitest';
import { insideAbbreviatedName, insideDariAbbreviatedName } from './abbreviated-names.ts';
import { tokenize } from './tokens.ts';

/** Whether the word `place` of `text` sits inside a name abbreviated after it. */
const inside = (text: string, place: string): boolean => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.text === place);
  return insideAbbreviatedName(tokens, at, at, text);
};

describe('insideAbbreviatedName', () => {
  it('reads a place among the words the letters in brackets spell', () => {
    expect(
      inside('The United Nations Assistance Mission in Afghanistan (UNAMA) said so.', 'Afghanistan'),
    ).toBe(true);
    expect(inside('Money came from the Afghanistan Humanitarian Fund (AHF) in May.', 'Afghanistan')).toBe(
      true,
    );
    expect(inside('She works for the Badakhshan Women Weavers Network (BWWN).', 'Badakhshan')).toBe(true);
  });
  it('leaves a government body, letters that spell other words, and a place with none', () => {
    expect(inside('The Kunduz Provincial Council (KPC) met on Monday.', 'Kunduz')).toBe(false);
    expect(inside('Floods hit Takhar (OCHA) and Kunduz.', 'Takhar')).toBe(false);
    expect(inside('Floods hit Takhar and Kunduz on Monday.', 'Takhar')).toBe(false);
  });
});

describe('insideDariAbbreviatedName', () => {
  const PROVINCES = new Set(['بغلان', 'تخار', 'کندز']);
  const inside = (text: string, place: string): boolean => {
    const start = text.indexOf(place);
    return insideDariAbbreviatedName(text, start, start + place.length, (name) => PROVINCES.has(name));
  };
  it("reads a place ending a body's name abbreviated after it", () => {
    expect(inside('هیئت معاونت سازمان ملل متحد در افغانستان (یوناما) گفت', 'افغانستان')).toBe(true);
    expect(inside('صندوق بشردوستانهٔ افغانستان (AHF) پول داد', 'افغانستان')).toBe(true);
    expect(inside('شبکهٔ زنان بافندهٔ بدخشان (شزب) نمایشگاه گذاشت', 'بدخشان')).toBe(true);
  });
  it("leaves a government body's name, a note in brackets, and a body's name with nothing after it", () => {
    expect(inside('ریاست زراعت ولایت تخار (رزت) بذر داد', 'تخار')).toBe(false);
    expect(inside('سیلاب در تخار (شمال شرق) خانه‌ها را ویران کرد', 'تخار')).toBe(false);
    expect(inside('دفتر سازمان ملل در کندز بسته شد', 'کندز')).toBe(false);
  });
  it('leaves a place followed by its province or a year in brackets', () => {
    expect(inside('مسئولان دفتر برنامه در ولسوالی نهرین (بغلان) گفتند', 'نهرین')).toBe(false);
    expect(inside('سازمان غذایی جهان در ولسوالی فرخار (تخار) گندم توزیع کرد', 'فرخار')).toBe(false);
    expect(inside('نهاد زنان در ولسوالی چاه‌آب (۱۴۰۵) فعال بود', 'چاه‌آب')).toBe(false);
  });
});
