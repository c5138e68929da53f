import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { placeIndexFor } from './ingest.ts';
import { findPlaceCandidates } from './link-places.ts';
import { isDatelineAlone } from './dateline.ts';
import { isSeparatedItems } from './page-chrome.ts';
import { segmentArticle } from './paragraphs.ts';
import { chromeReason } from './clean.ts';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Place readings and page chrome of the twelfth round's places wave, each class tried on sentences no article
// holds.
const index = placeIndexFor(builtGazetteer());
const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);
const segmented = (lines: string[]) => {
  const source = lines.join('\n');
  const s = segmentArticle(source);
  return { title: s.title, paragraphs: s.paragraphs.map((p) => source.slice(p.start, p.end)) };
};

describe('a breadcrumb set with ">"', () => {
  it('is navigation, so the headline under it is the title', () => {
    expect(isSeparatedItems('Home > Travel > Asia > Takhar and its rivers')).toBe(true);
    const page = segmented([
      'Home > Guides > Takhar',
      '',
      'Takhar in spring: where to walk',
      '',
      'Taloqan is a good base for walks in the hills above the Farkhar valley.',
    ]);
    expect(page.title).toBe('Takhar in spring: where to walk');
    expect(page.paragraphs).toEqual([
      'Taloqan is a good base for walks in the hills above the Farkhar valley.',
    ]);
  });

  it('leaves a sentence comparing figures story', () => {
    expect(isSeparatedItems('Prices in Kunduz rose again this week, and wheat > rice for once.')).toBe(false);
  });
});

describe("readers' reviews under a page", () => {
  const guide = [
    'Walking in Warsaj',
    '',
    'The valley road from Farkhar reaches Warsaj in about three hours when the river is low.',
    '',
  ];

  it('are chrome from the review box on: a head, then reviews opened by stars and the reviewer', () => {
    const page = segmented([
      ...guide,
      'Traveller reviews (3)',
      '',
      '★★★★☆ Omid R., Herat',
      'We stayed two nights in Khwaja Ghar on the way back. Lovely people.',
      '',
      '★★☆☆☆ Jana P., Prague',
      'The road through Chal was closed, so we came back through Kunduz.',
    ]);
    expect(page.paragraphs).toEqual([guide[2]]);
  });

  it('leave a page without a review box its story, stars and all', () => {
    const page = segmented([
      ...guide,
      'Our rating: ★★★★ for the walk, fewer for the road.',
      '',
      'Reviews of the new guesthouse in Rostaq have been kind, its owner said.',
    ]);
    expect(page.paragraphs).toHaveLength(3);
  });
});

describe("a site's name over its menu", () => {
  it('is the masthead, so the headline under the menu is the title', () => {
    const page = segmented([
      'WFP, the World Food Programme',
      'Afghanistan | News releases',
      '',
      'Wheat flour reaches families cut off in Yawan',
      '',
      'Trucks reached Yawan on Monday after the road from Faizabad reopened.',
    ]);
    expect(page.title).toBe('Wheat flour reaches families cut off in Yawan');
  });

  it('leaves a headline standing apart from the menu the title', () => {
    const page = segmented([
      'Home | News | Provinces',
      '',
      'Wheat flour reaches families cut off in Yawan',
      '',
      'Trucks reached Yawan on Monday after the road from Faizabad reopened.',
    ]);
    expect(page.title).toBe('Wheat flour reaches families cut off in Yawan');
  });
});

describe('a dateline alone on its line', () => {
  it('is where the release was issued, a passage naming the city, no subhead', () => {
    const story = readWithCountry(
      ['Clinic opens in the north', '', 'Kunduz, 4 March 2026', '', 'A new clinic opened on Monday.'].join(
        '\n',
      ),
    );
    expect(placesOf(story)).toEqual([['Kunduz', 'AF1901']]);
    expect(story.sections).toEqual([]);
    expect(isDatelineAlone('Taloqan, March 2, 2026')).toBe(true);
  });

  it('needs its date: a name and a province alone are no dateline', () => {
    expect(isDatelineAlone('Taloqan, Takhar')).toBe(false);
    expect(isDatelineAlone('Taloqan, 2026 — rain fell')).toBe(false);
  });
});

