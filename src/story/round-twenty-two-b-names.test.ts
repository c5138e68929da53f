// Round 22b: a place's name inside another name or used as an ordinary word — a city's street or quarter, a Solar
// Hijri month, a brand in quotation marks, a shop's sign, a Dari word, a namesake district "there" across the
// border — each beside the same name as the place (passages made up here, in wordings of our own).
import { describe, expect, it } from 'vitest';
import { brandNamedInMarks } from './business-names.ts';
import { placesOf, readWithCountry } from './test-helpers.ts';

const linked = (paras: string[]): [string, string][] => placesOf(readWithCountry(paras.join('\n\n')));
const idsOf = (paras: string[], name: string): string[] =>
  linked(paras)
    .filter(([text]) => text.startsWith(name))
    .map(([, id]) => id);

describe('a street or a quarter of a city named after a place', () => {
  it('reads transliterated quarters and avenues with their ezafe as the city’s, the district as the place', () => {
    const paras = [
      'KABUL — Rents have doubled in Kart-i-Parwan since the spring, tenants say.',
      'Gul Agha, 51, moved his tailoring shop from Jadayi Maiwand to a cheaper lane near Karte-Parwan square.',
      'His brother still farms a plot in Maiwand district of Kandahar and sends him raisins each autumn.',
    ];
    expect(idsOf(paras, 'Maiwand')).toEqual(['AF2710']);
    expect(idsOf(paras, 'Parwan')).toEqual([]);
  });

  it('reads a quarter and a lane of Taloqan named after provinces as the town’s, in English', () => {
    const paras = [
      'TALOQAN — Boys sell phone cards in Guzar-i-Kunduz from dawn, and the money changers sit in Kocha-e-Badakhshan.',
      'Traders who drive in from Kunduz province say the quarter is the busiest in the town.',
    ];
    expect(idsOf(paras, 'Kunduz')).toEqual(['AF19']);
    expect(idsOf(paras, 'Badakhshan')).toEqual([]);
  });

  it('reads a Dari lane and quarter named after a place as the town’s, and the district as the place', () => {
    const paras = [
      'تالقان — دکانداران کوچهٔ بدخشان در شهر تالقان می‌گویند که از یک ماه به این سو برق ندارند.',
      'محمد ظاهر که در گذر کندز کراچی دارد، گفت شب‌ها بازار تاریک است.',
      'به گفتهٔ او، برادرش در ولسوالی میوند قندهار زمین دارد و آنجا نیز برق نیست.',
    ];
    const places = linked(paras);
    expect(places.filter(([t]) => t === 'بدخشان' || t === 'کندز')).toEqual([]);
    expect(places.filter(([t]) => t === 'میوند').map(([, id]) => id)).toEqual(['AF2710']);
  });
});

describe('a city’s street or numbered quarter named after a place', () => {
  it('reads a street’s head after the name and a quarter’s number after its ezafe as the city’s', () => {
    const paras = [
      'KABUL — Traffic police closed Salang Wat for two hours on Monday after a lorry overturned near Parwan-e-Du.',
      'Carpet sellers on Maiwand Avenue said customers stayed away all afternoon.',
      'The lorry was carrying cement from a factory in Parwan province.',
    ];
    const places = linked(paras);
    expect(places.filter(([t]) => t === 'Salang' || t === 'Maiwand')).toEqual([]);
    expect(places.filter(([t]) => t.startsWith('Parwan')).map(([, id]) => id)).toEqual(['AF03']);
  });

  it('reads the same in Dari, and a count of the province’s districts as the province', () => {
    const paras = [
      'کابل — ترافیک در سالنگ وات دو ساعت متوقف شد و موترها تا پروان سه کابل صف بسته بودند.',
      'به گفتهٔ مسوولان، ولایت پروان ده ولسوالی دارد و سمنت این موتر از پروان آمده بود.',
    ];
    const places = linked(paras);
    expect(places.filter(([t]) => t === 'سالنگ')).toEqual([]);
    expect(places.filter(([t]) => t === 'پروان').map(([, id]) => id)).toEqual(['AF03', 'AF03']);
  });
});

describe('a Solar Hijri month named like a district', () => {
  it('reads a month listed with months, or bounded in time, as the month', () => {
    const paras = [
      'Onion growers in Khanabad say half their crop rots between Asad and Mizan because they have nowhere to keep it.',
      'By the end of Mizan the cold nights return, and prices climb again in early Hamal.',
    ];
    expect(idsOf(paras, 'Mizan')).toEqual([]);
  });

  it('reads a bare month in an article that names nothing of Zabul as the month', () => {
    const paras = [
      'The clinic in Rustaq ran out of fuel money in Mizan.',
      '"Since then we borrow from the bazaar," the manager said.',
    ];
    expect(idsOf(paras, 'Mizan')).toEqual([]);
  });

  it('still links the district by its qualifier or beside its province', () => {
    const paras = [
      'Residents of Mizan district said the road to Qalat had been closed for a week.',
      'Elders in Mizan, in Zabul, asked the governor for a new culvert.',
    ];
    expect(idsOf(paras, 'Mizan')).toEqual(['AF2604', 'AF2604']);
  });
});

