// Round 21: a place's name used as a word — a club, a clinic, a vehicle, a girl, the mountains — read mention by
// mention, next to the same name as the place (sentences made up here, in wordings of our own).
import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

const linked = (paras: string[]): [string, string][] => placesOf(readWithCountry(paras.join('\n\n')));
const idsOf = (paras: string[], name: string): string[] =>
  linked(paras)
    .filter(([text]) => text === name)
    .map(([, id]) => id);

describe('a rickshaw named for Zaranj, mention by mention', () => {
  it('reads the counted and plural rickshaw as the thing, and the city after its province as the place', () => {
    const ids = idsOf(
      [
        'شاروالی تالقان از هفتهٔ آینده ورود زرنج‌ها را به جادهٔ اصلی شهر منع کرده است.',
        'به گفتهٔ رانندگان، بیشتر این موترها در بازار ولایت نیمروز، زرنج، ساخته نمی‌شوند و از ایران وارد می‌شوند.',
        'یک رانندهٔ جوان گفت که زرنج خود را به قرض خریده است.',
      ],
      'زرنج',
    );
    expect(ids).toEqual(['AF3401']);
  });

  it('reads an English rickshaw driven and counted as the thing, the border town as the place', () => {
    const ids = idsOf(
      [
        'Police in Taloqan impounded thirty Zaranj rickshaws on Monday.',
        'Naqibullah, 23, said he bought a Zaranj on credit last spring and still owes half its price.',
        'Most of the machines are assembled in Zaranj, the capital of Nimroz, from parts brought over from Iran.',
      ],
      'Zaranj',
    );
    expect(ids).toEqual(['AF3401']);
  });

  it('links the city where nothing makes it a vehicle', () => {
    expect(idsOf(['مسافران از زرنج تا هرات دو روز در راه بودند.'], 'زرنج')).toEqual(['AF3401']);
  });
});

describe('a club, a team or a company named after a place', () => {
  it('reads a football club called by the river’s name as the club', () => {
    const places = linked([
      'Kokcha FC beat a side from Taloqan 2-1 in the opening match of the northern league.',
      'Fans of the Kokcha club lit flares after the second goal.',
    ]);
    expect(places.filter(([t]) => t === 'Kokcha')).toEqual([]);
  });

  it('still reads the river by its bare name, and a Dari team named after it as the team', () => {
    const places = linked([
      'The Kokcha rose by a metre overnight and washed away two footbridges below Jurm.',
      'تیم فوتبال کوکچه در بازی نهایی به تیم بلخ باخت.',
    ]);
    expect(places.filter(([t]) => t === 'Kokcha').map(([, id]) => id)).toEqual(['kokcha-river']);
    expect(places.filter(([t]) => t === 'کوکچه')).toEqual([]);
  });
});

describe('clubs and surnames: near-misses where the name is the place', () => {
  it('keeps a club in a district and a district’s own team', () => {
    const places = linked([
      'The wrestling club in Jurm has forty members.',
      'تیم فوتبال اندراب در بازی نهایی برنده شد.',
      'Jurm SC will host the final.',
    ]);
    expect(places.map(([t, id]) => `${t}:${id}`)).toEqual(['Jurm:AF1710', 'اندراب:AF0907']);
  });

  it('keeps the district after a man’s given name and a preposition, and reads it after the given name alone as his', () => {
    const places = linked([
      'نصرالله در دوشی دکان دارد.',
      'خیرالدین دوشی و برادرش نصیراحمد هر دو موتروان اند.',
      'محمد دوشی گفت که کرایه دو برابر شده است.',
    ]);
    expect(places.map(([t, id]) => `${t}:${id}`)).toEqual(['دوشی:AF0903']);
  });
});

describe('a clinic or health post named Shuhada', () => {
  it('reads the clinic’s name, then its short form, as the clinic; the district with its noun as the place', () => {
    const places = linked([
      'The Shuhada Clinic sits two hours’ walk above the district centre of Raghestan.',
      'Auditors found that the Shuhada staff list named six people who had moved to Iran.',
      'A second clinic, in Shuhada district itself, had no such gaps.',
    ]);
    expect(places.filter(([t]) => t === 'Shuhada').map(([, id]) => id)).toEqual(['AF1712']);
  });

  it('keeps "the Jurm road" where no facility is named after Jurm', () => {
    expect(idsOf(['Landslides closed the Jurm road for a week.'], 'Jurm')).toEqual(['AF1710']);
  });

  // Left: with no facility named first, "the Shuhada post" alone does not say the post is named, not placed.
  it.fails('reads the post’s own name as the post', () => {
    const places = linked([
      'On paper the Shuhada post employs a midwife and two vaccinators; villagers say none of them has come since spring.',
      'The Shuhada payroll lists eleven names.',
    ]);
    expect(places.filter(([t]) => t === 'Shuhada')).toEqual([]);
  });

  it('reads a private hospital named Shuhada in Dari as the hospital, the district with «از» as the place', () => {
    const places = linked([
      'بعضی خانواده‌ها بیماران خود را به کلینیک خصوصی شهدا در فیض‌آباد می‌برند.',
      'مریضانی که از شهدا یا کشم می‌آیند، گاهی دو روز در راه اند.',
    ]);
    // The district is the mention after «از», listed with Keshem; the clinic's name is no mention.
    const shuhada = places.filter(([t]) => t === 'شهدا').map(([, id]) => id);
    expect(shuhada).toEqual(['AF1712']);
    expect(linked(['بعضی خانواده‌ها بیماران خود را به کلینیک خصوصی شهدا در فیض‌آباد می‌برند.'])).toEqual([
      ['فیض‌آباد', 'AF1701'],
    ]);
  });
});

