import { describe, expect, it } from 'vitest';
import {
  isBylineFieldsLine,
  isDatedDatelineAlone,
  isDatedSectionLine,
  isMenuKicker,
  isPlayerLine,
  menuItems,
} from './page-heads.ts';
import { isGraphicCue } from './script-furniture.ts';
import { isAudienceStamp, isFootOfComment } from './social-posts.ts';

describe('page-heads', () => {
  it("reads a news page's date and section line, not a date in prose", () => {
    expect(isDatedSectionLine('14 November 2026 Humanitarian Aid')).toBe(true);
    expect(isDatedSectionLine('March 3, 2026 | Health')).toBe(true);
    expect(isDatedSectionLine('14 November 2026 floods hit the valley')).toBe(false);
    expect(isDatedSectionLine('On 14 November 2026 Health workers arrived')).toBe(false);
    expect(isDatedSectionLine('14 November 2026 floods hit Kunduz')).toBe(false);
  });
  it("reads a radio page's player, not a sentence about listening", () => {
    expect(isPlayerLine('▶ شنیدن گزارش (۰۴:۱۲) | ⬇ دانلود')).toBe(true);
    expect(isPlayerLine('▶ Listen to this report (4:05) | Download')).toBe(true);
    expect(isPlayerLine('Listen to the elders before you build the canal.')).toBe(false);
  });
  it("reads a blog's byline with its fields, not a sentence opening with by", () => {
    expect(isBylineFieldsLine('Posted by Lena Okafor | 3 June 2026 | Categories: WASH')).toBe(true);
    expect(isBylineFieldsLine('By nine in the morning we were on the road.')).toBe(false);
    expect(isBylineFieldsLine('by the river · the road')).toBe(false);
  });
  it("tells a menu's item repeated above the headline", () => {
    const items = menuItems('Home | Where we work | Stories from the field | Donate');
    expect(isMenuKicker('Stories from the field', items)).toBe(true);
    expect(isMenuKicker('Ten pumps and a canal in Chahar Darah', items)).toBe(false);
  });
  it("reads a Dari site's city and date alone as its dateline, not a dateline run into the story", () => {
    expect(isDatedDatelineAlone('کندز – سه‌شنبه، ۱۱ قوس ۱۴۰۵')).toBe(true);
    expect(isDatedDatelineAlone('فیض‌آباد – ۱۲ جدی ۱۴۰۵')).toBe(true);
    expect(isDatedDatelineAlone('کندز – مسئولان محلی می‌گویند که راه باز شد')).toBe(false);
  });
});

describe('script-furniture: graphics cues', () => {
  it('reads a cue for a graphic or a map, not a shot or a bracket in prose', () => {
    expect(isGraphicCue('[VO — GFX: map, Sar-e-Sang → Jurm → Faizabad]')).toBe(true);
    expect(isGraphicCue('[GFX: "SAR-E-SANG → FAIZABAD: 2–3 DAYS ON FOOT"]')).toBe(true);
    expect(isGraphicCue('[LOCATOR MAP: KISHIM]')).toBe(true);
    expect(isGraphicCue('[VO — hospital ward, bandaged feet]')).toBe(false);
    expect(isGraphicCue('[map of the valley] was drawn by hand')).toBe(false);
  });
});

describe('social-posts', () => {
  it("reads a post's time and audience, and a comment's foot edited or not", () => {
    expect(isAudienceStamp('۳ روز · 🌐')).toBe(true);
    expect(isAudienceStamp('Yesterday at 4:15 PM · 👥')).toBe(true);
    expect(isAudienceStamp('The bridge opened · 3 days late')).toBe(false);
    expect(isFootOfComment('لایک · پاسخ · ۲ روز · ویرایش شده')).toBe(true);
    expect(isFootOfComment('Like · Reply · 2d')).toBe(true);
    expect(isFootOfComment('Like | Comment | Share')).toBe(false);
  });
});
