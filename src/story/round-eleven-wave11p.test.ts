import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { ingestStory, placeIndexFor } from './ingest.ts';
import { findPlaceCandidates } from './link-places.ts';
import { isPostHead } from './page-chrome.ts';
import { segmentArticle } from './paragraphs.ts';

// Place readings and page chrome of the eleventh round's places wave, each class tried on sentences no article
// holds.
const index = placeIndexFor(builtGazetteer());
const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);
const paragraphTexts = (lines: string[]) => {
  const source = lines.join('\n');
  return segmentArticle(source).paragraphs.map((p) => source.slice(p.start, p.end));
};

describe("a post's head", () => {
  it('is a poster and a time between separators, in English and Dari', () => {
    expect(isPostHead('u/almond_grower · 7h')).toBe(true);
    expect(isPostHead('Posted by u/rostaq_nurse · 2d')).toBe(true);
    expect(isPostHead('↳ @گل_بانو · ۴ روز پیش')).toBe(true);
    expect(isPostHead('Shabana Rahmani | 3 hours ago')).toBe(true);
  });

  it('is not a menu, a share bar or a price row', () => {
    expect(isPostHead('Home · Kunduz · Sport')).toBe(false);
    expect(isPostHead('▲ 88 ▼ · Reply · Share')).toBe(false);
    expect(isPostHead('Flour: Kunduz 1,650 · Taloqan 1,700')).toBe(false);
    // A feed's frame under a post has a count and a time, no poster.
    expect(isPostHead('👁 5.2K · 16:40')).toBe(false);
  });
});

describe('a forum post or a comment between its head and its buttons', () => {
  it('is the poster’s text, read as the story is', () => {
    const kept = paragraphTexts([
      'I drive a minibus between two northern towns, ask me anything',
      '',
      'u/minibus_driver · 9h',
      'Most days I leave before the sun and reach the garage by noon, if the pass is open.',
      '▲ 210 ▼ · Reply · Share · Report',
      '',
      'u/curious_reader · 8h',
      'Have you ever been stuck on the road near Ishkamish?',
      '▲ 45 ▼ · Reply · Share · Report',
      '',
      'u/minibus_driver · 8h',
      'Twice, both times in February. We slept in the minibus and ate dried mulberries.',
      '▲ 130 ▼ · Reply · Share · Report',
    ]);
    expect(kept.some((p) => p.includes('Ishkamish'))).toBe(true);
    // A forum's replies under the opening post's button bar ("… · 57 comments · Share") are the thread too.
    const replies = paragraphTexts([
      'We run a bakery in Taloqan, ask us anything',
      '',
      'u/taloqan_bakers · 3h',
      'Our ovens are fired with wood from the hills above Farkhar.',
      '▲ 80 ▼ · 57 comments · Share',
      'u/flour_question · 2h',
      'Do you buy your flour in Kunduz or in Taloqan?',
      '▲ 12 ▼ · Reply · Share',
    ]);
    expect(replies.some((p) => p.includes('flour in Kunduz'))).toBe(true);
  });
});

