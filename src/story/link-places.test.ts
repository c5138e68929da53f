import { describe, expect, it } from 'vitest';
import { ingestStory } from './ingest.ts';
import {
  findPlaceCandidates,
  joinedToDariWordBefore,
  languageListed,
  namedElsewhere,
  type PlaceCandidate,
} from './link-places.ts';
import { buildPlaceIndex } from './place-index.ts';
import { REGIONS_ABROAD } from './lexicon.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';
import { placesOf as placesOfStory, readWithCountry } from './test-helpers.ts';

const index = buildPlaceIndex(TEST_GAZETTEER);
const links = (text: string) => findPlaceCandidates(text, index).map((c) => [c.text, c.ids.join('|'), c.via]);
const placesOf = (text: string) => ingestStory(text, TEST_GAZETTEER).mentions.map((m) => [m.text, m.place]);

describe('findPlaceCandidates', () => {
  it('folds case, hyphens and apostrophes and reads qualifiers', () => {
    expect(links('Trucks left Konduz Province for Konduz city and the Qala e Zal district.')).toEqual([
      ['Konduz Province', 'AF19', 'name'],
      ['Konduz city', 'AF1901', 'name'],
      ['Qala e Zal district', 'AF1907', 'name'],
    ]);
  });

  it('reads a bare name shared by a province and its capital as the province, but "in" it as the town', () => {
    expect(links('Kunduz grows more rice than it eats.')).toEqual([['Kunduz', 'AF19', 'name']]);
    expect(links('Prices rose in Kunduz.')).toEqual([['Kunduz', 'AF1901', 'name']]);
  });

  it('reads "the districts of X" as the province that holds them', () => {
    expect(links('Two districts of Takhar and the district of Kunduz flooded.')).toEqual([
      ['Takhar', 'AF18', 'name'],
      ['Kunduz', 'AF1901', 'name'],
    ]);
  });

  it('links names written in Dari script, which has no capital letters', () => {
    expect(links('Prices rose in کندز this week.')).toEqual([['کندز', 'AF19', 'name']]);
  });

  it('matches the longest name first', () => {
    expect(links('Wells ran dry in Dasht-e Qala.')).toEqual([['Dasht-e Qala', 'AF1812', 'name']]);
  });

  it('links misspellings of long names but not derived words or short names', () => {
    expect(links('Water reached Dasht Archy and Dashte-e Qala; Pakistani and Uzbek traders waited.')).toEqual(
      [
        ['Dasht Archy', 'AF1906', 'fuzzy'],
        ['Dashte-e Qala', 'AF1812', 'fuzzy'],
      ],
    );
    expect(links('Talokan and Taloqaan')).toEqual([
      ['Talokan', 'AF1801', 'fuzzy'],
      ['Taloqaan', 'AF1801', 'fuzzy'],
    ]);
    expect(links('The Russian envoy and the Tajik team met.')).toEqual([]);
    // One hard consonant apart is another word, not a spelling of "Taliqan".
    expect(links('Taliban fighters held the pass.')).toEqual([]);
  });

  it('does not link people named like places, or lowercase words', () => {
    expect(links('Mr. Khost said the meeting in Khost went well.')).toEqual([['Khost', 'AF0910', 'name']]);
    expect(links('Ahmad Takhar spoke; later he drove to Takhar.')).toEqual([['Takhar', 'AF18', 'name']]);
    expect(links('a jordan of water')).toEqual([]);
  });

  it('links bracketed insertions and names inside organisation names', () => {
    expect(links('"They moved into [Konduz] last year," he said of the Kunduz Provincial Council.')).toEqual([
      ['Konduz', 'AF19', 'name'],
      ['Kunduz', 'AF19', 'name'],
    ]);
  });

  it('spreads a plural qualifier over the list before it', () => {
    expect(links('Fighting spread across the Konduz and Takhar provinces.')).toEqual([
      ['Konduz', 'AF19', 'name'],
      ['Takhar', 'AF18', 'name'],
    ]);
  });

  it('keeps every candidate of an ambiguous name', () => {
    expect(links('Snow closed Baharak.')).toEqual([['Baharak', 'AF1803|AF1706', 'name']]);
  });
});

describe('ambiguous names in context', () => {
  it('follow the province named in the passage', () => {
    expect(placesOf('Snow closed Taloqan and Baharak on Monday.')).toContainEqual(['Baharak', 'AF1803']);
    expect(placesOf('In Badakhshan, snow closed Baharak.')).toContainEqual(['Baharak', 'AF1706']);
  });

  it('follow the places of the quoted speaker', () => {
    const story = ingestStory(
      'Gul Ahmad Wardak, an elder from Fayzabad, says the roads are bad.\n\n"The pass above Baharak is shut for the winter," Wardak says.',
      TEST_GAZETTEER,
    );
    expect(story.mentions.find((m) => m.text === 'Baharak')?.place).toBe('AF1706');
  });

  it('follow the headline when nothing nearer decides', () => {
    const story = ingestStory(
      'Snow Closes Roads Across Badakhshan\n\nBaharak is cut off, residents say.',
      TEST_GAZETTEER,
    );
    expect(story.mentions.map((m) => [m.text, m.place])).toEqual([['Baharak', 'AF1706']]);
    expect(story.unresolved).toEqual([]);
  });

  it('are reported when nothing decides', () => {
    const story = ingestStory('Snow closed Baharak on Monday.', TEST_GAZETTEER);
    expect(story.mentions).toEqual([]);
    expect(story.unresolved).toMatchObject([{ text: 'Baharak', candidates: ['AF1803', 'AF1706'] }]);
  });
});