describe("a release's end mark", () => {
  it("closes the story: the issuer's note and the contacts under it are furniture", () => {
    const page = segmented([
      'Seeds for farmers in Chahab',
      '',
      'Farmers in Chahab received wheat seed on Sunday, the agency said.',
      '',
      '- ENDS -',
      '',
      'For more information: Sara Ahmadi, Taloqan, +93 70 000 0000',
    ]);
    expect(page.paragraphs).toEqual(['Farmers in Chahab received wheat seed on Sunday, the agency said.']);
  });

  it("closes a broadcast's transcript too: its production credit under it is furniture", () => {
    const page = segmented([
      'Roads this week',
      '',
      'HOST: The Rostaq road is open again, callers from Chah Ab say.',
      '',
      '[END OF TRANSCRIPT]',
      '',
      'Road Hour is made by Radio Amu, Kunduz, with reports from across Takhar.',
    ]);
    expect(page.paragraphs).toEqual(['HOST: The Rostaq road is open again, callers from Chah Ab say.']);
  });

  it('is an end mark only alone on its line', () => {
    const page = segmented([
      'Seeds for farmers in Chahab',
      '',
      'Farmers in Chahab received wheat seed on Sunday, the agency said.',
      '',
      'The season ends in May in Rostaq and Yangi Qala.',
    ]);
    expect(page.paragraphs).toHaveLength(2);
  });
});

describe("a release's note on its issuer", () => {
  it('is furniture whatever the case of the word saying what the body is', () => {
    const page = segmented([
      'Seeds for farmers in Chahab',
      '',
      'Farmers in Chahab received wheat seed on Sunday, the agency said.',
      '',
      'About NFA: NFA, the Northern Farmers Agency, helps smallholders in Takhar and Kunduz.',
    ]);
    expect(page.paragraphs).toEqual(['Farmers in Chahab received wheat seed on Sunday, the agency said.']);
  });
});

describe('a province that holds districts named before it', () => {
  it('is the province in a list of such groups, not a town of the list', () => {
    expect(
      ids('Clinics closed in Imam Sahib and Dasht-e-Archi in Kunduz, Farkhar and Warsaj in Takhar.'),
    ).toEqual([
      'Imam Sahib=AF1905',
      'Dasht-e-Archi=AF1906',
      'Kunduz=AF19',
      'Farkhar=AF1808',
      'Warsaj=AF1813',
      'Takhar=AF18',
    ]);
  });
});

describe('where a speaker on air is', () => {
  it('is a town: a greeting or a report from it, in English or Dari', () => {
    expect(ids('Good evening from Kunduz, where the river is still rising.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Our reporter joins us from Faizabad.')).toEqual(['Faizabad=AF1701']);
    expect(ids('خبرنگار ما از کندز با ما همراه است.')).toEqual(['کندز=AF1901']);
  });

  it('leaves a journey or an origin from the name the province', () => {
    expect(ids('The floods moved from Kunduz into Baghlan.')).toEqual(['Kunduz=AF19', 'Baghlan=AF09']);
    expect(ids('از کندز تا بغلان سیلاب آمد.')).toEqual(['کندز=AF19', 'بغلان=AF09']);
  });
});

describe("a town's quarter named after a place", () => {
  it('is the quarter, not the province, in Dari and English', () => {
    expect(ids('خانهٔ او در کارتهٔ پروان، نزدیک سینما بود.')).toEqual([]);
    expect(ids('The shop stood in Karte Parwan, near the bakery.')).toEqual([]);
  });

  it('leaves the province named plainly a province', () => {
    expect(ids('او از ولایت پروان آمده بود.')).toEqual(['پروان=AF03']);
  });
});

describe('a road called by a town', () => {
  it('names the town it reaches: «سرک عمومی کندز» in an address, "the Kunduz road"', () => {
    expect(ids('دکان او در سرک عمومی کندز، مقابل پمپ تیل است.')).toEqual(['کندز=AF1901']);
    expect(ids('Their lorry broke down on the Kunduz road at dusk.')).toEqual(['Kunduz=AF1901']);
  });

  it('leaves the roads of a province plural the province', () => {
    expect(ids('سرک‌های کندز پس از باران گل‌آلود شد.')).toEqual(['کندز=AF19']);
  });
});

