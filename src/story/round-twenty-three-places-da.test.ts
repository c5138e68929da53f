import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Round 23, places in Dari copy: fresh wordings (not from the dev articles) of the classes Dari pages get wrong —
// a word-name district (جرم، خواهان، شهدا، چاه آب) said as a place without «در» or a qualifier, the same words
// used as words, a girl called بهارک, a provincial company or office «… بدخشان», an outlet named for a province,
// and «کندز» the town a load comes from — each with a near miss that must not fire.
const page = (...paras: string[]) => readWithCountry(['سرخط صفحه', ...paras].join('\n\n'));
const links = (...paras: string[]) => placesOf(page(...paras));

describe('a word-name district said as a place', () => {
  it('reads «سری به جرم زدیم» and «از جرم می‌آید» as Jurm', () => {
    const got = links(
      'هفتهٔ گذشته با دو همکارم از فیض‌آباد حرکت کردیم و در راه سری هم به جرم زدیم تا مکتب تازه را ببینیم.',
      'یک دکاندار در بازار فیض‌آباد گفت: «بیشتر چارمغز ما از جرم می‌آید و امسال کم است.»',
    );
    expect(got).toEqual([
      ['فیض‌آباد', 'AF1701'],
      ['جرم', 'AF1710'],
      ['فیض‌آباد', 'AF1701'],
      ['جرم', 'AF1710'],
    ]);
  });
  it('near miss: «به جرم قاچاق» is the crime', () => {
    const got = links('پولیس بدخشان روز شنبه دو مرد را به جرم قاچاق چوب در بهارک بازداشت کرد.');
    expect(got.map(([t]) => t)).toEqual(['بدخشان', 'بهارک']);
  });
  it('reads «خواهان … جدا می‌شود» as Khwahan, the district cut off', () => {
    const got = links(
      'هر سال با آمدن برف، خواهان برای سه ماه از مرکز بدخشان جدا می‌ماند و مردم آرد ذخیره می‌کنند.',
    );
    expect(got).toEqual([
      ['خواهان', 'AF1720'],
      ['بدخشان', 'AF17'],
    ]);
  });
  it('near miss: «در هر دو ولایت خواهان … هستند» is people asking, not a province', () => {
    const got = links(
      'دهقانان کندز و تخار از کمبود آب شکایت دارند. باشندگان هر دو ولایت خواهان کمک دولت برای پاک‌کاری جوی‌ها هستند.',
    );
    expect(got.map(([t]) => t)).toEqual(['کندز', 'تخار']);
  });
  it('near miss: «مردم این ولسوالی خواهان …» is a wish', () => {
    const got = links('در ولسوالی ورسج سرک بسته است و مردم این ولسوالی خواهان بازگشایی آن اند.');
    expect(got.map(([t]) => t)).toEqual(['ورسج']);
  });
  it('reads «ولسوال شهدا» and a district pair «از شهدا یا کوهستان» as the districts', () => {
    const got = links(
      'ولسوال شهدا روز یکشنبه گفت که مکتب دخترانه تا ماه حمل ترمیم می‌شود.',
      'بیماران از شهدا یا کوهستان دو روز راه می‌آیند تا به شفاخانهٔ فیض‌آباد برسند.',
    );
    expect(got).toEqual([
      ['شهدا', 'AF1712'],
      ['شهدا', 'AF1712'],
      ['کوهستان', 'AF1708'],
      ['فیض‌آباد', 'AF1701'],
    ]);
  });
  it('near miss: «خانواده‌های شهدا» are the families of martyrs', () => {
    const got = links('ریاست کار و امور اجتماعی بدخشان به خانواده‌های شهدا آرد و روغن توزیع کرد.');
    expect(got.map(([t]) => t)).toEqual(['بدخشان']);
  });
  it('reads «معدن طلای چاه آب» as the district', () => {
    const got = links(
      'جوانان رستاق و ینگی قلعه سال‌ها در معدن طلای چاه آب کار می‌کردند، اما حالا بیشترشان به ایران رفته اند.',
    );
    expect(got).toEqual([
      ['رستاق', 'AF1810'],
      ['ینگی قلعه', 'AF1817'],
      ['چاه آب', 'AF1816'],
      ['ایران', 'IRN'],
    ]);
  });
  it('near miss: «یک چاه آب» dug in a village is a well', () => {
    const got = links('یک موسسه در قریهٔ ما در ولسوالی رستاق یک چاه آب عمیق حفر کرد.');
    expect(got.map(([t]) => t)).toEqual(['رستاق']);
  });
});

