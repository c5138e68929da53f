import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Round 21b, page furniture: fresh wordings (not from the dev articles) of the lines a page sets round its story
// — a comment box, a station's tagline, a run of "more" headlines, a live page's clock stamp, a filing byline —
// each with a near miss, a story's sentence with the same words, that must still link.
const page = (...paras: string[]) => readWithCountry(paras.join('\n\n'));
const names = (...paras: string[]) => placesOf(page('Headline of the page', ...paras)).map(([text]) => text);

const STORY = 'Floods reached Archi on Monday and families moved to higher ground, officials said.';

describe('a comment box under the story', () => {
  it('reads "Name · 5 hours ago: …" lines as comments, not story', () => {
    const got = names(
      STORY,
      'Comments (2)',
      'Farid N. · 5 hours ago: My cousin in Kishim lost his whole crop the same way.',
      'Roya · an hour ago: Khanabad too. Nobody came.',
    );
    expect(got).toContain('Archi');
    expect(got).not.toContain('Kishim');
    expect(got).not.toContain('Khanabad');
  });
  it('reads a Dari comment line with its age as a comment', () => {
    const got = names(
      'سیلاب روز دوشنبه به ولسوالی ارچی رسید و خانواده‌ها به جاهای بلند رفتند.',
      'نظرات (۲)',
      'احمدشاه · ۳ ساعت پیش: در فرخار هم همین حال است، باغ‌های ما هم خشک شد.',
    );
    expect(got).toContain('ارچی');
    expect(got).not.toContain('فرخار');
  });
  it('near miss: a story sentence that says when something happened still links', () => {
    const got = names('Two days ago, the water reached Kishim and the bridge went with it, residents said.');
    expect(got).toContain('Kishim');
  });
});

describe("a station's tagline under a transcript", () => {
  it('reads a station\'s air times and its "catch up" call as promotion', () => {
    const got = names(
      STORY,
      'Kokcha Radio airs weekdays at 7pm on FM in Faizabad and Jurm. Catch up on our website.',
    );
    expect(got).toContain('Archi');
    expect(got).not.toContain('Faizabad');
    expect(got).not.toContain('Jurm');
  });
  it('reads "Amu FM is on air …" alone as promotion', () => {
    const got = names(STORY, 'Amu FM is on air every evening on 91.2 FM in Taloqan and Rostaq.');
    expect(got).not.toContain('Rostaq');
  });
  it('near miss: a story sentence about a station still links', () => {
    const got = names('The station, which broadcasts on FM in Taloqan, was ordered off the air on Tuesday.');
    expect(got).toContain('Taloqan');
  });
});

describe('a run of other headlines after a "More …:" label', () => {
  it('reads "More analysis: “…” · “…”" as navigation', () => {
    const got = names(
      STORY,
      'More analysis: “Why Kishim’s wheat sells in Taloqan” · “The long road to Darwaz”',
    );
    expect(got).toContain('Archi');
    expect(got).not.toContain('Kishim');
    expect(got).not.toContain('Darwaz');
  });
  it('near miss: "More opinion:" over a sentence, not headlines, still links', () => {
    const got = names('More opinion: farmers in Kishim say the new tax is fair, the district chief told us.');
    expect(got).toContain('Kishim');
  });
});

describe("a live page's clock stamp", () => {
  it('reads "Updated 14:05 Kabul time" as the page\'s clock', () => {
    const got = names('Posted at 08:30 Kabul time, Monday 2 March 2026', STORY);
    expect(got).toContain('Archi');
    expect(got).not.toContain('Kabul');
  });
  it('reads a Dari «آخرین به‌روزرسانی: … به وقت کابل» as the clock', () => {
    const got = names(
      'آخرین به‌روزرسانی: ۱۴:۰۵ به وقت کابل، دوشنبه',
      'سیلاب روز دوشنبه به ولسوالی ارچی رسید و خانواده‌ها به جاهای بلند رفتند.',
    );
    expect(got).toContain('ارچی');
    expect(got).not.toContain('کابل');
  });
  it('near miss: a story sentence giving Kabul time still links', () => {
    const got = names('At 14:05 Kabul time the power came back in Kabul, the utility said.');
    expect(got).toContain('Kabul');
  });
});

describe("a feature's filing byline", () => {
  it('reads "Name in Place, Province province" over the dateline as a byline', () => {
    const got = names(
      'Farid Ahmadi in Kishim, Badakhshan province',
      'KISHIM, BADAKHSHAN — Floods reached Archi on Monday, officials said.',
    );
    expect(got).toContain('Archi');
    expect(got).not.toContain('Kishim');
  });
  it('near miss: a sentence that says what happened in a place still links', () => {
    const got = names('Heavy rain in Kishim, Badakhshan province, destroyed forty homes.');
    expect(got).toContain('Kishim');
  });
});

describe('a Dari «بیشتر بخوانید» list under the story', () => {
  const DA_STORY = 'سیلاب روز دوشنبه به ولسوالی ارچی رسید و خانواده‌ها به جاهای بلند رفتند.';
  it('reads the headlines under «بیشتر بخوانید:» as links', () => {
    const got = names(
      DA_STORY,
      'بیشتر بخوانید:',
      '- قیمت آرد در فیض‌آباد دو برابر شد',
      '- مکتب دختران در رستاق پس از سه سال باز شد',
    );
    expect(got).toContain('ارچی');
    expect(got).not.toContain('فیض‌آباد');
    expect(got).not.toContain('رستاق');
  });
  it('reads the headlines under «مطالب بیشتر» as links', () => {
    const got = names(
      DA_STORY,
      'مطالب بیشتر',
      '• راه کشم به فیض‌آباد بسته شد',
      '• باغداران خان‌آباد از نرخ انار شکایت دارند',
    );
    expect(got).toContain('ارچی');
    expect(got).not.toContain('کشم');
    expect(got).not.toContain('خان‌آباد');
  });
});