describe('places index', () => {
  it('lists a district passage under its province too', () => {
    const story = ingestStory(
      'Wells ran dry in Dasht-e Qala.\n\nTraders crossed into Tajikistan.',
      TEST_GAZETTEER,
    );
    const [first, second] = story.passages;
    expect(story.places.AF1812?.passages).toEqual([first?.id]);
    expect(story.places.AF18?.passages).toEqual([first?.id]);
    expect(story.places.TJK?.passages).toEqual([second?.id]);
  });
});

describe('findPlaceCandidates: names inside longer names and after sentence-initial words', () => {
  it('does not link a place name that is part of a longer hyphenated name', () => {
    expect(links('Officials in the Gorno-Badakhshan region and in Badakhshan met.')).toEqual([
      ['Badakhshan', 'AF17', 'name'],
    ]);
  });

  it('keeps a name hyphenated to a place, an acronym or a prefix', () => {
    expect(links('The Kunduz-Takhar highway, US-Pakistan talks and Anti-Pakistan protests.')).toEqual([
      ['Kunduz', 'AF19', 'name'],
      ['Takhar', 'AF18', 'name'],
      ['Pakistan', 'PAK', 'name'],
      ['Pakistan', 'PAK', 'name'],
    ]);
  });

  it('reads "Nearby Fayzabad" at a sentence start as a place, not a person', () => {
    expect(links('Nearby Fayzabad had no deliveries.')).toEqual([['Fayzabad', 'AF1701', 'name']]);
  });
});

describe('Dari names that are also words', () => {
  const gazetteer = {
    version: 1 as const,
    entries: [
      ...TEST_GAZETTEER.entries,
      { id: 'AF06', kind: 'province' as const, name_en: 'Nangarhar', names: ['Nangarhar', 'ننگرهار'] },
      {
        id: 'AF0402',
        kind: 'district' as const,
        name_en: 'Nerkh',
        province: 'AF04',
        onMap: false,
        names: ['نرخ'],
      },
      {
        id: 'AF0617',
        kind: 'district' as const,
        name_en: 'Mohmand Dara',
        province: 'AF06',
        onMap: false,
        names: ['تورخم'],
      },
      {
        id: 'AF1722',
        kind: 'district' as const,
        name_en: 'Maimay',
        province: 'AF17',
        onMap: true,
        names: ['ما می'],
      },
    ],
  };
  const dari = buildPlaceIndex(gazetteer);
  const linked = (text: string) => findPlaceCandidates(text, dari).map((c) => c.text);

  it('links a one-word district far from the map only with a qualifier or a place of its province', () => {
    expect(linked('در نرخ کرایهٔ خانه بالا رفته است.')).toEqual([]);
    expect(linked('در ولسوالی نرخ سیلاب آمد.')).toEqual(['نرخ']);
    expect(linked('از بندر تورخم در ننگرهار وارد شدند.')).toEqual(['تورخم', 'ننگرهار']);
  });

  it('does not read a name inside a longer word joined by a ZWNJ ("ما می‌رسد")', () => {
    expect(linked('سهم کوچکی هم به ما می‌رسد.')).toEqual([]);
    // Written apart, «ما می گویند» is still "our people say" (the present prefix without its ZWNJ): Maimay's «ما
    // می» needs a cue, as a name that is also words does.
    expect(linked('مردم ما می گویند.')).toEqual([]);
    expect(linked('ولسوالی ما می دور است.')).toEqual(['ما می']);
  });
});

