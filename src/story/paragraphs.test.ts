import { describe, expect, it } from 'vitest';
import { ingestStory } from './ingest.ts';
import { isAuthorNote, isQuotedHeadline, segmentArticle } from './paragraphs.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';

/** An article pasted as these lines, segmented. */
const segmentLines = (lines: string[]) => segmentArticle(lines.join('\n'));

const ARTICLE = [
  'Skip to main content',
  '',
  'Breaking News',
  '',
  'Floodwaters Reach Markets Along The Kokcha River',
  '',
  'By Laila Noori',
  'March 3, 2021',
  '',
  'Traders stack sacks of flour on a roof in Fayzabad (file photo).',
  'Traders stack sacks of flour on a roof in Fayzabad (file photo).',
  'Heavy spring rain pushed the river over its banks on Tuesday, officials in Badakhshan said.',
  '',
  'A farmer walks past a ruined field (undated) Farmers downstream lost most of their wheat seedlings.',
  '',
  'Roads Cut Off',
  '',
  'The highway to Takhar stayed closed for two days while crews cleared',
  'mud and boulders from the pass.',
  '',
  '16x9 Image',
  '',
  '    Laila Noori',
  '',
  '    Laila Noori is a reporter who covers weather and farming for a regional radio station.',
  '',
  'Copyright 2021 Example Radio. All rights reserved.',
  '',
  'To learn more about our newsletters, click here.',
].join('\n');

describe('segmentArticle', () => {
  const seg = segmentArticle(ARTICLE);
  const reasons = (r: string) => seg.removed.filter((x) => x.reason === r).map((x) => x.text);

  it('cuts navigation, the headline, bylines, captions, the author box, legal and promo lines', () => {
    expect(reasons('navigation')).toEqual(['Skip to main content', 'Breaking News']);
    expect(seg.title).toBe('Floodwaters Reach Markets Along The Kokcha River');
    expect(seg.byline).toBe('Laila Noori');
    expect(seg.date).toBe('March 3, 2021');
    expect(reasons('caption')).toEqual([
      'Traders stack sacks of flour on a roof in Fayzabad (file photo).',
      'A farmer walks past a ruined field (undated)',
    ]);
    expect(reasons('duplicate')).toHaveLength(1);
    expect(reasons('bio')).toHaveLength(3);
    expect(reasons('legal')).toHaveLength(1);
    expect(reasons('promo')).toHaveLength(1);
  });

  it('keeps body paragraphs as exact slices, splitting a glued caption and joining wrapped lines', () => {
    const texts = seg.paragraphs.map((p) => ARTICLE.slice(p.start, p.end));
    expect(texts).toEqual([
      'Heavy spring rain pushed the river over its banks on Tuesday, officials in Badakhshan said.',
      'Farmers downstream lost most of their wheat seedlings.',
      'The highway to Takhar stayed closed for two days while crews cleared\nmud and boulders from the pass.',
    ]);
  });

  it('cuts "Related:" teasers and share prompts, which look like subheads or sentences', () => {
    const tail = segmentArticle(
      'Body text about Takhar is here.\n\nRelated: Who Runs The Border Posts?\n\nShare this article on Telegram',
    );
    expect(tail.removed.map((r) => r.reason)).toEqual(['promo', 'promo']);
    expect(tail.sections).toEqual([]);
  });

  it('turns subheads into sections', () => {
    expect(seg.sections).toEqual([{ id: 's-roads-cut-off', title: 'Roads Cut Off' }]);
    expect(seg.paragraphs.map((p) => p.section)).toEqual([null, null, 's-roads-cut-off']);
  });

  it('records every removed line with offsets into the source', () => {
    for (const r of seg.removed) expect(ARTICLE.slice(r.sourceStart, r.sourceEnd)).toBe(r.text);
  });
});

describe('passage ids', () => {
  const a = 'First paragraph about rain.\n\nSecond paragraph about mud.\n\nFirst paragraph about rain.';
  it('do not change when another paragraph changes, and repeats get a suffix', () => {
    const one = ingestStory(a, TEST_GAZETTEER).passages.map((p) => p.id);
    const two = ingestStory(a.replace('mud', 'snow'), TEST_GAZETTEER).passages.map((p) => p.id);
    expect(one[0]).toBe(two[0]);
    expect(one[1]).not.toBe(two[1]);
    expect(one[2]).toBe(`${one[0]}-2`);
  });

  it('uses the first words as a title when the page gives none', () => {
    expect(ingestStory(a, TEST_GAZETTEER).meta.title).toBe('First paragraph about rain.');
  });
});

