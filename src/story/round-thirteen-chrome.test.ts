import { describe, expect, it } from 'vitest';
import { bylineName, isHeadingLike } from './clean.ts';
import { segmentArticle } from './paragraphs.ts';
import { placesOf, readWithCountry } from './test-helpers.ts';

// Page chrome of the thirteenth round: what a careful reader leaves out of a page copied from a site or a
// document, and what is the page's own text. Every page here is invented.
const paragraphTexts = (lines: string[]) => {
  const source = lines.join('\n');
  return segmentArticle(source).paragraphs.map((p) => source.slice(p.start, p.end));
};
const places = (lines: string[]) => placesOf(readWithCountry(lines.join('\n')));

describe('a list of references under its head', () => {
  const study = [
    'Seed Banks and Spring Floods in the Lower Kokcha',
    '',
    'Abstract',
    '',
    'We surveyed two hundred farms in Keshem and Baharak after the floods of last spring, asking how seed was kept, lent and lost when the water reached the store rooms of the villages.',
    '',
  ];

  it('drops author–date entries, however long, and the page’s own citation line', () => {
    const kept = paragraphTexts([
      ...study,
      'References',
      '',
      'Noorzai, P. and Lind, K. (2019). Grain Stores and Household Credit in Takhar: Evidence from Rostaq, Farkhar and Kalafgan Districts after Two Dry Years. Working Paper 7. Kabul: Hill Farming Network.',
      'Wardaki, S. (2022). Flood Marks on the Kokcha: A Survey of Jurm and Baharak. Journal of Mountain Rivers 3(1): 10–29.',
      '',
      'Suggested citation: Amiri, L. (2026). Seed Banks and Spring Floods in the Lower Kokcha. Faizabad Field Notes 4.',
    ]);
    expect(kept.some((p) => /Rostaq|Jurm|Faizabad Field/.test(p))).toBe(false);
    expect(kept.some((p) => p.includes('Keshem and Baharak'))).toBe(true);
  });

  it('drops a Dari list of sources under «منابع:», its entries numbered in Eastern digits', () => {
    const kept = paragraphTexts([
      'چاه‌های خشک',
      '',
      'در سه سال گذشته سطح آب در دشت‌های اطراف کشم پایین رفته است و دهقانان برای آب به چاه‌های عمیق رو آورده‌اند، به گفتهٔ کارشناسان.',
      '',
      'منابع:',
      '[۱] ریاست آبیاری ولایت بدخشان، «گزارش آب‌های زیرزمینی ارگو»، ۱۴۰۲.',
      '[۲] اتحادیهٔ دهقانان تخار، «سروی چاه‌های رستاق»، ۱۴۰۳.',
    ]);
    expect(kept.some((p) => /ارگو|رستاق/.test(p))).toBe(false);
    expect(kept.some((p) => p.includes('کشم'))).toBe(true);
  });

  it('keeps prose after the list, and an author’s endnote that is no entry', () => {
    const kept = paragraphTexts([
      ...study,
      'Sources',
      '',
      'Hamidi, R. (2020). Water and Debt in Warsaj. Taloqan: Valley Press.',
      '',
      'After the survey the farmers of Warduj asked us to come back in the autumn, when the seed is shared out again, and to bring the agronomist from the provincial department.',
    ]);
    expect(kept.some((p) => p.includes('Warsaj'))).toBe(false);
    expect(kept.some((p) => p.includes('Warduj'))).toBe(true);
  });
});