describe('withTranslations', () => {
  it('gives a Dari name in parentheses after an English one the same place, however the gazetteer spells it', () => {
    expect(links('Floods hit Baharak (بهارک) and Taloqan (تالقان شهر).').map(([t, id]) => [t, id])).toEqual([
      // Takhar's capital named in the sentence makes the shared name Takhar's Baharak (namesakeBySentence).
      ['Baharak', 'AF1803'],
      ['بهارک', 'AF1803'],
      ['Taloqan', 'AF1801'],
      ['تالقان شهر', 'AF1801'],
    ]);
    expect(links('Roads to Taloqan (closed) are open.').map(([t]) => t)).toEqual(['Taloqan']);
  });

  it('keeps a district of another province named like a capital outside the map a candidate', () => {
    const khost = buildPlaceIndex({
      version: 1,
      entries: [
        { id: 'AF14', kind: 'province', name_en: 'Khost', capital: 'AF1401', onMap: false, names: ['Khost'] },
        {
          id: 'AF1401',
          kind: 'district',
          name_en: 'Matun',
          province: 'AF14',
          onMap: false,
          names: ['Khost'],
        },
        {
          id: 'AF0913',
          kind: 'district',
          name_en: 'Khost Wa Fereng',
          province: 'AF09',
          onMap: true,
          names: ['Khost'],
        },
      ],
    });
    // A smaller capital's name alone is its province (only Kabul, Herat and Kandahar are read as the city).
    expect(findPlaceCandidates('A school in Khost.', khost)[0]?.ids).toEqual(['AF14', 'AF0913']);
    expect(findPlaceCandidates('The hospital in Khost city.', khost)[0]?.ids).toEqual(['AF1401']);
  });
});

describe('names several places share', () => {
  it('are the one in the province named right after them', () => {
    expect(links('Rain fell on Baharak, Badakhshan.')[0]).toEqual(['Baharak', 'AF1706', 'name']);
    expect(links('In Baharak, in Badakhshan, I was a doctor.')[0]).toEqual(['Baharak', 'AF1706', 'name']);
    expect(links('Rain fell on Baharak district of Takhar province.')[0]).toEqual([
      'Baharak district',
      'AF1803',
      'name',
    ]);
  });

  it('are the one in the province an appositive "the capital of" names', () => {
    expect(links('Flights to Baharak, the capital of Badakhshan, resumed.')[0]).toEqual([
      'Baharak',
      'AF1706',
      'name',
    ]);
  });
});

describe('isDemonym', () => {
  it('does not read a people or a language named for a place as the place, even fuzzily', () => {
    expect(
      links('The Takhari villagers and the Badakhshani traders met in Taloqan.').map(([t]) => t),
    ).toEqual(['Taloqan']);
  });
});

describe('riverAfterThe', () => {
  it('reads a river by its name alone after "the", and only there', () => {
    expect(links('Boats cross the Panj at dawn.')).toEqual([['Panj', 'panj-river', 'name']]);
    expect(links('Panj Ali cooked for us.')).toEqual([]);
  });
});

describe('riverInList', () => {
  const rivers = buildPlaceIndex({
    ...TEST_GAZETTEER,
    entries: [
      ...TEST_GAZETTEER.entries,
      { id: 'AF1904', kind: 'district', name_en: 'Khanabad', province: 'AF19', names: ['خان‌آباد'] },
      { id: 'kunduz-river', kind: 'region', name_en: 'Kunduz River', names: ['دریای کندز'] },
      { id: 'khanabad-river', kind: 'region', name_en: 'Khanabad River', names: [] },
      { id: 'kokcha-river', kind: 'region', name_en: 'Kokcha River', names: ['دریای کوکچه'] },
    ],
  });
  const riverLinks = (text: string) =>
    findPlaceCandidates(text, rivers).map((c) => [c.text, c.ids.join('|')]);

  it('reads each name listed under a plural "rivers" as the river, a town\'s name too', () => {
    expect(riverLinks('Mud from the Kunduz and Khanabad rivers buried the orchards.')).toEqual([
      ['Kunduz', 'kunduz-river'],
      ['Khanabad', 'khanabad-river'],
    ]);
    expect(riverLinks('Gauges on the Kokcha, Kunduz and Panj rivers rose overnight.')).toEqual([
      ['Kokcha', 'kokcha-river'],
      ['Kunduz', 'kunduz-river'],
      ['Panj', 'panj-river'],
    ]);
    expect(riverLinks('ماهیگیران در کنار دریاهای کندز و کوکچه منتظر ماندند.')).toEqual([
      ['کندز', 'kunduz-river'],
      ['کوکچه', 'kokcha-river'],
    ]);
  });

  it('leaves a list of towns with no "rivers" after it, or after a full stop, as the towns', () => {
    expect(riverLinks('Buses from Kunduz and Khanabad were late.')).toEqual([
      ['Kunduz', 'AF1901'],
      ['Khanabad', 'AF1904'],
    ]);
    expect(riverLinks('We left Kunduz and Khanabad. Rivers there had burst their banks.')).toEqual([
      ['Kunduz', 'AF1901'],
      ['Khanabad', 'AF1904'],
    ]);
  });
});

describe('namedUnitOf', () => {
  it('reads the place after "<name> district of" as the province that holds the district', () => {
    expect(links('In Warsaj district of Takhar, a rockfall blocked the road.')).toEqual([
      ['Takhar', 'AF18', 'name'],
    ]);
    expect(links('Water rose in the district of Kunduz.')).toEqual([['Kunduz', 'AF1901', 'name']]);
  });

  it('reads "the <province> district" with no district of that name as the province', () => {
    expect(links('He farms in Baharak — the Badakhshan district, not the one in Takhar.')).toEqual([
      ['Baharak', 'AF1706', 'name'],
      ['Badakhshan district', 'AF17', 'name'],
      ['Takhar', 'AF18', 'name'],
    ]);
  });
});

