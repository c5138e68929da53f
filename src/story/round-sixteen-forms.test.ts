import { describe, expect, it } from 'vitest';
import { isRelatedListHead } from './clean.ts';
import { readDariDateline } from './dari-chrome.ts';
import { isTagLine } from './page-chrome.ts';
import { isReleaseLabel, isReleaseNote } from './release-notes.ts';
import { ingest, placesOf, readWithCountry } from './test-helpers.ts';

// Page and document forms (round sixteen): lists that are chrome, comment heads, photo stories.

describe('a "most read" list head may say over what time it ranks the stories', () => {
  it('reads the head with its period, and not a sentence about what was read', () => {
    expect(isRelatedListHead('MOST READ THIS WEEK')).toBe(true);
    expect(isRelatedListHead('Most popular this month')).toBe(true);
    expect(isRelatedListHead('Top stories today')).toBe(true);
    expect(isRelatedListHead('Most read this week were the flood reports from the north')).toBe(false);
  });

  it('links no place in the bullets under it, and the story’s places above it', () => {
    const story = ingest([
      'Cold store opens in Taloqan',
      'A cold store for melons opened in Taloqan on Monday, the first of its size in the province.',
      'Most viewed this week\n• Floods close the road to Fayzabad\n• A new school for girls in Dasht-e-Archi',
    ]);
    expect(placesOf(story)).toEqual([['Taloqan', 'AF1801']]);
  });
});

describe('a Dari tag line spelled with پ', () => {
  it('is a tag line like «برچسب‌ها», and a sentence with the word is not', () => {
    expect(isTagLine('برچسپ‌ها: کشاورزی، بدخشان، زمستان')).toBe(true);
    expect(isTagLine('برچسپ: تالقان')).toBe(true);
    expect(isTagLine('برچسپ روی بسته‌ها می‌گفت که از تالقان آمده‌اند.')).toBe(false);
    expect(isTagLine('برچسپ: «تولید فیض‌آباد» روی کیسه‌های آرد چاپ شده است که از بدخشان می‌رسد.')).toBe(
      false,
    );
    expect(isTagLine('برچسب: روی هر جعبه نام باغدار نوشته می‌شود')).toBe(false);
  });

  it('links no place of the tags at the story’s foot', () => {
    const story = readWithCountry(
      [
        'نمایشگاه قالین در فیض‌آباد',
        'نمایشگاه قالین‌های دست‌باف روز شنبه در شهر فیض‌آباد گشایش یافت و بافندگان از چند ولسوالی در آن شرکت کردند.',
        'برچسپ‌ها: قالین، کندز، هنر',
      ].join('\n\n'),
    );
    expect(placesOf(story).map(([text]) => text)).not.toContain('کندز');
  });
});

describe('readers’ comments signed with a name and a town before a dash', () => {
  it('are chrome under the comment box’s head, and the story above stays', () => {
    const story = ingest([
      'Taloqan bakers agree a bread price',
      'Bakers in Taloqan agreed on Sunday to hold the price of a loaf until the spring, the city’s guild said.',
      'COMMENTS (2)',
      'Farid Noori, Fayzabad — We pay more for bread here than anyone in Taloqan does.',
      'Laila K. – Please write about the mills in Dasht-e-Archi next.',
    ]);
    expect(placesOf(story)).toEqual([['Taloqan', 'AF1801']]);
  });

  it('keeps prose paragraphs with a dash under a comment head', () => {
    const story = ingest([
      'Taloqan bakers agree a bread price',
      'Bakers in Taloqan agreed on Sunday to hold the price of a loaf until the spring.',
      'Comments',
      'Farid Noori, a baker — the oldest in the bazaar — said flour from Fayzabad had doubled in price.',
      'Laila Karimi, a miller — who grinds for six villages — said the mills in Khanabad were idle.',
    ]);
    expect(placesOf(story).map(([text]) => text)).toContain('Fayzabad');
  });

  it('keeps datelined briefs under "Comments" and a vox pop under "Responses"', () => {
    const briefs = ingest([
      'Snow closes schools in the north',
      'Schools shut across the north on Tuesday after heavy snow, officials said.',
      'Comments',
      'TALOQAN, Takhar — Nearly 40 classrooms in Khanabad district lost their roofs, the education office said.',
      'FAYZABAD, Badakhshan — The road to Baharak stayed shut for a third day.',
    ]);
    expect(placesOf(briefs).map(([text]) => text)).toContain('Baharak');
    const voxPop = ingest([
      'What the bread price means',
      'We asked shoppers what the new bread price means for them.',
      'Responses',
      'Nasima Rahimi, Taloqan — “We will buy one loaf less a day, and that is all.”',
      'Gul Agha, Fayzabad — “The price was already too high for us before the snow.”',
    ]);
    expect(placesOf(voxPop).map(([text]) => text)).toContain('Fayzabad');
  });
});

