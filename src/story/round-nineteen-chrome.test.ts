import { describe, expect, it } from 'vitest';
import { hasEnglishEnding } from './link-places.ts';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Round nineteen's page apparatus: places named in the lines around a story (who spoke, whom to call, who made
// the programme, the series' next part, the writer's note, a letterhead, a caption) do not link, while the same
// places in the story's own text still do. Each class is tried on wordings no article holds, with a near miss.
const read = (...paras: string[]) => readWithCountry(['Headline of the page', '', ...paras].join('\n\n'));
const linked = (...paras: string[]) => placesOf(read(...paras)).map(([text, id]) => `${text}=${id}`);

const STORY = 'Floods reached Archi on Monday and families moved to higher ground near Taloqan.';
const STORY_DA = 'سیلاب روز دوشنبه به ارچی رسید و خانواده‌ها به بلندی‌های نزدیک تالقان رفتند.';

describe("a briefing's list of speakers and a release's contacts", () => {
  it('links no place in them', () => {
    const panel =
      'Panellists: Laila Noori, Head of Sub-Office, UNICEF Afghanistan; Omid Safi, Programme Officer, WFP Kunduz';
    expect(linked(STORY, panel)).toEqual(['Archi=AF1906', 'Taloqan=AF1801']);
    const contact = 'For more information: Omid Karimi, NRC office in Faizabad, +93 700 111 222';
    expect(linked(STORY, contact)).toEqual(['Archi=AF1906', 'Taloqan=AF1801']);
  });
  it('still links a place after a label that opens a sentence', () => {
    expect(linked(STORY, 'Participants: farmers from Kunduz said the price of seed rose.')).toContain(
      'Kunduz=AF19',
    );
  });
});

describe("a programme's production credit and a series' pointer", () => {
  it('links no place in them', () => {
    expect(
      linked(STORY, 'Voices of the Valley is recorded in Faizabad. Supported by the Open Radio Fund.'),
    ).toEqual(['Archi=AF1906', 'Taloqan=AF1801']);
    expect(
      linked(STORY_DA, 'این گزارش بخشی از مجموعهٔ «راه‌های شمال» است. قسمت بعدی: بازار کهنهٔ رستاق.'),
    ).toEqual(['ارچی=AF1906', 'تالقان=AF1801']);
  });
  it('still links where goods are produced', () => {
    expect(linked(STORY, 'Most of the rice is produced in Kunduz and Baghlan.')).toContain('Kunduz=AF19');
  });
});

describe("a blog's note about its writer and a byline's chained credits", () => {
  it('links no place in them', () => {
    expect(
      linked(STORY, 'About the blogger', 'Sahar K. grew up in Khanabad and now lives in Toronto.'),
    ).toEqual(['Archi=AF1906', 'Taloqan=AF1801']);
    expect(linked('Text by Lina Sadat. Video by Omid Karimi. Baghlan and Takhar', STORY)).toEqual([
      'Archi=AF1906',
      'Taloqan=AF1801',
    ]);
    expect(linked('🖊 نویسنده: مریم احمدی – تالقان', STORY_DA)).toEqual(['ارچی=AF1906', 'تالقان=AF1801']);
  });
  it('still links the same places in the story', () => {
    expect(linked(STORY, 'About a year ago she moved back to Khanabad with her children.')).toContain(
      'Khanabad=AF1904',
    );
  });
});

describe('a Dari letterhead block and a caption over its credit', () => {
  it('links no place in them', () => {
    const letterhead = [
      'امارت اسلامی افغانستان',
      'ریاست زراعت و مالداری ولایت تخار',
      'شمارهٔ مکتوب: ۴۱۲',
    ].join('\n');
    expect(linked(letterhead, STORY_DA)).toEqual(['ارچی=AF1906', 'تالقان=AF1801']);
    const caption = ['کودکان در کنار سرک خاکی در ولسوالی خان‌آباد.', 'عکس: نجیب رحیمی / آرشیف'].join('\n');
    expect(linked(caption, STORY_DA)).toEqual(['ارچی=AF1906', 'تالقان=AF1801']);
  });
  it('still links a sentence of the letter under the letterhead', () => {
    const letter = ['امارت اسلامی افغانستان', 'ریاست زراعت تخار از دهقانان ورسج خواست که بذر بگیرند.'].join(
      '\n',
    );
    expect(linked(letter)).toContain('ورسج=AF1813');
  });
});

describe('an English derived word near a place name', () => {
  it('is no misspelt place', () => {
    expect(hasEnglishEnding('practical')).toBe(true);
    expect(linked(STORY, 'Practical advice', 'Carry water and a spare tyre.')).toEqual([
      'Archi=AF1906',
      'Taloqan=AF1801',
    ]);
    expect(linked('The national team played in Kunduz.')).toEqual(['Kunduz=AF1901']);
  });
  it('still reads a misspelt name', () => {
    expect(hasEnglishEnding('kundoz')).toBe(false);
    expect(hasEnglishEnding('faizabad')).toBe(false);
  });
});