describe('a girl called بهارک', () => {
  it('near miss: «بهارک، دختر …» and «بهارک و برادرش» are the girl', () => {
    const got = links(
      'در قریهٔ سرآب ولسوالی یفتل، بهارک، دختر یازده‌ساله، هر صبح دو ساعت راه می‌رود تا آب بیاورد.',
      'بهارک و برادرش در راه مکتب از کنار دریا می‌گذرند.',
    );
    expect(got.map(([t]) => t)).toEqual(['یفتل']);
  });
  it('near miss: «یفتل، دختر و پسر …» is the district, then girls and boys', () => {
    const got = links('روز شنبه صدها شاگرد یفتل، دختر و پسر، برای امتحان کانکور به فیض‌آباد آمدند.');
    expect(got.map(([t]) => t)).toEqual(['یفتل', 'فیض‌آباد']);
  });
  it('near miss: «سراسر تخار، زن و مرد» is the province and its people', () => {
    const got = links('سیلاب بهاری سراسر تخار، زن و مرد و طفل را نگران ساخته است.');
    expect(got.map(([t]) => t)).toEqual(['تخار']);
  });
  // Left: a namesake district (Badakhshan's or Takhar's بهارک) is not yet settled by the province the article's
  // other paragraphs are about.
  it.fails('reads «پدرم در بهارک منتظر است» as the Badakhshan district the article is about', () => {
    const got = links(
      'تیم فوتبال بدخشان روز جمعه در تالقان قهرمان مسابقات شمال‌شرق شد.',
      'بازیکن جوان این تیم گفت: «این جام را به پدرم تقدیم می‌کنم که در بهارک منتظر من است.»',
    );
    expect(got).toEqual([
      ['بدخشان', 'AF17'],
      ['تالقان', 'AF1801'],
      ['بهارک', 'AF1706'],
    ]);
  });
});

describe('a province in the name of a body', () => {
  it('reads «رئیس شرکت برشنای تخار» as the province', () => {
    const got = links(
      'انجنیر عبدالرحیم نوری، رئیس شرکت برشنای تخار، به خبرنگاران گفت که برق وارداتی تا دو هفته کم می‌ماند.',
    );
    expect(got).toEqual([['تخار', 'AF18']]);
  });
  it('near miss: «ایستگاه بدخشان در تالقان» is a bus stand in Taloqan', () => {
    const got = links('صبح زود از ایستگاه بدخشان در تالقان سوار موتر شدیم و تا چاشت به کشم رسیدیم.');
    expect(got.map(([t]) => t)).toEqual(['تالقان', 'کشم']);
  });
  it('near miss: «ترمینال مزار در کندز» is a stand in Kunduz', () => {
    const got = links('مسافران از ترمینال مزار در کندز تا ساعت نه شب منتظر موتر ماندند.');
    expect(got).toEqual([['کندز', 'AF1901']]);
  });
  it('reads «ایستگاه موترهای کابل در پلخمری» as the cars’ Kabul and the town', () => {
    const got = links('راننده‌ها در ایستگاه موترهای کابل در پلخمری از نرخ تیل شکایت دارند.');
    expect(got.map(([t]) => t)).toEqual(['کابل', 'پلخمری']);
  });
  it('near miss: «مقام‌های ولایت مختار کوهستانی بدخشان» alone is the Tajik region', () => {
    const got = links('تاریخ بازارچهٔ مرزی پس از گفتگو با مقام‌های ولایت مختار کوهستانی بدخشان اعلام می‌شود.');
    expect(got).toEqual([]);
  });
  it('near miss: «ولایت مختار کوهستانی بدخشان» is the Tajik region', () => {
    const got = links('برق وارداتی از راه ولایت مختار کوهستانی بدخشان تاجکستان به شغنان و واخان می‌رسد.');
    expect(got.map(([t]) => t)).toEqual(['تاجکستان', 'شغنان', 'واخان']);
  });
});