describe("readers' comments under a story or a video", () => {
  // They are not the reporting (tests/eval/README.md): from the comment box's head on, the page is chrome.
  it('are chrome from the box’s head on, in English and Dari', () => {
    const kept = paragraphTexts([
      'Bridge over the Kokcha to close for repairs',
      '',
      'The bridge at Jurm will close for two weeks from Sunday, engineers said.',
      '',
      'Comments (2)   Sort by: Newest',
      'Rahim Karimi · 2 hours ago',
      'My brother drives to Baharak every week, this will cost him a day each way.',
      'Reply · Report',
      'Nadia Sultani · 1 hour ago',
      'They closed it last spring too and nobody repaired anything.',
      'Reply · Report',
    ]);
    expect(kept.some((p) => p.includes('bridge at Jurm'))).toBe(true);
    expect(kept.some((p) => p.includes('Baharak'))).toBe(false);
    const dari = paragraphTexts([
      'ویدیوی سفر از تالقان تا فرخار',
      '',
      'در این ویدیو راه خاکی تالقان تا فرخار را با یک موتر باربری می‌پیماییم.',
      '',
      'نظرات (۳)',
      '@نوید_فرخاری · ۵ روز پیش',
      'من در فرخار بزرگ شده‌ام و این راه را خوب می‌شناسم.',
      'پسندیدم ۱۲ | پاسخ',
      '@سیما.ک · ۳ روز پیش',
      'از مزار نگاه می‌کنم، خیلی زیبا بود.',
      'پسندیدم ۸ | پاسخ',
    ]);
    expect(dari.some((p) => p.includes('موتر باربری'))).toBe(true);
    expect(dari.some((p) => p.includes('فرخار بزرگ'))).toBe(false);
  });

  it('need two comments under a head of a count and a sort menu: a byline or an embedded post is no box', () => {
    const byline = paragraphTexts([
      'Canal work starts in Khanabad',
      '',
      'Work began on Monday on the canal that feeds the fields of Khanabad.',
      '12 comments',
      'By Rahim Karimi · 2 hours ago',
      '',
      'Engineers said the first stretch would reach Taloqan road by autumn.',
      '',
      'Farmers in Kunduz city welcomed the news.',
    ]);
    expect(byline.some((p) => p.includes('Taloqan road'))).toBe(true);
    expect(byline.some((p) => p.includes('Farmers in Kunduz'))).toBe(true);
    const embedded = paragraphTexts([
      'Governor visits flooded villages',
      '',
      'The governor toured villages along the river on Sunday.',
      '',
      'Responses from officials',
      'Takhar Governor’s Office · 5h',
      'Teams are on their way to Darqad and Yangi Qala.',
      '',
      'Aid reached Rostaq by the evening, residents said.',
    ]);
    expect(embedded.some((p) => p.includes('Aid reached Rostaq'))).toBe(true);
  });

  it('need the box’s head over a comment: a section called "Comments" in the story stays', () => {
    const kept = paragraphTexts([
      'Ministry answers questions on the Kunduz canal',
      '',
      'The ministry published its answers on Monday.',
      '',
      'Comments',
      'Engineers from Khanabad said the canal would be lined with stone before the spring.',
    ]);
    expect(kept.some((p) => p.includes('lined with stone'))).toBe(true);
  });

  it("still drops a masthead's tagline between two menus", () => {
    const kept = paragraphTexts([
      'Skip to main content',
      'VALLEY NEWS — voices from the north',
      'Home | Provinces | Sport',
      '',
      'Wheat prices fell in Kunduz this week, traders said.',
      '',
      'The drop follows a good harvest in Baghlan.',
    ]);
    expect(kept.some((p) => p.includes('voices from the north'))).toBe(false);
  });
});

