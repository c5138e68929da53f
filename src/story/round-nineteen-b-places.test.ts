// Round nineteen (b): places in ordinary copy (sentences made up here).
import { describe, expect, it } from 'vitest';
import { readDariDateline } from './dari-chrome.ts';
import { placesOf, readWithCountry } from './test-helpers.ts';

const linked = (paras: string[]): [string, string][] => placesOf(readWithCountry(paras.join('\n\n')));

describe('a place inside a firm named in apposition to its kind', () => {
  it('reads "a <kind>, <Place> …," and "<Place> …, a <kind> in …" as the firm, whatever its trade', () => {
    const places = linked([
      'Fuel for the generators comes from a local supplier, Baghlan Energy Services, which also sells diesel in Pul-e-Khumri.',
      'The tiles were bought at the Badakhshan Stone Gallery, a family firm in Faizabad.',
      'Spare parts are sold by importers such as Kunduz Auto Parts.',
    ]);
    expect(places.map(([text]) => text)).toEqual(['Pul-e-Khumri', 'Faizabad']);
  });

  it('keeps a place whose own head closes the run, or when a person, not a firm, follows', () => {
    const places = linked([
      'Much of the stone reaches Kunduz City, a shop owner in Taloqan said.',
      'Stone is exported by a state company, Takhar Province officials said.',
      'A company, Kunduz Governor Abdul Sattar said, would rebuild the bridge.',
    ]);
    expect(places.map(([text]) => text)).toEqual(['Kunduz City', 'Taloqan', 'Takhar Province', 'Kunduz']);
  });

  it('keeps a place followed by a weekday in wire copy, whatever firm speaks after it', () => {
    const places = linked([
      'A fire destroyed a warehouse in Kunduz Tuesday, a company in Kabul said.',
      'Prices rose in Takhar Monday, a shop in the bazaar reported.',
    ]);
    expect(places.map(([text]) => text)).toEqual(['Kunduz', 'Kabul', 'Takhar']);
  });
});

describe('a Dari shop named by a place in its own marks', () => {
  it('reads «نانوایی «کندز»» and «دکان «تخار»» as shops', () => {
    const places = linked([
      'مشتریان دکان «تخار» در فیض‌آباد کم شده‌اند و صاحب نانوایی «کندز» هم از کسادی بازار شکایت دارد.',
    ]);
    expect(places.map(([text]) => text)).toEqual(['فیض‌آباد']);
  });

  it("keeps a place in marks that is no shop's name", () => {
    const places = linked(['نانوایی‌ها در «کندز» بسته شد و دکان‌دار گفت: «کندز امن نیست.»']);
    expect(places.map(([text]) => text)).toEqual(['کندز', 'کندز']);
  });
});

describe('crews and vehicles sent from a name a province shares with its capital come from the town', () => {
  it('reads firefighters, ambulances and rescue teams sent from Kunduz as the city', () => {
    const places = linked([
      'Firefighters were sent from Kunduz after the market caught fire in Imam Sahib.',
      'Two ambulances rushed in from Kunduz, but the road to Khanabad was blocked by snow.',
      'Rescue teams had been quickly dispatched from Kunduz to the flooded villages.',
    ]);
    expect(places.filter(([text]) => text === 'Kunduz').map(([, id]) => id)).toEqual([
      'AF1901',
      'AF1901',
      'AF1901',
    ]);
  });

  it('keeps the province for goods, aid or people sent from the name', () => {
    const places = linked([
      'Wheat was sent from Kunduz to the markets of Badakhshan.',
      'Aid was sent from Kunduz after the earthquake, officials said.',
    ]);
    expect(places.filter(([text]) => text === 'Kunduz').map(([, id]) => id)).toEqual(['AF19', 'AF19']);
  });
});

describe("a crop's harvest or a season's weather in a name a province shares with its capital is the province's", () => {
  it('reads a harvest and a dry or harsh season in Kunduz as the province', () => {
    const places = linked([
      'Officials said almost 40,000 tonnes of rice were harvested in Kunduz last autumn.',
      'Farmers fear that another dry summer in Kunduz would empty the canals.',
      'After two harsh winters in Kunduz, many families sold their livestock.',
    ]);
    expect(places.filter(([text]) => text === 'Kunduz').map(([, id]) => id)).toEqual([
      'AF19',
      'AF19',
      'AF19',
    ]);
  });

  it('keeps the town for a season spent there and prices that rose there', () => {
    const places = linked([
      'He spent the summer in Kunduz, selling ice cream near the bus station.',
      'Prices of bread rose in Kunduz this year, shopkeepers said.',
    ]);
    expect(places.filter(([text]) => text === 'Kunduz').map(([, id]) => id)).toEqual(['AF1901', 'AF1901']);
  });
});

