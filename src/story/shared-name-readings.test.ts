import { describe, expect, it } from 'vitest';
import { builtGazetteer } from './built-gazetteer.ts';
import { placeIndexFor } from './ingest.ts';
import { findPlaceCandidates } from './link-places.ts';
import { DARI_TRADER_PLURALS } from './lexicon.ts';
import { windowCursor } from './shared-name-readings.ts';

// A name a province shares with a town (Kunduz and its capital; Baghlan and Baghlan-e-Jadid), read by the
// constructions of shared-name-readings.ts, each on sentences of its own.
const index = placeIndexFor(builtGazetteer());
const ids = (text: string) => findPlaceCandidates(text, index).map((c) => `${c.text}=${c.ids.join(' ')}`);

describe('a trip to or from the name', () => {
  it('is the town when one run is timed, directed, owed or made by a load', () => {
    expect(ids('The two lorries should get to Kunduz around 4pm if the pass stays open.')).toEqual([
      'Kunduz=AF1901',
    ]);
    expect(ids('Every Friday he drives back to Kunduz in his brother’s taxi.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Her uncle rode up from Kunduz for the wedding.')).toEqual(['Kunduz=AF1901']);
    expect(ids('For a passport the farmers must still travel to Kunduz and queue.')).toEqual([
      'Kunduz=AF1901',
    ]);
    expect(ids('The sacks of seed arrived from Kunduz in the rain.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Haulage from Kunduz to the clinic site: 1,200 afghanis.')).toEqual(['Kunduz=AF1901']);
  });

  it('stays the province for a move of years, a river, a list with a province, or a namesake home', () => {
    expect(ids('The clan left Kunduz thirty years ago.')).toEqual(['Kunduz=AF19']);
    expect(ids('The stream comes down from Kunduz into the plain.')).not.toContain('Kunduz=AF1901');
    expect(ids('Traders must still travel to Kunduz and Takhar for permits.')).toEqual([
      'Kunduz=AF19',
      'Takhar=AF18',
    ]);
    expect(ids('After the harvest the labourer went home to Baghlan.')).toEqual(['Baghlan=AF09']);
  });

  it('is the town in Dari when one sets out from it or goes or is invited to it', () => {
    expect(ids('راننده گفت ساعت پنج صبح از کندز حرکت می‌کنیم.')).toEqual(['کندز=AF1901']);
    expect(ids('برای گرفتن جواز باید به کندز بروند.')).toEqual(['کندز=AF1901']);
    expect(ids('شاعران بدخشان برای مشاعره به کندز دعوت شدند.')).toEqual(['بدخشان=AF17', 'کندز=AF1901']);
  });

  it('leaves a Dari name said without a trip verb as it was', () => {
    expect(ids('مهاجران از کندز و تخار ثبت نام کردند.')).toEqual(['کندز=AF19', 'تخار=AF18']);
  });
});

describe('a point beside the name', () => {
  it('is the town off a compass point or on its side', () => {
    expect(ids('The checkpoint stood five kilometres west of Kunduz.')).toEqual(['Kunduz=AF1901']);
    expect(ids('A brick kiln on the northern outskirts of Kunduz burned down.')).toEqual(['Kunduz=AF1901']);
  });

  it('is no town in the north of it, a part of the province', () => {
    expect(ids('Rain fell in the north of Kunduz on Sunday.')).not.toContain('Kunduz=AF1901');
  });
});

describe('town life', () => {
  it('is trading or a relative in the town', () => {
    expect(ids('The tailor buys his cloth in Kunduz.')).toEqual(['Kunduz=AF1901']);
    expect(ids('She sends the money to her nephew in Kunduz.')).toEqual(['Kunduz=AF1901']);
  });

  it('is the province for a list of provinces, and for the whole area', () => {
    expect(ids('Melons are sold in Kunduz and Baghlan.')).toEqual(['Kunduz=AF19', 'Baghlan=AF09']);
    expect(ids('Most households in Kunduz now buy water.')).toEqual(['Kunduz=AF19']);
    expect(ids('Some 900 families have registered in Kunduz since March.')).toEqual(['Kunduz=AF19']);
    expect(ids('The DoPH in Kunduz has not sent vaccines.')).toEqual(['Kunduz=AF19']);
  });
});