describe("a forum thread's title and its community box", () => {
  const thread = [
    'I repair radios in a bazaar in Khanabad. Ask me about the trade',
    '',
    'r/NorthernValleys',
    'Posted by u/radio_fixer · 20h',
    '',
    'I learned the trade from my uncle, who kept a stall near the river in Khanabad.',
    '▲ 310 ▼ · 57 comments · Share',
    '',
    'About Community',
    'r/NorthernValleys',
    'A place to talk about Kunduz, Takhar and Baghlan, their food and their roads.',
    '19k Members · 80 Online',
  ];

  it('reads the line over the opening post’s head as the title', () => {
    const seg = segmentArticle(thread.join('\n'));
    expect(seg.title).toBe('I repair radios in a bazaar in Khanabad. Ask me about the trade');
  });

  it('drops the box about the forum, whose blurb names places', () => {
    const kept = paragraphTexts(thread);
    expect(kept.some((p) => p.includes('uncle'))).toBe(true);
    expect(kept.some((p) => p.includes('Takhar and Baghlan'))).toBe(false);
  });

  it('drops a Dari channel’s box about itself too', () => {
    const kept = paragraphTexts([
      'بازار میوهٔ تالقان در زمستان',
      '',
      'قیمت انار در بازار تالقان این هفته پایین آمد و دهقانان از فروش راضی بودند.',
      '',
      'دربارهٔ این کانال',
      'ویدیوهای سفر از کندز، بغلان و سمنگان',
      '۲۰ هزار دنبال‌کننده',
    ]);
    expect(kept.some((p) => p.includes('انار'))).toBe(true);
    expect(kept.some((p) => p.includes('سمنگان'))).toBe(false);
  });

  it("keeps a feed's first post, over its frame, in the story", () => {
    const kept = paragraphTexts([
      'Rostaq Radio | channel',
      '',
      'The clinic in Rostaq opens an hour early during the vaccination week, the director said.',
      '',
      '👁 1.7K · 07:50',
      '',
      'Snow closed the pass above Chah Ab overnight.',
      '',
      '👁 2.2K · 12:05',
    ]);
    expect(kept.some((p) => p.includes('vaccination week'))).toBe(true);
  });

  it('keeps a story’s first line when no poster’s head follows it', () => {
    const kept = paragraphTexts([
      'Teachers in Khanabad went unpaid for a third month, the union said. Some have left.',
      '',
      'The union asked the ministry for a date.',
    ]);
    expect(kept.some((p) => p.includes('third month'))).toBe(true);
  });
});

describe('a town named on the far bank', () => {
  it('is abroad after "along their side through" as after "on the Tajik bank in"', () => {
    const far = (text: string) =>
      findPlaceCandidates(text, index)
        .filter((c) => c.ids.length > 0)
        .map((c) => c.text);
    expect(far('We crossed and drove along their side through Darvaz to save a day.')).toEqual([]);
    expect(far('The trucks went along the Tajik bank via Ishkashim before crossing back.')).toEqual([]);
    // On our side the town is ours.
    expect(ids('We drove along the river through Darvaz to save a day.')).toEqual(['Darvaz=AF1722']);
  });
});

describe('a subhead shaped like a signature', () => {
  it('heads its section when sentences follow it and no line of the page signs a letter', () => {
    const seg = segmentArticle(
      [
        'Floods hit the north',
        '',
        'Rivers rose across the north on Monday, officials said.',
        '',
        'Water Reaches Khanabad, Kunduz',
        '',
        'Homes near the river were emptied in the night.',
        '',
        'Roads Cut In Baghlan, Takhar',
        '',
        'Lorries waited at the pass for a second day.',
      ].join('\n'),
    );
    expect(seg.sections.map((x) => x.title)).toEqual([
      'Water Reaches Khanabad, Kunduz',
      'Roads Cut In Baghlan, Takhar',
    ]);
  });
});

