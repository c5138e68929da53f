import { describe, expect, it } from 'vitest';
import { placesOf, readWithCountry as read, speakerNames } from './test-helpers.ts';
import {
  addedBack,
  beforeRelative,
  colonAfterRole,
  dariSubjectAfter,
  dariSubjectBefore,
  isTitledName,
  parseSubject,
  withoutAnd,
} from './dari-attribution.ts';
import { dariBylineName, isDariDateLine, readDariDateline, solarDateToIso } from './dari-chrome.ts';
import { normalizeName } from './normalize.ts';

// Dari as a language of the engine, read against the whole country's gazetteer (npm run data builds it).
const places = (text: string) => placesOf(read(text));
const speakersOf = (text: string) => speakerNames(read(text));

describe('Dari normalisation', () => {
  it('folds Arabic letter forms, ط/ت, tatweel, diacritics, ZWNJ and Persian digits', () => {
    expect(normalizeName('كشم')).toBe(normalizeName('کشم'));
    expect(normalizeName('علي آباد')).toBe(normalizeName('علی آباد'));
    expect(normalizeName('طالقان')).toBe(normalizeName('تالقان'));
    expect(normalizeName('رُستاق')).toBe(normalizeName('رستاق'));
    expect(normalizeName('کنـــدز')).toBe('کندز');
    expect(normalizeName('فیض‌آباد')).toBe(normalizeName('فیض آباد'));
    expect(normalizeName('۱۴۰۵')).toBe('1405');
  });
});

describe('Dari place names', () => {
  it('links a name written with a ZWNJ, a space or joined, and in Arabic letter forms', () => {
    expect(places('سیلاب به فیض‌آباد، فیض آباد و فیضآباد رسید و راه كشم را بست.')).toEqual([
      ['فیض‌آباد', 'AF1701'],
      ['فیض آباد', 'AF1701'],
      ['فیضآباد', 'AF1701'],
      ['كشم', 'AF1715'],
    ]);
  });

  it('links ط and ت spellings and a province in running text', () => {
    expect(places('مردم طالقان و تالقان از خشکسالی در تخار شکایت دارند.')).toEqual([
      ['طالقان', 'AF1801'],
      ['تالقان', 'AF1801'],
      ['تخار', 'AF18'],
    ]);
  });

  it('reads ولایت, ولسوالی and شهر before a name', () => {
    expect(places('در شهر کندز و ولسوالی‌های امام صاحب و قلعه ذال ولایت کندز')).toEqual([
      ['کندز', 'AF1901'],
      ['امام صاحب', 'AF1905'],
      ['قلعه ذال', 'AF1907'],
      ['کندز', 'AF19'],
    ]);
  });

  it('links a name that is also an everyday word only with a cue', () => {
    // جرم is "crime", شهدا "martyrs": words here.
    expect(places('جرم و جنایت در شهر افزایش یافته و خانوادهٔ شهدا کمک می‌خواهند.')).toEqual([]);
    expect(places('سیلاب در ولسوالی جرم خانه‌ها را ویران کرد.')).toEqual([['جرم', 'AF1710']]);
    expect(places('راه میان کشم و جرم بسته شد.')).toEqual([
      ['کشم', 'AF1715'],
      ['جرم', 'AF1710'],
    ]);
  });

  it("does not read the month میزان in a date as Zabul's district", () => {
    expect(places('این رویداد در ۱۲ میزان ۱۴۰۵ در کندز رخ داد.')).toEqual([['کندز', 'AF1901']]);
  });
});