describe('venueBefore', () => {
  it('reads a name after a venue "in" or "of" it as the city', () => {
    expect(links('He was taken to the trauma centre in Kunduz.')).toEqual([['Kunduz', 'AF1901', 'name']]);
    expect(links('Her songs sold in the bazaars of Kunduz.')).toEqual([['Kunduz', 'AF1901', 'name']]);
    expect(links('Prices rose across Kunduz.')).toEqual([['Kunduz', 'AF19', 'name']]);
  });

  it('reads a Dari venue with its ezafe as the city, not a provincial one or a plural', () => {
    expect(links('بیماران به شفاخانهٔ حوزوی کندز رفتند.')).toEqual([['کندز', 'AF1901', 'name']]);
    expect(links('بیماران به شفاخانهٔ ولایتی کندز رفتند.')).toEqual([['کندز', 'AF19', 'name']]);
    expect(links('برنج در بازارهای کندز فروخته می‌شود.')).toEqual([['کندز', 'AF19', 'name']]);
  });
});

describe('listedWithProvince', () => {
  it('reads a shared name listed beside a place of one province as the one in that province', () => {
    expect(links('Schools opened in Taloqan, Baharak and Dasht-e-Qala.')[1]).toEqual([
      'Baharak',
      'AF1803',
      'name',
    ]);
    expect(links('Schools opened in Fayzabad and Baharak.')[1]).toEqual(['Baharak', 'AF1706', 'name']);
  });
});

describe('placeCueBefore: a word for a kind of land after "در"', () => {
  const withKohistan = buildPlaceIndex({
    ...TEST_GAZETTEER,
    entries: [
      ...TEST_GAZETTEER.entries,
      {
        id: 'AF1708',
        kind: 'district',
        name_en: 'Kohistan',
        province: 'AF17',
        names: ['Kohistan', 'کوهستان'],
      },
      { id: 'AF1710', kind: 'district', name_en: 'Jurm', province: 'AF17', names: ['Jurm', 'جرم'] },
      { id: 'AF1814', kind: 'district', name_en: 'Khwaja Bahauddin', province: 'AF18', names: ['بهاوالدین'] },
    ],
  });
  const dari = (text: string) => findPlaceCandidates(text, withKohistan).map((c) => c.text);

  it('is "in the mountains" after "در", and the district with its noun or in a list', () => {
    expect(dari('چوپانان هنوز با رمه‌های خود در کوهستان مانده اند.')).toEqual([]);
    expect(dari('تیم صحی به ولسوالی کوهستان رفت.')).toEqual(['کوهستان']);
    expect(dari('مکاتب در کندز و کوهستان بسته اند.')).toEqual(['کندز', 'کوهستان']);
    // Another word name keeps "در" as its cue.
    expect(dari('مکاتب در جرم بسته اند.')).toEqual(['جرم']);
  });

  it("reads a short form that is also a man's name only with a cue", () => {
    expect(dari('تیم‌های صحی به ولسوالی‌های بهاوالدین و کوهستان رفتند.')).toEqual(['بهاوالدین', 'کوهستان']);
    expect(dari('بهاوالدین گفت که مکتب قریه بسته است.')).toEqual([]);
  });

  it('travelTimeFrom: a word name that hours or kilometres of travel lie from is the place', () => {
    expect(dari('شفاخانه از جرم نزدیک به چهار ساعت راه است.')).toEqual(['جرم']);
    expect(dari('تا جرم چهل کیلومتر سرک خامه مانده است.')).toEqual(['جرم']);
    expect(dari('پولیس برای جلوگیری از جرم تلاش می‌کند.')).toEqual([]);
    // A station for its vehicles stands in the place too.
    expect(dari('مسافران در ایستگاه موترهای جرم منتظر اند.')).toEqual(['جرم']);
    expect(dari('او از جرم خود پشیمان است و هر روز کار می‌کند.')).toEqual([]);
  });

  it('reads a word name a person came from, or a resident of, as the place', () => {
    expect(dari('این زن از جرم آمده و برای پسرش تذکره می‌خواهد.')).toEqual(['جرم']);
    expect(dari('مسافران از جرم آمده‌اند و در صف ایستاده‌اند.')).toEqual(['جرم']);
    expect(dari('شاه‌گل، باشندهٔ جرم: «سه روز است که منتظر هستم.»')).toEqual(['جرم']);
    expect(dari('آب از چاه آمده است و زمین خیس شده.')).toEqual([]);
  });
});