describe("a letters page's signatures and heads", () => {
  const page = [
    'Letters: the ferry, the clinic and the price of coal',
    '',
    'Keep the ferry running',
    '',
    'Every spring the ferry stops for a month and the children on our bank miss their exams.',
    '',
    'Farhad Ahmadzai, Kunduz',
    '',
    'The clinic needs a second nurse',
    '',
    'Our clinic serves eleven villages with one nurse, who has not had a day off since March.',
    '',
    'Shukria Hamidi, Baghlan',
  ];

  it('keeps the signature in the story and reads its town as where the writer lives', () => {
    const kept = paragraphTexts(page);
    expect(kept).toContain('Farhad Ahmadzai, Kunduz');
    expect(ids('Farhad Ahmadzai, Kunduz')).toEqual(['Kunduz=AF1901']);
    expect(ids('Shukria Hamidi, Baghlan')).toEqual(['Baghlan=AF0905']);
    expect(ids('— Gul Ahmad Sharifi, Taloqan')).toEqual(['Taloqan=AF1801']);
    expect(ids('فرزانه کریمی، کندز')).toEqual(['کندز=AF1901']);
  });

  it("reads each letter's unpunctuated head as a heading, not the story", () => {
    const seg = segmentArticle(page.join('\n'));
    expect(seg.sections.map((s) => s.title)).toEqual([
      'Keep the ferry running',
      'The clinic needs a second nurse',
    ]);
  });

  it('leaves the short lines of a single signed piece in the story', () => {
    const kept = paragraphTexts([
      'Why our valley needs a bridge',
      '',
      'For ten years we have asked for a bridge over the river at Chal.',
      '',
      'Ten years in Chal',
      '',
      'In that time three boys have drowned crossing on a raft.',
      '',
      'Habibullah Rasuli, Taloqan',
    ]);
    expect(kept).toContain('Ten years in Chal');
  });

  it('leaves a name and a province in a sentence, or a list of provinces, as they were', () => {
    expect(ids('Farhad Ahmadzai, Kunduz governor, opened the school.')).toEqual(['Kunduz=AF19']);
    expect(ids('Kunduz, Takhar')).toEqual(['Kunduz=AF19', 'Takhar=AF18']);
    // A Dari list of provinces on its own line is no signature: its comma is no letter of a name.
    expect(ids('تخار، بغلان، کندز')).toEqual(['تخار=AF18', 'بغلان=AF09', 'کندز=AF19']);
  });
});

describe('a place and its province as an address gives them', () => {
  it('is the district of that province named like the place', () => {
    expect(ids('Write to us at House 4, Fayzabad, Jawzjan')).toContain('Jawzjan=AF28');
    expect(ids('Karima Noori, Faizabad, Jawzjan')).toEqual(['Faizabad=AF2808', 'Jawzjan=AF28']);
  });

  it('is not a list that goes on after the province', () => {
    expect(ids('Snow closed roads in Faizabad, Jawzjan and Balkh.')).toEqual([
      'Faizabad=AF1701',
      'Jawzjan=AF28',
      'Balkh=AF21',
    ]);
  });
});

describe('a table row by province and district', () => {
  it('reads the province cell beside its own district as the province, in Dari and English', () => {
    // The city's own row first: the cells under it still name the province.
    expect(ids('کندز | شهر کندز | ۳۰ | ۴\nکندز | چهار دره | ۱۲ | ۳\nکندز | خان‌آباد | ۹ | ۰')).toEqual([
      'کندز=AF19',
      'کندز=AF1901',
      'کندز=AF19',
      'چهار دره=AF1902',
      'کندز=AF19',
      'خان‌آباد=AF1904',
    ]);
    expect(ids('Kunduz\tKunduz city\t30\t4\nKunduz\tQala-e-Zal\t14\t2')).toEqual([
      'Kunduz=AF19',
      'Kunduz city=AF1901',
      'Kunduz=AF19',
      'Qala-e-Zal=AF1907',
    ]);
  });

  it('takes a district that is also a word in the cell after its province', () => {
    expect(ids('بغلان | برکه | ۱۷ | ۲')).toEqual(['بغلان=AF09', 'برکه=AF0910']);
    // Beside another province's cell the word stays a word.
    expect(ids('تخار | برکه | ۱۷ | ۲')).toEqual(['تخار=AF18']);
  });

  it("leaves a price row's town cells towns", () => {
    expect(ids('Flour, 50 kg: Kunduz 1,650 · Taloqan 1,700')).toEqual(['Kunduz=AF1901', 'Taloqan=AF1801']);
  });
});

describe('hospitals of a town, in the Dari plural', () => {
  it('is the town, as one hospital of it is', () => {
    expect(ids('بیماران در شفاخانه‌های کندز بستر شدند.')).toEqual(['کندز=AF1901']);
    expect(ids('بیماران در شفاخانهٔ کندز بستر شدند.')).toEqual(['کندز=AF1901']);
  });
});