describe('segmentArticle: headlines, link lists, columns and lists', () => {
  it('takes a sentence-case first line standing alone as the headline', () => {
    const seg = segmentArticle(
      [
        'Floods cut the road to Fayzabad, dozens stranded',
        '',
        'By Ana Ruiz',
        '',
        'Rain fell for two days in Badakhshan, officials said.',
        '',
        'Crews reached the pass on Friday.',
      ].join('\n'),
    );
    expect(seg.title).toBe('Floods cut the road to Fayzabad, dozens stranded');
    expect(seg.paragraphs).toHaveLength(2);
  });

  it('does not take a hard-wrapped first line of a lede as the headline', () => {
    const seg = segmentArticle(
      [
        'The highway to Takhar stayed closed for two days while crews cleared',
        'mud from the pass.',
        '',
        'More rain is due.',
      ].join('\n'),
    );
    expect(seg.title).toBeNull();
    expect(seg.paragraphs).toHaveLength(2);
  });

  it('removes a "More from …" head and the headline links under it', () => {
    const source = [
      'Port Opens On The Panj',
      '',
      'A new terminal opened on Thursday in Kunduz, officials said.',
      '',
      'More from Asia',
      'Floods in Takhar leave thousands homeless',
      'Power cuts as winter bites',
      '',
      '© 2024 Example News. All rights reserved.',
    ].join('\n');
    const story = ingestStory(source, TEST_GAZETTEER);
    expect(story.passages.map((p) => p.text)).toEqual([
      'A new terminal opened on Thursday in Kunduz, officials said.',
    ]);
    expect(story.sections).toEqual([]);
    expect(story.removed.filter((r) => r.reason === 'promo').map((r) => r.text)).toEqual([
      'More from Asia',
      'Floods in Takhar leave thousands homeless',
      'Power cuts as winter bites',
    ]);
  });

  it('removes a column’s author line and bio above the story', () => {
    const seg = segmentArticle(
      [
        'OPINION',
        '',
        'The north deserves our attention',
        '',
        'Jane Fielding',
        '',
        'Jane Fielding is a former aid worker based in London.',
        '',
        'When I lived in Kunduz, the city believed the world was watching.',
      ].join('\n'),
    );
    expect(seg.byline).toBe('Jane Fielding');
    expect(seg.sections).toEqual([]);
    expect(seg.paragraphs).toHaveLength(1);
    expect(seg.removed.filter((r) => r.reason === 'bio')).toHaveLength(2);
  });

  it('keeps each bulleted line its own paragraph', () => {
    const seg = segmentArticle(
      ['Key numbers:', '* 3,400 consultations', '* 112 births', '- 41 evacuations'].join('\n'),
    );
    expect(seg.paragraphs).toHaveLength(4);
  });
});

describe('segmentArticle: hard-wrapped lines', () => {
  it('joins a line that starts in lower case to the line before, even after a closing quotation mark', () => {
    const seg = segmentArticle(
      [
        '"He is a criminal and he will be punished,"',
        'said the police spokesman.',
        'Residents were calm.',
      ].join('\n'),
    );
    expect(seg.paragraphs).toHaveLength(2);
  });
});