describe('کندز the town a load comes from', () => {
  it('reads «گوشت را از کندز می‌آوردیم» as the city', () => {
    const got = links(
      'یک قصاب در ولسوالی خان‌آباد گفت: «پیش از این، گوشت را از کندز می‌آوردیم و در گرما خراب می‌شد.»',
    );
    expect(got).toEqual([
      ['خان‌آباد', 'AF1904'],
      ['کندز', 'AF1901'],
    ]);
  });
  it('near miss: «در ولایت کندز» stays the province', () => {
    const got = links('در ولایت کندز امسال بیش از ده هزار جریب زمین زیر کشت برنج رفته است.');
    expect(got).toEqual([['کندز', 'AF19']]);
  });
  it('reads «پارچه را از کندز می‌خریم» as the city', () => {
    const got = links('یک خیاط در بازار تالقان گفت: «ما پارچه را از کندز می‌خریم، چون آنجا ارزان‌تر است.»');
    expect(got).toEqual([
      ['تالقان', 'AF1801'],
      ['کندز', 'AF1901'],
    ]);
  });
  it('near miss: «کمک‌ها را از کندز و تخار آوردند» stays the provinces', () => {
    const got = links('موسسه کمک‌ها را از کندز و تخار آوردند و میان بیجاشدگان توزیع کردند.');
    expect(got).toEqual([
      ['کندز', 'AF19'],
      ['تخار', 'AF18'],
    ]);
  });
});

describe("a national company's provincial branch", () => {
  it('reads «مسئولان شرکت برشنای بدخشان» as the province', () => {
    const got = links('مسئولان شرکت برشنای بدخشان می‌گویند که لین برق تا پایان هفته ترمیم می‌شود.');
    expect(got).toEqual([['بدخشان', 'AF17']]);
  });
  it('near miss: «شرکت هوایی بال کندز» stays a company name', () => {
    const got = links('شرکت هوایی بال کندز پرواز تازه‌ای میان مزار و هرات آغاز کرد.');
    expect(got.map(([t]) => t)).toEqual(['مزار', 'هرات']);
  });
});

describe('review: the new rules on ordinary Dari copy', () => {
  it('near miss: «آب از کوهستان می‌آید» and «چوب را از کوهستان می‌آوردند» are the mountains', () => {
    const got = links(
      'در بدخشان، آب دریای کوکچه از کوهستان می‌آید و زمین‌های مردم را آبیاری می‌کند.',
      'در ولایت بدخشان، سیلاب‌ها هر بهار سنگ و گل زیادی از کوهستان می‌آورند.',
    );
    expect(got.map(([t]) => t)).not.toContain('کوهستان');
  });
  it('near miss: «پولیس تخار، پسر جوانی را …» is the province', () => {
    const got = links('پولیس تخار، پسر جوانی را به اتهام دزدی موتر بازداشت کرد.');
    expect(got.map(([t]) => t)).toEqual(['تخار']);
  });
  it('near miss: «مختار کوهستانی بدخشان را ترک کرد» is a man leaving Afghan Badakhshan', () => {
    const got = links('مختار کوهستانی بدخشان را برای همیشه ترک کرد و به کابل رفت.');
    expect(got.map(([t, id]) => `${t} ${id}`)).toContain('بدخشان AF17');
  });
  it('near miss: «از ایستگاه کندز در روز جمعه» is the Kunduz stand, in Kunduz', () => {
    const got = links('از ایستگاه کندز در روز جمعه هیچ موتری به تالقان حرکت نکرد.');
    expect(got.map(([t]) => t)).toEqual(['کندز', 'تالقان']);
  });
  it('near miss: «جوانان شهدا از خانواده‌های خود جدا شده اند» are the martyrs’ sons', () => {
    const got = links('در بدخشان، جوانان شهدا از خانواده‌های خود جدا شده اند و به ایران رفته اند.');
    expect(got.map(([t]) => t)).not.toContain('شهدا');
  });
});