describe("a columnist's note that says where the writer files from", () => {
  it('reads "X is a … . He writes from Y." at the foot as the writer\'s note', () => {
    const got = names(
      STORY,
      'Prof. Hamid Rasuli is a hydrologist who spent a decade studying the rivers of Takhar and Badakhshan. He writes from Dushanbe.',
    );
    expect(got).toContain('Archi');
    expect(got).not.toContain('Takhar');
    expect(got).not.toContain('Badakhshan');
  });
  it('reads "X, a former … in Y, writes from Z." as the note', () => {
    const got = names(
      STORY,
      'Omid Sharifi, a former aid worker in Kunduz and Baghlan, writes from Istanbul.',
    );
    expect(got).not.toContain('Baghlan');
  });
  it('near miss: a story paragraph about a man in a place still links', () => {
    const got = names(
      STORY,
      'Hamid Rasuli is a farmer who lost two hectares of wheat in Taloqan. He now sells bread at the bazaar.',
    );
    expect(got).toContain('Taloqan');
  });
});

describe('a given name spelt near a district, before an "-i" surname', () => {
  it('reads "Nasrin Rahimi" as a person, not Nahrin', () => {
    const got = names('The clinic in Khanabad is run by Nasrin Rahimi, who trained in Kabul.');
    expect(got).toContain('Khanabad');
    expect(got).not.toContain('Nasrin');
  });
  it('reads a given name before a place-made surname as a person', () => {
    const got = names(STORY, 'The water point is managed by Nasrin Kohistani and two volunteers.');
    expect(got).not.toContain('Nasrin');
  });
  it('near miss: a place spelt exactly before a surname still links', () => {
    const got = names('Farmers from Nahrin told Aziz Rahimi the canal had dried.');
    expect(got).toContain('Nahrin');
  });
});

describe('«ده یک», the tithe’s one in ten, is no district', () => {
  it('reads «ده یک حاصلات» as the share', () => {
    const got = names('دهقانان ولسوالی خنجان می‌گویند که امسال ده یک حاصلات خود را به مامور عشر دادند.');
    expect(got).toContain('خنجان');
    expect(got).not.toContain('ده یک');
  });
  it('reads «ده یک گرفته می‌شود» as the share', () => {
    const got = names('در اندراب از هر خرمن ده یک گرفته می‌شود، حتی اگر باران نباریده باشد.');
    expect(got).not.toContain('ده یک');
  });
  it('near miss: the district where something happened still links', () => {
    const got = names('سیلاب شب گذشته در ولسوالی ده یک ولایت غزنی ده خانه را تخریب کرد.');
    expect(got).toContain('ده یک');
  });
});

// Review (round 21b): near misses in ordinary copy that the first cut of these rules read as furniture.
describe('review: story lines shaped like page furniture', () => {
  it('near miss: a dateline with "— Yesterday:" is the story, not a comment', () => {
    const got = names('KUNDUZ — Yesterday: Floods swept through three villages in Imam Sahib district.');
    expect(got).toContain('Imam Sahib district');
  });
  it('near miss: a station in the news, with no air times after its verb, still links', () => {
    expect(names(STORY, 'Kunduz TV is on air again in Kunduz city.')).toContain('Kunduz city');
    expect(names(STORY, 'Tolo TV airs a nightly bulletin from Mazar-i-Sharif.')).toContain('Mazar-i-Sharif');
  });
  it('near miss: «ده یک را گرفتند», the district seized, still links', () => {
    expect(names('طالبان ده یک را گرفتند و پرچم خود را بلند کردند.')).toContain('ده یک');
  });
  it('near miss: the people of «ده یک» and their crop still link', () => {
    expect(names('دهقانان ده یک گندم کشت کرده‌اند اما باران نبارید.')).toContain('ده یک');
    expect(names('مردم ده یک محصولات خود را به بازار غزنی می‌برند.')).toContain('ده یک');
  });
});

describe('review: a clock stamp and a writer’s note, near misses', () => {
  it('near miss: an update time that runs on into the story still links', () => {
    expect(names(STORY, 'Updated 14:05 Kabul time as rockets fell on Kunduz')).toContain('Kunduz');
    expect(names('نشر ساعت ۱۰:۳۰ به وقت محلی در تالقان سه نفر کشته شدند', STORY)).toContain('تالقان');
  });
  it('a stamp closed by its date alone is still the clock', () => {
    const got = names(STORY, 'آخرین به‌روزرسانی: ساعت ۲۱:۵۲ به وقت کابل، سه‌شنبه ۲۳ جدی ۱۴۰۴');
    expect(got).not.toContain('کابل');
  });
  it('near miss: a kinsman who "writes from" a place, closing the story, still links', () => {
    expect(names(STORY, 'Khalid Rahimi, her brother, writes from Taloqan.')).toContain('Taloqan');
  });
});