describe('a photo story: the text block under the last caption is the story, not the page’s foot', () => {
  const photoStory = (lastBlock: string) =>
    ingest([
      'PHOTO STORY',
      'The rope makers of Khwaja Ghar',
      '[Photo 1 of 2]\nA boy twists hemp on a roof. Photo: Nargis Amiri / Example News',
      'In Khwaja Ghar, families have twisted hemp into rope for three generations, selling it at the weekly market beside the river.',
      '[Photo 2 of 2]\nRope stacked for sale. Photo: Nargis Amiri / Example News',
      lastBlock,
      'Share: Facebook | X | Copy link',
    ]);

  it('links the places of a paragraph between the last caption and the share bar', () => {
    const story = photoStory(
      'On Thursdays a trader takes the coils to Taloqan, where each sells for a little more than the cost of its hemp. Most of the money, the makers say, goes on flour and on lamp oil for the winter.',
    );
    expect(placesOf(story).map(([text]) => text)).toContain('Taloqan');
  });

  it('removes the outlet’s blurb set there', () => {
    const blurb = photoStory(
      'Northern Frames is a photo desk of the weekly Amu, based in Taloqan. It publishes one story from the north every Friday; our photographers work in Takhar, Kunduz and Badakhshan. Write to us if you have a story.',
    );
    expect(placesOf(blurb)).toEqual([['Khwaja Ghar', 'AF1809']]);
  });

  it('keeps a paragraph there that only sounds like one', () => {
    const story = photoStory(
      'Khwaja Ghar is a series of villages strung along the river. In each of them the rope is twisted on the flat roofs through the summer and carried down on Thursdays to the market in Taloqan.',
    );
    expect(placesOf(story).map(([text]) => text)).toContain('Taloqan');
  });

  it('still removes a one-line note there', () => {
    const story = photoStory('Nargis Amiri is a photographer in Taloqan.');
    expect(placesOf(story).map(([text]) => text)).not.toContain('Taloqan');
  });
});

describe('a vehicle named by where it goes: "the truck for X" is the town', () => {
  it('reads the town after a vehicle and "for", and the province after other nouns', () => {
    const story = ingest([
      'Headline over the story',
      'Before dawn the loaders finish, and the truck for Kunduz pulls out of the yard.',
      'At noon a minibus bound for Kunduz stops at the checkpoint.',
      'The council asked for more money for Kunduz this winter.',
    ]);
    expect(placesOf(story)).toEqual([
      ['Kunduz', 'AF1901'],
      ['Kunduz', 'AF1901'],
      ['Kunduz', 'AF19'],
    ]);
  });

  it('reads the province after a load "for" the name, or a run serving the province', () => {
    const story = ingest([
      'Headline over the story',
      'The shipment for Kunduz waited at the river port for nine days.',
      'The lorries for Kunduz bring flour to every one of its districts.',
      'A van for Kunduz takes medicine to clinics across the province.',
    ]);
    expect(placesOf(story)).toEqual([
      ['Kunduz', 'AF19'],
      ['Kunduz', 'AF19'],
      ['Kunduz', 'AF19'],
    ]);
  });
});