describe('namesakeByNeighbour', () => {
  it('reads a shared name a province "has", or one placed beside a place, as the one in that province', () => {
    expect(links('Badakhshan also has a Baharak, higher up.')[1]).toEqual(['Baharak', 'AF1706', 'name']);
    expect(links('Takhar has its own Baharak.')[1]).toEqual(['Baharak', 'AF1803', 'name']);
    expect(links('The parcel reached Baharak, next to Dasht-e-Qala, on Monday.')[0]).toEqual([
      'Baharak',
      'AF1803',
      'name',
    ]);
    expect(links('They farm in Baharak, east of Fayzabad.')[0]).toEqual(['Baharak', 'AF1706', 'name']);
    // A province that "has" nothing decides no more than being named in the sentence (namesakeBySentence).
    expect(links('Takhar has schools, and Baharak has none.')[1]).toEqual(['Baharak', 'AF1803', 'name']);
  });
});

describe('namesakeBySentence', () => {
  it('reads a shared name as the one whose province or capital its sentence names', () => {
    expect(links('Wool comes down from Baharak in neighbouring Badakhshan.')[0]).toEqual([
      'Baharak',
      'AF1706',
      'name',
    ]);
    expect(links('The clinic in Fayzabad sends a nurse to Baharak twice a month.')[1]).toEqual([
      'Baharak',
      'AF1706',
      'name',
    ]);
  });

  it('reads the Dari sentence the same way', () => {
    const extra: Record<string, string> = {
      AF1803: 'بهارک',
      AF1706: 'بهارک',
      AF1701: 'فیض‌آباد',
      AF18: 'تخار',
    };
    const dari = buildPlaceIndex({
      ...TEST_GAZETTEER,
      entries: TEST_GAZETTEER.entries.map((e) =>
        extra[e.id] ? { ...e, names: [...e.names, extra[e.id] ?? ''] } : e,
      ),
    });
    const dariLinks = (text: string) => findPlaceCandidates(text, dari).map((c) => [c.text, c.ids.join('|')]);
    expect(dariLinks('شفاخانهٔ فیض‌آباد هر ماه یک نرس را به بهارک می‌فرستد.')[1]).toEqual(['بهارک', 'AF1706']);
    expect(dariLinks('موتر ما در نزدیکی بهارک خراب شد. در تخار میستری کم است.')[0]).toEqual([
      'بهارک',
      'AF1803',
    ]);
  });

  it('else the next sentence, and never a province the sentence says it is not in', () => {
    expect(links('The bus broke down outside Baharak. Takhar has few mechanics.')[0]).toEqual([
      'Baharak',
      'AF1803',
      'name',
    ]);
    expect(links('I mean Baharak, not the one in Takhar.')[0]).toEqual(['Baharak', 'AF1803|AF1706', 'name']);
    expect(links('Baharak is far. Takhar and Badakhshan both claim it.')[0]).toEqual([
      'Baharak',
      'AF1803|AF1706',
      'name',
    ]);
  });
});

describe('towns across the border', () => {
  it('acrossTheBorder: the Tajik bank at a town, a district of Tajikistan, the other side of the river', () => {
    expect(links('The market on the Tajik bank at Baharak opens on Saturdays.')).toEqual([]);
    expect(links('On the Tajik bank, from Baharak to the border, the road is new.')).toEqual([]);
    expect(links('Across the bridge in the Baharak district of Tajikistan prices are lower.')).toEqual([
      ['Tajikistan', 'TJK', 'name'],
    ]);
    expect(links('Boats cross to Baharak every day.')).toEqual([['Baharak', 'AF1803|AF1706', 'name']]);
  });

  it('acrossTheBorder: the far bank named before a list, "which is across the river", "آن سوی دریا"', () => {
    expect(links('Shops on the Tajik side — in Baharak, in Fayzabad and beyond — stay shut.')).toEqual([]);
    expect(links('My aunt lives in Baharak, which is across the river from the market town.')).toEqual([]);
    expect(links('خویشاوندان ما در کندز آن سوی دریا زندگی می‌کنند.')).toEqual([]);
    // A town after the list, and a river crossed on the way, stay Afghan.
    expect(links('Shops on the Tajik side — in Baharak — stay shut; Taloqan is open.')).toEqual([
      ['Taloqan', 'AF1801', 'name'],
    ]);
    expect(links('خویشاوندان ما از کندز به آن سوی دریا رفتند.')).toEqual([['کندز', 'AF19', 'name']]);
  });

  it('acrossTheBorder: who trades on the far bank, a district of Gorno-Badakhshan, «آن سوی پل»', () => {
    expect(links('Upstream on the Tajik bank, farmers in Baharak sell wheat.')).toEqual([]);
    expect(links('Her cousins live in the Baharak district of Gorno-Badakhshan.')).toEqual([]);
    expect(links('بیماران را به کندز آن سوی پل می‌برند.')).toEqual([]);
    // The far bank said, then a long clause: the town after it is back on this side.
    expect(links('On the Tajik bank, the road was washed away last year and in Baharak it rained.')).toEqual([
      ['Baharak', 'AF1803|AF1706', 'name'],
    ]);
  });

  it('theOtherProvince: "the other Badakhshan" lies abroad; "the other Takhar districts" do not', () => {
    expect(links('The other Badakhshan has its own mountains.')).toEqual([]);
    expect(links('The other Takhar districts were spared.')).toEqual([['Takhar', 'AF18', 'name']]);
    expect(links('The other Baharak is in Takhar.')).toEqual([
      ['Baharak', 'AF1803', 'name'],
      ['Takhar', 'AF18', 'name'],
    ]);
  });

  it('foreignUnitBefore: "the Tajik district of" makes a river-named place no river', () => {
    expect(links('Trade links it with the Tajik district of River Panj.')).toEqual([]);
  });
});