describe("an encyclopedia page's head", () => {
  const page = [
    'ولسوالی ورسج',
    '',
    'از ویکی‌پدیا، دانشنامهٔ آزاد',
    'پرش به ناوبری پرش به جستجو',
    'برای دیگر کاربردها، ورسج (ابهام‌زدایی) را ببینید.',
    '',
    'ولسوالی ورسج',
    'ولایت\tتخار',
    '',
    'ورسج یکی از ولسوالی‌های کوهستانی ولایت تخار است و دریای ورسج از میان آن می‌گذرد.',
    '',
    'جستارهای وابسته[ویرایش]',
    'ولسوالی فرخار',
    'ولسوالی خواجه غار',
  ];

  it('reads the line over the tagline as the title, and drops the tagline, the hatnote and the title repeated', () => {
    const seg = segmentArticle(page.join('\n'));
    expect(seg.title).toBe('ولسوالی ورسج');
    const kept = paragraphTexts(page);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toContain('کوهستانی');
  });

  it('reads a short English title over the tagline as the title, too', () => {
    const seg = segmentArticle(
      [
        'Yangi Qala',
        '',
        'From Wikipedia, the free encyclopedia',
        '',
        'Yangi Qala is a district of Takhar Province on the Panj river.',
      ].join('\n'),
    );
    expect(seg.title).toBe('Yangi Qala');
  });

  it('drops an English hatnote naming the other pages, and its "See also" list', () => {
    const kept = paragraphTexts([
      'Khwaja Ghar',
      '',
      'From Wikipedia, the free encyclopedia',
      'This article is about the district in Takhar. For the town in another province, see Khwaja Ghar (town).',
      'Not to be confused with Khwaja Bahauddin.',
      '',
      'Khwaja Ghar is a district of Takhar Province on the Amu Darya.',
    ]);
    expect(kept).toEqual(['Khwaja Ghar is a district of Takhar Province on the Amu Darya.']);
  });

  it("keeps a story's own pointers and warnings, away from an encyclopedia's tagline", () => {
    const kept = paragraphTexts([
      'Floods cut roads across the north',
      '',
      'Heavy rain fell overnight across three provinces, officials said.',
      '',
      'For the full list of districts hit, see the table below. Argo and Yawan were worst affected.',
      '',
      'Not to be confused with the Khanabad district of Kunduz, the village of Khanabad in Takhar lost its bridge.',
      '',
      'برای کاربردهای دیگر این زمین‌ها، شورای ولسوالی بهارک تصمیم می‌گیرد.',
    ]);
    expect(kept.some((p) => p.includes('Argo and Yawan'))).toBe(true);
    expect(kept.some((p) => p.startsWith('Not to be confused'))).toBe(true);
    expect(kept.some((p) => p.includes('شورای ولسوالی بهارک'))).toBe(true);
  });

  it('keeps a sentence that only mentions an article', () => {
    const kept = paragraphTexts([
      'Reporters revisit the valley',
      '',
      'This article is about the people who stayed in Warsaj after the floods, and why they stayed.',
      '',
      'Most of them farm the terraces above the river.',
    ]);
    // A hatnote points on to other pages ("see …"); a lead that opens the same way and does not is the story.
    expect(kept.some((p) => p.startsWith('This article is about the people'))).toBe(true);
  });
});

describe('a place given a quoted nickname', () => {
  it('stays the place: "called X "…"" names what X is called, not a person', () => {
    expect(ids('Drivers have long called Yawan "the end of the road".')).toEqual(['Yawan=AF1709']);
    // A person introduced by the naming verb is still a person.
    expect(ids('A girl called Baharak came to the clinic.')).toEqual([]);
  });
});