describe('segmentArticle: legal notices are furniture only when they look like it', () => {
  const reporting = [
    'In March the ministry declared a "foreign agent" the only radio station in Taloqan, its staff said.',
    'Traders in Kunduz said the new privacy policy of the mobile operator lets police read their messages.',
    'The authorities banned the outlet as an undesirable organization last year, and its reporters in Badakhshan now work in secret.',
    'Under the platform’s terms of use, posts from Takhar that mention the border can be removed without notice, activists said.',
  ];
  const page = [
    'By using this site you agree to our privacy policy and terms of use.',
    '',
    'Media Law Leaves Northern Radios Silent',
    '',
    'By Nadia Rahimi',
    '',
    'Radio stations across the north have gone quiet since the spring.',
    '',
    reporting[0],
    '',
    'All rights reserved.',
    '',
    reporting[1],
    '',
    reporting[2],
    '',
    'Two stations in Kunduz still broadcast music at night.',
    '',
    reporting[3],
    '',
    'Nadia Rahimi',
    '',
    'Nadia Rahimi is a correspondent who covers media freedom.',
    '',
    'Example News is listed as an "undesirable organization" by the authorities.',
    '',
    '© 2026 Example News. All rights reserved.',
    'Terms of Use | Privacy Policy',
  ].join('\n');

  it('keeps sentences of reporting about media law, with their places, inside the story and at its end', () => {
    const story = ingestStory(page, TEST_GAZETTEER);
    const texts = story.passages.map((p) => p.text);
    for (const sentence of reporting) expect(texts).toContain(sentence);
    const places = new Set(story.mentions.map((m) => m.text));
    for (const place of ['Taloqan', 'Kunduz', 'Badakhshan', 'Takhar']) expect(places).toContain(place);
  });

  it('still removes footers, labels and a notice set apart from the story at the top or the foot', () => {
    const legal = segmentArticle(page)
      .removed.filter((r) => r.reason === 'legal')
      .map((r) => r.text);
    expect(legal).toEqual([
      'By using this site you agree to our privacy policy and terms of use.',
      'All rights reserved.',
      'Example News is listed as an "undesirable organization" by the authorities.',
      '© 2026 Example News. All rights reserved.',
      'Terms of Use | Privacy Policy',
    ]);
  });

  it('keeps a notice that goes straight on from the last paragraph, and drops one after the author box', () => {
    const ending = (afterStory: string[]) =>
      segmentArticle(
        ['Reporters in Kunduz met on Monday.', '', ...afterStory, '', reporting[1] ?? ''].join('\n'),
      ).paragraphs.length;
    expect(ending([])).toBe(2);
    expect(ending(['Nadia Rahimi', '', 'Nadia Rahimi is a correspondent who covers media freedom.'])).toBe(1);
  });
});

describe('segmentArticle: mastheads and notes about the writer', () => {
  it('isMasthead: the outlet in capitals on the first line gives way to the headline above the story', () => {
    const seg = segmentLines([
      'THE EVENING POST',
      'Home | News | Provinces',
      '',
      'Shops go dark as power imports fall',
      '',
      'KUNDUZ — Power was cut for most of the day, residents said.',
      '',
      'The utility said supply would improve.',
    ]);
    expect(seg.title).toBe('Shops go dark as power imports fall');
    expect(seg.paragraphs).toHaveLength(2);
  });

  it('markAuthorNotes: the paragraph under "About the author", and a last paragraph introducing the writer', () => {
    const headed = segmentLines([
      'Power cuts spread across the north',
      '',
      'The utility said supply would improve.',
      '',
      'ABOUT THE AUTHOR',
      'Mina Zia covers energy for the paper. She previously reported from Herat.',
    ]);
    expect(headed.paragraphs).toHaveLength(1);
    const closing = segmentLines([
      'A road nobody mends',
      '',
      'The road outside Khanabad has a crater in it.',
      '',
      'Hasina Karimi is a journalist in Kunduz who has reported on the north since 2012.',
    ]);
    expect(closing.paragraphs).toHaveLength(1);
    expect(closing.removed.map((r) => r.reason)).toContain('bio');
  });

  it('markAuthorNotes: a writer with another trade who also writes, and a Dari note', () => {
    const ending = (note: string) =>
      segmentLines(['A road nobody mends', '', 'The road outside Khanabad has a crater in it.', '', note])
        .paragraphs.length;
    expect(ending('Farid Amiri runs a pharmacy in Taloqan and writes about health in the north.')).toBe(1);
    expect(ending('زرغونه رحیمی خبرنگار و شاعر است و در تالقان زندگی می‌کند.')).toBe(1);
    // A last paragraph of the story, even one naming a trade, stays.
    expect(ending('Farid Amiri runs a pharmacy in Taloqan and sells fuel too.')).toBe(2);
    expect(ending('معلمان مکتب گفتند که نویسنده‌ای به تالقان آمده بود.')).toBe(2);
  });

  it('isMasthead and isKicker: a Dari outlet over its menu, and a section label over the headline', () => {
    const seg = segmentLines([
      'رادیو صدای شمال',
      'خانه | اخبار | ولایات',
      '',
      'اقتصاد',
      '',
      'نرخ آرد در بازارهای تالقان بلند رفت',
      '',
      'گزارش: حمید نوری',
      '',
      'تالقان – نرخ آرد در این هفته بیست درصد بلند رفته است.',
      '',
      'دکانداران می‌گویند که آرد از ازبکستان دیر رسیده است.',
    ]);
    expect(seg.title).toBe('نرخ آرد در بازارهای تالقان بلند رفت');
    const release = segmentLines([
      'NEWS RELEASE / اعلامیهٔ خبری',
      '',
      'Sirens put up in 12 villages along the Kunduz',
      '',
      'TALOQAN, 3 May 2026 — A clinic opened on Monday.',
      '',
      'It has four beds.',
    ]);
    expect(release.title).toBe('Sirens put up in 12 villages along the Kunduz');
    // A dateline in capitals on the first line is the story's, not a masthead.
    expect(
      segmentLines(['KUNDUZ, Afghanistan —', 'A clinic opened on Monday.', '', 'It has four beds.'])
        .paragraphs.length,
    ).toBeGreaterThan(1);
    expect(seg.paragraphs).toHaveLength(2);
    expect(seg.removed.map((r) => r.text)).toContain('اقتصاد');
  });
});