// The toy gazetteer with border districts of Badakhshan, a district with a canal named after it, Hairatan and
// the Dari names of Mazar and Kabul (Mazar also a word, "shrine").
const border = buildPlaceIndex({
  ...TEST_GAZETTEER,
  entries: [
    ...TEST_GAZETTEER.entries.map((e) => (e.id === 'UZB' ? { ...e, names: [...e.names, 'ازبکستان'] } : e)),
    { id: 'AF1722', kind: 'district', name_en: 'Darwaz', province: 'AF17', names: ['Darvaz', 'Darwaz'] },
    {
      id: 'AF1723',
      kind: 'district',
      name_en: 'Eshkashem',
      province: 'AF17',
      names: ['Ishkashim', 'اشکاشم'],
    },
    {
      id: 'AF2805',
      kind: 'district',
      name_en: 'Qush Tepa',
      province: 'AF28',
      names: ['Qosh Tepa', 'قوش تیپه'],
    },
    { id: 'AF2116', kind: 'district', name_en: 'Hairatan', province: 'AF21', names: ['Hairatan'] },
    { id: 'AF1903', kind: 'district', name_en: 'Ali Abad', province: 'AF19', names: ['Ali Abad'] },
    { id: 'AF2101', kind: 'district', name_en: 'Mazar', province: 'AF21', onMap: false, names: ['مزار'] },
    { id: 'AF0101', kind: 'district', name_en: 'Kabul', province: 'AF01', onMap: false, names: ['کابل'] },
    { id: 'AF01', kind: 'province', name_en: 'Kabul', capital: 'AF0101', onMap: false, names: ['کابل'] },
  ],
});
const borderLinks = (text: string, blocked: { start: number; end: number }[] = []) =>
  findPlaceCandidates(text, border, blocked).map((c) => c.text);

describe('acrossTheBorder: the far bank', () => {
  it('does not link a town "the Tajik village also called" names, nor one «که در خاک تاجیکستان است»', () => {
    expect(borderLinks('The ferry lands opposite the Tajik village also called Ishkashim.')).toEqual([]);
    expect(borderLinks('Across the water is the Tajik town known as Darvaz.')).toEqual([]);
    expect(borderLinks('مسافران از اشکاشم که در خاک تاجیکستان است آمدند.')).toEqual([]);
    expect(borderLinks('مسافران از ولسوالی اشکاشم آمدند.')).toEqual(['اشکاشم']);
  });

  it('does not link a town placed on the Tajik bank, on "their side" or as "the Tajik one"', () => {
    expect(borderLinks('Traders came from the town of Ishkashim on the Tajik bank.')).toEqual([]);
    expect(borderLinks('They read the gauges at Ishkashim and at Darvaz on their side.')).toEqual([]);
    expect(borderLinks('Prices in Badakhshan on the Tajik side are set by trucks.')).toEqual([]);
    expect(borderLinks('The bridges lead into Badakhshan, the Tajik one.')).toEqual([]);
    expect(borderLinks('It belongs to their Badakhshan region.')).toEqual([]);
    expect(borderLinks('It is the same with Darvaz: on their side it is a district.')).toEqual([]);
    expect(borderLinks('The road runs from Khorog to Kalai-Khumb, the centre of Darvaz district.')).toEqual(
      [],
    );
  });

  it('links the Afghan town on a border, and the Afghan bank', () => {
    expect(borderLinks('Goods go further to Hairatan on the Uzbekistan border.')).toEqual([
      'Hairatan',
      'Uzbekistan',
    ]);
    expect(borderLinks('Darvaz on the Afghan side has no bridge.')).toEqual(['Darvaz']);
  });
});

