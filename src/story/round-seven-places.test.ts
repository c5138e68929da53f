import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { chromeReason } from './clean.ts';
import { ingestStory, placeIndexFor } from './ingest.ts';
import { findPlaceCandidates } from './link-places.ts';
import { isAddressLine, isDariReadMore, isPhotoCredit } from './page-chrome.ts';
import { isAuthorNote } from './paragraphs.ts';
import { dariOfficeOfPlace, definiteRoleMention } from './place-people.ts';
import type { Story } from './schema.ts';

// Place readings of the seventh round, each class tried on sentences no article holds: other verbs, other word
// orders, English and Dari. Read against the whole country's names.
const index = placeIndexFor(builtGazetteer());
const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

describe('a name a province shares with its capital, read as the city by what a town has', () => {
  it('is the city at a town venue: halls, stations, a stadium, a Dari hall', () => {
    expect(ids('Students waited outside the exam halls in Kunduz before dawn.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Fares at the bus station in Kunduz doubled overnight.')).toEqual(['Kunduz=AF1901']);
    expect(ids('شاگردان پیش از طلوع آفتاب در برابر سالون‌های امتحان در کندز صف کشیدند.')).toEqual([
      'کندز=AF1901',
    ]);
  });

  it('is the city where traffic, rents and prices are read', () => {
    expect(ids('Traffic in Kunduz was jammed for hours after the rain.')).toEqual(['Kunduz=AF1901']);
    expect(ids('A kilo of tomatoes costs twenty afghanis more in Kunduz than in the villages.')).toEqual([
      'Kunduz=AF1901',
    ]);
    expect(ids('بهای یک سیر گندم در کندز دو صد افغانی بالا رفته است.')).toEqual(['کندز=AF1901']);
  });

  it('is the city at either end of a journey with another town', () => {
    expect(ids('He flew from Kabul to Kunduz on Tuesday.')).toEqual(['Kabul=AF0101', 'Kunduz=AF1901']);
    expect(ids('مسافران از کندز به مزار شریف رفتند.')).toEqual(['کندز=AF1901', 'مزار شریف=AF2101']);
  });

  it('is the city after the same preposition as a town earlier in the sentence', () => {
    expect(ids('Bread costs more in Taloqan than in Kunduz.')).toEqual(['Taloqan=AF1801', 'Kunduz=AF1901']);
    expect(ids('بیماران را به تالقان می‌برند و اگر آنجا داکتر نباشد، به کندز.')).toEqual([
      'تالقان=AF1801',
      'کندز=AF1901',
    ]);
  });

  it('is the city for a town trade, a possessive venue and its neighbourhoods', () => {
    expect(ids('A rickshaw driver in Kunduz said fares had doubled.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Kunduz’s main square was crowded on Friday.')).toEqual(['Kunduz=AF1901']);
    expect(ids('The neighbourhoods of Kunduz flooded overnight.')).toEqual(['Kunduz=AF1901']);
    expect(ids('کرایهٔ خانه در کندز دو برابر شده است.')).toEqual(['کندز=AF1901']);
    expect(ids('خانواده‌های بیجا شده در حاشیهٔ کندز خیمه زده‌اند.')).toEqual(['کندز=AF1901']);
    expect(ids('شهروندان کندز از کمبود آب شکایت دارند.')).toEqual(['کندز=AF1901']);
    expect(ids('ترافیک در کندز پس از باران بند شد.')).toEqual(['کندز=AF1901']);
    expect(ids('خشکسالی در کندز و تخار به زمین‌ها آسیب رساند.')).toEqual(['کندز=AF19', 'تخار=AF18']);
  });

  it('stays the province when a context "in" it reaches over a list of provinces', () => {
    expect(ids('Wheat prices in Kunduz, Takhar and Baghlan rose sharply.')).toEqual([
      'Kunduz=AF19',
      'Takhar=AF18',
      'Baghlan=AF09',
    ]);
    expect(ids('Traders in Kunduz and Takhar complained about taxes.')).toEqual([
      'Kunduz=AF19',
      'Takhar=AF18',
    ]);
  });

  it('stays the province heading a list of provinces at a route’s end', () => {
    expect(ids('Aid convoys travelled from Mazar-e-Sharif to Kunduz, Takhar and Badakhshan.')).toEqual([
      'Mazar-e-Sharif=AF2101',
      'Kunduz=AF19',
      'Takhar=AF18',
      'Badakhshan=AF17',
    ]);
  });

  it('stays the province for a province’s matters, and across sentences', () => {
    expect(ids('The drought in Kunduz has ruined the wheat.')).toEqual(['Kunduz=AF19']);
    expect(ids('Some families went to Taloqan. Others went to Kunduz for the winter.')).toEqual([
      'Taloqan=AF1801',
      'Kunduz=AF19',
    ]);
    expect(ids('The traffic police in Kunduz fined forty drivers.')).toEqual(['Kunduz=AF19']);
  });
});

