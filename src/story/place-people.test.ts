import { describe, expect, it } from 'vitest';
import { findPlaceCandidates } from './link-places.ts';
import { placeIndexFor } from './ingest.ts';
import {
  PeopleWords,
  nameSomeoneIsCalled,
  namedAsPerson,
  placeAfterPreposition,
  placePossessive,
} from './place-people.ts';
import { NAMED_ANIMAL_NOUNS } from './lexicon.ts';
import { TEST_GAZETTEER } from './test-gazetteer.ts';
import { placesOf, readWithCountry } from './test-helpers.ts';

const index = placeIndexFor(TEST_GAZETTEER);
const linked = (text: string) => findPlaceCandidates(text, index).map((c) => c.text);
const at = (text: string, name: string) =>
  namedAsPerson(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('a person named like a place', () => {
  it('is a person after a relation in commas or a naming verb, in English and Dari', () => {
    expect(at('He leaves his wife, Taloqan, and two sons.', 'Taloqan')).toBe(true);
    expect(at('Her eldest son, Rustam, studies; the younger, Baharak, sews.', 'Baharak')).toBe(true);
    expect(at('The driver, a tall man named Kunduz, laughed.', 'Kunduz')).toBe(true);
    expect(at('دختر ده سالهٔ او، بهارک، به مکتب می‌رود.', 'بهارک')).toBe(true);
  });

  it('is the place after a place noun and "called", or a relation that travels there', () => {
    expect(at('a mountain district in southern Takhar now called Baharak, which …', 'Baharak')).toBe(false);
    expect(at('His son, who lives in Taloqan, sends money.', 'Taloqan')).toBe(false);
    expect(at('His brother drove to Taloqan, then home.', 'Taloqan')).toBe(false);
  });

  it('is a person in apposition after a common noun and a comma, with "who" after', () => {
    expect(at('We spoke to a neighbour of the family, Baharak, who saw the fire.', 'Baharak')).toBe(true);
    expect(at('Traders came from Kunduz, Taloqan, who said prices rose.', 'Taloqan')).toBe(false);
    expect(at('An official in Taloqan, who asked not to be named, said so.', 'Taloqan')).toBe(false);
  });

  it('is a person after a relation without a comma, a person described, or "named" with a "who" after', () => {
    expect(at('Beside him stands his grandson Taloqan, who is seven.', 'Taloqan')).toBe(true);
    expect(at('The fastest reader is a boy of eleven, Kunduz Rahimi. He reads at night.', 'Kunduz')).toBe(
      true,
    );
    expect(at('A widow in a village near the river named Baharak, who sells eggs, spoke.', 'Baharak')).toBe(
      true,
    );
    // A place after "a boy of eleven," without a surname, or a place named with no person's clause after.
    expect(at('a boy of eleven, Kunduz is where he was born', 'Kunduz')).toBe(false);
    expect(at('a village in the hills named Baharak. It has a school.', 'Baharak')).toBe(false);
  });

  it('keeps such a name out of the places the passage links', () => {
    expect(linked('Her eldest daughter, Baharak, is in the ninth grade in Taloqan.')).toEqual(['Taloqan']);
  });
});

describe('givenNameOf, nameSomeoneIsCalled and PeopleWords', () => {
  it('givenNameOf: a name with a surname and an apposition or a verb of speech after it is a person', () => {
    expect(linked('Baharak Gul, who is fifteen, picks cotton.')).toEqual([]);
    expect(linked('Taloqan Noori said the harvest was late.')).toEqual([]);
    // A place's own words after the name, or a place list, keep it a place.
    expect(linked('Taloqan Province, a farming area, lies east.')).toEqual(['Taloqan Province']);
    expect(linked('Taloqan, Kunduz said nothing of it.')).toEqual(['Taloqan', 'Kunduz']);
    expect(linked('Taloqan Hospital, a building of two floors, is full.')).toEqual(['Taloqan']);
    expect(linked('Taloqan Governor said the road is open.')).toEqual(['Taloqan']);
  });

  it('nameSomeoneIsCalled: what people call someone, in Dari and English, is no place', () => {
    const index2 = placeIndexFor({
      ...TEST_GAZETTEER,
      entries: [
        ...TEST_GAZETTEER.entries,
        { id: 'AF1804', kind: 'district', name_en: 'Bangi', province: 'AF18', names: ['Bangi', 'بنگی'] },
      ],
    });
    const dari = (text: string) => findPlaceCandidates(text, index2).map((c) => c.text);
    expect(dari('در کوچهٔ ما مردم به او بنگی می‌گویند.')).toEqual([]);
    expect(dari('مردم آنان را «بنگی» می‌گفتند.')).toEqual([]);
    expect(dari('They call him Bangi in the bazaar.')).toEqual([]);
    expect(dari('او به بنگی رفت و در آنجا کار می‌کند.')).toEqual(['بنگی']);
  });

  it('PeopleWords: a word of a person named in full, standing bare, is that person', () => {
    const people = new PeopleWords(['Naqibullah Kunduz', 'Taloqan Baharak'], (w) => w !== 'Naqibullah');
    const text = 'Kunduz has interviewed farmers in Kunduz and Takhar. Taloqan is a town.';
    expect(people.bare(text, 0, 6)).toBe(true);
    // After "in", or a name of places only ("Taloqan Baharak"), it is the place.
    expect(people.bare(text, text.indexOf('Kunduz and'), text.indexOf('Kunduz and') + 6)).toBe(false);
    expect(people.bare(text, text.indexOf('Taloqan'), text.indexOf('Taloqan') + 7)).toBe(false);
    // An organisation that speaks ("Kunduz Radio said") names no person.
    const bodies = new PeopleWords(
      ['Kunduz Radio'],
      (w) => w === 'Kunduz',
      (w) => w === 'Radio',
    );
    expect(bodies.bare(text, 0, 6)).toBe(false);
  });
});

describe('a person introduced once, named bare later', () => {
  it('links neither the introduction nor the bare name later, but the place after a preposition', () => {
    const people: string[] = [];
    findPlaceCandidates('His daughter Baharak, who is ten, reads.', index, [], { people });
    expect(people).toEqual(['Baharak']);
    const words = new PeopleWords([], () => false);
    for (const w of people) words.add(w);
    const text = 'Baharak cannot go to school. The road to Baharak is closed.';
    expect(words.bare(text, 0, 7)).toBe(true);
    const later = text.lastIndexOf('Baharak');
    expect(words.bare(text, later, later + 7)).toBe(false);
  });

  it('keeps a province from the words read as people', () => {
    const people: string[] = [];
    findPlaceCandidates('Her son Kunduz, who is ten, reads.', index, [], { people });
    expect(people).toEqual([]);
  });

  it('is the person after a list mark with a verb of a person, or "to" after a verb of giving', () => {
    const words = new PeopleWords(['Rahim Kunduz'], (w) => w === 'Kunduz');
    const bare = (text: string) => words.bare(text, text.indexOf('Kunduz'), text.indexOf('Kunduz') + 6);
    expect(bare('He was asked twice; Kunduz did not answer.')).toBe(true);
    expect(bare('She hands the list to Kunduz every Friday.')).toBe(true);
    expect(bare('The road to Kunduz is closed.')).toBe(false);
    expect(bare('Rice from Takhar; Kunduz sells wheat.')).toBe(false);
  });
});

describe('placeAfterPreposition', () => {
  const isPlace = (name: string) => name === 'Deh Salah' || name === 'Nahrin';
  const at = (text: string, name: string, speaker = name) => {
    const start = text.indexOf(name);
    return placeAfterPreposition(text, { start, end: start + name.length }, speaker, isPlace);
  };

  it('reads a "person" named only by a place, after a preposition, as the place', () => {
    expect(at('Qurban Ali, a herder from Deh Salah, said the flock was sick.', 'Deh Salah')).toBe(true);
    expect(at('Mine owners in Burka and Nahrin told us so.', 'Nahrin')).toBe(true);
  });

  it('keeps a person whose name only contains the place, or who stands without a preposition', () => {
    expect(at('Nahrin told us so.', 'Nahrin')).toBe(false);
    expect(at('We spoke to Nahrin Karimi on Monday.', 'Nahrin', 'Nahrin Karimi')).toBe(false);
    expect(at('We spoke to Gul Ahmad on Monday.', 'Gul Ahmad')).toBe(false);
  });

  it('reads such a "person" after a Dari district noun, or in the list after one, as the place', () => {
    const dari = (text: string) => {
      const start = text.lastIndexOf('بهارک');
      return placeAfterPreposition(text, { start, end: start + 5 }, 'بهارک', (n) => n === 'بهارک');
    };
    expect(dari('مردم ولسوالی بهارک مکتب می‌خواهند.')).toBe(true);
    expect(dari('مردم ولسوالی‌های نمک‌آب، اشکمش و بهارک مکتب می‌خواهند.')).toBe(true);
    expect(dari('بهارک گفت که مکتب می‌خواهد.')).toBe(false);
    expect(dari('احمد و بهارک گفتند که مکتب می‌خواهند.')).toBe(false);
  });
});

describe('placePossessive', () => {
  it('reads a "speaker" named only by a place\'s possessive as that place', () => {
    const isPlace = (name: string) => name === 'Uzbekistan';
    expect(placePossessive("Uzbekistan's", isPlace)).toBe(true);
    expect(placePossessive('Uzbekistan’s', isPlace)).toBe(true);
    expect(placePossessive("Rahim's", isPlace)).toBe(false);
    expect(placePossessive('Uzbekistan', isPlace)).toBe(false);
  });

  it("and a speaking body named by the place's possessive, but not a person's", () => {
    const isPlace = (name: string) => name === 'Uzbekistan';
    expect(placePossessive("Uzbekistan's border service", isPlace)).toBe(true);
    expect(placePossessive("Rahim's brother", isPlace)).toBe(false);
    expect(placePossessive('Uzbekistans border service', isPlace)).toBe(false);
  });
});

describe('nameSomeoneIsCalled: a nickname', () => {
  const called = (text: string, name: string) => {
    const start = text.indexOf(name);
    return nameSomeoneIsCalled(text, start, start + name.length);
  };
  it('reads the name after "they call" or "whom … calls" as a nickname, not "calls for" a place', () => {
    expect(called('He is the old porter they call Takhar in the bazaar.', 'Takhar')).toBe(true);
    expect(called('a cook whom the whole village calls Takhar', 'Takhar')).toBe(true);
    expect(called('The council calls on Takhar to send more teachers.', 'Takhar')).toBe(false);
    expect(called('They travelled to Takhar last week.', 'Takhar')).toBe(false);
  });
});

describe('a person or an animal named like a place, round fifteen', () => {
  const country = (text: string) => placesOf(readWithCountry(text));

  it('is an animal named in commas after its noun, and so wherever the article names it bare', () => {
    expect(at('The mare, Kokcha, foaled twice in four years.', 'Kokcha')).toBe(true);
    expect(at('He sold his old grey stallion, Warduj, to a trader.', 'Warduj')).toBe(true);
    expect(
      country('Everyone wanted to ride Kokcha that winter. The horse, Kokcha, was nine years old and fast.'),
    ).toEqual([]);
    // The near miss: a river "the Kokcha" named beside a horse that is not named so.
    expect(country('The horse drank from the Kokcha river at dusk.')).toEqual([
      ['Kokcha river', 'kokcha-river'],
    ]);
  });

  it("is an animal named after any of the lexicon's animal nouns", () => {
    for (const animal of NAMED_ANIMAL_NOUNS)
      expect(at(`Our old grey ${animal}, Warduj, slept by the door.`, 'Warduj')).toBe(true);
  });

  it("is a Dari name after a relation with its possessive, or before a father's name", () => {
    expect(at('مادر گفت: «دخترم بهارک دیروز تب داشت.»', 'بهارک')).toBe(true);
    expect(at('زن جوان با پسر کوچک خود بهارک در صف ایستاده بود.', 'بهارک')).toBe(true);
    expect(at('۳. بهارک دختر عبدالرحیم، ۸ ساله، زخمی شد.', 'بهارک')).toBe(true);
    // The near miss: a relation who travels to the place.
    expect(at('دخترم به بهارک رفت.', 'بهارک')).toBe(false);
  });

  it("keeps the place before a child who has no father's name, or after a locative preposition", () => {
    expect(at('در بدخشان دختر نه ساله‌ای، از سرما جان داد.', 'بدخشان')).toBe(false);
    expect(at('کالا از بهارک پسر خردسال، به خانه آورد.', 'بهارک')).toBe(false);
    expect(at('بهارک پسر کوچک، مکتب ندارد.', 'بهارک')).toBe(false);
    expect(at('بهارک دختر جوانی، آنجا بود.', 'بهارک')).toBe(false);
    expect(at('۴. بهارک پسر غلام‌رسول، ۹ ساله', 'بهارک')).toBe(true);
  });

  it('keeps the place a relation loves or leaves, or one after a word ending like a possessive', () => {
    expect(at('پدرم بهارک را از کودکی می‌شناخت.', 'بهارک')).toBe(false);
    expect(at('خواهرانم بهارک را سال گذشته ترک کردند.', 'بهارک')).toBe(false);
    expect(at('پسر مقیم بهارک، نامه نوشت.', 'بهارک')).toBe(false);
    expect(at('دختر در ولایت بدخشان، مکتب می‌رود.', 'بدخشان')).toBe(false);
  });

  it("keeps the place where the person's word stands after a venue or in a list of places", () => {
    expect(
      country(
        'پسر کوچک خود بهارک را نزد داکتر برد. شفاخانهٔ بهارک بسته بود. کالا به بهارک، جرم و واخان می‌رسد.',
      ),
    ).toEqual([
      ['بهارک', 'AF1706'],
      ['بهارک', 'AF1706'],
      ['جرم', 'AF1710'],
      ['واخان', 'AF1728'],
    ]);
  });

  it('reads «امام صاحب» before «مسجد» as the imam of the mosque, and the district elsewhere', () => {
    expect(
      country('امام صاحب مسجد جامع گفت که نماز به وقت برگزار می‌شود. بازار امام صاحب شلوغ بود.'),
    ).toEqual([['امام صاحب', 'AF1905']]);
  });

  it('keeps «امام صاحب» the district before «مسجد» after «ولسوالی» or a locative preposition', () => {
    expect(country('مردم ولسوالی امام صاحب مسجد کهنه را ترمیم کردند.')).toEqual([['امام صاحب', 'AF1905']]);
    expect(country('سیلاب در امام صاحب مسجد قریه را ویران کرد.')).toEqual([['امام صاحب', 'AF1905']]);
  });
});

describe('namedAsPerson: an age said by the verb (round 21)', () => {
  it('reads "is fourteen and …" as a person, "is forty kilometres" as no age', () => {
    const a = 'Baharak is fourteen and carries sacks.';
    const b = 'Baharak is forty kilometres away.';
    expect(namedAsPerson(a, 0, 7)).toBe(true);
    expect(namedAsPerson(b, 0, 7)).toBe(false);
  });
});
