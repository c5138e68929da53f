import { describe, expect, it } from 'vitest';
import {
  isAccountLinks,
  isCaptionPhrase,
  isContactLine,
  isCreditLine,
  isDariLetterheadLine,
  isEpisodeLabel,
  isQuestionHeadline,
  isReportTitle,
  isProductionCredit,
  isSeriesPointer,
  isSpeakerList,
  isTimedTurn,
  withoutLeadingIcons,
} from './apparatus-lines.ts';

describe('isSpeakerList', () => {
  it('reads a list of names and roles under its label', () => {
    expect(
      isSpeakerList('Panellists: Laila Noori, Director, Taloqan Women’s Shura; Omid Safi, WFP Kunduz'),
    ).toBe(true);
    expect(isSpeakerList('Briefers: Karim Yusufi, Head of Office, IOM Mazar-i-Sharif.')).toBe(true);
    expect(
      isSpeakerList('سخنرانان: داکتر نجیب‌الله، رئیس صحت عامهٔ کندز؛ فریبا احمدی، دفتر یونیسف در تالقان'),
    ).toBe(true);
  });
  it('leaves a sentence after the label', () => {
    expect(isSpeakerList('Participants: farmers from Archi said prices fell, and traders agreed.')).toBe(
      false,
    );
    expect(isSpeakerList('Speakers at the jirga in Kunduz asked for the road to reopen.')).toBe(false);
    expect(isSpeakerList('Attendees: Women from Taloqan, Kunduz and Baghlan.')).toBe(false);
    expect(
      isSpeakerList(
        'Participants: Farmers from Archi, Khanabad and Imam Sahib, who met on Sunday, asked for seeds.',
      ),
    ).toBe(false);
  });
});

describe('isContactLine', () => {
  it('reads whom to call, with a number or an address', () => {
    expect(isContactLine('Press contact: Nilab Ahmadi, WHO Kabul, +93 799 123 456')).toBe(true);
    expect(isContactLine('For more information: field office in Taloqan, taloqan@example.org')).toBe(true);
    expect(isContactLine('برای تماس: دفتر ساحوی فیض‌آباد، ۰۷۹۹۱۲۳۴۵۶')).toBe(true);
  });
  it('leaves a label with nothing to call', () => {
    expect(
      isContactLine('Contact: the clinic in Kunduz has lost touch with the villages since Monday.'),
    ).toBe(false);
  });
});

describe('isProductionCredit', () => {
  it('reads where and by whom a programme is made', () => {
    expect(
      isProductionCredit('Voices of the Valley is recorded in Faizabad. Supported by the Open Radio Fund.'),
    ).toBe(true);
    expect(isProductionCredit('This episode was produced in Taloqan by Sahar Amini.')).toBe(true);
    expect(isProductionCredit('این پادکست در مزار شریف تهیه شده است.')).toBe(true);
  });
  it('leaves goods produced in a place', () => {
    expect(isProductionCredit('Most of the rice is produced in Kunduz and Baghlan.')).toBe(false);
    expect(isProductionCredit('This programme was presented at a shura in Khanabad on Sunday.')).toBe(false);
    expect(
      isProductionCredit('این برنامه با همکاری ریاست زراعت کندز برای دهقانان خان‌آباد تهیه شده است.'),
    ).toBe(false);
    expect(
      isProductionCredit(
        'Most of the flour is produced at a mill in Archi. Funded by a local trader, it opened in March.',
      ),
    ).toBe(false);
    expect(
      isProductionCredit('The show is recorded in Taloqan and is funded by the provincial council.'),
    ).toBe(false);
    expect(isProductionCredit('Recorded at the border in Shir Khan, the figures show a fall in trade.')).toBe(
      false,
    );
  });
});

describe('isSeriesPointer', () => {
  it("reads a series' pointer to its next part", () => {
    expect(isSeriesPointer('Next episode: the salt miners of Taloqan.')).toBe(true);
    expect(
      isSeriesPointer('This piece is part of our series on northern rivers. Next part: the Kokcha at Jurm.'),
    ).toBe(true);
    expect(isSeriesPointer('این گزارش بخشی از مجموعهٔ «راه‌های شمال» است. قسمت بعدی: کوتل خاواک.')).toBe(true);
  });
  it('leaves a sentence that only speaks of the next part', () => {
    expect(isSeriesPointer('The next part of the road, past Kishim, was washed away.')).toBe(false);
  });
});

describe('isAccountLinks', () => {
  it('reads a row of account links', () => {
    expect(isAccountLinks('Search   Subscribe   Log in')).toBe(true);
    expect(isAccountLinks('جستجو | ورود')).toBe(true);
  });
  it('leaves a line with other words', () => {
    expect(isAccountLinks('Search   Kunduz   Log in')).toBe(false);
    expect(isAccountLinks('Search')).toBe(false);
  });
});