const storyOf = (lines: string[]) => ingestStory(lines.join('\n\n'), builtGazetteer());
const placesOf = (story: Story) => story.mentions.map((m) => `${m.text}=${m.place}`);

describe('page chrome that names places', () => {
  it('drops a caption closing with its © credit, and one opening "Pictured:"', () => {
    expect(
      isPhotoCredit('Women sort apricots in a courtyard in Rostaq, Takhar. © North Desk / M. Noori'),
    ).toBe(true);
    expect(isPhotoCredit('Pictured: trucks loaded with melons queue at the port in August.')).toBe(true);
    expect(isPhotoCredit('© 2026 North Desk. All rights reserved.')).toBe(false);
    expect(isPhotoCredit('The clinic in Rostaq opened in June, officials said.')).toBe(false);
  });

  it('drops a Dari caption under a plural label and a "read more" line with its links', () => {
    expect(isPhotoCredit('عکس‌ها: زنان در حویلی‌ای در رستاق زردآلو جدا می‌کنند.')).toBe(true);
    expect(isDariReadMore('بیشتر بخوانید: سیلاب در بدخشان؛ مکتب تازه در تالقان')).toBe(true);
    expect(isDariReadMore('همچنین بخوانید: راه سالنگ باز شد')).toBe(true);
    expect(isDariReadMore('او گفت که مردم باید این گزارش را بخوانند.')).toBe(false);
  });

  it('reads an outlet’s name over its menu as the masthead, a "Trending now" list as links', () => {
    const story = storyOf([
      'Skip to content',
      'The Kunduz Observer ☰ Menu',
      'News   Provinces   Economy   Sport   Opinion',
      'Kunduz traders wait for the border to reopen',
      'KUNDUZ — Hundreds of trucks have waited for a week at the border, drivers said.',
      '"We lose money every day," said Noor Ahmad, a driver from Khanabad.',
      'Trending now',
      'Faizabad: a new bridge over the river',
      'Baghlan: sugar factory hires again',
    ]);
    expect(story.meta.title).toBe('Kunduz traders wait for the border to reopen');
    expect(placesOf(story)).toEqual(['KUNDUZ=AF1901', 'Khanabad=AF1904']);
  });

  it('drops a credit saying where the story was filed, in English and Dari', () => {
    expect(chromeReason('Filed from Kunduz. Additional reporting by Ahmad Jawed in Taloqan.')).toBe('byline');
    expect(chromeReason('Reported from Faizabad.')).toBe('byline');
    expect(chromeReason('گزارش از: احمد جاوید، تالقان')).toBe('byline');
    expect(chromeReason('Filed under a new law, the complaint went to Kunduz.')).toBe(null);
  });

  it('drops the outlet’s address and its closing note about itself', () => {
    expect(isAddressLine('Address: House 12, Street 4, Taloqan, Takhar')).toBe(true);
    expect(isAddressLine('آدرس: کارته سه، شهر تالقان، ولایت تخار')).toBe(true);
    expect(isAuthorNote('North Desk is an independent newsroom based in Kunduz.')).toBe(true);
    const story = storyOf([
      'Water returns to the canals of Archi',
      'Farmers in Dasht-e-Archi district opened the canal gates on Monday.',
      'Address: House 12, Street 4, Taloqan, Takhar',
      'North Desk is an independent newsroom based in Kunduz.',
    ]);
    expect(placesOf(story)).toEqual(['Dasht-e-Archi district=AF1906']);
  });

  it('drops a Dari author’s note in italics once the links under it are gone', () => {
    const story = storyOf([
      'باران شدید در رستاق',
      'رستاق – ژاله‌باری در ولسوالی رستاق ولایت تخار به باغ‌های زردآلو آسیب رساند.',
      'عکس‌ها: زنان در حویلی‌ای در رستاق زردآلوهای آسیب‌دیده را جدا می‌کنند.',
      '*مینا سادات خبرنگار آزاد در کندز است و دربارهٔ زراعت می‌نویسد.*',
      'بیشتر بخوانید: سیلاب در بدخشان؛ مکتب تازه در تالقان',
    ]);
    expect(placesOf(story)).toEqual(['رستاق=AF1810', 'رستاق=AF1810', 'تخار=AF18']);
  });
});