describe('segmentArticle: headlines over a dateline or built round a quotation', () => {
  it('opensWithDateline: takes the line above a dateline in the same block as the headline', () => {
    const seg = segmentArticle(
      [
        'Landslide buries homes in a northern valley, six dead',
        'TALOQAN, Afghanistan, Dec 2 (NorthWire) — A landslide buried eleven homes overnight.',
        '',
        'Rescue teams reached the village on foot.',
      ].join('\n'),
    );
    expect(seg.title).toBe('Landslide buries homes in a northern valley, six dead');
    expect(seg.paragraphs).toHaveLength(2);
  });

  it('starts a new paragraph at a dateline further down a bilingual page', () => {
    const source = [
      'Floods cut the roads of the north',
      '',
      'TALOQAN, Afghanistan — Rain fell for two days.',
      '',
      'سیلاب راه‌های شمال را بست',
      'تالقان، ۱۰ قوس ۱۴۰۵ – باران دو روز بارید.',
    ].join('\n');
    const seg = segmentArticle(source);
    expect(seg.paragraphs.map((p) => source.slice(p.start, p.end))).toEqual([
      'TALOQAN, Afghanistan — Rain fell for two days.',
      'سیلاب راه‌های شمال را بست',
      'تالقان، ۱۰ قوس ۱۴۰۵ – باران دو روز بارید.',
    ]);
  });

  it('isQuotedHeadline: an interview’s headline round a quotation, not a sentence of the story', () => {
    expect(isQuotedHeadline('رئیس فابریکهٔ قند: «اگر پول دهقان به وقت پرداخت شود، چغندر برمی‌گردد»')).toBe(
      true,
    );
    expect(isQuotedHeadline('"The river does not read maps": a hydrologist on the Panj, the Kokcha')).toBe(
      true,
    );
    // A speaker's words open the story: a verb of speech, a comma in the label or a full stop in the quotation.
    expect(isQuotedHeadline('سخنگوی والی تخار گفت: «راه‌ها تا فردا باز می‌شود»')).toBe(false);
    expect(isQuotedHeadline('کریم نوری، رئیس شهرسازی: «زمین داریم»')).toBe(false);
    expect(isQuotedHeadline('The governor: "The road is open."')).toBe(false);
    const seg = segmentArticle(
      ['رئیس فابریکهٔ قند: «چغندر دوباره به بغلان برمی‌گردد»', '', 'فابریکهٔ قند سال‌ها غیرفعال بود.'].join(
        '\n',
      ),
    );
    expect(seg.title).toBe('رئیس فابریکهٔ قند: «چغندر دوباره به بغلان برمی‌گردد»');
  });

  it('removes an interviewer’s credit as a byline, in Arabic letter forms too', () => {
    const seg = segmentArticle(
      [
        'گفت‌وگو با رئیس اتحادیهٔ شالی‌کاران: «دهقان زمین را رها می‌کند»',
        'مصاحبه‌كننده: نگينه صافي',
        '',
        'امسال حاصل برنج کم است.',
      ].join('\n'),
    );
    expect(seg.byline).toBe('نگینه صافی');
    expect(seg.title).toBe('گفت‌وگو با رئیس اتحادیهٔ شالی‌کاران: «دهقان زمین را رها می‌کند»');
  });
});