describe('two namesakes listed together', () => {
  it('lie in the one province both may be in', () => {
    expect(ids('Wool is sold in the bazaars of Baharak and Feizabad before the snow.')).toEqual([
      'Baharak=AF1706',
      'Feizabad=AF1701',
    ]);
    expect(ids('پشم در بازارهای بهارک و فیض‌آباد فروخته می‌شود و بخشی به تالقان می‌رود.')).toEqual([
      'بهارک=AF1706',
      'فیض‌آباد=AF1701',
      'تالقان=AF1801',
    ]);
  });
});

describe("an encyclopedia page's subject among namesakes", () => {
  const placesOf = (lines: string[]) =>
    ingestStory(lines.join('\n'), builtGazetteer()).mentions.map((m) => `${m.text}=${m.place}`);

  it('is the place in the province its title names, wherever the page names it bare', () => {
    expect(
      placesOf([
        'Tagab District (Kapisa)',
        '',
        'From Wikipedia, the free encyclopedia',
        '',
        'Tagab lies in a green valley, a long way from Faizabad, and is known for its orchards.',
      ]),
    ).toContain('Tagab=AF0206');
  });

  it('is the place in the province its infobox names', () => {
    expect(
      placesOf([
        'ولسوالی بهارک',
        '',
        'از ویکی‌پدیا، دانشنامهٔ آزاد',
        '',
        'ولایت\tتخار',
        '',
        'مردم بهارک بیشتر به کشت گندم و پرورش مال می‌پردازند.',
      ]),
    ).toContain('بهارک=AF1803');
  });

  it('yields to a sentence telling of another place of the name in its province', () => {
    const page = [
      'ولسوالی بهارک',
      '',
      'از ویکی‌پدیا، دانشنامهٔ آزاد',
      '',
      'ولایت\tتخار',
      '',
      'مردم بهارک بیشتر به کشت گندم و پرورش مال می‌پردازند.',
      '',
      'در ولایت بدخشان نیز ولسوالی دیگری به نام بهارک هست که دریای وردوج از کنارش می‌گذرد.',
      '',
      'Badakhshan also has a district called Baharak, further up the Wardoj valley.',
      '',
      'The bazaar of Baharak opens on Thursdays, traders say.',
    ];
    const places = placesOf(page);
    expect(places.filter((p) => p.startsWith('بهارک='))).toEqual(['بهارک=AF1803', 'بهارک=AF1706']);
    // "Another" names the other place; a sentence without it is still about the page's own.
    expect(places.filter((p) => p.startsWith('Baharak='))).toEqual(['Baharak=AF1706', 'Baharak=AF1803']);
  });

  it('leaves a namesake the title does not give to what surrounds it', () => {
    expect(
      placesOf([
        'Tagab District (Kapisa)',
        '',
        'Many of its traders also sell in Baharak, next to Kalafgan.',
      ]),
    ).toContain('Baharak=AF1803');
  });
});

describe("a water named after a district, and an infobox's head in the other script", () => {
  it('reads "the X stream" as the stream, not the district', () => {
    expect(ids('Children swim in the Yawan stream in July.')).toEqual([]);
    expect(ids('Children in Yawan swim in the stream in July.')).toEqual(['Yawan=AF1709']);
  });

  it("drops the box head's Dari name over the box's rows, keeps a line of prose after a heading", () => {
    const kept = paragraphTexts([
      'Yawan District (Badakhshan)',
      '',
      'From Wikipedia, the free encyclopedia',
      '',
      'Yawan District',
      'ولسوالی یاوان',
      'District',
      'Country\tAfghanistan',
      'Province\tBadakhshan',
      '',
      'Yawan is a district of Badakhshan Province.',
    ]);
    expect(kept).toEqual(['Yawan is a district of Badakhshan Province.']);
  });
});

