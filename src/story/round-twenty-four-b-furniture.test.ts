import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Round 24b, page furniture: fresh wordings (not from the dev or set-24 articles) of what pages set round a story — a
// sports site's "More <topic>:" foot line, a podcast's list of past episodes, a fact-check's sources list, a live
// page's update stamp and its digest of posts, a kicker over a two-sentence headline, a headline in single quotes,
// a Dari column's author note and disclaimer, a TV report's sign-off and a weather list (towns), and a Telegram
// day's chrome — each with a near miss where the same words are the story's text.
const page = (...paras: string[]) => readWithCountry(paras.join('\n\n'));
const namesOf = (...paras: string[]) => placesOf(page(...paras)).map(([text]) => text);
const linksOf = (...paras: string[]) => placesOf(page(...paras));

describe('a site\'s "More <topic>:" line of other headlines at the foot', () => {
  it('leaves a topic label and its barred headlines out', () => {
    const got = namesOf(
      'Faizabad Eagles beat Taloqan in the league opener',
      'By Omid Safi | 12 May 2026',
      'The home side from Faizabad beat the visitors from Taloqan 2-1 on Friday in front of a crowd of about 3,000.',
      '"We were tired but we held on," the captain said.',
      'More football: Kishim side signs two keepers | Futsal: Baghlan women reach the final',
    );
    expect(got).toEqual(['Faizabad', 'Taloqan']);
  });
  it('leaves "More buzkashi" with its links set apart by dots out', () => {
    const got = namesOf(
      'Chapandaz from Farkhar wins the Nawruz final',
      'A rider from Farkhar took the last goal of the Taloqan final on Saturday.',
      'More buzkashi: Kunduz owners buy horses from Balkh · Rostaq ground to get stands · Women watch from the roof',
    );
    expect(got).toEqual(['Farkhar', 'Taloqan']);
  });
  it('near miss: a sentence opening on "More" with a colon, and no list, stays the story', () => {
    const got = namesOf(
      'Rain returns to the north',
      'The rain came back to the north on Monday.',
      'More rain: forecasters expect storms over Kishim and Baharak until Thursday.',
    );
    expect(got).toEqual(['Kishim', 'Baharak']);
  });
});

describe("a podcast page's list of past episodes", () => {
  it('leaves "Previous episodes" and its numbered items out', () => {
    const got = namesOf(
      'ROADS NORTH — a podcast about travel in Afghanistan',
      'Episode 22 · 31 min',
      'The ferrymen of Imam Sahib',
      'We spend a day with the men who run boats across the Amu Darya near Imam Sahib.',
      'Previous episodes',
      '• Ep. 21 — Snow on the Salang',
      '• Ep. 20 — What a bus ticket to Faizabad costs',
    );
    expect(got).toEqual(['Amu Darya', 'Imam Sahib']);
  });
  it('leaves "More episodes" with its links out, the last one asking a question', () => {
    const got = namesOf(
      'Market Talk, episode 9: Dried fruit',
      'This week we go to the dried-fruit sellers of Kunduz city.',
      'More episodes',
      '• Ep. 8 — Carpets from Andkhoy',
      '• Ep. 7 — Who buys the almonds of Keshem?',
    );
    expect(got).toEqual(['Kunduz city']);
  });
  it('near miss: an episode named in prose is the story', () => {
    const got = namesOf(
      'Market Talk, episode 10: Wool',
      'In episode 7 we went to Keshem; this week we follow the wool to Taloqan.',
    );
    expect(got).toEqual(['Keshem', 'Taloqan']);
  });
});

describe("a fact-check's sources list", () => {
  it('leaves a "Sources" head and its dashed items out, full stops or not', () => {
    const got = namesOf(
      'Fact-check: Is the Kunduz–Sher Khan Bandar road closed?',
      'A post says the road from Kunduz city to Sher Khan Bandar has been closed for a month. It has not.',
      'Verdict: FALSE.',
      'Sources',
      '– Phone interview, district office, Imam Sahib, 3 May 2026.',
      '– Site visit, the bridge at Khanabad, 4 May 2026',
      '– Traffic police, Kunduz, written statement, 5 May 2026.',
    );
    expect(got).toEqual(['Kunduz city', 'Sher Khan Bandar']);
  });
  it('leaves "Our sources:" with numbered items out', () => {
    const got = namesOf(
      'Did a new airline land in Faizabad?',
      'No plane has landed in Faizabad since March, the airport manager told us.',
      'Our sources:',
      '1. Airport manager, Faizabad, interview, 2 June 2026',
      '2. Ministry statement on flights to Bamyan, 1 June 2026',
    );
    expect(got).toEqual(['Faizabad']);
  });
  it('near miss: numbered notes in the author\'s words are the text, and a "sources say" sentence too', () => {
    const got = namesOf(
      'Who gets the wheat?',
      'Sources in Rostaq say the wheat arrived on Tuesday.',
      'Notes',
      '1. The author interviewed a miller in Eshkashem on 4 May 2026.',
    );
    expect(got).toEqual(['Rostaq', 'Eshkashem']);
  });
});