describe('a list of towns with their figures, and a bracketed kind', () => {
  it('reads the entries beside a town as towns, in Dari and English', () => {
    expect(ids('قیمت برنج امروز\n◾ کندز: ۸۵ افغانی ◾ تالقان: ۹۰ افغانی')).toEqual([
      'کندز=AF1901',
      'تالقان=AF1801',
    ]);
    expect(ids('Low tonight — Taloqan: 4°C, Kunduz: 7°C.')).toEqual(['Taloqan=AF1801', 'Kunduz=AF1901']);
  });

  it('does not read a numbered list of provinces so', () => {
    expect(ids('Items: 1. Kunduz: new land plots 2. Takhar: school repairs')).toEqual([
      'Kunduz=AF19',
      'Takhar=AF18',
    ]);
  });

  it('reads "(city)" and "(province)" after the name', () => {
    expect(ids('| Kunduz (city) | 120 |\n| Kunduz (province) | 410 |')).toEqual([
      'Kunduz=AF1901',
      'Kunduz=AF19',
    ]);
  });
});

describe('the town Baghlan is named after', () => {
  it('is Baghlan-e-Jadid under a head of towns, on a route with a town, or named by its works', () => {
    expect(ids('سیلاب از کنار شهرهای پلخمری و بغلان گذشت.')).toEqual(['پلخمری=AF0901', 'بغلان=AF0905']);
    expect(ids('The old caravans came from Baghlan and Pul-e-Khumri.')).toEqual([
      'Baghlan=AF0905',
      'Pul-e-Khumri=AF0901',
    ]);
    expect(ids('او سال‌ها در کارخانهٔ قند بغلان کار کرد.')).toEqual(['بغلان=AF0905']);
  });

  it('stays the province in an address after its capital', () => {
    expect(ids('دفتر ساحوی: پلخمری، بغلان')).toEqual(['پلخمری=AF0901', 'بغلان=AF09']);
  });
});

describe('the province by what it holds, and the town a sentence is set in', () => {
  it('is the province when its clause then places something in its districts', () => {
    expect(
      ids('In Takhar the worms were seen in Bangi, while in Kunduz they appeared in Khanabad.'),
    ).toContain('Kunduz=AF19');
  });

  it('is the town when a sentence opens "In" it, unless the sentence names the province', () => {
    expect(ids('Prices rose. In Kunduz, a butcher said mutton had doubled.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Prices rose. In Kunduz, the provincial health office said so.')).toEqual(['Kunduz=AF19']);
  });
});

describe('a town held, a post’s station, Dari town cues, route stops and bus stops', () => {
  it('is the town when held, seized or fought over', () => {
    expect(ids('In 1997 the militia seized Kunduz within a day.')).toEqual(['Kunduz=AF1901']);
    expect(ids('Her letters from rebel-held Kunduz took months.')).toEqual(['Kunduz=AF1901']);
  });

  it('is the town as a post’s duty station, not a provincial post', () => {
    expect(ids('Line manager: Protection Officer, Kunduz')).toEqual(['Kunduz=AF1901']);
    expect(ids('Signed: Provincial Liaison Officer, Kunduz')).not.toContain('Kunduz=AF1901');
  });

  it('is the town in Dari after one traveller from it, an office called by it, or its becoming a centre', () => {
    expect(ids('یک دست‌فروش از کندز گفت که کرایه بالا رفته است.')).toEqual(['کندز=AF1901']);
    expect(ids('تیم ما صبح از دفتر کندز بیرون شد.')).toEqual(['کندز=AF1901']);
    expect(ids('در دههٔ چهل کندز به مرکز بزرگ تجارت پخته تبدیل شد.')).toEqual(['کندز=AF1901']);
  });

  it('is a stop on a dashed route beside a town', () => {
    expect(ids('تابلوی موتر: «تالقان – کندز – پلخمری»')).toEqual([
      'تالقان=AF1801',
      'کندز=AF1901',
      'پلخمری=AF0901',
    ]);
  });

  it('is the town at a bus stop, "at" it on a run, or as the name a town is called — Baghlan too', () => {
    expect(ids('07:15 — The Baghlan bus stand, tea and bread.')).toContain('Baghlan=AF0905');
    expect(ids('Two passengers got off at Baghlan.')).toEqual(['Baghlan=AF0905']);
    expect(ids('They reach a town the drivers still call Baghlan.')).toEqual(['Baghlan=AF0905']);
    expect(ids('09:10 — Kunduz, the old bus terminal, where the driver eats.')).toContain('Kunduz=AF1901');
  });

  it('leaves a look "at" the province as it was', () => {
    expect(ids('Donors are now looking at Baghlan.')).toEqual(['Baghlan=AF09']);
  });
});