describe('Darwaz in Dari, and words run together', () => {
  it('reads «درواز» as the Afghan district, and not across the river', () => {
    expect(ids('باشندگان درواز هر بهار منتظر باز شدن راه هستند.')).toEqual(['درواز=AF1722']);
    expect(
      ids('خویشاوندان ما در درواز تاجکستان زندگی می‌کنند.').filter((s) => s.startsWith('درواز')),
    ).toEqual([]);
  });

  it('spells no name from a word and a particle run together', () => {
    // «درو» (harvest) and «از» (from) would spell درواز without their space.
    expect(ids('باران چند روز پیش از درو از بین رفت.')).toEqual([]);
    // A name with «و» inside keeps its key.
    expect(ids('راه کران و منجان بسته شد.')).toEqual(['کران و منجان=AF1726']);
  });
});

describe("a video page's chapter list", () => {
  it('is the video’s contents, not its description', () => {
    const kept = paragraphTexts([
      'A day on the ferry at Khwaja Ghar',
      '',
      'We spent a day with the ferrymen who carry flour across the river.',
      '0:00 start',
      '2:30 loading sacks at the bank',
      '9:10 the crossing itself, in wind',
      '14:45 back home in Dasht-e-Qala',
    ]);
    expect(kept.some((p) => p.includes('Dasht-e-Qala'))).toBe(false);
    expect(kept.some((p) => p.includes('ferrymen'))).toBe(true);
    const dari = paragraphTexts([
      'یک روز با کشتی‌بانان',
      '',
      'یک روز را با کشتی‌بانانی گذراندیم که آرد را از دریا می‌گذرانند.',
      '۰۰:۰۰ آغاز',
      '۰۳:۲۰ بار کردن آرد',
      '۰۸:۵۰ رسیدن به دشت قلعه',
    ]);
    expect(dari.some((p) => p.includes('دشت قلعه'))).toBe(false);
  });

  it('leaves a timeline of the day’s events, which starts later than the video’s 00:00', () => {
    const kept = paragraphTexts([
      'How the flood reached Khanabad',
      '',
      'The river rose through the night.',
      '',
      '02:10 Water crosses the road at Aliabad',
      '03:40 Police close the bridge',
      '05:15 The first houses in Khanabad flood',
    ]);
    expect(kept.some((p) => p.includes('first houses in Khanabad'))).toBe(true);
  });

  it('leaves a timeline that starts at midnight: its lines are sentences', () => {
    const kept = paragraphTexts([
      'A night of rising water',
      '',
      'Officials gave this account of the night.',
      '',
      '00:00 The Kunduz river breaks its bank near Imam Sahib.',
      '01:30 Water reaches the bazaar in Khanabad.',
      '03:15 Police order families in Chahar Dara onto their roofs.',
    ]);
    expect(kept.some((p) => p.includes('bazaar in Khanabad'))).toBe(true);
  });
});

describe('a journey from a town named like its province to a far district', () => {
  it('starts in the town', () => {
    expect(ids('The lorries run from Kunduz to Yawan twice a month.')).toEqual([
      'Kunduz=AF1901',
      'Yawan=AF1709',
    ]);
    expect(ids('هر سفر از کندز تا نسی دوازده روز طول می‌کشد.')).toEqual(['کندز=AF1901', 'نسی=AF1727']);
  });

  it('is between provinces when the other end is a province, and undecided arriving from a far district', () => {
    expect(ids('Aid moved from Kunduz to Takhar.')).toEqual(['Kunduz=AF19', 'Takhar=AF18']);
    expect(ids('The teacher moved to Kunduz from Yawan.')).toEqual(['Kunduz=AF19', 'Yawan=AF1709']);
  });
});