describe('the same lists in Dari', () => {
  it('leaves «منابع» and its dashed items out', () => {
    const got = namesOf(
      'راستی‌آزمایی: آیا پل شیرخان بندر بسته شده است؟',
      'یک پست فیسبوکی می‌گوید پل شیرخان بندر برای یک ماه بسته شده است. این ادعا نادرست است.',
      'منابع\n– گمرک شیرخان بندر، مصاحبهٔ تلفنی\n– بازدید از پل در امام صاحب، ۱۳ ثور ۱۴۰۵.\n– ریاست ترافیک کندز، اعلامیهٔ رسمی',
    );
    expect(got).toEqual(['شیرخان بندر']);
  });
  it('leaves «قسمت‌های پیشین» of a podcast out', () => {
    const got = namesOf(
      'پادکست راه شمال – قسمت ۱۲',
      'در این قسمت با رانندگانی گفت‌وگو می‌کنیم که هر روز از تالقان به فیض‌آباد می‌روند.',
      'قسمت‌های پیشین\n• قسمت ۱۱ – نان و نانوایان پلخمری\n• قسمت ۱۰ – کشتی‌بانان دریای پنج',
    );
    expect(got).toEqual(['تالقان', 'فیض‌آباد']);
  });
});

describe("a live page's update stamp and its digest of the posts", () => {
  it('leaves a stamp with the date before the clock and a zone in brackets out', () => {
    const got = namesOf(
      'Amu Times | LIVE | Society',
      'Live: Eid in the north — prayers, picnics and an early bazaar',
      'Our reporters follow the first day of Eid in Faizabad and Taloqan.',
      '↻ Refresh    Share',
      'Last updated 30 March 2026, 18:05 (Kabul time)',
      '18:05',
      'The bazaar in Taloqan closed early.',
    );
    expect(got).toEqual(['Faizabad', 'Taloqan', 'Taloqan']);
  });
  it('leaves a Dari stamp with the date first out', () => {
    const got = namesOf(
      'پوشش زنده: نخستین روز عید در شمال',
      'خبرنگاران ما روز نخست عید را در فیض‌آباد و تالقان دنبال می‌کنند.',
      'آخرین به‌روزرسانی: ۱۰ حمل ۱۴۰۵، ساعت ۱۸:۰۵ (به وقت کابل)',
      'بازار تالقان زودتر بسته شد.',
    );
    expect(got).toEqual(['فیض‌آباد', 'تالقان', 'تالقان']);
  });
  it('leaves a digest of the posts out, an item ending on a quotation too', () => {
    const got = namesOf(
      'Live: the Kokcha rises',
      'We follow the rising river through the day.',
      'Key events',
      '• Kokcha bridge in Faizabad closed to lorries',
      '• Jurm officials: "the villages on the bank are empty"',
      '• Ferry crossing at Khwahan suspended',
      '—',
      '16:20',
      'The water is still rising under the bridge in Faizabad, officials in Jurm said.',
    );
    expect(got).toEqual(['Faizabad', 'Jurm']);
  });
  it('near miss: a post that opens on the hour keeps its places', () => {
    const got = namesOf(
      'Live: the Kokcha rises',
      'We follow the rising river through the day.',
      '16:40 Updated figures from Kishim show 40 houses flooded.',
    );
    expect(got).toEqual(['Kishim']);
  });
});