describe('a byline naming no one', () => {
  it('is furniture under a date or alone, in English and Dari', () => {
    expect(chromeReason('۳ حوت ۱۴۰۵ — خبرنگار ما در تالقان')).toBe('byline');
    expect(chromeReason('از گزارشگر ویژهٔ ما')).toBe('byline');
    expect(chromeReason('4 February 2026 — Our correspondent in Faizabad')).toBe('byline');
  });

  it('leaves a sentence about a correspondent story', () => {
    expect(chromeReason('Our correspondent in Faizabad saw the bridge fall into the river.')).toBe(null);
    expect(chromeReason('خبرنگار ما در تالقان دید که پل فروریخت.')).toBe(null);
  });
});

describe('comments signed by their writers under a comment box head', () => {
  const story = [
    'A teacher remembered',
    '',
    'The teacher taught in Rostaq for thirty years, his family said.',
    '',
  ];

  it('are chrome from the head on', () => {
    const page = segmented([
      ...story,
      'نظرها (۳)',
      'احمد از رستاق: یادش بخیر، معلم خوبی بود.',
      'ملالی، فیض‌آباد: خدا رحمتش کند.',
    ]);
    expect(page.paragraphs).toEqual([story[2]]);
    const english = segmented([
      ...story,
      'Comments (2)',
      'Wali from Kunduz: A kind man.',
      'Sima, Taloqan: He taught my father.',
    ]);
    expect(english.paragraphs).toEqual([story[2]]);
  });

  it('are not statements reported under a "Responses" subhead', () => {
    const responses = [
      'Responses',
      'The health department said: a second nurse would reach the clinic before winter.',
      'Two village elders told us: the same nurse had been promised last year.',
      'وزارت معارف گفت: معلمان تازه تا ماه قوس می‌رسند.',
    ];
    expect(segmented([...story, ...responses]).paragraphs).toEqual([story[2], ...responses.slice(1)]);
  });

  it('leave an interview of labelled answers its text when no comment box heads it', () => {
    const page = segmented([...story, 'Q: Where did he teach?', 'A: In Rostaq and later in Chah Ab.']);
    expect(page.paragraphs.join(' ')).toContain('Chah Ab');
  });
});

describe('a doubled space between a given name and a surname', () => {
  it('is still a name in a sentence, and a column break in a table row', () => {
    expect(ids('The court heard Nasima  Takhar, a midwife, on Tuesday.')).toEqual([]);
    expect(ids('Ahmad  Takhar  12  4')).toEqual(['Takhar=AF18']);
  });
});

describe('a name a province shares with its capital, told a town by the words right round it', () => {
  it('is the town for its works and its traders', () => {
    expect(ids('She ran the canteen of the Kunduz oil mills for a decade.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Two Kunduz wholesalers cut the price of rice.')).toEqual(['Kunduz=AF1901']);
    expect(ids('He sold his carpets to merchants from Kunduz.')).toEqual(['Kunduz=AF1901']);
  });

  it('is the town at a point: "at" it, upstream of it, on the road round it', () => {
    expect(ids('The ferry tied up for the night at Kunduz.')).toEqual(['Kunduz=AF1901']);
    expect(ids('The water turned brown just downstream of Kunduz.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Lorries queued on the ring road around Kunduz.')).toEqual(['Kunduz=AF1901']);
  });

  it('stays the province where "at" follows a look or an aim, or the road is a budget line', () => {
    const aimed = readWithCountry(
      'Aid\n\nThe new fund is aimed at Kunduz, where four districts lost their wheat.',
    );
    expect(placesOf(aimed)).toEqual([['Kunduz', 'AF19']]);
    const budget = readWithCountry('Roads\n\nThe Kunduz road budget pays for culverts across the province.');
    expect(placesOf(budget)).toEqual([['Kunduz', 'AF19']]);
    const road = readWithCountry('Roads\n\nTrucks waited on the Kunduz road for two days.');
    expect(placesOf(road)).toEqual([['Kunduz', 'AF1901']]);
  });

  it('is the town that became a capital, grew round something or had streets and a cinema', () => {
    expect(ids('In 1964 Kunduz became the provincial capital.')).toEqual(['Kunduz=AF1901']);
    expect(ids('After the war Kunduz grew up along the new canal.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Within a decade Kunduz had wide streets and two hotels.')).toEqual(['Kunduz=AF1901']);
  });

  it('stays the province for what it grows or how many it has', () => {
    expect(ids('Kunduz grew twice as much rice as Takhar.')).toEqual(['Kunduz=AF19', 'Takhar=AF18']);
    expect(ids('Kunduz has four district hospitals.')).toEqual(['Kunduz=AF19']);
  });

  it('stays the province for its farms, and where a list holds a province', () => {
    expect(ids('Kunduz farmers planted less cotton this year.')).toEqual(['Kunduz=AF19']);
    expect(ids('Merchants from Kunduz and Takhar met in Taloqan.')).toEqual([
      'Kunduz=AF19',
      'Takhar=AF18',
      'Taloqan=AF1801',
    ]);
  });
});