describe('a fund named after a country', () => {
  it('is no mention of the country', () => {
    expect(linked('The Takhar Recovery Fund paid for new canals in Kunduz.')).toEqual(['Kunduz=AF1901']);
    expect(linked('The project is paid for by the Afghanistan Humanitarian Fund.')).toEqual([]);
  });
  it('leaves a place before a lower-case fund', () => {
    expect(linked('Donors set up a fund for Takhar last spring.')).toEqual(['Takhar=AF18']);
  });
});

describe("a page's headline under the site's name and its labels", () => {
  it("is the headline, not the story, when it is a report's title line", () => {
    const page = [
      'Home › Updates › Afghanistan',
      'Takhar: Flash Floods in Rustaq, Flash Update No. 3 (as of 2 May 2026)',
      'Format: Flash Update | Source: OCHA',
      'KEY POINTS',
      STORY,
    ];
    expect(placesOf(readWithCountry(page.join('\n\n'))).map(([t, id]) => `${t}=${id}`)).toEqual([
      'Archi=AF1906',
      'Taloqan=AF1801',
    ]);
  });
  it("is the headline under a show's name over an episode's label", () => {
    const page = [
      'NORTHERN VOICES — a podcast from Afghanistan\nEpisode 12 · 38 min · 3 March 2026',
      'Who pays for the bridge? Farmers and traders in Khanabad',
      STORY,
    ];
    expect(placesOf(readWithCountry(page.join('\n\n'))).map(([t, id]) => `${t}=${id}`)).toEqual([
      'Archi=AF1906',
      'Taloqan=AF1801',
    ]);
  });
  it('leaves a first paragraph that asks and answers in the story', () => {
    const page = [
      'A bridge for Archi',
      'Who pays for the bridge? Farmers in Khanabad do, every year.',
      STORY,
    ];
    expect(placesOf(readWithCountry(page.join('\n\n'))).map(([t]) => t)).toContain('Khanabad');
  });
});

describe("a transcript's short timed turn", () => {
  it('is the text, not a subhead, and its places link', () => {
    const page = [
      'The road north: a driver remembers',
      '[00:01:10] HOST: You drove it for thirty years?',
      '[00:01:14] KARIM: Thirty-one. From Pul-e-Khumri to Faizabad.',
      '[00:01:20] HOST: And Taloqan?',
      '[00:01:22] KARIM: Taloqan was where we slept.',
    ];
    expect(placesOf(readWithCountry(page.join('\n\n'))).filter(([t]) => t === 'Taloqan')).toHaveLength(2);
  });
});

describe('a place inside a name abbreviated after it', () => {
  it('is no mention of the place', () => {
    const text = 'The United Nations Assistance Mission in Afghanistan (UNAMA) counted the dead in Takhar.';
    expect(linked(text)).toEqual(['Takhar=AF18']);
  });
  it('still links a place the letters do not spell', () => {
    expect(linked('Floods hit Takhar (OCHA figures) and Kunduz.')).toContain('Takhar=AF18');
  });
});

describe('the same apparatus in Dari', () => {
  const dari = (line: string) => linked(STORY_DA, line);
  it('links no place in a contact line, a next-part pointer or a writer note', () => {
    expect(dari('برای تماس: احمد نوری، دفتر ساحوی فیض‌آباد، ۰۷۹۹۱۲۳۴۵۶')).toEqual([
      'ارچی=AF1906',
      'تالقان=AF1801',
    ]);
    expect(dari('قسمت بعدی: آسیاب‌های کهنهٔ خان‌آباد')).toEqual(['ارچی=AF1906', 'تالقان=AF1801']);
    expect(linked(STORY_DA, 'دربارهٔ من', 'مریم در خان‌آباد به دنیا آمده و در هامبورگ بزرگ شده است.')).toEqual(
      ['ارچی=AF1906', 'تالقان=AF1801'],
    );
  });
});

describe('more wordings of credits', () => {
  it('links no place in a credit opening on its verb, a Dari producer, or a caption over «عکس از:»', () => {
    expect(linked(STORY, 'Produced by North Audio in Mazar-i-Sharif.')).toEqual([
      'Archi=AF1906',
      'Taloqan=AF1801',
    ]);
    expect(linked(STORY_DA, 'تهیه‌کننده: رادیو صدای شمال، مزار شریف')).toEqual([
      'ارچی=AF1906',
      'تالقان=AF1801',
    ]);
    const caption = ['کودکان در کنار سرک خاکی در ولسوالی خان‌آباد', 'عکس از: نجیب رحیمی'].join('\n');
    expect(linked(STORY_DA, caption)).toEqual(['ارچی=AF1906', 'تالقان=AF1801']);
  });
  it('still links a story sentence about what was produced or recorded', () => {
    expect(linked('Rice produced by farmers in Kunduz sells well.')).toContain('Kunduz=AF19');
  });
});

