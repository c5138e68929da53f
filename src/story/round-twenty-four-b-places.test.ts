// Round twenty-four b, places: a name a province shares with its town read as the town where a trip, a street, a
// desk, a footnote's place-and-date or a list of towns says so (and the province where its office is meant); a
// place's name inside a body's, a venue's or a shop's name; a spokesman of a governor speaking for the province.
// Passages written here, in wordings of their own, with near-misses that must not fire.
import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

const linked = (paras: string[]): [string, string][] => placesOf(readWithCountry(paras.join('\n\n')));
const idsOf = (paras: string[], name: string): string[] =>
  linked(paras)
    .filter(([text]) => text === name || text.startsWith(`${name} `))
    .map(([, id]) => id);

describe('the town a trip, a return or a departure reaches', () => {
  it('reads a hospital trip and a return to Kunduz as the town', () => {
    const paras = [
      'Every fortnight Shabnam hires a taxi to drive her father to Kunduz for his dialysis.',
      'Her brother moved back to Kunduz after the shelling stopped.',
    ];
    expect(idsOf(paras, 'Kunduz')).toEqual(['AF1901', 'AF1901']);
  });

  it('reads leaving Kunduz and a year, and an evening over it, as the town', () => {
    const paras = [
      'Farid left Kunduz in 2016 and now sells bolani in a Kabul bazaar.',
      'Evening falls over Faizabad, and the call to prayer rolls down the valley.',
    ];
    expect(idsOf(paras, 'Kunduz')).toEqual(['AF1901']);
    expect(idsOf(paras, 'Faizabad')).toEqual(['AF1701']);
  });

  it('keeps the province where the governor or the province itself is meant', () => {
    const paras = [
      'Aid agencies say more than 40,000 people in Kunduz province need food this winter.',
      'The governor of Kunduz visited the flooded districts on Monday.',
    ];
    expect(idsOf(paras, 'Kunduz')).toEqual(['AF19', 'AF19']);
  });
});

describe('a name listed with towns', () => {
  it('reads Kunduz beside Taloqan in a list of where people are as the town', () => {
    const paras = [
      'Our reporters are spread across the north today: Hamid Rahimi is in Kunduz, Laila Noori in Taloqan and Sami Hotak in Faizabad.',
    ];
    expect(idsOf(paras, 'Kunduz')).toEqual(['AF1901']);
  });

  it('reads women from Kunduz who travel to Taloqan as from the town', () => {
    const paras = ['These days tailors from Kunduz drive to Taloqan for the cheaper cloth.'];
    expect(idsOf(paras, 'Kunduz')).toEqual(['AF1901']);
  });
});

describe("a footnote's place and date", () => {
  it('reads "interview with …, Kunduz, 3 March 2026" as the town', () => {
    const paras = [
      'Clinic staff said fuel for the generator ran out twice in February.[4]',
      '[4] Author interview with a midwife, Kunduz, 3 March 2026.',
    ];
    expect(idsOf(paras, 'Kunduz')).toEqual(['AF1901']);
  });
});

describe('Dari: the town of a trip between towns, a writer, a sign-off', () => {
  it('reads a trip from Faizabad to Kunduz and Kabul as the town', () => {
    // The engine before this round read this Kunduz as the province.
    const paras = ['رانندگانی که از فیض‌آباد به کندز و کابل سفر می‌کنند، باید احتیاط کنند.'];
    expect(idsOf(paras, 'کندز')).toEqual(['AF1901']);
  });

  it('reads a reporter who reports from Kunduz as the town', () => {
    const paras = ['خبرنگار ما فریدون احمدی از کندز گزارش می‌دهد.'];
    expect(idsOf(paras, 'کندز')).toEqual(['AF1901']);
  });

  it('keeps the province of a governor’s spokesman', () => {
    const paras = ['سخنگوی والی بغلان، احمد جاوید بشارت، گفت: «راه دوباره باز شده است.»'];
    expect(idsOf(paras, 'بغلان')).toEqual(['AF09']);
  });

  it('keeps the province of a role before a named speaker, however the speech is set', () => {
    const paras = [
      'معاون والی تخار، عبدالرحمن صدیقی، در این نشست افزود: «کار سرک تا خزان تمام می‌شود.»',
      'سخنگوی فرماندهی امنیهٔ بدخشان، نورالله حیدری، گفت: مردم باید صبر کنند.',
    ];
    expect(idsOf(paras, 'تخار')).toEqual(['AF18']);
    expect(idsOf(paras, 'بدخشان')).toEqual(['AF17']);
  });
});

