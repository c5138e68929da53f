// Round 23b: which place — the town or the province, a namesake with its province stated, districts missed
// (passages made up here, in wordings of our own).
import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

const linked = (paras: string[]): [string, string][] => placesOf(readWithCountry(paras.join('\n\n')));
const idsOf = (paras: string[], name: string): string[] =>
  linked(paras)
    .filter(([text]) => text === name)
    .map(([, id]) => id);

describe('a shared name is the town when a road leaves it, an office sits in it, a thing comes back from it', () => {
  it('reads a road out of the name as the town', () => {
    const ids = idsOf(
      [
        'Our pickup took the highway north out of Kunduz just after six.',
        'An hour down the road out of Faizabad the asphalt ends.',
      ],
      'Kunduz',
    );
    expect(ids).toEqual(['AF1901']);
  });

  it("reads an organisation's own office in the name as the town", () => {
    const ids = idsOf(
      [
        'The team met again at our Kunduz office on Thursday.',
        'Staff in the agency’s Kunduz office were told to stay home.',
      ],
      'Kunduz',
    );
    expect(ids).toEqual(['AF1901', 'AF1901']);
  });

  it('reads a thing brought back from the name as the town', () => {
    const ids = idsOf(['Her cousin brought the schoolbooks back from Kunduz in a flour sack.'], 'Kunduz');
    expect(ids).toEqual(['AF1901']);
  });
});

describe('a shared name is the province for teams across it and for its directorates', () => {
  it('keeps teams led or run in the name and a directorate of the name as the province', () => {
    const kunduz = idsOf(
      [
        'Dr Nazifa Amiri, who runs our mobile teams in Kunduz, said the numbers had doubled.',
        'An engineer with Kunduz’s public works directorate said the bridge would reopen.',
      ],
      'Kunduz',
    );
    const baghlan = idsOf(
      ["Fazel Ahmad, a vet at Baghlan's livestock directorate, counted the flocks."],
      'Baghlan',
    );
    expect([...kunduz, ...baghlan]).toEqual(['AF19', 'AF19', 'AF09']);
  });
});

describe('teams across a province and its local officials, in Dari and English', () => {
  it('keeps Dari teams in the name and local officials in it as the province', () => {
    const da = idsOf(
      [
        'انجنیر فریده، هماهنگ‌کنندهٔ تیم‌های سیار صحی در کندز، گفت که مریضان زیاد شده‌اند.',
        'مقام‌های محلی در کندز تأیید کردند که سرک باز شده است.',
      ],
      'کندز',
    );
    const en = idsOf(['Local officials in Kunduz said the schools would reopen on Saturday.'], 'Kunduz');
    expect([...da, ...en]).toEqual(['AF19', 'AF19', 'AF19']);
  });
});

describe('a namesake district with its province written beside it', () => {
  it('reads Baharak followed by Badakhshan as the Badakhshan district', () => {
    const ids = idsOf(
      [
        'اعضای شورای بهارک بدخشان دیروز به تالقان رسیدند.',
        'مکتب‌های ولسوالی بهارک ولایت بدخشان هنوز بسته است.',
      ],
      'بهارک',
    );
    expect(ids).toEqual(['AF1706', 'AF1706']);
  });

  it('keeps Takhar’s Baharak when Takhar is written beside it', () => {
    const ids = idsOf(['دهقانان ولسوالی بهارک ولایت تخار از کمبود آب شکایت دارند.'], 'بهارک');
    expect(ids).toEqual(['AF1803']);
  });
});

describe('districts the engine missed', () => {
  it('links Imam Sahib as a district in wire copy', () => {
    const ids = idsOf(
      [
        'Floods cut the main road in Imam Sahib, the district police chief said.',
        'Farmers in Imam Sahib and Archi lost most of their seed.',
      ],
      'Imam Sahib',
    );
    expect(ids).toEqual(['AF1905', 'AF1905']);
  });

  it.fails('links the Sher Khan port as a place in Imam Sahib', () => {
    const ids = idsOf(
      ['Trucks of melons queued for four days at Sher Khan before crossing into Tajikistan.'],
      'Sher Khan',
    );
    expect(ids).toEqual(['AF1905']);
  });

  it('links Dari districts named with gardens or as where a load comes from', () => {
    const places = linked([
      'انگور باغ‌های جرم و بهارک امسال زودتر رسید.',
      'برادرش هر هفته کشمش را از جرم می‌آورد.',
    ]);
    expect(places.map(([, id]) => id)).toEqual(['AF1710', 'AF1706', 'AF1710']);
  });

  it('links a word-like district by its vineyards or a load bought from it, not the word itself', () => {
    const places = linked([
      'تاکستان‌های جرم امسال آب کافی نداشتند.',
      'دکاندار کشمش را از جرم می‌خرد و در فیض‌آباد می‌فروشد.',
      'او از جرم خود پشیمان است و از مردم بخشش خواست.',
    ]);
    expect(places.filter(([text]) => text === 'جرم').map(([, id]) => id)).toEqual(['AF1710', 'AF1710']);
  });

  it.fails('does not link a shop named after a province (near-miss)', () => {
    const places = linked(['او کشمش را به «فروشگاه میوهٔ خشک بدخشان» در کابل می‌فرستد.']);
    expect(places.filter(([text]) => text === 'بدخشان')).toEqual([]);
  });
});

describe('review: near-misses for the unit and word-name cues', () => {
  it('keeps a person back from a toured name the province', () => {
    const ids = idsOf(['He came back from Kunduz, where he toured three districts.'], 'Kunduz');
    expect(ids).toEqual(['AF19']);
  });

  it('lets a venue bound to the name beat teams or local officials before it', () => {
    const ids = idsOf(
      [
        'He leads the medical teams in Kunduz’s main hospital.',
        'Local officials in Kunduz’s old bazaar said shops were looted.',
      ],
      'Kunduz',
    );
    expect(ids).toEqual(['AF1901', 'AF1901']);
  });

  it('does not link a word-like name whose word is a place by a load from it or its fields', () => {
    const places = linked([
      'روستاییان هیزم را از کوهستان می‌آورند و در بازار می‌فروشند.',
      'دهقانان گفتند که تخم بذری را از شهر بزرگ می‌خرند.',
      'کشتزارهای جلگه زیر آب رفت و مزارع گرمسیر خشک شدند.',
    ]);
    expect(places).toEqual([]);
  });
});