describe('a kicker over an opinion headline of two sentences, and a headline in single quotes', () => {
  it('takes a two-sentence headline under a barred kicker and over a byline as the title', () => {
    const story = page(
      'ANALYSIS | WATER AND POWER',
      'Kunduz is running out of groundwater. Nobody is counting.',
      'By Laila Hamidi',
      'Every summer the wells of Chahar Dara go a little deeper.',
    );
    expect(story.meta.title).toBe('Kunduz is running out of groundwater. Nobody is counting.');
    expect(placesOf(story).map(([t]) => t)).toEqual(['Chahar Dara']);
  });
  it('takes a Dari two-sentence headline under a barred kicker as the title', () => {
    const story = page(
      'دیدگاه | آب و زمین',
      'چاه‌های کندز خشک می‌شوند. کسی حساب نمی‌کند.',
      'نویسنده: لیلا حمیدی',
      'هر تابستان چاه‌های چهاردره کمی عمیق‌تر می‌شوند.',
    );
    expect(story.meta.title).toBe('چاه‌های کندز خشک می‌شوند. کسی حساب نمی‌کند.');
    expect(placesOf(story).map(([t]) => t)).toEqual(['چهاردره']);
  });
  it('takes a headline built on a quotation in single quotes, under a masthead and menu, as the title', () => {
    const story = page(
      'THE NORTHERN TRADER',
      'Home | Markets | Interviews | Opinion',
      "'We sell the sheep before the snow': a Baghlan herder on the winter market",
      'A herder who has driven flocks to the Pul-e-Khumri market for thirty years explains the autumn sales.',
      'By Hamid Noori',
      'Haji Gul Ahmad, 61, keeps his flock in the hills above Doshi.',
    );
    expect(story.meta.title).toBe(
      "'We sell the sheep before the snow': a Baghlan herder on the winter market",
    );
    expect(placesOf(story).map(([t]) => t)).toEqual(['Pul-e-Khumri', 'Doshi']);
  });
  it('takes curly single quotes too', () => {
    const story = page(
      'NORTH WEEKLY',
      'News | People | Interviews',
      '‘The river doesn’t wait’: a ferryman of Darqad on forty years at the crossing',
      'By Sara Noor',
      'Abdul Wahid has crossed the Panj at Darqad since he was a boy.',
    );
    expect(story.meta.title).toBe(
      '‘The river doesn’t wait’: a ferryman of Darqad on forty years at the crossing',
    );
  });
  it("near miss: a story's opening quotation in single quotes stays its text", () => {
    const got = namesOf(
      'Floods in Archi',
      "'The river took everything': that is what the farmers of Archi told us on Monday, standing in the mud.",
      'The water came at night, they said.',
    );
    expect(got).toContain('Archi');
  });
});

describe("an English column's author note over a disclaimer in other words", () => {
  it('leaves the note and "The opinions in this column are the author\'s alone" out', () => {
    const got = namesOf(
      'COMMENT | WATER',
      'The wells of Chahar Dara are running dry',
      'By Laila Hamidi',
      'Every summer the wells of Chahar Dara go a little deeper, farmers told me.',
      "Laila Hamidi is a hydrologist who has worked in Kunduz and Baghlan for a decade.\nThe opinions in this column are the author's alone and do not represent North Today.",
    );
    expect(got).toEqual(['Chahar Dara']);
  });
  it('leaves "This article reflects the writer\'s own views" out with the note above it', () => {
    const got = namesOf(
      'The wells of Chahar Dara are running dry',
      'By Laila Hamidi',
      'Every summer the wells of Chahar Dara go a little deeper.',
      "Laila Hamidi is a hydrologist based in Taloqan.\nThis article reflects the writer's own views.",
    );
    expect(got).toEqual(['Chahar Dara']);
  });
  it('near miss: a sentence about the opinions of farmers stays', () => {
    const got = namesOf(
      'The wells of Chahar Dara are running dry',
      'By Laila Hamidi',
      'The opinions in this valley are divided: farmers in Archi blame the new wells, not the drought.',
    );
    expect(got).toEqual(['Archi']);
  });
});

describe("a Dari column's author note and disclaimer", () => {
  it('leaves the note and a disclaimer without «لزوماً» out, and the comments under them', () => {
    const got = namesOf(
      'تخار امروز | خبرها | یادداشت‌ها | فرهنگ',
      'یادداشت',
      'گندمی که به آسیاب نمی‌رسد',
      'نویسنده: فریده نوری',
      'امسال دهقانان ورسج گندم خود را پیش از درو به سوداگران فروختند.',
      'در بازار تالقان نرخ آرد هر هفته بالا می‌رود.',
      '* * *\nفریده نوری پژوهشگر مسائل زراعت و استاد دانشگاه در تالقان است.\nدیدگاه‌های مطرح‌شده در این نوشته از آنِ نویسنده است و بازتاب‌دهندهٔ دیدگاه تخار امروز نیست.',
      'نظرات (۱)\nکریم: در بغلان هم همین حال است.',
    );
    expect(got).toEqual(['ورسج', 'تالقان']);
  });
  it('leaves a disclaimer that puts the responsibility on the writer out', () => {
    const got = namesOf(
      'یادداشت',
      'راه بدخشان و زمستان',
      'نویسنده: محمدعارف سحر',
      'هر زمستان راه ولسوالی وردوج بسته می‌شود و مردم بی‌دوا می‌مانند.',
      'محمدعارف سحر روزنامه‌نگار و باشندهٔ فیض‌آباد است.\nمسئولیت محتوای این یادداشت به عهدهٔ نویسنده است و دیدگاه صدای کندز را بازتاب نمی‌دهد.',
    );
    expect(got).toEqual(['وردوج']);
  });
  it("near miss: a story's sentence on what people think stays", () => {
    const got = namesOf(
      'یادداشت',
      'راه بدخشان و زمستان',
      'نویسنده: محمدعارف سحر',
      'هر زمستان راه ولسوالی وردوج بسته می‌شود.',
      'دیدگاه مردم کشم دربارهٔ این راه روشن است: آن‌ها سرک پخته می‌خواهند و این خواست تازه نیست.',
    );
    expect(got).toEqual(['وردوج', 'کشم']);
  });
});

