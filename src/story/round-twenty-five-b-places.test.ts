// Round twenty-five b, places: the town or the province (a life lived in the town, a family that moved to it, its
// old quarter, its Friday mosque, an official of its district office; the province beside "the other provinces"),
// a place's name inside a business's or a person's name or a nickname, a Dari word spelt like a place, and places
// missed after a letter's signature, "in <province>", "along the Panj", "opposite <town>" or «آن سوی».
// Passages written here, in wordings of their own, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

const linked = (paras: string[]): [string, string][] => placesOf(readWithCountry(paras.join('\n\n')));
const idsOf = (paras: string[], name: string): string[] =>
  linked(paras)
    .filter(([text]) => text === name || text.startsWith(`${name} `))
    .map(([, id]) => id);

describe('the town where a life was lived or a family settled', () => {
  it('reads growing up in Kunduz and moving to it from another province as the town', () => {
    const paras = [
      'Nazir Ahmadi, who was raised in Kunduz and now drives a taxi in Istanbul, still sends money home every month.',
      'Her grandfather moved to Kunduz from Baghlan in the 1970s to work at the cotton mill.',
      'Samira spent her childhood in Faizabad before the family left for Kabul.',
    ];
    expect(idsOf(paras, 'Kunduz')).toEqual(['AF1901', 'AF1901']);
    expect(idsOf(paras, 'Faizabad')).toEqual(['AF1701']);
  });

  it('reads the old quarter and an official of a district office as the town, a provincial official as the province', () => {
    const paras = [
      'In the crooked lanes of old Faizabad, the bakers light their ovens before dawn.',
      'A district official in Kunduz, speaking on condition of anonymity, said the tax had been dropped.',
      'A provincial official in Kunduz said the same day that no decision had been made.',
    ];
    expect(idsOf(paras, 'Faizabad')).toEqual(['AF1701']);
    expect(idsOf(paras, 'Kunduz')).toEqual(['AF1901', 'AF19']);
  });

  it('keeps the province where it is born in a province', () => {
    const paras = ['He was born in Kunduz province and fought in Helmand.'];
    expect(idsOf(paras, 'Kunduz')).toEqual(['AF19']);
  });

  it('reads a Friday mosque of a town in Dari as the town', () => {
    const paras = [
      'نماز عید امسال در مسجد جامع فیض‌آباد با حضور هزاران نمازگزار برگزار شد.',
      'پس از نماز، علمای مسجد جامع کندز دربارهٔ مهریه سخن گفتند.',
    ];
    expect(idsOf(paras, 'فیض‌آباد')).toEqual(['AF1701']);
    expect(idsOf(paras, 'کندز')).toEqual(['AF1901']);
  });

  it('reads a capital beside "the other provinces" as its province', () => {
    const paras = [
      'Traders want buyers in Kabul and the other provinces to pay the same price as the exporters.',
      'Growers in Herat and neighbouring provinces say the frost came early.',
    ];
    expect(idsOf(paras, 'Kabul')).toEqual(['AF01']);
    expect(idsOf(paras, 'Herat')).toEqual(['AF32']);
  });
});

describe("a place's name inside a business's name", () => {
  it('does not link a bus company, a teahouse or a printer named after a place', () => {
    const paras = [
      'We climbed aboard a Badakhshan Coach that had left Kabul the night before.',
      'The old men meet every afternoon at the Kokcha Chaikhana near the bridge.',
      'The ballots were printed by the Takhar Printing House in Kabul.',
    ];
    expect(idsOf(paras, 'Badakhshan')).toEqual([]);
    expect(idsOf(paras, 'Kokcha')).toEqual([]);
    expect(idsOf(paras, 'Takhar')).toEqual([]);
    expect(idsOf(paras, 'Kabul')).toEqual(['AF0101', 'AF0101']);
  });

  it('still links the province where a coach runs to it', () => {
    const paras = ['The coach to Badakhshan broke down twice on the Kokcha road.'];
    expect(idsOf(paras, 'Badakhshan')).toEqual(['AF17']);
  });
});

describe("a place's name as a person's name or nickname", () => {
  it('does not link a nickname in quotation marks', () => {
    const paras = [
      'Police said the driver, known among his neighbours as "Jurm", had smuggled fuel for years.',
      'A second suspect, nicknamed "Khost", was released on bail.',
    ];
    expect(idsOf(paras, 'Jurm')).toEqual([]);
    expect(idsOf(paras, 'Khost')).toEqual([]);
  });

  it('does not link a Dari surname after a given name, but links the district after a verb of going', () => {
    const paras = [
      'کریم دوشی، دکاندار بازار، گفت که قیمت آرد دو برابر شده است.',
      'فردای آن روز کریم به دوشی رفت تا برادرش را ببیند.',
    ];
    expect(idsOf(paras, 'دوشی')).toEqual(['AF0903']);
  });

  it("does not link a girl called to in dialogue by a district's name", () => {
    const paras = [
      'سفر به بدخشان',
      'در راه فیض‌آباد به جرم، کنار چشمه‌ای ایستادیم. دخترکی از کنار ما گذشت؛ پدرش صدا زد: «بهارک، آب را بیاور!» بهارک با کوزه‌ای برگشت.',
      'فردای آن روز مردم از بهارک و کشم به بازار آمدند.',
    ];
    expect(idsOf(paras, 'بهارک')).toEqual(['AF1706']);
  });
});

