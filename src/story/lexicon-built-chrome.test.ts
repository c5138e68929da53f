import { describe, expect, it } from 'vitest';
import { chromeReason, isRelatedListHead } from './clean.ts';
import { segmentArticle } from './paragraphs.ts';
import { isReleaseLabel, isReleaseNote } from './release-notes.ts';

// Page furniture whose patterns are built from the lexicon's lists (writer labels, photo agencies, release labels,
// the issuer's lines, a ranking's period); each tried on lines no article holds.
const paragraphTexts = (lines: string[]) => {
  const source = lines.join('\n');
  return segmentArticle(source).paragraphs.map((p) => source.slice(p.start, p.end));
};

describe('a byline that opens with any writer label', () => {
  it('is no comment’s head, so the story under it stays, in English and Dari', () => {
    const english = paragraphTexts([
      'Ferry resumes on the Panj',
      '',
      'The ferry below Khwahan carried its first passengers of the season on Sunday.',
      '5 comments',
      'Written by Tamana Yusufi · 4 hours ago',
      '',
      'Boatmen said the water had dropped enough to cross safely.',
      '',
      'Jawed R. · 2 hours ago',
      'My uncle crossed this morning.',
    ]);
    expect(english.some((p) => p.includes('Boatmen said'))).toBe(true);
    const dari = paragraphTexts([
      'کشتی دریای پنج دوباره به کار افتاد',
      '',
      'کشتی پایین خواهان روز یکشنبه نخستین مسافران فصل را برد.',
      '۵ نظر',
      'گزارشگر تمنا یوسفی · ۴ ساعت پیش',
      '',
      'قایقرانان گفتند آب به اندازه‌ای پایین آمده که گذشتن بی‌خطر است.',
      '',
      'جاوید ر. · ۲ ساعت پیش',
      'کاکایم امروز صبح گذشت.',
    ]);
    expect(dari.some((p) => p.includes('قایقرانان'))).toBe(true);
  });

  it('reads a label with a colon, and «نوشتۀ» with its one-letter ezafe, as a byline too', () => {
    const lines = (byline: string, body: string) =>
      paragraphTexts([
        'Ferry resumes on the Panj',
        '',
        'The ferry carried its first passengers.',
        '4 comments',
        byline,
        '',
        body,
        '',
        'Jawed R. · 2 hours ago',
        'My uncle crossed.',
      ]);
    expect(
      lines('Author: Tamana Yusufi · 4 hours ago', 'Boatmen said the water had dropped.').some((p) =>
        p.includes('Boatmen'),
      ),
    ).toBe(true);
    expect(
      lines('نوشتۀ تمنا یوسفی · ۴ ساعت پیش', 'قایقرانان گفتند آب پایین آمده است.').some((p) =>
        p.includes('قایقرانان'),
      ),
    ).toBe(true);
  });

  it('leaves the writer’s own reply, a label with no name, among the comments', () => {
    const box = paragraphTexts([
      'Ferry resumes on the Panj',
      '',
      'Boatmen said the water had dropped enough to cross safely.',
      '',
      'Comments (2)',
      'Jawed R. · 2 hours ago',
      'Did the fare go up again?',
      'Author · 1 hour ago',
      'Yes, by twenty afghanis.',
    ]);
    expect(box.some((p) => p.includes('Boatmen said'))).toBe(true);
    expect(box.some((p) => p.includes('twenty afghanis'))).toBe(false);
  });

  it('leaves a box of readers’ comments, each under its poster and time', () => {
    const box = paragraphTexts([
      'Ferry resumes on the Panj',
      '',
      'Boatmen said the water had dropped enough to cross safely.',
      '',
      '5 comments',
      'Jawed R. · 2 hours ago',
      'My uncle crossed this morning.',
      'Latifa N. · 1 hour ago',
      'The fare went up again.',
    ]);
    expect(box.some((p) => p.includes('Boatmen said'))).toBe(true);
    expect(box.some((p) => p.includes('fare went up'))).toBe(false);
  });
});

describe('a photo’s credit in brackets', () => {
  it('ends a caption for a photo wire agency or a picture agency', () => {
    expect(chromeReason('Porters unload flour at the Sher Khan crossing. (EPA)')).toBe('caption');
    expect(chromeReason('A shepherd above Ishkashim in the first snow. (Getty Images)')).toBe('caption');
  });

  it('leaves a wire agency read only in datelines, and a sentence naming an agency', () => {
    expect(chromeReason('The figures were first reported by the state news agency (Xinhua).')).toBeNull();
  });
});

describe('a press release’s labels and its issuer’s lines', () => {
  it('reads one label or two to a line, in English and Dari', () => {
    expect(isReleaseLabel('NEWS RELEASE / FOR IMMEDIATE RELEASE')).toBe(true);
    expect(isReleaseLabel('Press statement')).toBe(true);
    expect(isReleaseLabel('اعلامیهٔ مشترک')).toBe(true);
    expect(isReleaseLabel('برای نشر فوری')).toBe(true);
  });

  it('leaves a headline that only holds a label’s word', () => {
    expect(isReleaseLabel('Governor’s statement on the flood')).toBe(false);
    expect(isReleaseLabel('Release of seed grain delayed')).toBe(false);
    expect(isReleaseLabel('اطلاعیهٔ ولایت دربارهٔ سیلاب')).toBe(false);
  });

  it('tells the issuer’s standing lines from the release’s own notes', () => {
    expect(isReleaseNote('Press officer: Wahida Karimi, +93 700 000 000.')).toBe(false);
    expect(isReleaseNote('About the Pamir Clinics Network: it runs nine clinics.')).toBe(false);
    expect(isReleaseNote('For further information, write to the office.')).toBe(false);
    expect(isReleaseNote('دربارهٔ بنیاد: این بنیاد از سال ۱۳۹۰ کار می‌کند.')).toBe(false);
    // A word of the issuer's lines opening a longer word: the release's own note.
    expect(isReleaseNote('Mediation between the two villages ends in March.')).toBe(true);
    expect(isReleaseNote('Aboutalib Hamidi will lead the second survey.')).toBe(true);
  });
});

describe('a list head that says over what time it ranks stories', () => {
  it('is a related list’s head, the time included', () => {
    expect(isRelatedListHead('Most viewed in the past 24 hours')).toBe(true);
    expect(isRelatedListHead('Top stories today')).toBe(true);
    expect(isRelatedListHead('Most shared of the month:')).toBe(true);
  });

  it('leaves a head that goes on past its time', () => {
    expect(isRelatedListHead('Most read this week in Badakhshan schools')).toBe(false);
  });
});