describe('nationality words and Solar months', () => {
  it("never fuzzily match a district, and open no person's name before a country", () => {
    expect(ids('A German engineer and two French nurses ran the clinic.')).toEqual([]);
    expect(ids('Her grandfather studied in Soviet Uzbekistan.')).toEqual(['Uzbekistan=UZB']);
  });

  it('read a Solar month with its day or year as the date, not the district named like it', () => {
    expect(ids('The school opened on 3 Mizan 1352.')).toEqual([]);
    expect(ids('By Mizan 1360 the canal was dry.')).toEqual([]);
    expect(ids('در ۵ میزان ۱۳۹۰ مکتب باز شد.')).toEqual([]);
  });

  it('leave the district named with a cue the district', () => {
    expect(ids('Two police posts in Mizan district of Zabul were attacked.')).toEqual([
      'Mizan district=AF2604',
      'Zabul=AF26',
    ]);
  });
});

describe('a venue in a province no town is named like', () => {
  it('leaves the province the province', () => {
    expect(ids('Lorries carried wool from the depots in Takhar.')).toEqual(['Takhar=AF18']);
    expect(ids('A clinic in Badakhshan ran out of vaccine.')).toEqual(['Badakhshan=AF17']);
  });

  it('still makes a name shared with a town the town', () => {
    expect(ids('The clinic in Kunduz ran out of vaccine.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Workers at the sugar factory in Baghlan were paid late.')).toEqual(['Baghlan=AF0905']);
  });
});

describe('a Dari name that is also a word, at an end of a journey', () => {
  it('is a place when the other end is one, the journey from a list too', () => {
    expect(ids('کاروان از راه خان‌آباد و تالقان به شهر بزرگ رسید.')).toEqual([
      'خان‌آباد=AF1904',
      'تالقان=AF1801',
      'شهر بزرگ=AF1713',
    ]);
    expect(ids('از شهر بزرگ تا یاوان همه راه‌ها بسته است.')).toEqual(['شهر بزرگ=AF1713', 'یاوان=AF1709']);
  });

  it('stays a word with no journey, or with a word at the other end', () => {
    expect(ids('مشهد یک شهر بزرگ است.')).toEqual([]);
    expect(ids('از قریه به شهر بزرگ رفتند تا کار پیدا کنند.')).toEqual([]);
  });
});

describe('a Dari relation with its possessive right before a name', () => {
  it('makes the name a person: «نواسهٔ هفت‌ساله‌اش بهارک است»', () => {
    expect(ids('کوچک‌ترین شاگرد، نواسهٔ هفت‌ساله‌اش بهارک است، که هر روز می‌آید.')).toEqual([]);
    expect(ids('خواهرزادهٔ او بهارک بود که در را باز کرد.')).toEqual([]);
  });

  it('leaves a relation that went to the place the place', () => {
    expect(ids('پسرش دیروز از بهارک برگشت.')).toEqual(['بهارک=AF1706 AF1803']);
  });
});

describe('a name a province shares with its capital in Dari', () => {
  it('is the town in a parallel with a town, «تا» too, and at the head of a trip to districts', () => {
    expect(ids('نیمی به کابل، نیمی به کندز رفتند.')).toEqual(['کابل=AF0101', 'کندز=AF1901']);
    expect(ids('بعضی به کندز، بعضی به کابل رفتند.')).toEqual(['کندز=AF1901', 'کابل=AF0101']);
    expect(ids('اول تا پلخمری و بعد تا کندز رفتیم.')).toEqual(['پلخمری=AF0901', 'کندز=AF1901']);
    expect(ids('تاجران از کندز به فیض‌آباد و کشم آرد می‌برند.')).toEqual([
      'کندز=AF1901',
      'فیض‌آباد=AF1701',
      'کشم=AF1715',
    ]);
  });

  it('is the town round its main square, and written with qaf', () => {
    expect(ids('دکان‌های چوک کندز بسته بود.')).toEqual(['کندز=AF1901']);
    expect(ids('آنان در شهر قندوز ماندند.')).toEqual(['قندوز=AF1901']);
  });

  it('stays the province going to a province, and a square named by a word stays a square', () => {
    expect(ids('بعضی به کندز، بعضی به تخار رفتند.')).toEqual(['کندز=AF19', 'تخار=AF18']);
    expect(ids('مردم در چوک شهدا جمع شدند.')).toEqual([]);
  });
});