describe('a press release: labels and letterhead over the headline, and its own notes to editors', () => {
  const release = (notes: string[]) =>
    ingest([
      '[Logo] River Aid Network',
      'NEWS RELEASE\nFor immediate release',
      'Seed fairs to open in Khwaja Ghar and Dasht-e-Archi before planting',
      'TALOQAN, 2 March 2027 — River Aid Network will hold seed fairs for 3,000 farming families this month, the group said on Tuesday.',
      '###',
      ...notes,
    ]);

  it('knows the labels alone or two to a line, in English and Dari, and not a sentence about a release', () => {
    expect(isReleaseLabel('PRESS RELEASE — FOR IMMEDIATE RELEASE')).toBe(true);
    expect(isReleaseLabel('Joint statement / اعلامیهٔ مشترک')).toBe(true);
    expect(isReleaseLabel('برای نشر فوری')).toBe(true);
    expect(isReleaseLabel('The press release came late')).toBe(false);
  });

  it('takes the line under the labels as the headline, not the letterhead above them', () => {
    const story = release([]);
    expect(story.meta.title).toBe('Seed fairs to open in Khwaja Ghar and Dasht-e-Archi before planting');
    expect(placesOf(story).map(([text]) => text)).toEqual(['TALOQAN']);
  });

  it('links the places of the release’s own notes, and none of the issuer’s standing lines', () => {
    const story = release([
      '**Notes for editors**',
      '1. Fairs run from 10 to 20 March. Families expected: Khwaja Ghar 1,800, Dasht-e-Archi 1,200.',
      '2. River Aid Network is a charity founded in 2004 with an office in Fayzabad.',
      '3. Contact: press@riveraid.example.org, +93 700 111 222, Kunduz office.',
      'About River Aid Network',
      'River Aid Network works with farmers in Kunduz and Fayzabad.',
    ]);
    expect(placesOf(story).map(([text]) => text)).toEqual(['TALOQAN', 'Khwaja Ghar', 'Dasht-e-Archi']);
  });

  it('keeps a sentence over the label: the page’s text, not a letterhead', () => {
    const story = ingest([
      'The Takhar water department sent out the notice below on Sunday about the canal to Dasht-e-Archi.',
      'PRESS RELEASE',
      'Canal works to start before the spring floods',
      'TALOQAN, 4 March 2027 — Work on the main canal will start next week, the department said.',
    ]);
    expect(placesOf(story).map(([text]) => text)).toContain('Dasht-e-Archi');
    const dari = readWithCountry(
      [
        'ریاست آب ولایت تخار روز یکشنبه خبرنامهٔ زیر را دربارهٔ کار کانال در شهر فیض‌آباد پخش کرد.',
        'اعلامیهٔ مطبوعاتی',
        'کار کانال پیش از سیلاب‌های بهاری آغاز می‌شود',
        'کار کانال اصلی از هفتهٔ آینده آغاز می‌شود.',
      ].join('\n\n'),
    );
    expect(placesOf(dari).map(([text]) => text)).toContain('فیض‌آباد');
  });

  it('keeps the notes unread when they only describe the issuer', () => {
    expect(isReleaseNote('About the Valley Trust: a charity registered in Kabul.')).toBe(false);
    expect(isReleaseNote('دربارهٔ مؤسسه: این مؤسسه در کابل ثبت شده است.')).toBe(false);
    expect(isReleaseNote('The Valley Trust (VT) is an independent charity working in four provinces.')).toBe(
      false,
    );
    expect(isReleaseNote('- The wells will be finished by June; the pumps come through Taloqan.')).toBe(true);
  });
});

