import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry, speakerOf } from './test-helpers.ts';

// Round twenty-b: a place's name used as an everyday noun — the Nimroz capital's name for the three-wheeled
// motor rickshaw. Counted, made plural, called so ("… or «X»", "known as X") the name is the vehicle, and so
// is every bare mention of it in the article; a mention with a place's cue (a preposition, «شهر») still
// links. Every wording here is new.
const read = (...paras: string[]) => readWithCountry(['سرخط خبر', '', ...paras].join('\n\n'));
const readEn = (...paras: string[]) => readWithCountry(['Headline of the page', '', ...paras].join('\n\n'));
const linked = (story: ReturnType<typeof read>) => placesOf(story).map(([text, id]) => `${text}=${id}`);
const ZARANJ = 'AF3401';
const zaranjLinks = (story: ReturnType<typeof read>) =>
  placesOf(story).filter(([, id]) => id === ZARANJ).length;

describe('a place name counted or made plural is the vehicle', () => {
  it('reads «یک زرنج» as a rickshaw and still links Taloqan', () => {
    const s = read('در بازار تالقان قیمت یک زرنج نو حالا به نود هزار افغانی رسیده است.');
    expect(zaranjLinks(s)).toBe(0);
    expect(linked(s)).toContain('تالقان=AF1801');
  });
  it('reads a plural «زرنج‌ها» as rickshaws', () => {
    const s = read('شاروالی پلخمری گفت که زرنج‌ها از سرک عمومی دور ساخته می‌شوند.');
    expect(zaranjLinks(s)).toBe(0);
  });
  it('reads «هزاران زرنج» as rickshaws', () => {
    const s = read('هر روز هزاران زرنج در جاده‌های شهر فیض‌آباد مسافر می‌برند.');
    expect(zaranjLinks(s)).toBe(0);
  });
  it('reads "a Zaranj" bought on credit as the vehicle', () => {
    const s = readEn(
      'Jawed bought a Zaranj on credit in Kunduz last spring and still owes four instalments.',
    );
    expect(zaranjLinks(s)).toBe(0);
  });
  it('reads "Zaranj rickshaws" as the vehicle', () => {
    const s = readEn('Police in Taloqan impounded forty Zaranj rickshaws on Sunday.');
    expect(zaranjLinks(s)).toBe(0);
  });
});

describe('once named as the vehicle, every bare mention is the vehicle', () => {
  it('a Dari mini-article: named, then owned, then its instalment', () => {
    const s = read(
      'شاروالی کندز رفت‌وآمد موترسیکلت‌های سه‌چرخه یا «زرنج» را در مرکز شهر منع کرد.',
      'کریم‌الله که هفت سال است رانندگی می‌کند، گفت: «زرنج تنها نان‌آور خانوادهٔ ماست.»',
      'او افزود که هنوز قرض زرنج خود را نپرداخته است.',
    );
    expect(zaranjLinks(s)).toBe(0);
    expect(linked(s)).toContain('کندز=AF1901');
  });
  it('a Dari mini-article where the traffic police hold the rickshaws', () => {
    const s = read(
      'در شهر تالقان بیش از دو هزار زرنج ثبت شده است.',
      'یک راننده گفت: «پولیس ترافیک زرنج مرا سه روز نگه داشت.»',
    );
    expect(zaranjLinks(s)).toBe(0);
  });
  it('an English feature: known as Zaranj, then the Zaranj', () => {
    const s = readEn(
      'The three-wheeled motorcycles known locally as Zaranj carry most of the passengers in Kunduz city.',
      'Without the Zaranj, he said, his daughters could not reach school.',
    );
    expect(zaranjLinks(s)).toBe(0);
  });
});

describe('near misses: the city still links', () => {
  it('a journey from Zaranj in Dari', () => {
    const s = read('او سال گذشته از زرنج به کندز آمد و حالا در بازار کار می‌کند.');
    expect(zaranjLinks(s)).toBe(1);
  });
  it('«شهر زرنج» beside the vehicles in one article', () => {
    const s = read(
      'زرنج‌ها در کندز از مرکز شهر بیرون رانده شدند.',
      'این موترسیکلت‌ها نخست در شهر زرنج، مرکز ولایت نیمروز، ساخته و فروخته می‌شد.',
    );
    expect(zaranjLinks(s)).toBe(1);
  });
  it('an English journey to Zaranj', () => {
    const s = readEn('The convoy left Herat on Monday and reached Zaranj before dark.');
    expect(zaranjLinks(s)).toBe(1);
  });
  it('"a Kabul that" is still the city', () => {
    const s = readEn('Returnees describe a Kabul that few of them recognise.');
    expect(placesOf(s).map(([, id]) => id)).toContain('AF0101');
  });
});

// A Dari statement's words are its issuer's: «در این اعلامیه که … ، آمده است», «اعلامیه همچنان افزوده است».
describe('a Dari statement quoted is the office that issued it', () => {
  const story = (...paras: string[]) => readWithCountry(['خبر تازه', '', ...paras].join('\n\n'));
  it('«در این اعلامیه که … فرستاده شده، آمده است»', () => {
    const s = story(
      'ریاست معارف کندز روز شنبه اعلامیه‌ای نشر کرد. در این اعلامیه که به رسانه‌ها فرستاده شده، آمده است: «مکتب‌ها از اول حمل دوباره باز می‌شوند.»',
    );
    expect(speakerOf(s, 'مکتب‌ها از اول')).toContain('ریاست معارف');
  });
  it('«این خبرنامه همچنان افزوده است» names the body, not the paper', () => {
    const s = story(
      'شاروالی فیض‌آباد با نشر خبرنامه‌ای از دکانداران خواست که پیاده‌روها را خالی کنند.',
      'این خبرنامه همچنان افزوده است: «کسانی که سرپیچی کنند، جریمه می‌شوند.»',
    );
    expect(speakerOf(s, 'کسانی که سرپیچی')).toContain('شاروالی');
  });
  it('«اعلامیه می‌افزاید» after the office that issued it', () => {
    const s = story(
      'قوماندانی امنیه تخار در اعلامیه‌ای از بسته شدن سرک تالقان خبر داد. اعلامیه می‌افزاید: «کار ترمیم سرک تا سه روز ادامه دارد.»',
    );
    expect(speakerOf(s, 'کار ترمیم سرک')).toContain('قوماندانی امنیه');
  });
  it('near miss: a resident who read the statement speaks for herself', () => {
    const s = story(
      'ریاست معارف کندز اعلامیه‌ای نشر کرد. فریبا، یک مادر که اعلامیه را خوانده بود، گفت: «ما هنوز کتاب نداریم.»',
    );
    expect(speakerOf(s, 'ما هنوز کتاب')).toBe('فریبا');
  });
});

// A source described, then named by the name they gave ("said the man, who gave his name
// only as Rahim"): given-names.ts reads the later name (round 21).
describe('a source described, then named in the next sentence', () => {
  it('"said the man, who gave his name only as Rahim" after "A man waiting …"', () => {
    const s = readEn(
      'A man waiting with two goats at the checkpoint said the bridge had gone.',
      '"We slept in the truck," said the man, who gave his name only as Rahim. "Nobody came."',
    );
    expect(speakerOf(s, 'We slept in the truck')).toBe('Rahim');
  });
  it('"the nurse, identified only as Laila" after "A nurse on the night shift"', () => {
    const s = readEn(
      'A nurse on the night shift at the Faizabad clinic described the evening the power failed.',
      '"We delivered two babies by torchlight," said the nurse, identified only as Laila.',
    );
    expect(speakerOf(s, 'We delivered two babies')).toBe('Laila');
  });
});