describe('a brand or a shop named after a place', () => {
  it('reads a brand in quotation marks as the brand, and the mountains as the place', () => {
    const paras = [
      'PUL-E-KHUMRI — The cheapest cooking oil in the bazaar is sold under the "Kokcha" label, and a quilt branded "Pamir" outsells the Chinese blankets.',
      'The wool for the quilts comes from herders in the Pamirs and from farms along the Kokcha.',
    ];
    const places = linked(paras);
    expect(places.filter(([t]) => t === 'Kokcha').map(([, id]) => id)).toEqual(['kokcha-river']);
    expect(places.filter(([t]) => t.startsWith('Pamir')).map(([, id]) => id)).toEqual(['pamirs']);
  });

  it('reads a place alone in marks that a thing is called by as the thing’s name', () => {
    const paras = [
      'The old cinema called "Pamir" on the main road has been shut since 1992.',
      'در شهر تالقان یک رستورانت به نام «بدخشان» هم باز شده است که کباب بدخشانی می‌پزد.',
      'Hunters still cross the valley called "Pamir" by the Kyrgyz herders.',
    ];
    const places = linked(paras);
    expect(places.filter(([t]) => t === 'بدخشان')).toEqual([]);
    expect(places.filter(([t]) => t === 'Pamir').map(([, id]) => id)).toEqual(['pamirs']);
  });

  it('reads a Dari shop named by its trade word and a place as the shop', () => {
    const paras = [
      'شریک او گفت که «برنج‌فروشی تخار» از ماه گذشته تنها نیمی از خرید همیشگی را داشته است.',
      'بیشتر برنج این دکان از ولسوالی خان‌آباد کندز می‌آید.',
    ];
    const places = linked(paras);
    expect(places.filter(([t]) => t === 'تخار')).toEqual([]);
    expect(places.filter(([t]) => t === 'کندز').map(([, id]) => id)).toEqual(['AF19']);
  });
});

describe('a place opening a quoted sign’s or shop’s name', () => {
  it('reads the place inside a quoted name after a naming cue as the name’s, a quoted headline as the place', () => {
    const paras = [
      'TALOQAN — Over his door hangs a board that reads "Kunduz Rice House", though the rice now comes from Pakistan.',
      'His cousin’s bakery, called "Takhar Naan Centre", is two doors down.',
      '"Kunduz Needs Water," the banner said, and the march moved on.',
    ];
    const places = linked(paras);
    expect(places.filter(([t]) => t === 'Takhar')).toEqual([]);
    expect(places.filter(([t]) => t === 'Kunduz').map(([, id]) => id)).toEqual(['AF19']);
  });
});

describe('a Dari place name used as its word', () => {
  it('reads «چال» with the word’s own phrase after it as a pit, and the district with its noun as the place', () => {
    const paras = [
      'یک دهقان در علی‌آباد گفت: «کچالو را در چال تاریک زیر خانه نگه می‌داریم تا یخ نزند.»',
      'در ولسوالی چال تخار نیز دهقانان کچالو را همین‌گونه نگه می‌دارند.',
    ];
    expect(idsOf(paras, 'چال')).toEqual(['AF1805']);
  });
});

describe('a namesake district "there" across the border', () => {
  it('reads a Tajik district the sentence places "there" as abroad', () => {
    const paras = [
      'عبدالرحیم می‌گوید دو پسرش در تاجکستان کار می‌کنند؛ یکی در ولسوالی شغنان آنجا در یک نانوایی.',
      'او که خود در ولسوالی شغنان بدخشان زندگی می‌کند، گفت پول پسرانش تنها درآمد خانواده است.',
    ];
    expect(idsOf(paras, 'شغنان')).toEqual(['AF1719']);
  });

  it('reads a district across the river, named after «آن سوی دریا», as abroad, and English "over there" too', () => {
    const paras = [
      'آن طرف دریا، در درواز، شب‌ها برق هست و این طرف تاریک است.',
      'Her brother works in Tajikistan, in Darvaz over there, on a building site.',
      'In Darvaz there is no clinic, the district governor said.',
    ];
    const places = linked(paras);
    expect(places.filter(([t]) => t === 'درواز')).toEqual([]);
    expect(places.filter(([t]) => t === 'Darvaz').map(([, id]) => id)).toEqual(['AF1722']);
  });
});