describe('a Dari place inside a name abbreviated after it', () => {
  it('is no mention of the place', () => {
    expect(linked('هیئت معاونت سازمان ملل متحد در افغانستان (یوناما) از ولسوالی ارچی گزارش داد.')).toEqual([
      'ارچی=AF1906',
    ]);
  });
  it('still links a place with a note in brackets', () => {
    expect(linked('سیلاب در تخار (شمال شرق) خانه‌ها را ویران کرد.')).toEqual(['تخار=AF18']);
  });
});

describe('story sentences worded like apparatus (review)', () => {
  it('still links a sentence after "Contact:" that reports, with a phone number in it', () => {
    const para =
      'Contact: the clinic in Pul-i-Khumri said it had treated 120 patients, and families can call 0799123456 for help with travel from Nahrin.';
    expect(linked(STORY, para)).toContain('Nahrin=AF0904');
  });
  it('still links a story sentence about where a programme is made and who funds it', () => {
    const para =
      'The programme is produced in Mazar-i-Sharif by a team of six and is funded by listeners, its director said.';
    expect(linked(STORY, para)).toContain('Mazar-i-Sharif=AF2101');
    const dari =
      'این برنامه با حمایت سازمان غذایی جهان در تالقان تهیه شده است و در ولسوالی‌های رستاق و ینگی قلعه ادامه دارد.';
    expect(linked(STORY_DA, dari)).toContain('رستاق=AF1810');
  });
  it('still links a sentence that opens on a participle', () => {
    const para = 'Produced by farmers in Kunduz, the melons reach Kabul in two days.';
    expect(linked(STORY, para)).toContain('Kunduz=AF19');
  });
  it('still links news after a "next" label', () => {
    const para =
      'Next week: the governor of Takhar said the road to Rustaq would reopen, as part of the series of repairs in Farkhar.';
    expect(linked(STORY, para)).toContain('Rustaq=AF1810');
    const dari =
      'بخش بعدی: تاجران گفتند که قیمت‌ها در بازار فیض‌آباد بالا رفته است و این بخشی از مشکلات است.';
    expect(linked(STORY_DA, dari)).toContain('فیض‌آباد=AF1701');
  });
  it("still links a Dari district with its province in brackets after a body's name", () => {
    const dari = 'سازمان غذایی جهان در ولسوالی فرخار (تخار) به ۲۰ هزار خانواده گندم توزیع کرد.';
    expect(linked(STORY_DA, dari)).toContain('فرخار=AF1808');
  });
  it("still links a Dari release's headline set in its letterhead's block", () => {
    const head = 'جمهوری اسلامی افغانستان\nریاست صحت عامه ولایت بدخشان\nشیوع سرخکان در ولسوالی کشم و جرم';
    expect(linked(head, 'مسئولان صحی گفتند که ۶۰ کودک مبتلا شده‌اند.')).toContain('کشم=AF1715');
  });
  it('still links the places of a list of who came that names no one', () => {
    expect(linked(STORY, 'Attendees: Women from Taloqan, Kunduz and Baghlan.')).toContain('Baghlan=AF09');
  });
  it("still links an aid programme's sentence and a mill's backer", () => {
    expect(linked(STORY, 'This programme was presented at a shura in Khanabad on Sunday.')).toContain(
      'Khanabad=AF1904',
    );
    const dari = 'این برنامه با همکاری ریاست زراعت کندز برای دهقانان خان‌آباد تهیه شده است.';
    expect(linked(STORY_DA, dari)).toContain('خان‌آباد=AF1904');
    const mill =
      'Most of the flour is produced at a mill in Archi. Funded by a local trader, it opened in March.';
    expect(linked('Bakers in Khanabad work at night.', mill)).toContain('Archi=AF1906');
  });
  it("still links a story's one-sentence paragraph set over a picture's credit", () => {
    const lead = [
      'Floods swept through Archi district on Monday, killing three people.',
      'Photo: Omar Haidari / AFP',
    ];
    expect(linked(lead.join('\n'), 'Officials in Khanabad said the river was still rising.')).toContain(
      'Archi district=AF1906',
    );
    const dari = ['سیلاب روز دوشنبه در ولسوالی ارچی سه تن را کشته است.', 'عکس: احمد رسولی'].join('\n');
    expect(linked(dari, 'مسئولان در خان‌آباد گفتند که آب دریا هنوز بالا می‌آید.')).toContain('ارچی=AF1906');
  });
});