describe('namesACanal, a name inside a longer one, and Dari lists', () => {
  it('does not link the district a canal is named after', () => {
    expect(borderLinks('Work continues on the Qosh Tepa canal.')).toEqual([]);
    expect(borderLinks('آب دریا به کانال قوش تیپه می‌رود.')).toEqual([]);
    expect(borderLinks('Farmers in Qosh Tepa wait for water.')).toEqual(['Qosh Tepa']);
  });

  it('links a place name running on past a blocked person’s name, not one inside it', () => {
    const text = 'Qurban Ali said the teams reached Ali Abad.';
    const ali = text.lastIndexOf('Ali Abad');
    expect(borderLinks(text, [{ start: ali, end: ali + 3 }])).toEqual(['Ali Abad']);
    expect(borderLinks(text, [{ start: ali, end: ali + 8 }])).toEqual([]);
    expect(borderLinks(text, [{ start: ali - 4, end: ali + 3 }])).toEqual([]);
  });

  it('reads both ends of a road "from X through Y" as towns', () => {
    expect(links('The road from Kunduz through Taloqan is open.').map((l) => l[1])).toEqual([
      'AF1901',
      'AF1801',
    ]);
  });

  it('links a Dari name that is also a word when it is listed before a place', () => {
    expect(borderLinks('نمک ما تا مزار و کابل می‌رود.')).toEqual(['مزار', 'کابل']);
    expect(borderLinks('مردم به مزار رفتند تا دعا کنند.')).toEqual([]);
    // A word far from the map after a comma is the word: "باشندگان کابل، مزار …" lists nothing.
    expect(borderLinks('به گفتهٔ باشندگان کابل، مزار شهر زیارت است.')).toEqual(['کابل']);
  });

  it('reads "و حتی" ("and even") as a list gap', () => {
    expect(borderLinks('این خبر در کندز، کابل و حتی مزار پخش شد.')).toEqual(['کندز', 'کابل', 'مزار']);
    expect(borderLinks('این خبر در کابل و حتی مزار پخش شد.')).toEqual(['کابل', 'مزار']);
  });
});

describe('namedElsewhere and villagesOf: Dari names that are also words', () => {
  const words = buildPlaceIndex({
    ...TEST_GAZETTEER,
    entries: [
      ...TEST_GAZETTEER.entries,
      { id: 'AF1806', kind: 'district', name_en: 'Namak Ab', province: 'AF18', names: ['نمک آب'] },
      { id: 'AF1713', kind: 'district', name_en: 'Shahr-e-Buzorg', province: 'AF17', names: ['شهر بزرگ'] },
    ],
  });
  const read = (texts: string[]) => {
    const held: PlaceCandidate[][] = texts.map(() => []);
    const candidates = texts.map((t, p) => findPlaceCandidates(t, words, [], { held: held[p] ?? [] }));
    namedElsewhere(candidates, held);
    return candidates.map((list) => list.map((c) => c.text));
  };

  it('links a name written as one word elsewhere in an article that names it with a cue', () => {
    expect(read(['معدن نمک در ولسوالی نمک‌آب است.', 'او دوباره به نمک‌آب برگشت.'])).toEqual([
      ['نمک‌آب'],
      ['نمک‌آب'],
    ]);
    // Without the cue anywhere, or written as the phrase with its space, it is the phrase.
    expect(read(['او دوباره به نمک‌آب برگشت.'])).toEqual([[]]);
    expect(read(['ولسوالی نمک‌آب دور است.', 'به دلیل بالا بودن نمک آب، آب قابل نوشیدن نیست.'])).toEqual([
      ['نمک‌آب'],
      [],
    ]);
  });

  it('reads villages in the plural before a name as lying in that place', () => {
    expect(read(['امام مسجد یکی از قریه‌های شهر بزرگ است.'])).toEqual([['شهر بزرگ']]);
    expect(read(['زندگی در یک شهر بزرگ آسان نیست.'])).toEqual([[]]);
  });
});

describe('inDariOrganisationName and sentence-opening prepositions', () => {
  it('does not link a place inside a Dari movement’s or university’s name', () => {
    expect(borderLinks('جنگجویان وابسته به حرکت اسلامی ازبکستان در کندز بودند.')).toEqual(['کندز']);
    expect(borderLinks('او در پوهنتون کابل درس می‌خواند.')).toEqual([]);
    expect(borderLinks('او به کابل و ازبکستان رفت.')).toEqual(['کابل', 'ازبکستان']);
  });

  it('does not link a place inside a Dari radio’s, agency’s or paper’s name', () => {
    expect(borderLinks('والی به صدای کندز گفت که سرک باز است.')).toEqual([]);
    expect(borderLinks('این خبر را رادیو کابل نشر کرد.')).toEqual([]);
    expect(borderLinks('صدای مردم کندز شنیده نمی‌شود.')).toEqual(['کندز']);
  });

  it('reads a capitalised preposition opening a sentence as no given name', () => {
    expect(borderLinks('The river bends. Opposite Qala-e-Zal it meets the Vakhsh.')).toEqual(['Qala-e-Zal']);
  });
});

describe('languageListed', () => {
  const at = (text: string, name: string) => {
    const start = text.indexOf(name);
    return languageListed(text, { start, end: start + name.length });
  };
  it('reads a word-like name listed with a language as the language', () => {
    expect(at('The nurses explain it in Farsi or in Pashto.', 'Farsi')).toBe(true);
    expect(at('Leaflets were printed in Uzbek and Farsi.', 'Farsi')).toBe(true);
    expect(at('The clinic in Farsi district opened on Monday.', 'Farsi')).toBe(false);
    expect(at('Roads to Farsi and Adraskan were closed.', 'Farsi')).toBe(false);
  });
});