describe('towns across the border named like Afghan districts', () => {
  it('lie abroad when listed with a town or region abroad, on either side', () => {
    expect(ids('Villages of Darvaz and Tajik Badakhshan are visible from the Afghan bank.')).toEqual([]);
    expect(ids('Traders from Khorog and Ishkashim cross the bridge on market days.')).toEqual([]);
    expect(ids('Refugees from the valleys of Kohistan and Swat settled in the camp.')).toEqual([]);
    expect(ids('مردم اشکاشم و خاروغ در آن سوی مرز زندگی می‌کنند.')).toEqual([]);
  });

  it('stay Afghan when the pair spans the border, or for a provincial capital', () => {
    expect(ids('A new bridge between Shighnan and Khorog opened in May.')).toEqual(['Shighnan=AF1719']);
    expect(ids('پل میان اشکاشم و خاروغ بسته شد.')).toEqual(['اشکاشم=AF1723']);
    expect(ids('Kabul and Dushanbe signed the agreement.')).toEqual(['Kabul=AF0101']);
  });

  it('lie abroad after a far-side venue or "across the river in Tajikistan"', () => {
    expect(ids('Traders carry flour to the Tajik-side market in Ishkashim every Saturday.')).toEqual([]);
    expect(ids('Ishkashim, across the river in Tajikistan, has a bigger market.')).toEqual([
      'Tajikistan=TJK',
    ]);
  });
});

const linked = (text: string) => placesOf(ingestStory(`عنوان\n\n${text}`, builtGazetteer()));

describe('districts a Dari text names with words that are also phrases, ports and offices', () => {
  it('links a word-like district after its governor or residents, closing on a comma or their verb', () => {
    expect(ids('مولوی عبدالرحیم، ولسوال چاه آب، این خبر را تأیید کرد.')).toEqual(['چاه آب=AF1816']);
    expect(ids('باشندگان چاه آب می‌گویند که راه بسته است.')).toEqual(['چاه آب=AF1816']);
    expect(ids('ساکنان خواهان می‌گویند که پل ویران شده است.')).toEqual(['خواهان=AF1720']);
  });

  it('leaves the phrase where it is a well or a wish', () => {
    expect(ids('ولسوال چاه آب را افتتاح کرد.')).toEqual([]);
    expect(ids('باشندگان خواهان کمک حکومت شدند.')).toEqual([]);
  });

  it('links a port off the map after its Dari noun', () => {
    expect(ids('کالاها از راه بندر حیرتان به کشور می‌رسد.')).toEqual(['حیرتان=AF2116']);
    expect(ids('موترهای باربری در گذرگاه مرزی تورخم ایستاده‌اند.')).toEqual(['تورخم=AF0617']);
  });

  it('links the province closing a Dari office’s long name, there and bare later', () => {
    expect(
      linked(
        'رئیس زراعت، آبیاری و مالداری تخار روز شنبه به خبرنگاران گفت: «کار ادامه دارد.» باران در تخار کم بود.',
      ),
    ).toEqual(['تخار=AF18', 'تخار=AF18']);
    expect(dariOfficeOfPlace('آبیاری و مالداری تخار', (w) => w === 'تخار')).toBe(true);
    expect(dariOfficeOfPlace('نصرالله وردک', (w) => w === 'وردک')).toBe(false);
  });
});

describe('people named like places', () => {
  it('reads a name with an age after it as a person, there and bare later', () => {
    expect(
      linked('Nahrin, 12, walks two hours to school from her village in Baghlan. Nahrin wants to teach.'),
    ).toEqual(['Baghlan=AF09']);
    expect(linked('نهرین سلطانی دوازده سال دارد. نهرین می‌خواهد داکتر شود.')).toEqual([]);
    expect(linked('Cases were counted in Kunduz, 12, and Takhar, 8.')).toEqual([
      'Kunduz=AF19',
      'Takhar=AF18',
    ]);
  });

  it('reads a name before ", who" or a relation as a person, but not one after a preposition', () => {
    expect(linked('Her best pupil is Banu, who finished the sixth grade. Banu reads every book.')).toEqual(
      [],
    );
    expect(linked('Nahrin’s mother sells bread. Nahrin helps her.')).toEqual([]);
    expect(linked('An official in Rostaq, who asked not to be named, confirmed it.')).toEqual([
      'Rostaq=AF1810',
    ]);
  });

  it('reads a surname introduced with a role as the person "according to" it', () => {
    expect(
      linked(
        'The librarian, Mahbooba Kakar, drives the van. According to Kakar, the children read everything.',
      ),
    ).toEqual([]);
  });

  it('reads a province-named surname before a relation as the person', () => {
    expect(linked('Haji Nasrullah Wardak trades melons. Wardak’s sons drive the trucks.')).toEqual([]);
    expect(linked('Families in Wardak’s villages fled.')).toEqual(['Wardak=AF04']);
  });
});

describe('a place inside a definite role that names a speaker', () => {
  it('links the province of "the Takhar governor" when the governor’s spokesman is the speaker', () => {
    expect(linked('Ahmad Noori, a spokesman for the Takhar governor, visited the school.')).toEqual([
      'Takhar=AF18',
    ]);
    expect(definiteRoleMention('for the Takhar governor', { start: 4, end: 23 })).toBe(true);
  });
});
