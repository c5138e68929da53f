import { describe, expect, it } from 'vitest';
import { ingestUnderHeadline, speakerOf } from './test-helpers.ts';

describe('the one a columnist phoned, met or asked answers the dropped "گفت" after', () => {
  it('reads "به یک … زنگ زدم. گفت:" as the official phoned, not the driver quoted before', () => {
    const story = ingestUnderHeadline([
      'راننده‌ی ما، کاکا رحمت، گفت: «این راه هر سال بدتر می‌شود.»',
      'به یک مسئول ریاست فواید عامه زنگ زدم. گفت: "پول ترمیم سرک منظور شده است."',
    ]);
    expect(speakerOf(story, 'پول ترمیم')).toBe('یک مسئول ریاست فواید عامه');
  });

  it('holds with "با … گپ زدیم" and "از … پرسیدم", ZWNJ or space, Arabic ي', () => {
    const story = ingestUnderHeadline([
      'حاجی نورالله، رئیس شورای قریه، می‌گوید: «آب نل هر هفته قطع می‌شود.»',
      'در بازار با يک دکاندار جوان هم گپ زدیم. او گفت: «نرخ آرد در دو هفته دو برابر شده است.»',
      'از یک معلم مکتب پرسیدم که چرا صنف‌ها خالی است. می گوید: «اطفال از صبح تا شام پشت آب می‌روند.»',
    ]);
    expect(speakerOf(story, 'نرخ آرد در دو هفته')).toBe('يک دکاندار جوان');
    expect(speakerOf(story, 'اطفال از صبح')).toBe('یک معلم مکتب');
  });

  it('keeps a named speaker, and one already quoted since the meeting', () => {
    const story = ingestUnderHeadline([
      'به یک مسئول ولسوالی زنگ زدم، اما جواب نداد. داکتر فریده نوری گفت: «دوا تا آخر ماه تمام می‌شود.»',
    ]);
    expect(speakerOf(story, 'دوا تا آخر ماه')).toBe('داکتر فریده نوری');
  });
});

describe('a clause of time alone before the verb is no speaker', () => {
  it('drops "وقتی پرسیدم چرا …، گفت" to the one who spoke before', () => {
    const story = ingestUnderHeadline([
      'به یک مسئول ریاست فواید عامه تیلفون کردم. گفت: "کار در بهار آغاز می‌شود." وقتی پرسیدم چرا پیش از زمستان نه، گفت: "مردم را نباید بترسانید."',
      'انجنیر احمد شاه سروری، رئیس ساختمان، گفت: «سرک تا خزان پخته می‌شود.» هنگامی که از مکتب پرسیدیم افزود: «مکتب هم سال آینده جور می‌شود.»',
    ]);
    expect(speakerOf(story, 'مردم را نباید')).toBe('یک مسئول ریاست فواید عامه');
    expect(speakerOf(story, 'مکتب هم سال')).toBe('انجنیر احمد شاه سروری');
  });
});