describe('Dari attribution', () => {
  it('parses a subject: name, role, pronoun, indefinite source', () => {
    expect(parseSubject('ذبیح‌الله امانی، سخنگوی والی کندز، روز دوشنبه', 0)).toMatchObject({
      name: 'ذبیح‌الله امانی',
      role: 'سخنگوی والی کندز',
    });
    expect(parseSubject('سخنگوی والی کندز، ذبیح‌الله امانی،', 0)).toMatchObject({
      name: 'ذبیح‌الله امانی',
      role: 'سخنگوی والی کندز',
    });
    expect(parseSubject('او', 0)).toMatchObject({ pronoun: true });
    expect(parseSubject('یک مقام محلی', 0)).toMatchObject({ indefinite: true, role: 'یک مقام محلی' });
  });

  it('finds the subject before «…» and after it', () => {
    const before = 'محمد نعیم رحیمی، رئیس معارف، گفت: «مکتب‌ها باز می‌شوند.»';
    expect(dariSubjectBefore(before, before.indexOf('«'))).toMatchObject({ name: 'محمد نعیم رحیمی' });
    const after = '«مکتب‌ها باز می‌شوند»، این را محمد نعیم رحیمی افزود.';
    expect(dariSubjectAfter(after, after.indexOf('»') + 1)).toMatchObject({ name: 'محمد نعیم رحیمی' });
    expect(dariSubjectBefore('گفتگو: «سلام»', 7)).toBeNull();
  });

  it('attributes quotations introduced by Name، role، گفت:, closed by افزود, by a pronoun and by a title later named', () => {
    const text = [
      'سخنگوی والی تخار گفت: «راه‌ها تا فردا باز می‌شود.»',
      'عبدالخلیل اسیر، سخنگوی والی تخار، پیش از این نیز از خسارات سیلاب خبر داده بود.',
      'فاطمه رحیمی، یک معلم در تالقان، گفت: «شاگردان ما خانه ندارند.»',
      'او افزود: «ما به خیمه و غذا نیاز داریم.»',
      '«کمک‌ها رسیده است»، این را عبدالخلیل اسیر گفت.',
      'یک مقام محلی که نخواست نامش فاش شود گفت: «وضعیت بد است.»',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual([
      'عبدالخلیل اسیر',
      'فاطمه رحیمی',
      'فاطمه رحیمی',
      'عبدالخلیل اسیر',
      'یک مقام محلی',
    ]);
  });
});

describe('Dari speakers introduced by an age or named after their role', () => {
  it('gives "او گفت" to a one-word name a noun and an age describe', () => {
    const text = [
      'انجنیر کریم نوری، رئیس شهرسازی هرات، گفت: «زمین برای توزیع داریم.»',
      'جمشید، جوان ۳۰ ساله‌ای که از ایران برگشته است، اکنون در بازار کار می‌کند. او گفت: «کار کم است.»',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['انجنیر کریم نوری', 'جمشید']);
  });

  it('reads "این مقام، Name،" as that official\'s name, so "آقای Surname" is that person', () => {
    const text = [
      'به گفتهٔ این مقام، مولوی عبدالرحیم واصل، کار سرک تا بهار تمام می‌شود.',
      'آقای واصل افزود: «پول آن آماده است.»',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['مولوی عبدالرحیم واصل']);
  });
});

describe('Dari chrome', () => {
  it('reads a byline and a dateline with a Solar Hijri date', () => {
    expect(dariBylineName('گزارش: فریبا احمدی')).toBe('فریبا احمدی');
    expect(dariBylineName('گزارش‌ها نشان می‌دهد که: سیلاب آمد')).toBeNull();
    expect(solarDateToIso('۱۲ قوس ۱۴۰۵')).toBe('2026-12-03');
    expect(solarDateToIso('1 حمل 1405')).toBe('2026-03-21');
    expect(solarDateToIso('۳۱ حوت ۱۴۰۵')).toBeNull();
    expect(readDariDateline('کندز، ۱۲ قوس ۱۴۰۵ - سیلاب آمد.')).toMatchObject({
      city: { start: 0, end: 4 },
      date: '2026-12-03',
    });
    expect(readDariDateline('کندز (پژواک): سیلاب آمد.')).toMatchObject({ city: { start: 0, end: 4 } });
    // On a line of its own under the byline, with no dash; a city alone on its line is no dateline.
    expect(readDariDateline('تالقان، ۱۲ قوس ۱۴۰۵')).toMatchObject({
      city: { start: 0, end: 6 },
      date: '2026-12-03',
    });
    expect(readDariDateline('تالقان')).toBeNull();
  });

  it('reads a dateline on its own line under the byline as the city', () => {
    const story = read(
      'سیلاب خانه‌ها را ویران کرد\n\nگزارش: فریبا احمدی\nکندز، ۱۲ قوس ۱۴۰۵\n\nسیلاب خانه‌های مردم را ویران کرد.',
    );
    expect(story.mentions.map((m) => m.place)[0]).toBe('AF1901');
  });

  it('removes the byline, dates the story and reads the dateline city as the city', () => {
    const story = read('گزارش: فریبا احمدی\n\nکندز، ۱۲ قوس ۱۴۰۵ - سیلاب خانه‌ها را ویران کرد.');
    expect(story.meta).toMatchObject({ byline: 'فریبا احمدی', date: '2026-12-03' });
    expect(story.mentions.map((m) => m.place)).toEqual(['AF1901']);
  });
});

describe('isDariDateLine', () => {
  it('reads a labelled publication date, with or without its time, as furniture', () => {
    expect(isDariDateLine('تاریخ نشر: ۸ قوس ۱۴۰۵ - ساعت ۱۰:۲۰')).toBe(true);
    expect(isDariDateLine('تاریخ انتشار: ۱۲ حمل ۱۴۰۴')).toBe(true);
    expect(isDariDateLine('تاریخ نشر این گزارش به تعویق افتاد.')).toBe(false);
  });
});

describe('readDariDateline: a city and a dash', () => {
  it('opens the story with the city, with the date after the dash or none', () => {
    expect(readDariDateline('کندز - مسئولان می‌گویند که حاصلات افزایش یافته است.')).toEqual({
      city: { start: 0, end: 4 },
      date: null,
      end: 7,
    });
    expect(readDariDateline('کندز – ۲۳ میزان ۱۴۰۳')?.date).toBe('2024-10-14');
    expect(readDariDateline('۱۲ - ۱۵ نفر زخمی شدند.')).toBeNull();
  });
});

describe('introducedSpeaker: a Dari question-and-answer interview', () => {
  it('gives each answer to the person the introduction presents, not to a labelled headline', () => {
    const text = [
      'مدیر شفاخانه: «دوا کم داریم»',
      '',
      'با داکتر نسرین احمدی، مدیر شفاخانهٔ ولسوالی، دربارهٔ زمستان گفت‌وگو کرده‌ایم.',
      '',
      'پرسش: شفاخانه چند بستر دارد؟',
      '',
      'پاسخ: ما پنجاه بستر داریم و در زمستان همه پر می‌شوند.',
      '',
      'س: دوا از کجا می‌آید؟',
      '',
      'ج: بیشتر دواها از کابل می‌آید و راه در زمستان بسته می‌شود.',
    ].join('\n');
    expect(speakersOf(text).slice(-2)).toEqual(['نسرین احمدی', 'نسرین احمدی']);
  });
});

describe('withoutConnective', () => {
  it('drops "در همین حال" and like connectives before the subject, never a name', () => {
    expect(parseSubject('در همین حال، فریده نوری، فعال حقوق زنان، ', 0)).toMatchObject({
      name: 'فریده نوری',
      role: 'فعال حقوق زنان',
    });
    expect(parseSubject('از سوی دیگر، سخنگوی والی تخار،', 0)).toMatchObject({
      name: null,
      role: 'سخنگوی والی تخار',
    });
  });
});

describe('dariAround: an English quotation in a Dari sentence', () => {
  it('is attributed by the Dari words around it, a pronoun after a closed sentence included', () => {
    const text =
      'Tomas Berg، مسئول برنامه‌های نقدی مؤسسه، گفت: “Cash lets a mother decide.” ' +
      'او در مورد سفرها افزود: “In October the road was open.”';
    expect(speakersOf(text)).toEqual(['Tomas Berg', 'Tomas Berg']);
  });
});

describe('Dari lists of districts', () => {
  it('dariListQualifier and suchAsBefore: a plural noun before a list, or before "مانند", cues every name', () => {
    expect(places('در ولسوالی‌های دوردست مانند کوهستان، شهر بزرگ و خواهان نرخ آرد بالا رفت.')).toEqual([
      ['کوهستان', 'AF1708'],
      ['شهر بزرگ', 'AF1713'],
      ['خواهان', 'AF1720'],
    ]);
    // The same words as words: "asked for help", "a big city".
    expect(places('او خواهان کمک شد و به شهر بزرگ رفت.')).toEqual([]);
  });

  it('folds ۀ and هٔ to one letter, so both spellings of a name link', () => {
    expect(places('از ولسوالی‌های اندراب و دهنهٔ غوری')).toEqual([
      ['اندراب', 'AF0907'],
      ['دهنهٔ غوری', 'AF0902'],
    ]);
  });
});

describe('findDariIndefiniteIntroductions: a source a feature describes before quoting', () => {
  it('gives "او می‌گوید" to "یک چوپان … که …" and "این بزرگ قومی" to the elder introduced so', () => {
    const text = [
      'یک چوپان جوان که از ولسوالی دور آمده است، کنار چشمه نشسته است. او می‌گوید: «امسال باران کم بارید.»',
      'یک بزرگ قومی در قریهٔ بالا که نخواست نامش گفته شود، می‌گوید که آب کم شده است.',
      'این بزرگ قومی گفت: «مردم بر سر آب جنگ می‌کنند.»',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['یک چوپان جوان', 'یک بزرگ قومی در قریهٔ بالا']);
  });

  it('reads no source where "یک" opens no role ("یک روز که …")', () => {
    const text = 'یک روز که باران بارید، سرک بسته شد. «ما دیگر هیچ راهی به بازار نداریم.»';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('Dari role words: professions open a description', () => {
  it("gives a Dari interview's answers to the poet its introduction presents with a profession", () => {
    const text = [
      'استاد احمد ضیایی، شاعر و نویسندهٔ بدخشانی، سال‌ها در فیض‌آباد درس داده است.',
      'پرسش: شعر را از کجا آموختید؟',
      'پاسخ: از مادرم و از کتاب‌های کهنه آموختم.',
      'پرسش: امروز جوانان شعر می‌خوانند؟',
      'پاسخ: بلی، بیشتر از گذشته می‌خوانند.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['احمد ضیایی', 'احمد ضیایی']);
  });
});

describe('addedBack: "«…» او افزود: «…»"', () => {
  it('gives an unattributed quotation the speaker whose "he added" follows it', () => {
    const text = [
      'این دهقان، محمد کریم، از قریه‌ای در کنار دریا است.',
      '«زمین ما خشک شده است.» او افزود: «پسرانم به ایران رفته‌اند.»',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['محمد کریم', 'محمد کریم']);
  });

  it('matches a pronoun going on, not someone else speaking between', () => {
    const text = 'سلام. «گندم گران است.» او افزود: «آرد هم.»';
    const spans = { close: text.indexOf('»'), open: text.lastIndexOf('«') };
    expect(addedBack(text, spans, spans)).toBe(true);
    const other = 'سلام. «گندم گران است.» والی گفت: «آرد هم.»';
    const spans2 = { close: other.indexOf('»'), open: other.lastIndexOf('«') };
    expect(addedBack(other, spans2, spans2)).toBe(false);
  });
});

describe('Dari exchanges told in the past perfect', () => {
  it('reads "پرسیده بود:" and "و … پاسخ داده بود:" as attributions, the asker by role without its clause', () => {
    const text =
      'پدرم سال‌ها پیش به شفاخانه رفته بود. نرس که فکر کرده بود او بیمار است، پرسیده بود: «از کدام قریه آمده‌اید؟» و پدرم با خنده پاسخ داده بود: «از همان قریه‌ای که شما آمده‌اید.»';
    expect(speakersOf(text)).toEqual(['نرس', 'پدرم']);
  });

  it('gives a sign written on a wall no speaker: a colon after a clause, not after a role', () => {
    const text =
      'سرک کهنه است، جوی‌هایش پر از گل است، و روی سنگ بزرگ کنار راه کسی نوشته است: «آهسته بران که خانه منتظر توست.»';
    expect(speakersOf(text)).toEqual([null]);
    expect(colonAfterRole('ذبیح‌الله امانی، سخنگوی والی کندز')).toBe(true);
    expect(colonAfterRole('دیوارها ترک برداشته، و روی دیوار کسی نوشته است')).toBe(false);
  });

  it('drops the "و" that joins a subject to the clause before, and a relative clause after a role', () => {
    expect(withoutAnd('و کاکایم با حوصله')).toBe('کاکایم با حوصله');
    expect(withoutAnd('وحید احمدی')).toBe('وحید احمدی');
    expect(beforeRelative('کارمند که فکر کرده بود')).toBe('کارمند');
  });
});

describe('nameSourcesNamedLater: a source described by a role, named a paragraph later', () => {
  it('gives the role\'s quotations to the name "این مقام، Name،" gives it', () => {
    const text = [
      'یک مقام ریاست صحت روز سه‌شنبه در شهر تالقان گفت: «امسال سه شفاخانهٔ تازه در ولسوالی‌ها ساخته می‌شود.»',
      'این مقام، عبدالواحد نوری، رئیس صحت عامه، افزود: «داکتران زن هم استخدام می‌شوند.»',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['عبدالواحد نوری', 'عبدالواحد نوری']);
  });

  it('keeps a source another role names: "این معلم" does not name an official', () => {
    const text = [
      'یک مقام ریاست معارف گفت: «کتاب‌های درسی تا ماه حمل می‌رسد.»',
      'این معلم، احمد شاه، که بیست سال درس داده است، گفت که مکتب سقف ندارد.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['یک مقام ریاست معارف']);
  });
});

describe('isTitledName: a title that is also a role word', () => {
  it('reads "داکتر Name، role، گفت" as the name first, the role after', () => {
    const text =
      'داکتر فریبا سادات، متخصص امراض کودکان در شفاخانهٔ ولایتی، گفت: «بیشتر کودکان دیر به شفاخانه می‌رسند.»';
    expect(speakersOf(text)).toEqual(['فریبا سادات']);
    expect(isTitledName('داکتر فریبا سادات')).toBe(true);
    expect(isTitledName('داکتر متخصص اطفال')).toBe(false);
  });
});

describe('dariPreviousReporter and a title with a surname', () => {
  const text = [
    'داکتر مریم سادات ۳۵ سال دارد و در شفاخانهٔ ولسوالی کار می‌کند.',
    'یک دهقان از قریهٔ بالا که پسرش بیمار بود، گفت که راه شفاخانه دور است.',
    'شب، داکتر سادات در خانه‌اش فهرست بیماران فردا را می‌نویسد.',
    'او می‌گوید که کار در قریه‌ها سخت است، اما دست نمی‌کشد.',
    '«تا وقتی زنده‌ام، به قریه‌ها می‌روم و بیماران را تنها نمی‌گذارم.»',
  ];

  it('gives a paragraph that is one quotation to the one the paragraph before reports, "داکتر سادات" being her', () => {
    expect(speakersOf(text.join('\n\n'))).toEqual(['داکتر مریم سادات']);
  });

  it('reads no reporter when the paragraph goes on after the quotation', () => {
    const goesOn = [...text.slice(0, 4), '«تا وقتی زنده‌ام، به قریه‌ها می‌روم.» این را همسایه‌اش گفت.'];
    expect(speakersOf(goesOn.join('\n\n'))).not.toEqual(['داکتر مریم سادات']);
  });
});

describe('findDariIndefiniteIntroductions: a definite role and its relative clause', () => {
  it('gives "او گفت" to "مسئول صحت ولسوالی که …" over a trader named before', () => {
    const text = [
      'حاجی عبدالقادر، یکی از تاجران برنج در بازار کندز، گفت: «نرخ برنج امسال بالا رفته است.»',
      'مسئول صحت ولسوالی که در شفاخانه با ما دیدار کرد، از کمبود دوا شکایت کرد. او گفت: «دوای کودکان تا آخر ماه تمام می‌شود.»',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['حاجی عبدالقادر', 'مسئول صحت ولسوالی']);
  });

  it('reads no source in an office that confirmed something ("ریاست … تایید کرد که …")', () => {
    const text =
      'ریاست گمرک ولایت نیز تایید کرد که موترها توقیف شده‌اند. روی دیوار دفتر نوشته شده است: «قاچاق جرم است و مجازات دارد.»';
    expect(speakersOf(text)).toEqual([null]);
  });
});