describe("a wire story's slugged headline", () => {
  it('is a heading over its factbox or analysis, whatever the case of its words', () => {
    expect(isHeadingLike('FACTBOX-Ferries and fords on the northern border')).toBe(true);
    expect(isHeadingLike('ANALYSIS-Why flour costs more in Faizabad than in Kunduz')).toBe(true);
    expect(isHeadingLike('UPDATE 3-Mudslide cuts the road to Khwahan')).toBe(true);
    // A name with a hyphen, a figure, or a sentence is no slug.
    expect(isHeadingLike('COVID-19 cases rose again in the clinics of Kunduz')).toBe(false);
    expect(isHeadingLike('WFP-funded bakeries in Taloqan opened on Monday.')).toBe(false);
  });

  it("keeps its places out of the factbox's own text", () => {
    const found = places([
      'UPDATE 1-River ports reopen as the Amu Darya falls',
      '',
      'KUNDUZ, Afghanistan, June 2 (Wire) - Barges crossed again on Tuesday, officials in Imam Sahib said.',
      '',
      'FACTBOX-How the ferries cross between Takhar and Tajikistan',
      '',
      '* Ferries link Darqad with the far bank in summer.',
    ]);
    expect(found.map(([, id]) => id)).not.toContain('TJK');
    expect(found).toContainEqual(['Darqad', 'AF1815']);
  });
});

describe("a page's head: the headline over its standfirst, over the byline", () => {
  it('reads a byline that adds where it was filed, the date or other credits', () => {
    expect(bylineName('By Nadia Karimi in Taloqan and Valley Desk staff')).toBe('Nadia Karimi');
    expect(bylineName('By Omar Haidari | Kunduz | 3 June 2026')).toBe('Omar Haidari');
    expect(bylineName('Words by Lena Brandt · Photographs by Samir Qaderi')).toBe('Lena Brandt');
    expect(bylineName('By Tuesday, the road to Warsaj was open again.')).toBe(null);
    expect(bylineName('By Monday Kunduz had run out of flour')).toBe(null);
  });

  it("takes the line over the standfirst and byline as the headline, not the site's tagline over its menu", () => {
    const story = readWithCountry(
      [
        'VALLEY POST',
        'News from the mountains, every morning',
        'Home | Provinces | Economy | Video',
        '',
        'News › Takhar',
        '',
        'Hail flattens the wheat of Farkhar a week before harvest',
        '',
        'Farmers in the valley say they will need seed from Taloqan before the autumn sowing',
        '',
        'By Nadia Karimi in Taloqan and Valley Desk staff',
        'Published 2 June 2026',
        '',
        'A storm that lasted less than an hour on Sunday destroyed most of the standing wheat in three villages, officials said.',
      ].join('\n'),
    );
    expect(story.meta.title).toBe('Hail flattens the wheat of Farkhar a week before harvest');
    const linked = placesOf(story).map(([text]) => text);
    expect(linked).not.toContain('Farkhar');
    expect(linked).toContain('Taloqan');
  });

  it("takes the line over a Dari page's publication line as its headline, and the letterhead above the menu as the site's", () => {
    const story = readWithCountry(
      [
        'امارت اسلامی افغانستان',
        'وزارت معارف',
        'ریاست معارف ولایت بغلان',
        'Islamic Emirate of Afghanistan | Ministry of Education | Baghlan Directorate',
        '',
        'صفحه اصلی | اخبار | اعلامیه‌ها | تماس با ما',
        '',
        'آغاز ثبت‌نام شاگردان در مکتب‌های نهرین',
        'تاریخ نشر: ۳ حمل ۱۴۰۵ | بازدید: ۲۱۲',
        '',
        'ثبت‌نام شاگردان صنف اول در مکتب‌های ولسوالی نهرین از روز شنبه آغاز شد و تا پایان ماه ادامه دارد.',
      ].join('\n'),
    );
    expect(story.meta.title).toBe('آغاز ثبت‌نام شاگردان در مکتب‌های نهرین');
    expect(placesOf(story)).toEqual([['نهرین', 'AF0904']]);
  });

  it('leaves the title alone when a paragraph of the story stands above the byline', () => {
    const story = readWithCountry(
      [
        'Ferry Service Resumes On The Panj',
        '',
        'The ferry between the two banks ran again on Monday for the first time since the spring floods.',
        '',
        'Short crossing draws crowds in Darqad',
        '',
        'By Omar Haidari | Kunduz',
        '',
        'Traders waited from dawn, said a shopkeeper in the bazaar.',
      ].join('\n'),
    );
    expect(story.meta.title).toBe('Ferry Service Resumes On The Panj');
  });
});

