import { describe, expect, it } from 'vitest';
import {
  isClockStamp,
  isFilingByline,
  isInlineComment,
  isMoreHeadlinesLine,
  isStationTagline,
} from './page-furniture-lines.ts';

describe('page furniture lines', () => {
  it('isInlineComment: a name, an age and the comment', () => {
    expect(isInlineComment('Hamid K. · 3 days ago: Same in our village.')).toBe(true);
    expect(isInlineComment('مریم | ۲ روز پیش: در خان‌آباد هم برق نیست.')).toBe(true);
    expect(isInlineComment('Three days ago: the river rose again.')).toBe(false);
  });
  it('isStationTagline: broadcast and listen sentences only', () => {
    expect(
      isStationTagline('Pamir Radio broadcasts nightly on FM in Faizabad. Listen live on our app.'),
    ).toBe(true);
    expect(isStationTagline('Listen again on our app.')).toBe(true);
    expect(
      isStationTagline('Pamir Radio broadcasts nightly on FM in Faizabad. Its director was arrested.'),
    ).toBe(false);
  });
  it('isMoreHeadlinesLine: a "more" label and quoted headlines', () => {
    expect(isMoreHeadlinesLine('More columns: "Bread in Kunduz" · "A bridge too late"')).toBe(true);
    expect(isMoreHeadlinesLine('More opinion: the bridge in Kunduz is too late.')).toBe(false);
  });
  it("isClockStamp: an update time in a city's time", () => {
    expect(isClockStamp('Updated 09:10 Kabul time')).toBe(true);
    expect(isClockStamp('بروزرسانی: ساعت ۸:۳۰ به وقت کابل')).toBe(true);
    expect(isClockStamp('Updated figures came at 09:10 Kabul time from the ministry.')).toBe(false);
  });
  it('isFilingByline: a name and where it was filed', () => {
    expect(isFilingByline('By Maryam Rahimi in Khwaja Ghar, Takhar province')).toBe(true);
    expect(isFilingByline('Heavy rain in Kishim, Badakhshan province, destroyed homes')).toBe(false);
  });
});