describe('works in a town a province is named after', () => {
  it('stand in the town, not the province', () => {
    expect(ids('Beet growers sell to the sugar factory in Baghlan every autumn.')).toEqual([
      'Baghlan=AF0905',
    ]);
    expect(ids('The old Baghlan sugar plant needs new boilers.')).toEqual(['Baghlan=AF0905']);
  });

  it('leave a person in the province where the words say nothing of a town', () => {
    expect(ids('A farmer in Baghlan lost half his beet to frost.')).toEqual(['Baghlan=AF09']);
    expect(ids('Baghlan grows more beet than any other province.')).toEqual(['Baghlan=AF09']);
  });
});

describe("a person's origin in commas", () => {
  it('needs a person before the comma, not a manner or a load', () => {
    expect(ids('The nurse, from Kunduz, had worked nights for a month.')).toEqual(['Kunduz=AF1901']);
    expect(ids('His cousin, from Kunduz, sent flour.')).toEqual(['Kunduz=AF1901']);
    expect(ids('The flour came by lorry, from Kunduz, in ten days.')).toEqual(['Kunduz=AF19']);
  });
});

describe('a person moving to a town named like its province', () => {
  it('moves to the town, in English and Dari', () => {
    expect(ids('After the war she retired to Kunduz to be near her daughter.')).toEqual(['Kunduz=AF1901']);
    expect(ids('The family later moved to Kunduz for the schools.')).toEqual(['Kunduz=AF1901']);
    expect(ids('پدرش پس از بازنشستگی به کندز کوچ کرد.')).toEqual(['کندز=AF1901']);
  });

  it('leaves what is no one’s home: fighting or aid moving to the province', () => {
    expect(ids('The fighting moved to Kunduz in the spring.')).toEqual(['Kunduz=AF19']);
  });
});

describe('a child named in apposition after "the eldest of whom"', () => {
  it('is a person, not the district of that name', () => {
    expect(ids('We have four sons, the youngest of whom, Khanabad, is six.')).toEqual([]);
    expect(ids('She has two girls, the eldest of them, Baharak, starts school this year.')).toEqual([]);
    // Without the apposition the name is the place.
    expect(ids('The eldest of them went to Baharak for school.')).toEqual(['Baharak=AF1706 AF1803']);
  });
});

describe('a word-like district named by its people or its road, once the article has named it', () => {
  const placesOf = (lines: string[]) =>
    ingestStory(lines.join('\n'), builtGazetteer()).mentions.map((m) => `${m.text}=${m.place}`);

  it('is the district after «مردم», «ولسوال» or «سرک» in ezafe', () => {
    const found = placesOf([
      'زمستان در کوهستان',
      '',
      'ولسوالی خواهان در کنار دریای پنج قرار دارد.',
      '',
      'مردم خواهان هر زمستان برای رسیدن به شفاخانه سه روز پیاده می‌روند.',
      '',
      'ولسوال خواهان در نشستی با بزرگان قول داد.',
    ]);
    expect(found.filter((m) => m === 'خواهان=AF1720')).toHaveLength(3);
  });

  it('stays the word "asking for" where its object and copula follow, or where nothing names the place', () => {
    const asking = placesOf([
      'زمستان در کوهستان',
      '',
      'ولسوالی خواهان در کنار دریای پنج قرار دارد.',
      '',
      'مردم خواهان ساخت یک پل تازه هستند.',
    ]);
    expect(asking.filter((m) => m === 'خواهان=AF1720')).toHaveLength(1);
    const alone = placesOf(['زمستان در کوهستان', '', 'مردم خواهان هر زمستان سه روز پیاده می‌روند.']);
    expect(alone).toEqual([]);
  });
});

describe('reaching a word-like district', () => {
  it('names the place after «به» with a verb of arriving', () => {
    expect(ids('شب دوم به شکی رسیدیم و در مسجد خوابیدیم.')).toEqual(['شکی=AF1724']);
    expect(ids('کاروان فردا به خواهان می‌رسد.')).toEqual(['خواهان=AF1720']);
  });

  it('leaves the word where no arriving follows', () => {
    expect(ids('هیچ شکی نیست که راه بسته است.')).toEqual([]);
  });
});