describe("readers' comments under a Dari story", () => {
  const story = [
    'مسابقات والیبال در فیض‌آباد پایان یافت',
    '',
    'رقابت‌های والیبال جوانان روز جمعه در شهر فیض‌آباد به پایان رسید و تیم میزبان قهرمان شد.',
    '',
  ];

  it('leaves out the comments under «نظرات (۲)», each headed by its writer, a dash and its date', () => {
    const found = places([
      ...story,
      'نظرات (۲)',
      'ذبیح‌الله – ۲ سنبله ۱۴۰۵',
      'تیم جرم هم خوب بازی کرد، حیف شد.',
      'مهمان – ۳ سنبله ۱۴۰۵',
      'سال بعد نوبت کشم است.',
    ]);
    expect(found).toEqual([['فیض‌آباد', 'AF1701']]);
  });

  it('keeps a dated line of the story that is no comment box', () => {
    const found = places([...story, 'نتایج', 'ورسج – ۲ سنبله ۱۴۰۵', 'تیم ورسج دوم شد و تیم بهارک سوم.']);
    expect(found.map(([, id]) => id)).toContain('AF1813');
  });
});

describe('a sign-up box between the story and the page foot', () => {
  it('leaves out the places a job alert or a newsletter offers news of', () => {
    const found = places([
      'Two clinics open in Warsaj',
      '',
      'The health department opened two clinics in Warsaj district on Monday, officials said.',
      '',
      'Vacancy alerts',
      'Get new posts in Kunduz, Baghlan and Badakhshan sent to your inbox. [Sign up]',
    ]);
    expect(found.map(([, id]) => id)).toEqual(['AF1813']);
  });
});

describe("a timeline's entries and a box of fields", () => {
  it('reads a time, a dash and a place as an entry of the text, not a subhead', () => {
    const found = places([
      'A day with the grain trucks',
      '',
      'The drivers start before dawn and stop only to pray.',
      '',
      '09:15 — Khwaja Ghar',
      'The first sacks come off at the mill by the canal.',
      '',
      'A Long Wait At The Bridge',
      'The queue is two hours long by noon.',
    ]);
    expect(found).toEqual([['Khwaja Ghar', 'AF1809']]);
  });

  it('reads the fields of a job advert as its text, a subhead-like field too', () => {
    const found = places([
      'Posts open in the north',
      '',
      'The agency is hiring for its clinics.',
      '',
      'Vaccinator',
      'Post number: 44/2026',
      'Duty station: Warsaj, Takhar',
      'Reports to: Field Coordinator, Taloqan',
      'Contract: six months',
    ]);
    expect(found.map(([text]) => text)).toEqual(['Warsaj', 'Takhar', 'Taloqan']);
  });

  it('leaves a subhead with a colon, alone in its block, a subhead', () => {
    const found = places([
      'Water for the north',
      '',
      'The canal is late again.',
      '',
      'Kunduz: A City Waits For Water',
      '',
      'Engineers said the work would end in spring.',
    ]);
    expect(found).toEqual([]);
  });
});

describe("a list of the site's other pieces", () => {
  it('is headed «گزارش‌های دیگر», «اعلانات اخیر» or "Recent announcements", and its links are left out', () => {
    const story = ['بازار میوه در تالقان', '', 'قیمت انگور در بازار تالقان این هفته پایین آمد.', ''];
    expect(places([...story, 'گزارش‌های دیگر', '– سیلاب در ورسج', '– مکتب تازه در رستاق'])).toEqual([
      ['تالقان', 'AF1801'],
    ]);
    expect(places([...story, 'اعلانات اخیر', '• خریداری ادویه برای کلینیک‌های فرخار'])).toEqual([
      ['تالقان', 'AF1801'],
    ]);
    const english = places([
      'Grapes fall in price in Taloqan',
      '',
      'Grape prices fell in the Taloqan bazaar this week.',
      '',
      'Recent announcements',
      '• Tender: medicines for clinics in Farkhar',
    ]);
    expect(english).toEqual([['Taloqan', 'AF1801']]);
  });

  it('keeps a subhead that only opens with the same words', () => {
    const found = places([
      'بازار میوه در تالقان',
      '',
      'قیمت انگور پایین آمد.',
      '',
      'گزارش‌های دیگر از ولسوالی ورسج نشان می‌دهد که قیمت‌ها در آنجا هم پایین آمده است.',
    ]);
    expect(found).toContainEqual(['ورسج', 'AF1813']);
  });
});