describe('a Dari dateline whose bracket gives the agency, a dash, then the date', () => {
  it('reads «کندز (آژانس … – ۱۳ قوس ۱۴۰۵):» under its headline as the city and the date', () => {
    const places = linked([
      'کندز: کار ساخت سرک حلقوی شهر خان‌آباد آغاز شد',
      'کندز (آژانس خبری شمال‌نگار – ۱۳ قوس ۱۴۰۵): مسوولان در ولایت کندز می‌گویند کار سرک آغاز شده است.',
    ]);
    expect(places.filter(([text]) => text === 'کندز').map(([, id]) => id)).toContain('AF1901');
    const line = 'فیض‌آباد (خبرگزاری کوکچه — ۲ جدی ۱۴۰۵): برف راه‌ها را بست.';
    const d = readDariDateline(line);
    expect(d && line.slice(d.city.start, d.city.end)).toBe('فیض‌آباد');
    expect(d?.date).toBe('2026-12-23');
  });

  it('reads no dateline from a bracket with a dash but no date', () => {
    expect(
      readDariDateline('کندز (ولایت شمالی – با دوازده ولسوالی) در سال‌های اخیر خشکسالی دیده است.'),
    ).toBeNull();
  });
});

describe("a district named with the rest of a region across the border is that region's", () => {
  it('reads "X and elsewhere in Gorno-Badakhshan", "X and other districts of Tajikistan" as abroad', () => {
    const places = linked([
      'Tajik engineers in Shughnan and elsewhere in Gorno-Badakhshan are building small dams.',
      'Traders from Darvaz and other districts of Tajikistan cross at the Ishkashim bridge.',
    ]);
    expect(places.map(([text]) => text)).not.toContain('Shughnan');
    expect(places.map(([text]) => text)).not.toContain('Darvaz');
  });

  it('keeps an Afghan district named with the rest of Badakhshan or Afghanistan', () => {
    const places = linked([
      'Teachers in Shughnan and elsewhere in Badakhshan have not been paid.',
      'Floods hit Darvaz and other districts of Afghanistan this spring.',
    ]);
    expect(places.map(([text]) => text)).toEqual(expect.arrayContaining(['Shughnan', 'Darvaz']));
  });
});

describe("a Dari road named by a word-like place, where its province's places stand", () => {
  it('reads «سرک جرم»، «شاهراه جرم»، «جادهٔ جرم» as the district beside a Badakhshan place', () => {
    const ids = (text: string) =>
      placesOf(readWithCountry(text))
        .filter(([name]) => name === 'جرم')
        .map(([, id]) => id);
    expect(ids('یک راننده در فیض‌آباد گفت که شاهراه جرم پس از برفباری بسته شده است.')).toEqual(['AF1710']);
    expect(ids('دکانداران کشم می‌گویند جادهٔ جرم هنوز باز نشده است.')).toEqual(['AF1710']);
    expect(
      ids(
        '«از همین رادیو شنیدیم که سرک جرم باز شد.» "We heard on this radio that the Jurm road had opened," he said.',
      ),
    ).toEqual(['AF1710']);
  });

  it('keeps «سرک شهدا» a street away from Badakhshan, and «جرم» "crime" beside no road', () => {
    const places = linked(['سرک شهدا در شهر کابل برای ترمیم بسته شد.']);
    expect(places.map(([text]) => text)).toEqual(['کابل']);
    const words = linked(['معلمان در فیض‌آباد گفتند که سوال پرسیدن جرم نیست.']);
    expect(words.map(([text]) => text)).toEqual(['فیض‌آباد']);
  });

  it('keeps «سرک شهدا» a street when the story sets it in a city of the province', () => {
    expect(linked(['سرک شهدا در شهر فیض‌آباد برای ترمیم بسته شد.']).map(([text]) => text)).toEqual([
      'فیض‌آباد',
    ]);
    expect(
      linked(['به گفتهٔ شاروالی فیض‌آباد، جادهٔ شهدا تا هفتهٔ آینده قیر می‌شود.']).map(([text]) => text),
    ).toEqual(['فیض‌آباد']);
  });
});