describe('a headline of two short sentences under a section label, over the byline', () => {
  it('is the title, not the first paragraph, with a standfirst between it and the byline', () => {
    const story = ingest([
      'ANALYSIS',
      'Taloqan builds roads every summer. The rain takes them every spring.',
      'A city that spends its budget twice on the same streets should ask why.',
      'By Maryam Hotak',
      'Every spring the streets of the old quarter turn to mud, and every summer the contractors come back to Fayzabad road.',
    ]);
    expect(story.meta.title).toBe('Taloqan builds roads every summer. The rain takes them every spring.');
    expect(placesOf(story).map(([text]) => text)).toEqual(['Fayzabad']);
  });

  it('is the title in Dari too, right over its byline', () => {
    const story = readWithCountry(
      [
        'دیدگاه',
        'کندز آب دارد. کندز نل ندارد.',
        'نویسنده: فریده صدیقی',
        'هر تابستان زنان قریه‌های دشت ارچی ساعت‌ها در صف آب می‌ایستند و هیچ اداره‌ای پاسخ نمی‌دهد.',
      ].join('\n\n'),
    );
    expect(story.meta.title).toBe('کندز آب دارد. کندز نل ندارد.');
    expect(placesOf(story).map(([text]) => text)).not.toContain('کندز');
  });

  it('leaves a lede of three sentences under a label as the story', () => {
    const story = ingest([
      'NEWS',
      'Floods reached Taloqan. Roads closed. Schools shut for a week.',
      'By Maryam Hotak',
      'The river rose on Monday night after two days of rain in the hills.',
    ]);
    expect(placesOf(story).map(([text]) => text)).toContain('Taloqan');
  });
});

describe('a Dari dateline with the agency before the city', () => {
  it('reads the city after the agency, with or without a date', () => {
    const one = readDariDateline('شمال‌پرس، کندز: شاروالی شهر کار پاک‌کاری جوی‌ها را آغاز کرد.');
    expect(one?.city).toEqual({ start: 10, end: 14 });
    const two = readDariDateline('آژانس خبری آمو، تالقان، ۱۴ جدی ۱۴۰۵ - نرخ آرد در بازار بالا رفت.');
    expect(two?.date).toBe('2027-01-04');
    expect(readDariDateline('نرگس، تالقان: نان در شهر ما گران شده است.')).toBeNull();
    expect(readDariDateline('پرستار شفاخانه، تالقان: بستر برای همه بیماران نداریم.')).toBeNull();
    expect(readDariDateline('سرپرست مکتب، کندز: صنف‌ها هنوز بخاری ندارند.')).toBeNull();
    expect(readDariDateline('پرسش مردم، فیض‌آباد: پل کی ساخته می‌شود؟')).toBeNull();
    // A role naming an outlet is a person's line: the agency word must open the name, its suffix close it.
    expect(readDariDateline('مدیر تلویزیون محلی، تالقان: برق شب‌ها قطع می‌شود.')).toBeNull();
    expect(readDariDateline('خبرنگار آژانس پامیر، فیض‌آباد: راه هنوز باز نشده است.')).toBeNull();
    expect(readDariDateline('خبرنگار کوکچه‌نیوز، کندز: صنف‌ها هنوز بخاری ندارند.')).toBeNull();
    expect(readDariDateline('بازپرس، تالقان: پرونده به سارنوالی فرستاده شد.')).toBeNull();
    expect(readDariDateline('رسانه‌های محلی، تالقان: برق شب‌ها قطع می‌شود.')).toBeNull();
    expect(readDariDateline('تلویزیون شمال، تالقان: برق شب‌ها قطع می‌شود.')?.city).toEqual({
      start: 15,
      end: 21,
    });
  });

  it('links the dateline’s city as the town, and a reader’s signed line as before', () => {
    const dated = readWithCountry(
      [
        'گشایش بازار زمستانی',
        'کندزنیوز، کندز: بازار زمستانی میوهٔ خشک روز شنبه در کنار دریا گشایش یافت.',
      ].join('\n\n'),
    );
    expect(placesOf(dated)).toContainEqual(['کندز', 'AF1901']);
    const signed = readWithCountry(
      ['گشایش بازار زمستانی', 'نرگس، کندز: بازار زمستانی میوهٔ خشک روز شنبه در کنار دریا گشایش یافت.'].join(
        '\n\n',
      ),
    );
    expect(placesOf(signed)).not.toContainEqual(['کندز', 'AF1901']);
  });
});