describe('isAuthorNote: a Dari note about the writer', () => {
  it('reads a note in italics with a second trade and where the writer lives', () => {
    expect(isAuthorNote('*نسرین احمدی شاعر و معلم ریاضی در تالقان است. او دو کتاب شعر چاپ کرده است.*')).toBe(
      true,
    );
    expect(isAuthorNote('فریده نوری خبرنگار است و در کندز زندگی می‌کند.')).toBe(true);
    expect(isAuthorNote('پدرم همیشه می‌گفت که این شهر خانهٔ ما است.')).toBe(false);
  });
});

describe('markTitleTranslation: a bilingual headline', () => {
  it('reads the headline’s translation on the next line as the headline again, not story', () => {
    const seg = segmentArticle(
      [
        'Bridges of the North: drawings from Taloqan to Kunduz',
        'پل‌های شمال: نقاشی‌هایی از تالقان تا کندز',
        '',
        'An exhibition of drawings opened on Saturday at the city library, showing bridges across the region.',
        'The drawings were made by students over two years and will stay on show until the end of the month.',
      ].join('\n'),
    );
    expect(seg.title).toBe('Bridges of the North: drawings from Taloqan to Kunduz');
    expect(seg.removed.map((r) => r.text)).toContain('پل‌های شمال: نقاشی‌هایی از تالقان تا کندز');
  });
});

describe('markOpinionFurniture', () => {
  it('removes the trade line under a byline, the disclaimer and the note introducing the writer before it', () => {
    const column = segmentLines([
      'Why the canals need fixing first',
      '',
      'By Nasima Rahimi',
      'Agronomist, former adviser to the irrigation department in Herat',
      '',
      'Every spring the intakes silt up and the lower villages go without water.',
      '',
      'Nasima Rahimi is an agronomist who has worked on irrigation in Herat and Farah.',
      '',
      'Views expressed in this column are those of the writer.',
    ]);
    expect(column.paragraphs).toHaveLength(1);
    const texts = column.removed.map((r) => r.text);
    expect(texts).toContain('Agronomist, former adviser to the irrigation department in Herat');
    expect(texts).toContain(
      'Nasima Rahimi is an agronomist who has worked on irrigation in Herat and Farah.',
    );
  });

  it('keeps a closing paragraph without a disclaimer after it', () => {
    const story = segmentLines([
      'Why the canals need fixing first',
      '',
      'Every spring the intakes silt up and the lower villages go without water.',
      '',
      'Gul Ahmad is a farmer who has waited three years for the intake to be repaired.',
    ]);
    expect(story.paragraphs).toHaveLength(2);
  });

  it('removes a note on the writer that closes on "The views expressed are his own" in the same paragraph', () => {
    const column = segmentLines([
      'Why the canals need fixing first',
      '',
      'Every spring the intakes silt up and the lower villages go without water.',
      '',
      'Obaidullah Samim is a retired engineer who writes on water in the north. He lives in Khanabad. The views expressed are his own.',
    ]);
    expect(column.paragraphs).toHaveLength(1);
  });

  it('keeps a paragraph about a person that ends on other views', () => {
    const story = segmentLines([
      'Why the canals need fixing first',
      '',
      'Every spring the intakes silt up and the lower villages go without water.',
      '',
      'Gul Ahmad is a farmer near Khanabad. The views of his neighbours differ from his own.',
    ]);
    expect(story.paragraphs).toHaveLength(2);
  });
});

describe('markRelatedLists: a bulleted headline that asks', () => {
  it('keeps the list going past "– … ?", and a bare question line ends it', () => {
    const story = [
      'Bread prices climb again',
      '',
      'Flour rose by a fifth this week in the bazaars of the north.',
      '',
      'Read more',
      '– Herat melons reach new markets',
    ];
    const bulleted = segmentLines([
      ...story,
      '– Farah canals: who pays for the repairs?',
      '– Balkh cotton growers wait for rain',
    ]);
    expect(bulleted.paragraphs).toHaveLength(1);
    const bare = segmentLines([
      ...story,
      'Who pays for the repairs?',
      '',
      'The council in Farah met on Monday and set no date for the work to begin.',
    ]);
    expect(bare.paragraphs.length).toBeGreaterThan(1);
  });
});
