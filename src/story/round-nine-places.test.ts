import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { readDateline } from './dateline.ts';
import { placeIndexFor } from './ingest.ts';
import { findPlaceCandidates } from './link-places.ts';

// Place readings of the ninth round, each class tried on sentences no article holds. Read against the whole
// country's names.
const index = placeIndexFor(builtGazetteer());
const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

describe('a Dari name far from the map or also a word, named by a journey or a market', () => {
  it('is a place at one end of a journey whose other end is a place', () => {
    expect(ids('کانتینرها را از حیرتان تا پلخمری می‌آوریم.')).toEqual(['حیرتان=AF2116', 'پلخمری=AF0901']);
    expect(ids('مسافران از تالقان تا حیرتان دو روز در راه بودند.')).toEqual([
      'تالقان=AF1801',
      'حیرتان=AF2116',
    ]);
    expect(ids('بیشتر کالاها از راه حیرتان به ازبکستان صادر می‌شود.')).toEqual([
      'حیرتان=AF2116',
      'ازبکستان=UZB',
    ]);
    // Without a journey an off-map district's one-word name that is a word stays unread (a town's own name, حیرتان,
    // is read: see round-nine-wave9p); so does a word at a journey's end with no place.
    expect(ids('شهرک را کمتر کسی دیده است.')).toEqual([]);
    expect(ids('از جرم تا مجازات راه درازی است.')).toEqual([]);
    // A name that is also a word stays a word at a journey's end: a provincial seat, a township.
    expect(ids('زخمیان از دشت ارچی به مقر ولایت منتقل شدند.')).toEqual(['دشت ارچی=AF1906']);
    expect(ids('مسافران از تالقان به شهرک جدید رفتند.')).toEqual(['تالقان=AF1801']);
  });

  it('is a place where a price is read "در" it', () => {
    expect(ids('نرخ آرد در مزار دو روز است که پایین آمده.')).toEqual(['مزار=AF2101']);
    expect(ids('زایران هر جمعه به زیارت مزار می‌روند.')).toEqual([]);
  });

  it('reads «برکه» as Burka in a list of places, and as a pond without a cue', () => {
    expect(ids('دهقانان از خنجان و برکه به بازار آمدند.')).toEqual(['خنجان=AF0906', 'برکه=AF0910']);
    expect(ids('آب برکه در تابستان سبز می‌شود.')).toEqual([]);
  });
});

describe('rivers in the forms writers use', () => {
  it('is the river after "the upper" or "the lower", and its sound is no radio', () => {
    expect(ids('Ferries on the lower Panj stopped running in August.')).toEqual(['Panj=panj-river']);
    expect(ids('Nothing grows where the upper Kokcha leaves the gorge.')).toEqual(['Kokcha=kokcha-river']);
    expect(ids('شب‌ها از خانه صدای دریای کوکچه شنیده می‌شود.')).toEqual(['دریای کوکچه=kokcha-river']);
    // A radio named after a province keeps its name: "به صدای بغلان گفت".
    expect(ids('او به صدای بغلان گفت که راه باز است.')).toEqual([]);
  });
});

describe('names in a capitalised banner or headline', () => {
  it('is the place when a pronoun or small verb, not a body, follows it', () => {
    expect(ids('Their placard said TAKHAR WILL HAVE ITS BRIDGE and nothing else.')).toEqual(['TAKHAR=AF18']);
    expect(ids('The crowd sang along to Takhar With Its Riders, an old song.')).toEqual(['Takhar=AF18']);
    // A team named after the town is still the team.
    expect(ids('The Kunduz Riders lost the final.')).toEqual([]);
  });
});

describe('a name a province shares with its capital, read as the town', () => {
  it('is the city before a warehouse or a depot', () => {
    expect(ids('Seed is kept in the Kunduz warehouse until March.')).toEqual(['Kunduz=AF1901']);
    expect(ids('The fuel came from the Kunduz depot.')).toEqual(['Kunduz=AF1901']);
  });

  it('is the city listed with a district town, and the province holding districts after ", in"', () => {
    expect(ids('Buses leave from Kunduz and Khanabad at dawn.')).toEqual([
      'Kunduz=AF1901',
      'Khanabad=AF1904',
    ]);
    expect(ids('بار از کندز و خان‌آباد می‌آید.')).toEqual(['کندز=AF1901', 'خان‌آباد=AF1904']);
    expect(ids('Farmers in Archi and Khanabad, in Kunduz, lost their wheat.')).toEqual([
      'Archi=AF1906',
      'Khanabad=AF1904',
      'Kunduz=AF19',
    ]);
    // A province in the same list makes it a list of provinces and districts.
    expect(ids('Aid convoys went to Nahrin, Kunduz and Takhar.')).toEqual([
      'Nahrin=AF0904',
      'Kunduz=AF19',
      'Takhar=AF18',
    ]);
  });
});

