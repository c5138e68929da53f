import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { placeIndexFor } from './ingest.ts';
import { findPlaceCandidates } from './link-places.ts';
import { readDateline } from './dateline.ts';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Place readings of the sixteenth round's city wave: a name a province shares with its town, a pass's road,
// bodies named after places; each class tried on sentences no article holds.
const index = placeIndexFor(builtGazetteer());
const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

describe('a Dari road called by a name a pass shares with a district', () => {
  it('is the pass, whatever province stands in the sentence', () => {
    expect(
      ids('شاهراه سالنگ از دیشب بسته است و موترها در ولسوالی جبل‌السراج ولایت پروان ایستاده‌اند.'),
    ).toEqual(['سالنگ=salang-pass', 'جبل‌السراج=AF0305', 'پروان=AF03']);
    expect(ids('مسافران از مزار تا کابل از جادهٔ سالنگ رفتند.')).toContain('سالنگ=salang-pass');
  });

  it('leaves the district named as a district', () => {
    expect(ids('ولسوالی سالنگ ولایت پروان زیر برف است.')).toEqual(['سالنگ=AF0306', 'پروان=AF03']);
  });
});

describe('a news agency, a radio or a paper named after a place', () => {
  it('is the outlet, credited in brackets or told something, in Dari', () => {
    expect(ids('کشم (آژانس خبری پامیر، ۳ جدی): دو پل در سیلاب از بین رفت.')).toEqual(['کشم=AF1715']);
    expect(ids('یک راننده به آژانس خبری کوکچه گفت که راه باز است.')).toEqual([]);
    expect(ids('ورسج (صدای کوکچه): نرخ آرد پایین آمد.')).toEqual(['ورسج=AF1813']);
  });

  it('is the outlet in English, as "Radio Kokcha" is', () => {
    expect(ids('A trader told the Kokcha News Agency that flour was short.')).toEqual([]);
    expect(ids('Speaking to Voice of Kokcha, the elder said the ferry was late.')).toEqual([]);
  });

  it('leaves the river whose sound is heard, and a place beside a plain noun', () => {
    // No «را» after the river: the sound of the river alone keeps it (a «را» would leave it anyway).
    expect(ids('صدای دریای کوکچه تا صبح در ده شنیده می‌شد.')).toEqual(['دریای کوکچه=kokcha-river']);
    // "voice" in lower case before the place, no "of" between: a plain noun, not a name's head.
    expect(ids('The new mayor promised a louder voice for Kunduz in Kabul.')).toEqual([
      'Kunduz=AF19',
      'Kabul=AF0101',
    ]);
  });

  it('leaves the place an outlet speaks of («را» after it, a generic adjective between), and a headline’s voice or agency', () => {
    expect(ids('آن روزنامه تخار را سرزمین نمک نامید.')).toEqual(['تخار=AF18']);
    expect(ids('رادیوی محلی بغلان از بسته شدن راه خبر داد.')).toContainEqual(
      expect.stringMatching(/^بغلان=/),
    );
    expect(ids('Baghlan Teachers Win A Voice')).toHaveLength(1);
    expect(ids('Takhar Herders Against The Agency')).toHaveLength(1);
  });
});