describe("a TV report's sign-off, its reporting line and a weather list: the town", () => {
  it('reads «Name، Channel، کندز.» closing a report as the city', () => {
    const got = linksOf(
      'گوینده: دهقانان ولایت کندز هنوز منتظر باران هستند.',
      'گزارشگر: در دشت‌های امام صاحب زمین خشک مانده است و دهقانان می‌گویند تخم را با قرض خریده‌اند. حمیدالله نوری، رادیو تلویزیون آمو، کندز.',
    );
    expect(got).toContainEqual(['کندز', 'AF1901']);
    expect(got).toContainEqual(['کندز', 'AF19']);
  });
  it('reads a sign-off on a line of its own as the city, a list of three places on one staying provinces', () => {
    expect(
      linksOf(
        'REPORTER: The wheat seed is still in the stores, and the farmers are still waiting for rain.\nSahar Nawabi, Amu TV, Kunduz.',
      ),
    ).toContainEqual(['Kunduz', 'AF1901']);
    expect(
      linksOf('Officials listed the provinces worst hit by the drought:\nTakhar, Baghlan, Kunduz.'),
    ).toContainEqual(['Kunduz', 'AF19']);
  });
  it('reads «از کندز گزارش می‌دهد» and "reports from Kunduz" as the city', () => {
    expect(
      linksOf('گوینده: در ولسوالی قلعه ذال گندم کشت نشده است. همکار ما فرشته احمدی از کندز گزارش می‌دهد.'),
    ).toContainEqual(['کندز', 'AF1901']);
    expect(
      linksOf(
        'ANCHOR: Farmers in Qala-e-Zal are still waiting for rain. Our correspondent Hamid Noori reports from Kunduz.',
      ),
    ).toContainEqual(['Kunduz', 'AF1901']);
  });
  it("reads a weather list's lines as the towns", () => {
    expect(
      linksOf('گوینده: و حالا وضع هوا برای فردا:\nکندز: بارانی، بیشینه ۱۴ درجه\nهرات: آفتابی، ۲۲ درجه'),
    ).toEqual([
      ['کندز', 'AF1901'],
      ['هرات', 'AF3201'],
    ]);
    expect(linksOf("Tomorrow's weather:\nKunduz: light rain, 14°C\nHerat: sunny, 22°C")).toEqual([
      ['Kunduz', 'AF1901'],
      ['Herat', 'AF3201'],
    ]);
  });
  it('reads a weather list set with dashes, the temperature first, as the towns', () => {
    expect(linksOf('پیش‌بینی هوا برای فردا\nکندز – نیمه‌ابری، ۱۱ درجه\nکابل – برفی، ۲ درجه')).toEqual([
      ['کندز', 'AF1901'],
      ['کابل', 'AF0101'],
    ]);
    expect(linksOf('WEATHER TOMORROW\nKunduz — 16°C, clear skies\nKabul — 9°C, showers')).toEqual([
      ['Kunduz', 'AF1901'],
      ['Kabul', 'AF0101'],
    ]);
  });
  it('near miss: an item head "Kunduz — …" over news is no forecast', () => {
    expect(
      linksOf('NORTH IN BRIEF\nKunduz — schools close as floods reach three districts.'),
    ).not.toContainEqual(['Kunduz', 'AF1901']);
  });
  it('near miss: the province in a report keeps its reading', () => {
    expect(linksOf('والی کندز به خبرنگاران گفت که کمک‌ها به ولسوالی‌ها رسیده است.')).toContainEqual([
      'کندز',
      'AF19',
    ]);
  });
});