describe('a provincial venue named by Baghlan, and a part of a district', () => {
  it('is the province for a regional or provincial hospital, the town for a plain one', () => {
    expect(ids('زخمیان به شفاخانهٔ ولایتی بغلان انتقال یافتند.')).toEqual(['بغلان=AF09']);
    expect(ids('Nurses at the regional hospital of Baghlan went unpaid.')).toEqual(['Baghlan=AF09']);
    expect(ids('زخمیان به شفاخانهٔ بغلان انتقال یافتند.')).toEqual(['بغلان=AF0905']);
  });

  it('is the province when its sentence then names parts of its district, not a trip from one', () => {
    expect(ids('در کندز حال بهتر است، چون بخش‌هایی از امام صاحب باران گرفت.')).toContain('کندز=AF19');
    expect(ids('در کندز مهمانان از امام صاحب رسیدند.')).not.toContain('کندز=AF19');
  });
});

describe("the town's traders in Dari", () => {
  it('reads the name after plural traders in their ezafe as the town', () => {
    expect(ids('رئیس اتحادیهٔ صرافان کندز گفت که نرخ دالر ثابت است.')).toEqual(['کندز=AF1901']);
    expect(ids('دکانداران کندز از بسته شدن سرک شکایت دارند.')).toEqual(['کندز=AF1901']);
  });

  it('leaves the traders of a list of provinces to the provinces', () => {
    expect(ids('تاجران کندز، تخار و بغلان از فیس تازه ناراض‌اند.')).toEqual([
      'کندز=AF19',
      'تخار=AF18',
      'بغلان=AF09',
    ]);
  });
});

describe("DARI_TRADER_PLURALS: the lexicon's traders before the name", () => {
  it('reads the name after each plural of traders as the town', () => {
    for (const traders of DARI_TRADER_PLURALS.map((t) => t.replace('\u200C?', '\u200C')))
      expect(ids(`${traders} کندز از نرخ تازه گله دارند.`)).toEqual(['کندز=AF1901']);
  });
});

describe('windowCursor: the names inside each window, one pointer through the names', () => {
  const name = (start: number) => ({ start, end: start + 1, ids: ['AF09'], qualifier: null });
  it('gives the names starting inside each window as the windows move forward', () => {
    const found = [name(0), name(10), name(20), name(30), name(50)];
    const window = windowCursor(found);
    expect(window(5, 25).map((g) => g.start)).toEqual([10, 20]);
    expect(window(20, 31).map((g) => g.start)).toEqual([20, 30]);
    expect(window(40, 45)).toEqual([]);
    expect(window(45, 99).map((g) => g.start)).toEqual([50]);
  });
});

describe("namesakeTownTrade: a sentence of the namesake town's trade", () => {
  it('reads bare Baghlan as Baghlan-e-Jadid where the sentence is about its sugar', () => {
    expect(ids('Shopkeepers in Mazar say Baghlan sugar is whiter than the imported kind.')).toEqual([
      'Mazar=AF2101',
      'Baghlan=AF0905',
    ]);
    expect(ids('قند بغلان امسال ارزان‌تر از قند وارداتی است.')).toEqual(['بغلان=AF0905']);
    expect(ids('شکر بغلان را در کیسه‌های آبی می‌فروختند.')).toEqual(['بغلان=AF0905']);
    expect(ids('In Baghlan the sugar came in blue paper bags.')).toEqual(['Baghlan=AF0905']);
    expect(ids('Her grandfather kept the books of the sugar mill in Baghlan.')).toEqual(['Baghlan=AF0905']);
  });

  it('leaves the province where "sugar" stands elsewhere in the sentence or names the beet', () => {
    expect(ids('A shepherd from Baghlan told us sugar had doubled in price since the snow.')).toEqual([
      'Baghlan=AF09',
    ]);
    expect(ids('Growers in Baghlan dug up their sugar beet early this autumn.')).toEqual(['Baghlan=AF09']);
    expect(ids("Baghlan's council said sugar from Tajikistan now fills the bazaars.")).toEqual([
      'Baghlan=AF09',
      'Tajikistan=TJK',
    ]);
    expect(ids('Baghlan sugar beet was sent south by lorry.')).toEqual(['Baghlan=AF09']);
  });

  it('leaves the province in a list, beside the town named otherwise, or with no trade in the sentence', () => {
    expect(ids('Families in Baghlan and Kunduz buy local sugar now.')).toEqual([
      'Baghlan=AF09',
      'Kunduz=AF19',
    ]);
    expect(ids('Baghlan still has the sugar works of Baghlan-e-Jadid.')).toEqual([
      'Baghlan=AF09',
      'Baghlan-e-Jadid=AF0905',
    ]);
    expect(ids('Floods reached Baghlan on Tuesday.')).toEqual(['Baghlan=AF09']);
    // Beet is a crop of the whole province, not the town's works.
    expect(ids('Farmers in Baghlan sowed more beet this spring.')).toEqual(['Baghlan=AF09']);
  });
});