describe('arriving at a name a province shares with its town, in the Dari present', () => {
  it('is the town, as the past «رسیدند» is', () => {
    expect(ids('هر هفته ده‌ها لاری گندم از مزار به کندز می‌رسند.')).toContain('کندز=AF1901');
    expect(ids('اگر راه باز باشد، مسافران تا شام به کندز برسند.')).toContain('کندز=AF1901');
    expect(ids('بار تازه هر روز از کندز می‌رسد.')).toEqual(['کندز=AF1901']);
    // In the singular after «به», a starting point earlier in the clause.
    expect(ids('یک موتر باربری از شبرغان هر شب به کندز می‌رسد.')).toEqual(['شبرغان=AF2801', 'کندز=AF1901']);
  });

  it('leaves the province where nothing arrives', () => {
    expect(ids('بزرگان از کندز رسم‌های کهنه را به یاد دارند.')).toEqual(['کندز=AF19']);
    expect(ids('به کندز رسیدگی نشده است.')).toEqual(['کندز=AF19']);
  });

  it('leaves the province for what comes in the singular with no starting point, or spreads to its districts', () => {
    expect(ids('باران‌های بهاری هفتهٔ دیگر به کندز می‌رسد.')).toEqual(['کندز=AF19']);
    expect(ids('دعا می‌کنیم آرامش به کندز برسد.')).toEqual(['کندز=AF19']);
    expect(ids('بستهٔ کمکی به کندز می‌رسد و در ولسوالی‌های دور پخش می‌شود.')).toEqual(['کندز=AF19']);
    expect(ids('تیم‌های واکسین فردا به کندز می‌رسند و به همه ولسوالی‌ها می‌روند.')).toEqual(['کندز=AF19']);
  });
});

describe("a trip's destination, a road's end, a place reached from abroad", () => {
  it('is the town', () => {
    expect(ids('After the call, his brothers set off for Kunduz before dawn.')).toEqual(['Kunduz=AF1901']);
    expect(ids('The last minibus for Kunduz was full of students.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Snow closed the only highway into Kunduz for a day.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Some forty lorries a week arrive in Kunduz from Uzbekistan.')).toEqual([
      'Kunduz=AF1901',
      'Uzbekistan=UZB',
    ]);
  });

  it('leaves the province where no one travels, or a list of provinces is the end', () => {
    expect(ids('There was no money left for Kunduz after the floods.')).toEqual(['Kunduz=AF19']);
    expect(ids('Many families left Kunduz for good in the war years.')).toEqual(['Kunduz=AF19']);
    expect(ids('The road to Kunduz and Takhar was cut by floods.')).toEqual(['Kunduz=AF19', 'Takhar=AF18']);
    expect(ids('Hundreds of families reached Kunduz from Baghlan last winter.')).toEqual([
      'Kunduz=AF19',
      'Baghlan=AF09',
    ]);
  });

  it('leaves the province for an official’s "head for", a possessive, or a sentence holding its districts', () => {
    expect(ids('"The camps are full," said Laila Amiri, the charity’s head for Kunduz.')).toEqual([
      'Kunduz=AF19',
    ]);
    expect(ids('The long road to Kunduz’s recovery starts with its canals.')).toEqual(['Kunduz=AF19']);
    expect(ids('Six lorries for Kunduz carried tents for families in three districts.')).toEqual([
      'Kunduz=AF19',
    ]);
    expect(ids('Hundreds of families reached Kunduz from Tajikistan and settled in Khanabad.')).toEqual([
      'Kunduz=AF19',
      'Tajikistan=TJK',
      'Khanabad=AF1904',
    ]);
    expect(ids('The main highway to Kunduz runs through Baghlan.')).toEqual(['Kunduz=AF19', 'Baghlan=AF09']);
  });
});

describe('districts in the plural, or counted, of a name a province shares with a district', () => {
  it('are the province’s districts, so the name is the province', () => {
    expect(ids('مکتب‌های ولسوالی‌های کندز هنوز بخاری ندارند.')).toEqual(['کندز=AF19']);
    expect(ids('در چهار ولسوالی کندز و تخار کشت شالی کم شده است.')).toEqual(['کندز=AF19', 'تخار=AF18']);
    expect(ids('Locusts were found in five Kunduz districts this spring.')).toEqual(['Kunduz=AF19']);
  });

  it('leaves the district named alone, or listed with another district', () => {
    expect(ids('شاروالی در ولسوالی کندز سرک تازه ساخت.')).toEqual(['کندز=AF1901']);
    expect(ids('در ولسوالی‌های چهاردره و کندز سیلاب آمد.')).toEqual(['چهاردره=AF1902', 'کندز=AF1901']);
  });

  it('leaves the whole district, and a year before the noun', () => {
    expect(ids('برق تمام ولسوالی کندز دیشب قطع شد.')).toEqual(['کندز=AF1901']);
    expect(ids('همه ولسوالی کندز امروز بازار نداشت.')).toEqual(['کندز=AF1901']);
    expect(ids('در جوزا ۱۴۰۲ ولسوالی کندز مکتب تازه گرفت.')).toEqual(['کندز=AF1901']);
    // A year of two digits after its month: only the month tells it from a count.
    expect(ids('در قوس ۹۹ ولسوالی کندز شفاخانهٔ تازه باز شد.')).toEqual(['کندز=AF1901']);
    expect(ids('از سال ۹۸ ولسوالی کندز سرک پخته دارد.')).toEqual(['کندز=AF1901']);
    expect(ids('باران ۴ ولسوالی کندز را گرفت.')).toEqual(['کندز=AF19']);
  });
});