describe('a person called by a district’s name', () => {
  it('reads a girl named Baharak, introduced by her age or her kin, as the girl', () => {
    const places = linked([
      'Baharak is eleven and has not been to school since her father fell ill.',
      'Her younger sister, Baharak, minds the goats while their mother weaves.',
    ]);
    expect(places.filter(([t]) => t === 'Baharak')).toEqual([]);
  });

  it('reads a Dari girl named بهارک by her age or her mother as the girl', () => {
    const places = linked([
      'بهارک ده ساله است و هر روز دو ساعت پیاده تا مکتب می‌رود.',
      'بهارک، دختر دوازده سالهٔ گل‌جان، از دو سال به این سو گلو درد دارد.',
    ]);
    expect(places.filter(([t]) => t === 'بهارک')).toEqual([]);
  });

  it('reads a girl called Baharak in a Badakhshan story as the girl, the district after «در» as the place', () => {
    const places = linked([
      'در ولسوالی بهارک بدخشان، دخترش بهارک هر صبح آب می‌آورد.',
      'A girl called Baharak, who turned fifteen in March, now teaches the younger ones in Jurm.',
    ]);
    expect(places.filter(([t]) => t === 'Baharak' || t === 'بهارک').map(([, id]) => id)).toEqual(['AF1706']);
  });

  it('keeps the district where the sentence says where it lies', () => {
    const places = linked([
      'Baharak is two hours by road from Faizabad.',
      'بهارک در جنوب فیض‌آباد موقعیت دارد.',
    ]);
    expect(places.filter(([t]) => t === 'Baharak' || t === 'بهارک').map(([, id]) => id)).toEqual([
      'AF1706',
      'AF1706',
    ]);
  });
});

describe('«کوهستان», the mountains, and Kohistan the district', () => {
  it('reads «مردم کوهستان» and «کوهستان‌ها» in an article without the district as the mountains', () => {
    const places = linked([
      'مردم کوهستان در زمستان بیشتر از نمک سنگ استفاده می‌کنند.',
      'در کوهستان‌های بدخشان مکتب کم است.',
    ]);
    expect(places.filter(([t]) => t.startsWith('کوهستان'))).toEqual([]);
  });

  it('reads «مردم کوهستان» as mountain people beside districts of Badakhshan', () => {
    const places = linked([
      'در جرم و کشم نمک یددار در دکان‌ها پیدا می‌شود، اما مردم کوهستان هنوز نمک سنگ می‌خرند.',
    ]);
    expect(places.filter(([t]) => t === 'کوهستان')).toEqual([]);
    expect(places.map(([, id]) => id)).toEqual(['AF1710', 'AF1715']);
  });

  it('links the district named with its district noun', () => {
    const places = linked(['ولسوالی کوهستان بدخشان سه روز است که راه ندارد.']);
    expect(places.filter(([t]) => t === 'کوهستان').map(([, id]) => id)).toEqual(['AF1708']);
  });
});

describe('a surname like a district', () => {
  it('reads the driver called by his surname as a person, in English and Dari', () => {
    const places = linked([
      'The driver, Abdul Haq Doshi, said the road had been closed twice that week.',
      'رانندهٔ موتر، عبدالحق دوشی، گفت که راه دو بار بسته شده بود.',
    ]);
    expect(places.filter(([t]) => t === 'Doshi' || t === 'دوشی')).toEqual([]);
  });

  it('still reads Doshi as the district after «از» or "in"', () => {
    const places = linked([
      'The convoy waited in Doshi for the pass to open.',
      'موترها از دوشی به سوی سالنگ رفتند.',
    ]);
    expect(places.filter(([t]) => t === 'Doshi' || t === 'دوشی').map(([, id]) => id)).toEqual([
      'AF0903',
      'AF0903',
    ]);
  });
});