describe("the page's own promotions and its writer", () => {
  it('makes "More <kind of piece>" a list of other stories, so the writer\'s note above it closes the story', () => {
    const page = segmented([
      'Wool from the high pastures',
      '',
      'Herders in Warsaj sheared early this year because of the heat.',
      '',
      'Nadia Karimi is a photographer based in Taloqan.',
      '',
      'MORE VIDEO REPORTS',
      '- Salt miners of Taloqan',
      '- Night school in Rostaq',
    ]);
    expect(page.paragraphs).toEqual(['Herders in Warsaj sheared early this year because of the heat.']);
  });
});

describe('a place inside the title of a book', () => {
  it('is no mention: after an author\'s possessive, or opened by a capitalised "A" mid-sentence', () => {
    expect(ids("She had read Rahimi's The Orchards of Kunduz twice.")).toEqual([]);
    expect(ids('He once reviewed the memoir A Winter in Faizabad for a weekly.')).toEqual([]);
  });

  it('leaves an organisation named with "The" and a possessive before a place the place', () => {
    expect(ids('She works for The Asia Foundation in Taloqan.')).toEqual(['Taloqan=AF1801']);
    expect(ids("The baker's shop in Rostaq opened early.")).toEqual(['Rostaq=AF1810']);
  });
});

describe('a namesake after "the other"', () => {
  it('is the town across the border', () => {
    expect(ids('From Eshkashem she could see the other Ishkashim, across the Panj.')).toEqual([
      'Eshkashem=AF1723',
      'Panj=panj-river',
    ]);
  });

  it('leaves "the other" of a noun after the name alone', () => {
    expect(ids('They took the other Jurm road.')).toEqual(['Jurm=AF1710']);
  });
});

describe('a bare name read as a person elsewhere', () => {
  it('is the place after a capitalised preposition or article', () => {
    const story = readWithCountry(
      [
        'Letters from a valley',
        '',
        'A girl named Jurm wrote to us from the school.',
        '',
        '"In Jurm the snow came early," she wrote. The Jurm clinic was closed.',
      ].join('\n'),
    );
    expect(placesOf(story)).toEqual([
      ['Jurm', 'AF1710'],
      ['Jurm', 'AF1710'],
    ]);
  });
});

describe("what a video's screen shows, in its transcript", () => {
  it('is a caption: on-screen text, a graphic, a map, after its time or not', () => {
    expect(chromeReason('[00:02:10] [ON SCREEN TEXT: Yangi Qala district: two clinics]')).toBe('caption');
    expect(chromeReason('[GRAPHIC: Wheat prices in Taloqan, 2020–2026]')).toBe('caption');
    expect(chromeReason('[01:12] [MAP: the road from Kunduz to Khulm]')).toBe('caption');
  });

  it("leaves the film's words and its sounds alone", () => {
    expect(chromeReason('[00:02:12] VOICEOVER: In Yangi Qala the river takes a field a year.')).toBe(null);
  });
});

describe("a town's part or a venue before a province no town is named like", () => {
  it('leaves the province the province', () => {
    expect(ids('The river runs along the edge of Takhar and Kunduz.')).toEqual([
      'Takhar=AF18',
      'Kunduz=AF19',
    ]);
    expect(ids('A charity based in Badakhshan paid the teachers.')).toEqual(['Badakhshan=AF17']);
  });

  it('still makes a name shared with a town the town', () => {
    expect(ids('They live on the outskirts of Kunduz.')).toEqual(['Kunduz=AF1901']);
  });
});

describe('an apposition right after a name', () => {
  it('says by its head noun that the name is the town, and by a place in it which namesake it is', () => {
    expect(ids('Bakers in Baghlan, the small factory town on the river, raised prices.')).toEqual([
      'Baghlan=AF0905',
    ]);
    expect(ids('Teachers came from Jurm and from Baharak, the district of that name near Taloqan.')).toEqual([
      'Jurm=AF1710',
      'Baharak=AF1803',
      'Taloqan=AF1801',
    ]);
  });

  it('leaves a province described as a province, and a name with no apposition, as they read', () => {
    expect(ids('Kunduz, the province worst hit, lost four bridges.')).toEqual(['Kunduz=AF19']);
    expect(ids('Bakers in Baghlan raised prices.')).toEqual(['Baghlan=AF09']);
  });
});