describe('a box of results under its label', () => {
  it("reads a results box's first row, capitalised like a subhead, as the story's text", () => {
    const got = namesOf(
      'Kunduz edge Takhar in the league',
      'A late goal settled the northern derby in front of 5,000 people on Friday.',
      '"We waited ninety minutes for that," the coach said.',
      'RESULTS\nKunduz 2 (Rahimi 14, Noori 88) Takhar 1 (Safi 60)\nBaghlan 0 Badakhshan 0, abandoned after 70 minutes',
      'The league resumes next week.',
    );
    expect(got).toEqual(['Kunduz', 'Takhar', 'Baghlan', 'Badakhshan']);
  });
  it('near miss: a date line under a line of prose stays the page head, and a subhead alone in its block stays a subhead', () => {
    const got = namesOf(
      'Flour holds in the north',
      'View this email in your browser\nMARKET WATCH NORTH — Issue 40 — Friday, 6 March 2026\nPrices for traders in Kunduz and Takhar',
      'Good morning. Flour held steady in Taloqan this week, traders said.',
    );
    expect(got).not.toContain('Kunduz');
    expect(got).toContain('Taloqan');
  });
});

describe("a Telegram channel's day: times, forwards, counts and emoji lines", () => {
  it('keeps the posts and leaves the chrome out', () => {
    const got = namesOf(
      '📡 خبرهای تخار | Takhar News\n۱۲.۱K مشترک',
      '—',
      '🌧 هشدار: باران شدید امشب در ولسوالی‌های ورسج و فرخار.\n👁 ۲.۱K   ۰۹:۱۵',
      '—',
      'فوروارد شده از: رادیو صدای بدخشان\n🔴 راه فیض‌آباد – کشم باز شد.\n👁 ۱.۴K   ۱۰:۴۰',
      '—',
      'ویرایش شده   👁 ۹۸۰   ۱۱:۰۵',
      '#تخار #باران',
    );
    expect(got).toEqual(['ورسج', 'فرخار', 'فیض‌آباد', 'کشم']);
  });
});

describe('review near misses: story text the new furniture rules must keep', () => {
  it('keeps a match report\'s bulleted facts under "Key moments" and a roundup\'s under "In other news"', () => {
    expect(
      namesOf(
        'Faryab Falcons beat the Stars',
        'The home side won 2-1 on Friday in front of a full stadium.',
        'Key moments\n• The Stars opened the scoring in the 12th minute.\n• Faryab equalised in Maimana just before half-time.\n• A late header from a defender born in Andkhoy won it.',
      ),
    ).toEqual(['Faryab', 'Maimana', 'Andkhoy']);
    expect(
      namesOf(
        'Floods cut roads across the north',
        'Heavy rain closed several roads on Monday.',
        'In other news\n• A bridge collapsed in Khanabad, the district governor said.\n• Schools in Taloqan will stay shut until Wednesday.',
      ),
    ).toEqual(['Khanabad', 'Taloqan']);
  });
  it('keeps a sentence on views at a meeting that "do not represent" others, without "necessarily"', () => {
    expect(
      namesOf(
        'Elders meet over water',
        'Elders from Imam Sahib met the governor on Sunday.',
        "The views expressed at Sunday's shura in Khanabad do not represent the whole province, one elder said.",
      ),
    ).toEqual(['Imam Sahib', 'Khanabad']);
  });
  it('keeps a Dari sentence on views at a meeting that close on «نیست» or «نمی‌کند»', () => {
    expect(
      namesOf(
        'سیلاب در بدخشان',
        'سیلاب‌های اخیر در ولسوالی جرم خسارات زیادی وارد کرده است.',
        'دیدگاه‌های مطرح‌شده در نشست امروز بیانگر نگرانی باشندگان بود، اما والی کندز به آن توجه نمی‌کند.',
        'نظرات بیان‌شده در نشست شورای ولایتی بیانگر خواست همه باشندگان کشم نیست.',
      ),
    ).toEqual(['جرم', 'کندز', 'کشم']);
  });
  it("reads a roundup's item head «Kunduz: Rain damaged …» as the province, no forecast", () => {
    expect(
      linksOf(
        'Northern roundup',
        'Storms hit several provinces on Tuesday, officials said.',
        'Kunduz: Rain damaged 40 houses in Imam Sahib and Qala-e-Zal districts, the disaster office said.',
      ),
    ).toContainEqual(['Kunduz', 'AF19']);
    expect(
      linksOf(
        'سیلاب‌ها در شمال',
        'کندز: باران شدید به ۴۰ خانه در ولسوالی‌های امام صاحب و قلعه زال آسیب رساند.',
      ),
    ).toContainEqual(['کندز', 'AF19']);
  });
});