describe('a town’s wholesale market or its traders "of" a name a province shares with its town', () => {
  it('is the town', () => {
    expect(ids('Onions doubled in price at the mandawi of Kunduz this week.')).toEqual(['Kunduz=AF1901']);
    expect(ids('The money changers of Kunduz shut their stalls at noon.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Several wholesalers of Kunduz stopped buying cotton.')).toEqual(['Kunduz=AF1901']);
  });

  it('leaves the province in a list of provinces, and where no town’s trade is named', () => {
    expect(ids('The dealers of Takhar and Kunduz met in Mazar.')).toContain('Kunduz=AF19');
    expect(ids('The farmers of Kunduz sowed less rice.')).toEqual(['Kunduz=AF19']);
    expect(ids('Iran is a big buyer, say the exporters of Kunduz melons.')).toEqual([
      'Iran=IRN',
      'Kunduz=AF19',
    ]);
    expect(ids('The traders of Kunduz rice met the minister.')).toEqual(['Kunduz=AF19']);
  });
});

describe('a journey to a town across the northern border', () => {
  it('makes the other end the town, as a far city abroad does', () => {
    expect(ids('A weekly bus now runs from Kunduz to Kulob.')).toEqual(['Kunduz=AF1901']);
  });
});

describe('a person from a name a province shares with its town', () => {
  it('is from the province when no trade is named, or only a count of people', () => {
    expect(ids('The guard laughed at a man from Kunduz who asked for directions.')).toEqual(['Kunduz=AF19']);
    expect(ids('Most pickers came from Archi, and a few from Kunduz.')).toEqual([
      'Archi=AF1906',
      'Kunduz=AF19',
    ]);
  });

  it('is from the town when a trade is named', () => {
    expect(ids('A mechanic from Kunduz fixed the pump in an hour.')).toEqual(['Kunduz=AF1901']);
  });
});

describe('a wire dateline a name a province shares with its town opens', () => {
  it('reads the country in brackets before the agency, as AFP writes it', () => {
    const line = 'Taloqan (Afghanistan) (AFP) - Two bridges were swept away overnight.';
    expect(readDateline(line)?.city).toEqual({ start: 0, end: 7 });
    expect(readDateline('Taloqan (Afghanistan) said the report.')).toBeNull();
  });

  it('is the town under a wire story’s bullets and byline, its agency in brackets before a hyphen', () => {
    const story = readWithCountry(
      [
        'Flour prices climb as border stays shut',
        '(Adds quote from trader in paragraph 5)',
        '    * Prices up a third in a month',
        '    * Trucks wait at the crossing',
        'By Samira Nadeem',
        'KUNDUZ, Afghanistan, Nov 2 (Reuters) - Flour has risen by a third in a month, traders said on Sunday.',
      ].join('\n\n'),
    );
    expect(placesOf(story)[0]).toEqual(['KUNDUZ', 'AF1901']);
  });

  it('leaves a fact box line, a province in capitals and its capital in brackets before a hyphen', () => {
    const story = readWithCountry(
      [
        'Snow cuts roads across the north',
        'Snow closed three passes on Tuesday, officials said.',
        'Ploughs are expected to clear them by the weekend.',
        'The provinces in figures:',
        'BAGHLAN (Pul-e Khumri) - 1.2 million people, 15 districts',
      ].join('\n\n'),
    );
    expect(placesOf(story)).toContainEqual(['BAGHLAN', 'AF09']);
  });
});

