import { describe, expect, it } from 'vitest';
import { findPlaceCandidates } from './link-places.ts';
import { placeIndexFor } from './ingest.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';
import { occupantBefore } from './city-readings.ts';
import { placesOf, readWithCountry } from './test-helpers.ts';

// The toy gazetteer with the Dari names of the city and of Taloqan, as the built one has them.
const gazetteer = {
  ...TEST_GAZETTEER,
  entries: TEST_GAZETTEER.entries.map((e) =>
    e.id === 'AF1901' || e.id === 'AF1801'
      ? { ...e, names: [...e.names, e.id === 'AF1901' ? 'کندز' : 'تالقان'] }
      : e,
  ),
};
const index = placeIndexFor(gazetteer);
const ids = (text: string) => findPlaceCandidates(text, index).map((c) => [c.text, c.ids.join(' ')]);

describe('a name a province shares with its capital, read by its context', () => {
  it('is the city before a market and after one traveller or load from it', () => {
    expect(ids('Grain arrives in the Kunduz bazaar at dawn.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('Trucks from Takhar reach the Kunduz wholesale market by noon.')).toEqual([
      ['Takhar', 'AF18'],
      ['Kunduz', 'AF1901'],
    ]);
    expect(ids('"The road is long," said a driver from Kunduz on Monday.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('A truck leaving Kunduz waits two days at the border.')).toEqual([['Kunduz', 'AF1901']]);
  });

  it('is the city where a road or a line runs to, and the province where a river or a front does', () => {
    expect(ids('The new cable runs north to Kunduz.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('From the pass the road continues to Kunduz.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('Fighting spread to Kunduz last week.')).toEqual([['Kunduz', 'AF19']]);
  });

  it('is the city in a list with a town, and after a Dari market', () => {
    expect(ids('Flour comes from Taloqan and Kunduz every week.')).toEqual([
      ['Taloqan', 'AF1801'],
      ['Kunduz', 'AF1901'],
    ]);
    expect(ids('نمک از آنجا به بازارهای کندز می‌رسد.')).toEqual([['کندز', 'AF1901']]);
    expect(ids('ما آرد را از تالقان و کندز می‌آوریم.')).toEqual([
      ['تالقان', 'AF1801'],
      ['کندز', 'AF1901'],
    ]);
  });

  it('stays the province in a list of provinces, or with nothing around it', () => {
    expect(ids('The drought hit Kunduz and Takhar this year.')).toEqual([
      ['Kunduz', 'AF19'],
      ['Takhar', 'AF18'],
    ]);
    expect(ids('Families from Kunduz returned in spring.')).toEqual([['Kunduz', 'AF19']]);
  });
});

// The toy gazetteer with Kunduz's Dari name on the city too, and a province outside the north named like its
// capital (Bamyan), a large city named like its province (Herat), a town of Herat and a province only.
const wide = placeIndexFor({
  ...TEST_GAZETTEER,
  entries: [
    ...TEST_GAZETTEER.entries.map((e) => (e.id === 'AF1901' ? { ...e, names: [...e.names, 'کندز'] } : e)),
    { id: 'AF10', kind: 'province', name_en: 'Bamyan', capital: 'AF1001', onMap: false, names: ['Bamyan'] },
    { id: 'AF1001', kind: 'district', name_en: 'Bamyan', province: 'AF10', onMap: false, names: ['Bamyan'] },
    {
      id: 'AF32',
      kind: 'province',
      name_en: 'Hirat',
      capital: 'AF3201',
      onMap: false,
      names: ['Herat', 'هرات'],
    },
    {
      id: 'AF3201',
      kind: 'district',
      name_en: 'Hirat',
      province: 'AF32',
      onMap: false,
      names: ['Herat', 'هرات'],
    },
    {
      id: 'AF3213',
      kind: 'district',
      name_en: 'Kohsan',
      province: 'AF32',
      onMap: false,
      names: ['Kohsan', 'Islam Qala', 'اسلام قلعه'],
    },
    { id: 'AF30', kind: 'province', name_en: 'Hilmand', capital: 'AF3001', onMap: false, names: ['Helmand'] },
    { id: 'hindu-kush', kind: 'region', name_en: 'Hindu Kush', names: ['Hindu Kush'] },
  ],
});
const wideIds = (text: string) => findPlaceCandidates(text, wide).map((c) => [c.text, c.ids.join(' ')]);
/** The places the engine links with the built gazetteer, under a headline of its own. */
const builtIds = (text: string) => placesOf(readWithCountry(`Notes from the north\n\n${text}`));

describe('occupantBefore: who works or trades "in" a town', () => {
  it('reads a specialist, an activist, a company or a shop in Kunduz as in the city', () => {
    expect(wideIds("Dr. Hotak, the programme's livestock specialist in Kunduz, said so.")).toEqual([
      ['Kunduz', 'AF1901'],
    ]);
    expect(wideIds('He sold his cotton to the company in Kunduz at a fair price.')).toEqual([
      ['Kunduz', 'AF1901'],
    ]);
    expect(wideIds('فریده، فعال حقوق زنان روستایی در کندز، گفت که زنان مزد نمی‌گیرند.')).toEqual([
      ['کندز', 'AF1901'],
    ]);
    expect(wideIds('داکتر رحیمی، مسئول شفاخانهٔ ترک اعتیاد در کندز، گفت که جا نیست.')).toEqual([
      ['کندز', 'AF1901'],
    ]);
  });

  it('leaves a crop, officials or a clause that ends before "in" to the province', () => {
    expect(wideIds('Cotton grows well in Kunduz this year.')).toEqual([['Kunduz', 'AF19']]);
    expect(wideIds('مسئولان در کندز می‌گویند که سیلاب آمده است.')).toEqual([['کندز', 'AF19']]);
    // The occupant's clause ends at the comma: no cue of a town (the name after «در» is read by position).
    const ended = 'او متخصص است، اما در کندز کار نمی‌کند.';
    expect(occupantBefore(ended, ended.indexOf('کندز'))).toBe(false);
  });
});

describe('forecastOrCityBeside: a weather forecast, a bus station or "the city" beside the name', () => {
  it('reads the city under a forecast, in English and Dari', () => {
    expect(ids('Tomorrow the forecast for Kunduz is rain after noon.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('امروز هوای کندز گرم و آفتابی است.')).toEqual([['کندز', 'AF1901']]);
    expect(ids('پس‌فردا در کندز هوا بارانی خواهد بود.')).toEqual([['کندز', 'AF1901']]);
    expect(ids('Floods hit Kunduz after the rain.')).toEqual([['Kunduz', 'AF19']]);
  });

  it('reads the city set beside "the city", and a station in it', () => {
    expect(ids('A poster read "Kunduz: The City of Gardens" in green paint.')).toEqual([
      ['Kunduz', 'AF1901'],
    ]);
    expect(ids('ایستگاه جدید بس‌های شهری در کندز دیروز باز شد.')).toEqual([['کندز', 'AF1901']]);
  });
});

describe('journeysWithinProvince, provinceHoldingPlace, provincesByList', () => {
  it('reads a drive out of the name on the road to a district of its province as the city', () => {
    expect(wideIds('The bus left Kunduz on the road to Qala-e-Zal district at noon.')).toEqual([
      ['Kunduz', 'AF1901'],
      ['Qala-e-Zal district', 'AF1907'],
    ]);
  });

  it('reads a journey between a district and the name as the city', () => {
    expect(wideIds('She came to Kunduz from Qala-e-Zal district after the flood.')).toEqual([
      ['Kunduz', 'AF1901'],
      ['Qala-e-Zal district', 'AF1907'],
    ]);
    // A district of another province says nothing of which Kunduz is meant.
    expect(wideIds('She came to Kunduz from Dasht-e-Qala.')).toEqual([
      ['Kunduz', 'AF19'],
      ['Dasht-e-Qala', 'AF1812'],
    ]);
  });

  it('reads a name that holds a district or a range as the province, even a large city’s', () => {
    expect(wideIds('Families crossed at Islam Qala in Herat last week.')).toEqual([
      ['Islam Qala', 'AF3213'],
      ['Herat', 'AF32'],
    ]);
    expect(wideIds('خانواده‌ها از بندر اسلام قلعه در هرات آمدند.')).toEqual([
      ['اسلام قلعه', 'AF3213'],
      ['هرات', 'AF32'],
    ]);
    expect(wideIds('The river rises in the Hindu Kush in Bamyan.')).toEqual([
      ['Hindu Kush', 'hindu-kush'],
      ['Bamyan', 'AF10'],
    ]);
    // The capital itself placed in its province is no sign: "Taloqan, Takhar" stays as it was.
    expect(wideIds('Herat alone is the city.')).toEqual([['Herat', 'AF3201']]);
  });

  it('reads a name after a bare comma closing a list of its districts as the province, as an address does', () => {
    expect(builtIds('The teams will visit Khanabad and Qala-e-Zal, Kunduz, twice a month.')).toEqual([
      ['Khanabad', 'AF1904'],
      ['Qala-e-Zal', 'AF1907'],
      ['Kunduz', 'AF19'],
    ]);
    expect(builtIds('محل کار: ولسوالی قلعه ذال، کندز')).toEqual([
      ['قلعه ذال', 'AF1907'],
      ['کندز', 'AF19'],
    ]);
    // A list that runs on after the name is a list of towns: the name is the city.
    expect(builtIds('Melons go from Khanabad, Kunduz and Taloqan to Kabul.')).toEqual([
      ['Khanabad', 'AF1904'],
      ['Kunduz', 'AF1901'],
      ['Taloqan', 'AF1801'],
      ['Kabul', 'AF0101'],
    ]);
  });

  it('reads a name listed with a province only as the province', () => {
    expect(wideIds('The sheep go south, to Herat and Helmand.')).toEqual([
      ['Herat', 'AF32'],
      ['Helmand', 'AF30'],
    ]);
  });

  it('reads a smaller capital’s name outside the north alone as its province', () => {
    expect(wideIds('Snow closed the roads of Bamyan.')).toEqual([['Bamyan', 'AF10']]);
    expect(wideIds('The hospital in Bamyan city is full.')).toEqual([['Bamyan city', 'AF1001']]);
  });
});

describe('provincialBodies', () => {
  it('reads a name after a provincial body "in" it as the province, a venue there as the city', () => {
    expect(wideIds('He sits on the provincial refugee commission in Herat.')).toEqual([['Herat', 'AF32']]);
    expect(wideIds('The provincial hospital in Kunduz is full.')).toEqual([['Kunduz', 'AF1901']]);
    expect(wideIds('Prices rose in Herat this week.')).toEqual([['Herat', 'AF3201']]);
  });
});

describe('provinceSaidAfter', () => {
  it('reads a name followed by "the province" as the province', () => {
    expect(wideIds('People think of Bamyan the province, not the town.')).toEqual([['Bamyan', 'AF10']]);
    expect(wideIds('People think of Herat, the province, first.')).toEqual([['Herat', 'AF32']]);
    expect(wideIds('People think of Herat, the city, first.')).toEqual([['Herat', 'AF3201']]);
  });
});

describe('sameNameSaidBefore: a bare name read as its nearest earlier mention that said which it was', () => {
  it('follows "Kunduz city" or "Kunduz province" earlier in the passage', () => {
    expect(ids('The clinic in Kunduz city is full, officials in Kunduz said.')).toEqual([
      ['Kunduz city', 'AF1901'],
      ['Kunduz', 'AF1901'],
    ]);
    expect(ids('Kunduz city is calm. Kunduz province is not, and in Kunduz the roads are shut.')).toEqual([
      ['Kunduz city', 'AF1901'],
      ['Kunduz province', 'AF19'],
      ['Kunduz', 'AF19'],
    ]);
  });

  it('leaves a bare name with no such mention before it, and a name that comes first, to its other readings', () => {
    expect(ids('Rain fell across Kunduz, and the clinic in Kunduz city was full.')).toEqual([
      ['Kunduz', 'AF19'],
      ['Kunduz city', 'AF1901'],
    ]);
  });
});

describe("townContext: a municipality or a mayor is the town's", () => {
  it('reads the name of a municipality or a mayor as the city', () => {
    expect(ids('The municipality of Kunduz paved the square.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('The Kunduz mayor opened the park.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('شاروالی کندز پارک تازه را گشود.')).toEqual([['کندز', 'AF1901']]);
    expect(ids('The governor of Kunduz opened the park.')).toEqual([['Kunduz', 'AF19']]);
  });
});

describe('a name a province shares with its capital, where someone lives, works or lands', () => {
  it('is the city after living, working or landing in it', () => {
    expect(ids('Her brother works as a driver in Kunduz these days.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('The nurse lives in Kunduz with her parents.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('Two cargo planes landed in Kunduz on Sunday.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('پسر بزرگش در کندز کار می‌کند.')).toEqual([['کندز', 'AF1901']]);
    expect(ids('هواپیما ساعت دو بعد از ظهر در کندز به زمین نشست.')).toEqual([['کندز', 'AF1901']]);
  });

  it('is the city at the head of a dashed route and as far as a load goes', () => {
    expect(ids('کرایهٔ مسیر کندز–تالقان بالا رفته است.')).toEqual([
      ['کندز', 'AF1901'],
      ['تالقان', 'AF1801'],
    ]);
    expect(ids('Melons are sold in Taloqan and some go as far as Kunduz.')).toEqual([
      ['Taloqan', 'AF1801'],
      ['Kunduz', 'AF1901'],
    ]);
  });

  it('stays the province where work is said over a list of provinces', () => {
    expect(ids('The charity works in Kunduz, Takhar and Badakhshan.')).toEqual([
      ['Kunduz', 'AF19'],
      ['Takhar', 'AF18'],
      ['Badakhshan', 'AF17'],
    ]);
    expect(ids('Fighting in Kunduz has stopped.')).toEqual([['Kunduz', 'AF19']]);
  });
  it('is the city where the writer spent the night, at the head of a hyphened highway, and its wholesale market', () => {
    expect(ids('The bus was late. In Kunduz we stayed at a guesthouse by the river.')).toEqual([
      ['Kunduz', 'AF1901'],
    ]);
    expect(ids('In Kunduz we met the governor to ask about the floods.')).toEqual([['Kunduz', 'AF19']]);
    expect(ids('Trucks wait along the Kunduz-Taloqan road at night.')).toEqual([
      ['Kunduz', 'AF1901'],
      ['Taloqan', 'AF1801'],
    ]);
    // A hyphened word that is no second town makes no highway; "Kunduz-based" is read as the town elsewhere.
    expect(ids('Kunduz-grown melons sell well abroad.')).toEqual([['Kunduz', 'AF19']]);
    expect(ids('قیمت پیاز در مندوی کندز پایین آمده است.')).toEqual([['کندز', 'AF1901']]);
    expect(ids('The firm has offices in Kunduz and in Taloqan.')).toEqual([
      ['Kunduz', 'AF1901'],
      ['Taloqan', 'AF1801'],
    ]);
    expect(ids('The firm has offices in Kunduz and in Takhar.')).toEqual([
      ['Kunduz', 'AF19'],
      ['Takhar', 'AF18'],
    ]);
  });
});

describe('provincesByScale: a province by its bodies, land or extent, else the town "in" which things happen', () => {
  it('reads the bare name after "in"/"در" as the town', () => {
    expect(ids('The final will be played in Kunduz next Friday.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('We still have a chance in Kunduz to keep the orchards.')).toEqual([['Kunduz', 'AF1901']]);
    expect(ids('دور نهایی این مسابقات در کندز برگزار می‌شود.')).toEqual([['کندز', 'AF1901']]);
  });

  it("reads the province's government, police and officials as the province, in English and Dari", () => {
    expect(ids('Customs officials in Kunduz said the queue had shortened.')).toEqual([['Kunduz', 'AF19']]);
    expect(ids("An aide in the Kunduz governor's office confirmed the curfew.")).toEqual([
      ['Kunduz', 'AF19'],
    ]);
    expect(ids('سخنگوی فرماندهی پولیس کندز گفت که دو نفر بازداشت شده‌اند.')).toEqual([['کندز', 'AF19']]);
    expect(ids('رئیس معارف، فرهنگ و ورزش کندز این خبر را تأیید کرد.')).toEqual([['کندز', 'AF19']]);
  });

  it('reads its farmland, crops, disasters and extent as the province', () => {
    expect(ids('About 4,000 hectares were sown with wheat in Kunduz last autumn.')).toEqual([
      ['Kunduz', 'AF19'],
    ]);
    expect(ids('Flash floods cut the roads to dozens of villages in Kunduz overnight.')).toEqual([
      ['Kunduz', 'AF19'],
    ]);
    expect(ids('Farmers across northern Kunduz are short of seed.')).toEqual([['Kunduz', 'AF19']]);
    expect(ids('Kunduz cotton once sold well beyond the border.')).toEqual([['Kunduz', 'AF19']]);
    expect(ids('امسال نزدیک به دوازده هزار هکتار در کندز زیر کشت پخته است.')).toEqual([['کندز', 'AF19']]);
    expect(ids('سیلاب‌های شب گذشته در کندز ده‌ها خانه را ویران کرد.')).toEqual([['کندز', 'AF19']]);
    expect(ids('برنج کندز در سراسر شمال مشهور است.')).toEqual([['کندز', 'AF19']]);
  });

  it('reads "in" the name as the town when a comma after it opens a clause, not a list', () => {
    const country = (text: string) => placesOf(readWithCountry(text));
    expect(ids('An aid worker in Kunduz, speaking by phone, said the roads were shut.')).toEqual([
      ['Kunduz', 'AF1901'],
    ]);
    expect(country('The lorry carried tyres unloaded in Kunduz, and 30 sacks of salt.')).toEqual([
      ['Kunduz', 'AF1901'],
    ]);
    expect(
      country('A volunteer with a charity in Kunduz, who would not give a name, said stocks were low.'),
    ).toEqual([['Kunduz', 'AF1901']]);
    // The near miss: a comma before another name is a list, which the list's readings settle.
    expect(ids('Schools reopened in Kunduz, Takhar and Badakhshan.')).toEqual([
      ['Kunduz', 'AF19'],
      ['Takhar', 'AF18'],
      ['Badakhshan', 'AF17'],
    ]);
  });

  it('leaves a name heading a list, or standing outside "in", to the other readings', () => {
    expect(ids('Fighting spread to Kunduz last week.')).toEqual([['Kunduz', 'AF19']]);
    expect(ids('Kunduz has long been a crossroads of the north.')).toEqual([['Kunduz', 'AF19']]);
  });
});

describe('journeysWithinProvince: the two ends of a journey "between" them', () => {
  it('reads a name "between" a certain town "and" it as the town, in English and Dari', () => {
    expect(wideIds('Flights between Herat and Kunduz resume on Sunday.')).toEqual([
      ['Herat', 'AF3201'],
      ['Kunduz', 'AF1901'],
    ]);
    expect(wideIds('پروازها میان هرات و کندز دوباره آغاز شد.')).toEqual([
      ['هرات', 'AF3201'],
      ['کندز', 'AF1901'],
    ]);
    // "and" alone is a list, not a journey.
    expect(wideIds('Herat and Kunduz both grow melons.')[1]).toEqual(['Kunduz', 'AF19']);
  });
});

describe('provincialAfterName: "provincial" right after the name is the province', () => {
  it('reads a provincial body named by a province that shares its name with a town as the province', () => {
    const country = (text: string) => placesOf(readWithCountry(text));
    expect(country('Two guards were treated at the Baghlan provincial hospital overnight.')).toEqual([
      ['Baghlan', 'AF09'],
    ]);
    expect(country("Members of Kunduz's provincial council walked out of the meeting.")).toEqual([
      ['Kunduz', 'AF19'],
    ]);
    // The near miss: a hospital named by the town alone stays the town's.
    expect(country('Two guards were treated at the Baghlan hospital overnight.')).toEqual([
      ['Baghlan', 'AF0905'],
    ]);
  });
});

describe('a journey, a parallel or a firm that makes a name a province shares with its capital the town', () => {
  const country = (text: string) => placesOf(readWithCountry(text));

  it('reads the name a trip leaves "for" a town as the town', () => {
    expect(country('At dawn the bus left Kunduz for Taloqan with forty passengers.')).toEqual([
      ['Kunduz', 'AF1901'],
      ['Taloqan', 'AF1801'],
    ]);
    expect(country('Her brother set off from Kunduz for Kabul on the night coach.')).toEqual([
      ['Kunduz', 'AF1901'],
      ['Kabul', 'AF0101'],
    ]);
    // The near miss: "for" after a name nobody leaves is no journey.
    expect(country('Aid for Kunduz for the winter was cut in half.')).toEqual([['Kunduz', 'AF19']]);
  });

  it('reads the name as the town in a parallel with a town after "or"/"and" and the same preposition', () => {
    expect(country('Patients who need surgery go to Kunduz or to Kabul.')).toEqual([
      ['Kunduz', 'AF1901'],
      ['Kabul', 'AF0101'],
    ]);
    expect(country('Her sons sell melons in Kunduz and in Taloqan every summer.')).toEqual([
      ['Kunduz', 'AF1901'],
      ['Taloqan', 'AF1801'],
    ]);
  });

  it('reads a firm or a person "based" in the name as in the town', () => {
    expect(country('A Kunduz-based transport company lost two lorries.')).toEqual([['Kunduz', 'AF1901']]);
    expect(country('The drivers work for a small Kunduz-based cooperative.')).toEqual([['Kunduz', 'AF1901']]);
  });
});

describe('journeysAbroad: a journey or an extent with a city abroad at its other end', () => {
  const country = (text: string) => placesOf(readWithCountry(text));

  it('reads the name as the town', () => {
    expect(country('The tremor was felt from Kunduz to Tashkent.')).toEqual([['Kunduz', 'AF1901']]);
    expect(country('Two weekly flights from Dushanbe to Kunduz are planned.')).toEqual([
      ['Kunduz', 'AF1901'],
    ]);
  });

  it('leaves a name whose other end is a country to the other readings', () => {
    expect(country('Fuel comes from Kunduz to Tajikistan by barge.')).toEqual([
      ['Kunduz', 'AF19'],
      ['Tajikistan', 'TJK'],
    ]);
  });
});