describe('isDariLetterheadLine', () => {
  it("reads a letterhead's short verbless lines", () => {
    expect(isDariLetterheadLine('ریاست زراعت و مالداری ولایت تخار')).toBe(true);
    expect(isDariLetterheadLine('تاریخ: ۱۲ حوت ۱۳۹۹ هـ.ش')).toBe(true);
  });
  it('leaves a sentence', () => {
    expect(isDariLetterheadLine('جلسه در تالار ولایت تخار دایر گردید.')).toBe(false);
    expect(isDariLetterheadLine('اعضای شورا از کندز آمده بودند')).toBe(false);
    expect(isDariLetterheadLine('شیوع سرخکان در ولسوالی کشم و جرم')).toBe(false);
    expect(isDariLetterheadLine('توزیع بذر اصلاح‌شده برای دهقانان خان‌آباد')).toBe(false);
  });
});

describe('captions over a credit', () => {
  it('reads a credit and a phrase', () => {
    expect(isCreditLine('Photo: Sami Rezaie / Archive')).toBe(true);
    expect(isCaptionPhrase('کودکان در کنار سرک خاکی در ولسوالی ارچی.')).toBe(true);
  });
  it('leaves two sentences or a quotation', () => {
    expect(isCaptionPhrase('The river rose. Families left Archi at night.')).toBe(false);
    expect(isCaptionPhrase('«آب نداریم» گفت یک دهقان')).toBe(false);
    expect(
      isCaptionPhrase('KUNDUZ — Floods swept through Archi district on Monday, killing three people.'),
    ).toBe(false);
    expect(isCaptionPhrase('سیلاب روز دوشنبه در ولسوالی ارچی سه تن را کشته است.')).toBe(false);
  });
});

describe('withoutLeadingIcons', () => {
  it('drops the icons before a byline', () => {
    expect(withoutLeadingIcons('✍️ نویسنده: فرهاد عزیزی')).toBe('نویسنده: فرهاد عزیزی');
    expect(withoutLeadingIcons('🖊 By Lina Sadat')).toBe('By Lina Sadat');
  });
});

describe('isReportTitle', () => {
  it("reads a report's title line by its kind and number", () => {
    expect(
      isReportTitle('Takhar: Flash Floods in Rustaq and Chah Ab, Flash Update No. 3 (as of 2 May 2026)'),
    ).toBe(true);
    expect(isReportTitle('Winter Aid in Badakhshan — Bulletin No. 12')).toBe(true);
    expect(isReportTitle('سیلاب‌های شمال شرق – گزارش شماره ۵')).toBe(true);
  });
  it('leaves a sentence that cites a report', () => {
    expect(isReportTitle('The agency published Situation Report No. 2 on Monday. It counts 40 dead.')).toBe(
      false,
    );
    expect(isReportTitle('Floods in Takhar and Kunduz this spring')).toBe(false);
  });
});

describe('isEpisodeLabel', () => {
  it("reads an episode's or an issue's label", () => {
    expect(isEpisodeLabel('Episode 12 · 38 min · 3 March 2026')).toBe(true);
    expect(isEpisodeLabel('قسمت ۱۲ | ۳۸ دقیقه')).toBe(true);
  });
  it('leaves a sentence about an episode', () => {
    expect(isEpisodeLabel('Episodes of violence returned to Kunduz.')).toBe(false);
  });
});

describe('isQuestionHeadline', () => {
  it('reads a question and a phrase', () => {
    expect(isQuestionHeadline('Who pays for the bridge? Farmers and traders in Archi')).toBe(true);
    expect(isQuestionHeadline('چه کسی صاحب آب است؟ میراب‌های قلعهٔ ذال')).toBe(true);
  });
  it('leaves a question and its answer', () => {
    expect(isQuestionHeadline('Where did the water go? It went to Kunduz.')).toBe(false);
  });
});

describe('isTimedTurn', () => {
  it("reads a transcript's timed turn", () => {
    expect(isTimedTurn('[00:12:05] HOST: And Taloqan?')).toBe(true);
    expect(isTimedTurn('(۰۳:۲۰) مجری: و تالقان؟')).toBe(true);
  });
  it('leaves a timeline entry and a subhead', () => {
    expect(isTimedTurn('12:05 – The bridge at Khanabad reopened')).toBe(false);
    expect(isTimedTurn('Back in Taloqan')).toBe(false);
  });
});

describe('credits opening on their verb or label', () => {
  it('reads them', () => {
    expect(isProductionCredit('Recorded at Radio Kokcha, Faizabad.')).toBe(true);
    expect(isCreditLine('عکس از: نجیب رحیمی')).toBe(true);
    expect(isCreditLine('تصویر از: آرشیف باختر')).toBe(true);
  });
  it('leaves a sentence that opens otherwise', () => {
    expect(isProductionCredit('Rice produced by farmers in Kunduz sells well.')).toBe(false);
  });
});