describe('a name a province shares with its capital compared with a province', () => {
  it('is the province', () => {
    expect(ids('In Takhar, where the canals were cleaned, yields rose more than in Kunduz.')).toEqual([
      'Takhar=AF18',
      'Kunduz=AF19',
    ]);
    expect(ids('Measles spread faster in Badakhshan this winter than Kunduz.')).toEqual([
      'Badakhshan=AF17',
      'Kunduz=AF19',
    ]);
  });

  it('stays the town compared with a town', () => {
    expect(ids('A Takhar baker said bread is dearer in Taloqan than in Kunduz.')).toEqual([
      'Takhar=AF18',
      'Taloqan=AF1801',
      'Kunduz=AF1901',
    ]);
  });
});

describe('the people of a name a province on the map shares with its capital', () => {
  it('are the town’s', () => {
    expect(ids('باشندگان کندز از قطع آب آشامیدنی شکایت دارند.')).toEqual(['کندز=AF1901']);
    expect(ids('The residents of Kunduz woke to a second day without gas.')).toEqual(['Kunduz=AF1901']);
  });

  it('are a province’s where a member of parliament represents them or a province is listed with the name', () => {
    expect(ids('وکیل مردم کندز در پارلمان از وزارت انرژی پرسید.')).toEqual(['کندز=AF19']);
    expect(ids('She was elected to represent the people of Kunduz in 2018.')).toEqual(['Kunduz=AF19']);
    expect(ids('اهالی کندز و تخار منتظر کمک هستند.')).toEqual(['کندز=AF19', 'تخار=AF18']);
  });

  it('are a province’s where no town service is spoken of, or a parliament or its districts are', () => {
    expect(ids('The people of Kunduz have lived through three droughts in a decade.')).toEqual([
      'Kunduz=AF19',
    ]);
    expect(ids('The residents of Kunduz sent eight members to parliament in the vote.')).toEqual([
      'Kunduz=AF19',
    ]);
    expect(ids('باشندگان کندز در ولسوالی‌های خان‌آباد و چهاردره گندم کاشتند.')).toContain('کندز=AF19');
    expect(ids('وکیلان ولسی جرگه گفتند مردم کندز از بی‌آبی و بی‌برقی خسته شده‌اند.')).toEqual(['کندز=AF19']);
  });
});

describe('a reporter’s sign-off closing a broadcast package', () => {
  it('files the piece from the town', () => {
    expect(ids('The ferry will run again in spring. Samira Haidari, Radio Azadi, Kunduz.')).toEqual([
      'Kunduz=AF1901',
    ]);
    expect(ids('Nobody yet knows who will pay. Omid Karimi, Evening Report, Baghlan.')).toEqual([
      'Baghlan=AF0905',
    ]);
  });

  it('leaves a list of places ending a sentence', () => {
    expect(ids('Worst hit were four provinces. Sar-e Pul, Faryab, Kunduz.')).toEqual([
      'Sar-e Pul=AF22',
      'Faryab=AF29',
      'Kunduz=AF19',
    ]);
  });
});

describe('a place’s name in the plural', () => {
  it('is the name spoken of as a word, not a place', () => {
    expect(ids('Couriers often mix up the two Faizabads, one in Jawzjan and one in Badakhshan.')).toEqual([
      'Jawzjan=AF28',
      'Badakhshan=AF17',
    ]);
  });

  it('leaves a near spelling in the singular', () => {
    expect(ids('The convoy reached Kondoz at dusk.')).toEqual(['Kondoz=AF1901']);
  });
});