describe('joinedToDariWordBefore: the second half of a Dari compound word', () => {
  const at = (text: string, name: string) => joinedToDariWordBefore(text, text.lastIndexOf(name));
  it('is a compound after a zero-width non-joiner, not after a space', () => {
    expect(at('دیوارهای سنگ\u200Cچین کنار سرک فرو ریخت.', 'چین')).toBe(true);
    expect(at('این کالا از چین وارد شده است.', 'چین')).toBe(false);
    expect(at('\u200Cچین', 'چین')).toBe(false);
  });

  it('keeps a compound word out of the places', () => {
    const withChina = buildPlaceIndex({
      ...TEST_GAZETTEER,
      entries: [...TEST_GAZETTEER.entries, { id: 'CHN', kind: 'country', name_en: 'China', names: ['چین'] }],
    });
    const dari = (text: string) => findPlaceCandidates(text, withChina).map((c) => c.text);
    expect(dari('دیوار سنگ\u200Cچین باغ را سیلاب برد.')).toEqual([]);
    expect(dari('تاجران کندز از چین کالا می‌آورند.')).toEqual(['کندز', 'چین']);
  });
});

describe('a district named like a town or region across the border, placed there by the words round it', () => {
  const country = (text: string) =>
    placesOfStory(readWithCountry(text)).map(([name, place]) => `${name} ${place}`);

  it('reads names listed as districts of Gorno-Badakhshan or Tajik Badakhshan as Tajik', () => {
    expect(
      country('Mudslides hit the Shughnan and Roshtqala districts of Gorno-Badakhshan overnight.'),
    ).toEqual([]);
    expect(country('Both roads end at Shughnan and Rushan district in Tajik Badakhshan.')).toEqual([]);
    // The near miss: Afghan districts "of" an Afghan province stay Afghan.
    expect(country('Mudslides hit the Darvaz and Shighnan districts of Badakhshan overnight.')).toEqual([
      'Darvaz AF1722',
      'Shighnan AF1719',
      'Badakhshan AF17',
    ]);
  });

  it("places a district list across the border in any of the lexicon's regions abroad", () => {
    for (const region of REGIONS_ABROAD.map((r) => r.replace('\\s+', ' ')))
      expect(country(`Snow cut off Shughnan and Wakhan districts in ${region}.`)).not.toContain(
        'Shughnan AF1719',
      );
  });

  it('reads "Gorno-Badakhshan, or simply Badakhshan" as the Tajik region', () => {
    expect(
      country('Families in Gorno-Badakhshan, or just Badakhshan as locals say, trade across the river.'),
    ).toEqual([]);
  });

  it('reads a Dari «ناحیه» district, an autonomous province and «بدخشان کوهی» as Tajik', () => {
    expect(country('سیلاب در ناحیهٔ شغنان پل را برد.')).toEqual([]);
    expect(country('مقام‌های ولایت خودمختار بدخشان کوهی گفتند که راه باز است.')).toEqual([]);
    // The near miss: a city's numbered quarter and the Afghan province.
    expect(country('در ناحیهٔ سوم شهر فیض‌آباد و در ولایت بدخشان برف بارید.')).toEqual([
      'فیض‌آباد AF1701',
      'بدخشان AF17',
    ]);
    // «ناحیه» as a loose "area" before an Afghan district no Tajik nohiya shares.
    expect(country('پولیس در ناحیه ورسج پوسته‌های تازه ساخت.')).toEqual(['ورسج AF1813']);
  });
});

describe('riversAfterThe: a place a river is named by, after "the", is the river', () => {
  const country = (text: string) =>
    placesOfStory(readWithCountry(text)).map(([name, place]) => `${name} ${place}`);

  it('reads "the Kunduz", "the lower Khanabad" as the rivers', () => {
    expect(country('Engineers want a second dam on the Kunduz below Baghlan.')).toEqual([
      'Kunduz kunduz-river',
      'Baghlan AF09',
    ]);
    expect(country('Rice grows on the lower Khanabad, where the water is warm.')).toEqual([
      'Khanabad khanabad-river',
    ]);
  });

  it('keeps the province or district where a noun after the name takes "the"', () => {
    expect(country('The Kunduz governor opened the new bridge.')).toEqual(['Kunduz AF19']);
    expect(country('On the Khanabad road the buses stopped.')).toEqual(['Khanabad AF1904']);
  });

  it('keeps the place where "that", "which" or "in" opens a relative clause about it', () => {
    expect(country('Peace came back to the Kunduz that her grandmother described.')).toEqual(['Kunduz AF19']);
    expect(country('She returned to the Kunduz in which her sons were born.')).toEqual(['Kunduz AF19']);
    expect(country('Nobody knew the Kunduz which the old maps showed.')).toEqual(['Kunduz AF19']);
  });
});