describe("a box of readers' reports, published as received", () => {
  const story = [
    'Hailstorm hits Kishim',
    '',
    'A hailstorm damaged orchards in Kishim on Friday, the district office said.',
    '',
    'DID THE HAIL REACH YOU?',
  ];

  it('leaves out its intro and the bullets under it, in English and Dari', () => {
    const found = places([
      ...story,
      'Your reports, as received. Send yours to our desk.',
      '• Argo — stones the size of walnuts',
      '• Baharak bazaar — only rain',
    ]);
    expect(found.map(([, id]) => id)).toEqual(['AF1715']);
    const dari = places([
      'ژاله‌باری در کشم',
      '',
      'ژاله روز جمعه به باغ‌های کشم آسیب رساند.',
      '',
      'گزارش‌های خوانندگان:',
      '• ارگو — ژاله درشت بود',
      '• بهارک — فقط باران آمد',
    ]);
    expect(dari.map(([, id]) => id)).toEqual(['AF1715']);
  });

  it("keeps the story's own list after a sentence that only mentions readers' reports", () => {
    const found = places([
      ...story,
      "Officials checked readers' reports against their own survey, which found:",
      '• Argo lost half its apricots',
      '• Baharak was spared',
    ]);
    expect(found.map(([, id]) => id)).toContain('AF1702');
  });
});

describe('a caption between the image mark and its credit', () => {
  it('is left out however it reads, in Dari and English', () => {
    const dari = places([
      'دریا و زمین',
      '',
      'دریا هر سال بخشی از زمین‌های دهقانان را می‌برد.',
      '',
      '[عکس]',
      'دهقانی کنار زمین خود؛ ولسوالی ینگی قلعه، تخار',
      'منبع تصویر: حمید یوسفی',
      '',
      'دهقانان در ولسوالی درقد می‌گویند که کمک نرسیده است.',
    ]);
    expect(dari.map(([, id]) => id)).toEqual(['AF1815']);
    const english = places([
      'The river takes the land',
      '',
      'Each spring the river takes more of the fields.',
      '',
      '[Image]',
      'A farmer stands where his orchard was, in Yangi Qala district, Takhar',
      'Photo: Hamid Yousufi',
      '',
      'Farmers in Darqad say no help has come.',
    ]);
    expect(english.map(([, id]) => id)).toEqual(['AF1815']);
  });
});

describe('an advertisement under its label', () => {
  const story = [
    'Wrestlers return to Kunduz',
    '',
    'The team came home from the zone games in Faizabad on Sunday.',
    '',
  ];

  it('is left out when it asks the reader to call or book', () => {
    expect(
      places([...story, 'آگهی', 'هوتل «ستاره» – کندز، سرک بندر. برای رزرو تماس بگیرید: ۰۷۹۹۱۱۲۲۳۳']),
    ).toEqual([['Faizabad', 'AF1701']]);
    expect(
      places([...story, 'Advertisement', 'Star Hotel, Bandar Road, Kunduz. Call now: 0799 112 233']),
    ).toEqual([['Faizabad', 'AF1701']]);
  });

  it('keeps a paragraph of the story after the label that asks no call', () => {
    const found = places([
      ...story,
      'Advertisement',
      'In Taloqan, the coach said the hall had no heating all winter.',
    ]);
    expect(found).toContainEqual(['Taloqan', 'AF1801']);
  });
});