describe('near-misses: the same names as places', () => {
  it('links towns whose own names open with a quarter-like word, and leaves unnamed quarters alone', () => {
    const paras = [
      'Lorries from Pul-e-Khumri and Qala-i-Zal queue at the weighbridge, drivers say.',
      'In Kabul the queues stretch from Shahr-e Naw to Darulaman Road and through Karte Seh.',
    ];
    const ids = linked(paras).map(([, id]) => id);
    expect(ids).toEqual(['AF0901', 'AF1907', 'AF0101']);
  });

  it('reads the month in Dari by its month word, and the district by its noun', () => {
    const paras = [
      'کار سرک در ماه میزان متوقف شد و تا حمل سال آینده آغاز نمی‌شود.',
      'باشندگان ولسوالی میزان زابل می‌گویند که راه قلات بسته است.',
    ];
    expect(idsOf(paras, 'میزان')).toEqual(['AF2604']);
  });

  it('keeps a place alone in quotation marks without a brand’s word, and a brand word far from it', () => {
    const paras = [
      '"Kunduz," he answered, when the guard asked where the flour came from.',
      'The brand is new; its owner said the wheat is bought in "Baghlan and beyond".',
    ];
    const ids = linked(paras).map(([, id]) => id);
    expect(ids).toEqual(['AF19', 'AF09']);
  });

  it('links «چال» after «در» where no word of a pit follows', () => {
    expect(idsOf(['به گفتهٔ مسوولان، در چال امسال دو مکتب دخترانه بازسازی شد.'], 'چال')).toEqual(['AF1805']);
  });

  it('keeps a district "there" when no neighbour was named before it', () => {
    const paras = ['در اشکاشم، آنجا که دریا تنگ می‌شود، یک پل فلزی ساخته شده است.'];
    expect(idsOf(paras, 'اشکاشم')).toEqual(['AF1723']);
  });
});

describe('brandNamedInMarks', () => {
  const at = (text: string, name: string) => {
    const start = text.indexOf(name);
    return brandNamedInMarks(text, start, start + name.length);
  };
  it('reads a brand’s word before the marks or after them', () => {
    expect(at('a brand called "Pamir", sold in three sizes', 'Pamir')).toBe(true);
    expect(at('tea sold under the “Kokcha” label', 'Kokcha')).toBe(true);
    expect(at('یک برند به نام «پامیر» امسال', 'پامیر')).toBe(true);
  });
  it('leaves a name in marks with no brand’s word, or not alone in them', () => {
    expect(at('"Kunduz," he answered', 'Kunduz')).toBe(false);
    expect(at('a brand called "Pamir Gold"', 'Pamir')).toBe(false);
  });
});

describe('review near-misses: the same words round a place that is the place', () => {
  it('keeps a district the sentence reaches from the far bank, or describes with «آنجا که»', () => {
    expect(idsOf(['قاچاقچیان مواد مخدر را از آن طرف دریا به اشکاشم می‌آورند.'], 'اشکاشم')).toEqual([
      'AF1723',
    ]);
    expect(
      idsOf(['او سال‌ها در پاکستان کار کرد و بعد به شغنان برگشت، آنجا که بزرگ شده بود.'], 'شغنان'),
    ).toEqual(['AF1719']);
  });

  it('keeps a place after a work done to it in marks, and a place called a name in marks', () => {
    expect(idsOf(['طالبان از «پاکسازی پنجشیر» خبر دادند.'], 'پنجشیر')).toEqual(['AF08']);
    expect(idsOf(['حکومت برنامهٔ «بازسازی کندز» را پس از سیلاب آغاز کرد.'], 'کندز')).toEqual(['AF19']);
    expect(idsOf(['مسئولان در منطقه‌ای به نام «خواجه غار» از سیلاب خبر دادند.'], 'خواجه غار')).toEqual([
      'AF1809',
    ]);
    expect(idsOf(['They live in a small town named "Khanabad" north of Kunduz city.'], 'Khanabad')).toEqual([
      'AF1904',
    ]);
  });

  it('keeps a name that is also a word when «زیر» means the place is under rain, snow or fire', () => {
    expect(idsOf(['مردم در جرم زیر باران منتظر کمک ماندند.'], 'جرم')).toEqual(['AF1710']);
    expect(idsOf(['نیروها در بازارک زیر آتش دشمن قرار گرفتند.'], 'بازارک')).toEqual(['AF0801']);
  });

  it('keeps places counted in a tally as the places, not numbered quarters', () => {
    const paras = ['شمار کشته‌شدگان: کندز سه، تخار دو، بغلان یک.'];
    expect(idsOf(paras, 'تخار')).toEqual(['AF18']);
    expect(idsOf(paras, 'کندز')).toEqual(['AF19']);
  });
});

describe('review near-misses: any lane of a city, a quoted slogan', () => {
  it('keeps the city after «هر کوچه», with or without the ezafe written', () => {
    expect(idsOf(['در هر کوچه کابل پولیس ایستاده بود.'], 'کابل')).toEqual(['AF0101']);
    expect(idsOf(['در هر کوچهٔ کابل پولیس ایستاده بود.'], 'کابل')).toEqual(['AF0101']);
  });

  it('keeps a place opening a quoted slogan, which ends on no shop’s word', () => {
    const paras = ['A banner that read "Badakhshan Needs Roads" hung over the crowd in Faizabad.'];
    expect(idsOf(paras, 'Badakhshan')).toEqual(['AF17']);
  });
});

describe('review near-miss: crossing a pass', () => {
  it('keeps the pass after «گذر» "crossing", and the lane named after a province', () => {
    expect(idsOf(['موترها هنگام گذر سالنگ در برف گیر ماندند.'], 'سالنگ')).toEqual(['salang-pass']);
    expect(idsOf(['محمد ظاهر که در گذر کندز کراچی دارد، گفت بازار تاریک است.'], 'کندز')).toEqual([]);
  });
});