describe('a name placed abroad, or only listed beside abroad', () => {
  it('lists a province or a capital in "in …, in Iran", but places a border district there', () => {
    expect(ids('It was no different in Balkh, in Herat, in Iran.')).toEqual([
      'Balkh=AF21',
      'Herat=AF3201',
      'Iran=IRN',
    ]);
    expect(ids('Rents are lower in Darwaz, in Tajikistan.')).toEqual(['Tajikistan=TJK']);
    // Only a list's item: a province named once, then ", in" a country, is placed there.
    expect(ids('Many families now live in Badakhshan, in Tajikistan, far from home.')).toEqual([
      'Tajikistan=TJK',
    ]);
  });

  it('does not read a town abroad as the near spelling of an Afghan district', () => {
    expect(ids('Cotton from Farkhor crosses to the Tajik markets.')).toEqual([]);
    expect(ids('Cotton from Farkhar reaches Taloqan.')).toEqual(['Farkhar=AF1808', 'Taloqan=AF1801']);
  });
});

describe('a name a province shares with its capital, compared with a town or leading a road', () => {
  it('is the city compared with a town, and stays open compared with a province', () => {
    expect(ids('Taloqan has grown faster than Kunduz in ten years.')).toEqual([
      'Taloqan=AF1801',
      'Kunduz=AF1901',
    ]);
    expect(ids('Takhar is poorer than Kunduz.')).toEqual(['Takhar=AF18', 'Kunduz=AF19']);
  });

  it('is the city at the head of a Dari road leading out of it', () => {
    expect(ids('شاهراه اصلی کندز به طرف خان‌آباد دوباره باز شد.')).toEqual([
      'کندز=AF1901',
      'خان‌آباد=AF1904',
    ]);
    expect(ids('سرک کندز خراب است.')).toEqual(['کندز=AF19']);
  });
});

describe('Dari names far from the map that are towns, and organisations with two adjectives', () => {
  it('reads a provincial capital far from the map after "در", and a capital that is a word only with a cue', () => {
    expect(ids('برادرم در شبرغان دکان دارد.')).toEqual(['شبرغان=AF2801']);
    expect(ids('او پیراهن نیلی پوشیده بود.')).toEqual([]);
  });

  it("reads a name after a company with two adjectives as the company's", () => {
    expect(ids('شرکت هوایی خصوصی کابل اعلام کرد که پروازها ادامه دارد.')).toEqual([]);
  });
});

describe("a Dari dateline with the date inside the agency's brackets", () => {
  it('gives the city and the date', () => {
    const d = readDateline('تالقان (خبرگزاری شمال، ۱ حمل ۱۴۰۵): باران شدید آمد.');
    expect(d?.city).toEqual({ start: 0, end: 'تالقان'.length });
    expect(d?.date).toBe('2026-03-21');
  });
});

describe('a dashed route, read with both its ends', () => {
  it('makes towns of its ends, with or without spaces round the dash, but keeps a pass or a province', () => {
    expect(ids('Fares on Kunduz–Mazar flights went up again.')).toEqual(['Kunduz=AF1901', 'Mazar=AF2101']);
    expect(ids('مسافران سرک کندز - تالقان را ترجیح می‌دهند.')).toEqual(['کندز=AF1901', 'تالقان=AF1801']);
    expect(ids('برف شاهراه کابل-سالنگ را بست.')).toEqual(['کابل=AF0101', 'سالنگ=salang-pass']);
    expect(ids('The Kunduz-Takhar highway reopened.')).toEqual(['Kunduz=AF19', 'Takhar=AF18']);
  });
});

describe('livesOrLandsIn: where a person lives or works, or a plane lands, is the town', () => {
  it('reads the town where no position alone would: the name before a comma, or after a war or farm word', () => {
    expect(ids('My uncle lives in Kunduz, near the old fort.')).toEqual(['Kunduz=AF1901']);
    expect(ids('The last plane landed in Kunduz, an hour late.')).toEqual(['Kunduz=AF1901']);
    expect(ids('He grows rice and works in Kunduz.')).toEqual(['Kunduz=AF1901']);
    expect(ids('بسیاری از بیجاشدگان جنگ اکنون در کندز زندگی می‌کنند.')).toEqual(['کندز=AF1901']);
    expect(ids('دهقانان جوان حالا در کندز کار می‌کنند.')).toEqual(['کندز=AF1901']);
  });
});