describe("a place's name inside a body's, a venue's or a shop's name", () => {
  it('does not link the place in a forum, a board or a named hall', () => {
    const paras = [
      'A paper by the Pamir Research Forum says the new rules hurt small farmers.',
      'Officials of the Afghanistan Football Federation met the clubs on Sunday.',
      'The wedding was held at a hall called Herat Garden on the edge of the city.',
    ];
    const ids = linked(paras).map(([, id]) => id);
    expect(ids).not.toContain('pamirs');
    expect(ids).not.toContain('AFG');
    expect(ids).not.toContain('AF3201');
  });

  it('does not link a shop named after a province, but links the town it is in', () => {
    const paras = ['دزدان شب گذشته به فروشگاه تخار در شهر نو کابل دستبرد زدند.'];
    expect(idsOf(paras, 'تخار')).toEqual([]);
    expect(idsOf(paras, 'کابل')).toEqual(['AF0101']);
  });

  it('does not link the country in «د افغانستان بانک»', () => {
    const paras = ['پول دهقانان از طریق شعبهٔ د افغانستان بانک در تالقان پرداخت می‌شود.'];
    expect(idsOf(paras, 'افغانستان')).toEqual([]);
  });

  it('still links a province where a shop is in it (near-miss)', () => {
    const paras = ['فروشگاه‌های بدخشان از امروز دوباره باز شدند.'];
    expect(idsOf(paras, 'بدخشان').length).toBe(1);
  });

  it("does not link a place in a dealer's sign, but links the town it stands in", () => {
    const paras = [
      'Most of the rugs end up at the Andkhoy Rug House in Kabul, a showroom run by two brothers.',
    ];
    expect(idsOf(paras, 'Andkhoy')).toEqual([]);
    expect(idsOf(paras, 'Kabul')).toEqual(['AF0101']);
  });

  it('links the district where carpet houses stand in it (near-miss)', () => {
    const paras = ['There are three carpet houses in Andkhoy, all of them run by the same family.'];
    expect(idsOf(paras, 'Andkhoy').length).toBe(1);
  });

  it('does not link the town in a shop called by its name elsewhere', () => {
    const paras = ['نان خشک را از نانوایی تالقان در شهر نو کابل می‌خریم، چون مزهٔ خانه را دارد.'];
    expect(idsOf(paras, 'تالقان')).toEqual([]);
  });
});

describe('Dari spellings and roads of word-like names', () => {
  it('links Mai Mai written as one word with a non-joiner', () => {
    const paras = ['سیلاب دیشب دو پل را در ولسوالی‌های مای‌مای و کوف‌آب با خود برد.'];
    expect(idsOf(paras, 'مای‌مای')).toEqual(['AF1722']);
  });

  it('links Jurm where its road is shut or open to cars, not the path of crime', () => {
    expect(idsOf(['به گفتهٔ رانندگان، راه جرم از صبح امروز به روی لاری‌ها بسته است.'], 'جرم')).toEqual([
      'AF1710',
    ]);
    expect(idsOf(['پولیس می‌گوید جوانان بیکار زود به راه جرم کشانده می‌شوند.'], 'جرم')).toEqual([]);
  });
});

describe('a district named with a title word', () => {
  it('links Imam Sahib opening a live post, with its bearing after it', () => {
    // The engine before this round read "Imam Sahib" here as a titled person and linked nothing.
    const paras = ['11:30 In Imam Sahib, north of Kunduz, farmers are out in the fields before the rain.'];
    expect(idsOf(paras, 'Imam Sahib')).toEqual(['AF1905']);
  });
});

describe('near-misses found in review', () => {
  it("keeps a town before its own neighbourhoods: 'a Kunduz neighbourhood', 'the Kabul neighbourhood of …'", () => {
    expect(
      idsOf(['Mortar rounds hit a Kunduz neighbourhood overnight, residents said.'], 'Kunduz'),
    ).toHaveLength(1);
    expect(idsOf(['She grew up in the Kabul neighbourhood of Karte Se.'], 'Kabul')).toEqual(['AF0101']);
    expect(idsOf(['Several Herat neighbourhoods were without water on Sunday.'], 'Herat')).toHaveLength(1);
  });

  it('leaves the path of crime that poverty opens, a road or no road', () => {
    expect(idsOf(['بیکاری راه جرم را برای جوانان باز کرده است.'], 'جرم')).toEqual([]);
    expect(idsOf(['به گفتهٔ یک فعال مدنی، فقر راه جرم و جنایت را باز می‌کند.'], 'جرم')).toEqual([]);
  });

  it("reads a city's police district as the city, and a list ending on a day with no year as provinces", () => {
    expect(idsOf(['A blast in Kabul police district 9 wounded three people.'], 'Kabul')).toEqual(['AF0101']);
    expect(idsOf(['Floods struck Baghlan, Kunduz, May 3, according to OCHA.'], 'Kunduz')).toEqual(['AF19']);
  });

  it('keeps the province in a shop of its own «… در» its own town', () => {
    const paras = ['بزرگ‌ترین دواخانهٔ بدخشان در فیض‌آباد است و دواهایش از کابل می‌آید.'];
    expect(idsOf(paras, 'بدخشان')).toEqual(['AF17']);
  });
});