describe('a Dari word spelt like a place', () => {
  it('reads «دره» after «بالای» or «ته» as the valley, not Dara district', () => {
    const paras = [
      'چوپان‌ها از بالای دره گله را پایین آوردند و در ته دره چند خانهٔ گلی دیدیم.',
      'ولسوال دره در پنجشیر گفت که سرک باز است.',
    ];
    expect(idsOf(paras, 'دره')).toEqual(['AF0803']);
  });
});

describe('places the engine missed', () => {
  it('links Jurm as a place to travel from or beyond, and not «جرم» as a crime', () => {
    const paras = ['در زمستان کسی نمی‌تواند از جرم به آن سو برود.', 'او به جرم دزدی زندانی شد.'];
    expect(idsOf(paras, 'جرم')).toEqual(['AF1710']);
  });

  it('links the Panj as the river beside «آن سوی» and "along the"', () => {
    expect(idsOf(['مسافران از آن سوی پنج هم می‌آیند.'], 'پنج')).toEqual(['panj-river']);
    expect(idsOf(['Villages along the Panj lost their orchards to the flood.'], 'Panj')).toEqual([
      'panj-river',
    ]);
    expect(idsOf(['او پنج سال در آن سوی مرز کار کرد.'], 'پنج')).toEqual([]);
  });

  it('links a district after a province-scale "in", and the town after "opposite"', () => {
    const paras = [
      '- A teacher from Jurm in Badakhshan asked whether girls would be counted.',
      'The trucks unload at the bridge opposite Nusay every Thursday.',
    ];
    expect(idsOf(paras, 'Badakhshan')).toEqual(['AF17']);
    expect(idsOf(paras, 'Nusay')).toEqual(['AF1727']);
  });

  it("links the reader's place after a letter's signature", () => {
    const paras = [
      'Q: My apricot trees drop their fruit before it ripens. What am I doing wrong? — Wahida Noori, Chal',
      'A: Apricots drop fruit when they are thirsty in May.',
    ];
    expect(idsOf(paras, 'Chal')).toEqual(['AF1805']);
  });
});

describe('review near-misses: cues that must not fire on ordinary copy', () => {
  it('keeps the province after "the old" where the name qualifies what follows, and before a possessive', () => {
    const paras = [
      'The old Kunduz governor was replaced in March.',
      'Fighters overran the old Kunduz-Takhar highway checkpoint at dawn.',
      "A district official in Kunduz's Chahar Dara district said the Taliban had attacked.",
    ];
    expect(idsOf(paras, 'Kunduz')).toEqual(['AF19', 'AF19', 'AF19']);
  });

  it('links a place a driver cries or a speaker shouts at the opening of a Dari quotation', () => {
    const paras = [
      'راننده صدا زد: «کابل، کابل!» و مسافران سوار شدند.',
      'شاعر با صدای بلند فریاد زد: «بدخشان، سرزمین کوه‌ها و لعل است!»',
      'معترضان فریاد زدند: «کندز، خانهٔ ماست!»',
    ];
    expect(idsOf(paras, 'کابل')).toEqual(['AF0101', 'AF0101']);
    expect(idsOf(paras, 'بدخشان')).toEqual(['AF17']);
    expect(idsOf(paras, 'کندز')).toEqual(['AF19']);
  });

  it('leaves a count after «آن طرف», and a pit or the highlands beyond which something lies', () => {
    const paras = [
      'از آن طرف پنج تا موتر آمد و از این طرف سه تا.',
      'از آن طرف پنج و از این طرف سه نفر زخمی شدند.',
      'در آن طرف پنج میلیون نفر زندگی می‌کنند.',
      'کارگران معدن در آن طرف چال گیر ماندند.',
      'آن سوی کوهستان، دریا جاری است.',
    ];
    expect(linked(paras)).toEqual([]);
  });

  it('links a place after an adjective that is also a given name', () => {
    expect(idsOf(['هوای لطیف دوشی در بهار مسافران را جذب می‌کند.'], 'دوشی')).toEqual(['AF0903']);
  });
});