describe('round 21, second slice: a private venue’s name, an age said by its verb, «همان» after the people', () => {
  it('reads a private school or hospital named after a district as the venue, a public one as the district', () => {
    const places = linked([
      'لیسهٔ خصوصی فرخار در شهر تالقان سه صد شاگرد دارد.',
      'زخمیان به شفاخانهٔ حوزوی کشم انتقال داده شدند.',
    ]);
    expect(places.map(([t, id]) => `${t}:${id}`)).toEqual(['تالقان:AF1801', 'کشم:AF1715']);
  });

  it('reads a child whose age the verb gives as the child, a place whose distance it gives as the place', () => {
    const places = linked([
      'Her family moved to Jurm from the valley last year. Baharak is nine, and since the move she herds goats.',
      'Jurm is forty kilometres upstream, and Baharak lies beyond it.',
    ]);
    expect(places.map(([t, id]) => `${t}:${id}`)).toEqual(['Jurm:AF1710', 'Jurm:AF1710', 'Baharak:AF1706']);
  });

  it('reads «مردم کوهستان همان …» as the mountain people, «باشندگان خواهان هم …» as the district’s', () => {
    const places = linked([
      'در بهارک و جرم قیمت آرد بالا رفته و مردم کوهستان همان آرد را به قرض می‌خرند.',
      'باشندگان خواهان هم از کمبود آرد شکایت دارند.',
    ]);
    expect(places.map(([t, id]) => `${t}:${id}`)).toEqual(['بهارک:AF1706', 'جرم:AF1710', 'خواهان:AF1720']);
  });
});

describe('a district’s name counted as a noun', () => {
  it('reads «یک نفر …» and «دو تن …» before the name as the noun, «از» after the count as the place', () => {
    const places = linked([
      'پسرش در بازار تالقان با یک نفر بنگی آشنا شد و دیگر به خانه نیامد.',
      'دو نفر از بنگی و سه نفر از چال در این حادثه زخمی شدند.',
    ]);
    expect(places.map(([t, id]) => `${t}:${id}`)).toEqual(['تالقان:AF1801', 'بنگی:AF1804', 'چال:AF1805']);
  });
});

// Review: ordinary reporting the rules above must leave alone (each failed on the branch before its mend).
describe('round 21 review: place names the word rules must leave places', () => {
  const pairs = (paras: string[]) => linked(paras).map(([t, id]) => `${t}:${id}`);

  it('keeps a place right after a given name when it has no surname’s «ی»', () => {
    expect(
      pairs([
        'داکتر عبدالله کابل را به مقصد دوحه ترک کرد.',
        'به گفتهٔ منابع محلی، نعمت‌الله تالقان را سه روز پیش ترک کرد و به کندز رفت.',
      ]),
    ).toEqual(['کابل:AF0101', 'تالقان:AF1801', 'کندز:AF1901']);
  });

  it('keeps a capital with a «ی» of its own after a given name: no minor district’s surname', () => {
    expect(pairs(['حمدالله پلخمری را هفتهٔ گذشته به مقصد مزار شریف ترک کرد.'])).toEqual([
      'پلخمری:AF0901',
      'مزار شریف:AF2101',
    ]);
  });

  it('keeps a place whose figure, not age, follows its verb', () => {
    expect(
      pairs([
        'The death toll in Kunduz was 12, officials said on Sunday.',
        'Kabul was 38, and Herat was 41, the hottest reading of the week.',
      ]),
    ).toEqual(['Kunduz:AF1901', 'Kabul:AF0101', 'Herat:AF3201']);
  });

  it('keeps a district whose clinic is named for it and stands in it', () => {
    expect(
      pairs([
        'Doctors at the Jurm Clinic said they see eighty patients a day.',
        'Jurm has one doctor for every 30,000 people, and the Jurm bazaar has no pharmacy.',
      ]),
    ).toEqual(['Jurm:AF1710', 'Jurm:AF1710', 'Jurm:AF1710']);
  });

  it('keeps a town’s club the town’s, and a private hospital called by a city’s name the city’s', () => {
    expect(pairs(['He played for a Kunduz club before he moved to Kabul last year.'])).toEqual([
      'Kunduz:AF19',
      'Kabul:AF0101',
    ]);
    expect(pairs(['شفاخانهٔ خصوصی کابل سال گذشته با پنجاه بستر افتتاح شد.'])).toEqual(['کابل:AF0101']);
  });

  it('keeps a place after people counted, their object', () => {
    expect(pairs(['به گفتهٔ پولیس، روز شنبه ۲۰ نفر تالقان را به مقصد کابل ترک کردند.'])).toEqual([
      'تالقان:AF1801',
      'کابل:AF0101',
    ]);
  });

  it('keeps the people’s district before «همچنان» ("still")', () => {
    expect(pairs(['باشندگان خواهان همچنان از کمبود آب آشامیدنی شکایت دارند.'])).toEqual(['خواهان:AF1720']);
  });

  it('reads a word after « یا » as the word: "in Kabul or another big city"', () => {
    expect(
      pairs([
        'بسیاری از جوانان می‌خواهند در کابل یا شهر بزرگ دیگری کار پیدا کنند.',
        'خانواده‌ها برای تداوی به تالقان یا شهر بزرگ دیگری می‌روند.',
      ]),
    ).toEqual(['کابل:AF0101', 'تالقان:AF1801']);
  });
});