describe('a village noun after "every" or «هر»', () => {
  it('is any village of the place named after it, which stays the place', () => {
    expect(ids('Water reached almost every village of Warsaj by June.')).toEqual(['Warsaj=AF1813']);
    expect(ids('در هر قریهٔ ورسج یک چشمه هست.')).toEqual(['ورسج=AF1813']);
    expect(ids('She was born in a village of Yawan.')).toEqual(['Yawan=AF1709']);
  });

  it('leaves a village named like a district no mention', () => {
    expect(ids('He grew up in the village of Khanabad near Taloqan.')).toEqual(['Taloqan=AF1801']);
    expect(ids('او در قریهٔ علی‌آباد زندگی می‌کند.')).toEqual([]);
  });
});

describe('a Dari list going on with "and part of"', () => {
  it('carries the list to the name after it', () => {
    expect(ids('کشت در ولسوالی‌های فرخار، ورسج و بخشی از چاه‌آب زیاد شد.')).toEqual([
      'فرخار=AF1808',
      'ورسج=AF1813',
      'چاه‌آب=AF1816',
    ]);
  });
});

describe('a Dari river called by a town', () => {
  it('is the river, not the town, where no river of that name is known', () => {
    expect(ids('کشت‌ها از دریای فرخار آب می‌گیرند.')).toEqual([]);
  });

  it('leaves a known river the river', () => {
    expect(ids('کشت‌ها از دریای کوکچه آب می‌گیرند.')).toEqual(['دریای کوکچه=kokcha-river']);
  });
});

describe('a pass or a river named like a district, after "the"', () => {
  it("is the pass, whatever places of the district's province stand near", () => {
    expect(ids('The Salang shut at dawn. Buses waited at Jabal Saraj in Parwan.')).toEqual([
      'Salang=salang-pass',
      'Jabal Saraj=AF0305',
      'Parwan=AF03',
    ]);
  });

  it('leaves the district the district when it is called so', () => {
    expect(ids('Farmers in the Salang district of Parwan lost their orchards.')).toEqual([
      'Salang district=AF0306',
      'Parwan=AF03',
    ]);
  });
});

describe('a name listed with a town abroad', () => {
  it('lies abroad only when a place across the border shares it', () => {
    expect(ids('Lorries came down through Termez and Hairatan.')).toEqual(['Hairatan=AF2116']);
    expect(ids('Traders from Khorog and Ishkashim sold honey.')).toEqual([]);
  });
});

describe('«ما می» written apart', () => {
  it('is "we …" with the present prefix, not Maimay, unless a cue says the district', () => {
    expect(ids('«ما می خواهیم پیش از برف برگردیم.»')).toEqual([]);
    expect(ids('در ولسوالی ما می برف بارید.')).toEqual(['ما می=AF1722']);
  });
});

describe("a columnist's note closing the column", () => {
  it('is furniture: the name, a description in commas and the column written', () => {
    const dari = segmented([
      'نامه‌ای از ورسج',
      '',
      'این هفته نامه‌ای از یک معلم در ورسج رسید.',
      '',
      'نادیه کریمی، معلم پیشین در تالقان، ستون ماهانهٔ «صدای دره» را می‌نویسد.',
    ]);
    expect(dari.paragraphs).toEqual(['این هفته نامه‌ای از یک معلم در ورسج رسید.']);
    const english = segmented([
      'A letter from Warsaj',
      '',
      'This week a letter came from a teacher in Warsaj.',
      '',
      'Omid Rahimi, a former clerk in Taloqan, writes the monthly column Valley Voices.',
    ]);
    expect(english.paragraphs).toEqual(['This week a letter came from a teacher in Warsaj.']);
  });

  it('leaves a reader who writes in the story', () => {
    const page = segmented([
      'A letter from Warsaj',
      '',
      'This week a letter came from Warsaj.',
      '',
      'Farid, a farmer in Kunduz, writes to us every week about his orchard.',
    ]);
    expect(page.paragraphs).toHaveLength(2);
  });
});
